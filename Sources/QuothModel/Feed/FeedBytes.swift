import CLibXML2

/// Makes a feed's bytes readable by libxml2's XML parser, as far as they can be made so.
///
/// Feeds in the wild break XML's rules in a few common ways, each mended here before parsing:
/// - The encoding: UTF-16 and UTF-32 (by byte order mark or by the first `<`) become UTF-8; a feed
///   that says (or by default is) UTF-8 but is not valid UTF-8, and one that says ISO-8859-1, is
///   read as Windows-1252, as browsers do. Other declared encodings (EBCDIC ones found by how
///   `<?xml` starts) are converted to UTF-8 with libxml2's converters; where the bytes do not fit
///   the declared encoding but are UTF-8, they are read as UTF-8 (as feedparser falls back).
/// - Control characters XML forbids (C0 but tab, line feed and carriage return) are dropped.
/// - `&` that starts no reference becomes `&amp;`; HTML's named entities (`&nbsp;`, `&eacute;`),
///   undefined in XML, become numeric references; unknown names are kept as text.
/// - The document type declaration is removed (libxml2 would otherwise be asked to read external
///   files it names); the simple entities its internal subset defines are substituted first.
enum FeedBytes {
  /// The mended bytes and the encoding libxml2 should read them in.
  static func prepare(_ bytes: [UInt8]) -> (bytes: [UInt8], encoding: String) {
    var (utf8, encoding) = transcoded(bytes)
    utf8 = mended(utf8)
    return (utf8, encoding)
  }

  /// The bytes in UTF-8 (or in the declared encoding, which is then returned) without a BOM.
  static func transcoded(_ bytes: [UInt8]) -> (bytes: [UInt8], encoding: String) {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (utf8OrWindows1252(bytes[3...]), "UTF-8") }
    if bytes.starts(with: [0xFF, 0xFE, 0, 0]) || bytes.starts(with: [0x3C, 0, 0, 0]) {
      return (utf32(bytes, bigEndian: false), "UTF-8")
    }
    if bytes.starts(with: [0, 0, 0xFE, 0xFF]) || bytes.starts(with: [0, 0, 0, 0x3C]) {
      return (utf32(bytes, bigEndian: true), "UTF-8")
    }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0x3C, 0]) {
      return (utf16(bytes, bigEndian: false), "UTF-8")
    }
    if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0, 0x3C]) {
      return (utf16(bytes, bigEndian: true), "UTF-8")
    }
    if bytes.starts(with: ebcdicDeclaration) {
      let name = declaredEncoding(bytes.prefix(512).map { ebcdicASCII($0) }) ?? "IBM037"
      return (converted(bytes[...], from: name)?.bytes ?? utf8OrWindows1252(bytes[...]), "UTF-8")
    }
    let declared = declaredEncoding(bytes)?.lowercased()
    switch declared {
    case nil, "utf-8", "utf8", "us-ascii", "ascii", "utf-16", "utf-32", "utf-16le", "utf-16be":
      return (utf8OrWindows1252(bytes[...]), "UTF-8")
    case "iso-8859-1", "latin1", "latin-1", "iso8859-1", "windows-1252", "cp1252", "iso_8859-1":
      return (windows1252(bytes[...]), "UTF-8")
    case let name?:
      // libxml2 knows the name (through iconv): convert with it. Bytes that do not fit it but are
      // UTF-8 were mislabelled; with no converter, guess as for UTF-8.
      if let (utf8, clean) = converted(bytes[...], from: name), clean || !isUTF8(bytes[...]) {
        return (utf8, "UTF-8")
      }
      return (utf8OrWindows1252(bytes[...]), "UTF-8")
    }
  }

  /// `bytes` in the encoding `name` converted to UTF-8 by libxml2, a byte that does not fit it
  /// replaced by U+FFFD; `clean` tells whether every byte fitted. `nil` when libxml2 knows no
  /// such encoding.
  static func converted(_ bytes: ArraySlice<UInt8>, from name: String) -> (bytes: [UInt8], clean: Bool)? {
    silenceOnce
    guard let handler = xmlFindCharEncodingHandler(name) else { return nil }
    defer { xmlCharEncCloseFunc(handler) }
    guard let input = xmlBufferCreateSize(bytes.count + 1),
      let output = xmlBufferCreateSize(bytes.count * 3 + 16)
    else { return nil }
    defer {
      xmlBufferFree(input)
      xmlBufferFree(output)
    }
    _ = bytes.withUnsafeBufferPointer { xmlBufferAdd(input, $0.baseAddress, Int32(clamping: $0.count)) }
    var clean = true
    while xmlBufferLength(input) > 0 {
      // One input byte gives at most three bytes of UTF-8.
      _ = xmlBufferGrow(output, UInt32(xmlBufferLength(input)) * 3 + 16)
      let before = xmlBufferLength(input)
      let result = xmlCharEncInFunc(handler, output, input)
      if result == -2 {
        // A byte the encoding does not have: skip it, mark the place.
        clean = false
        _ = xmlBufferShrink(input, 1)
        _ = xmlBufferAdd(output, [0xEF, 0xBF, 0xBD], 3)
      } else if result < 0 || xmlBufferLength(input) == before {
        // A sequence cut off at the end, or a converter that does not move: stop there.
        clean = clean && xmlBufferLength(input) == 0
        break
      }
    }
    guard let content = xmlBufferContent(output) else { return ([], clean) }
    return (Array(UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(output)))), clean)
  }

  /// libxml2 reports bytes it cannot convert on stderr unless told not to.
  private static let silenceOnce: Void = quoth_xml_silence()

  /// Whether `bytes` are valid UTF-8.
  static func isUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue: continue
      case .emptyInput: return true
      case .error: return false
      }
    }
  }

  /// `<?xm` in the EBCDIC code pages (IBM037, IBM500 and their kin agree on these).
  private static let ebcdicDeclaration: [UInt8] = [0x4C, 0x6F, 0xA7, 0x94]

  /// The ASCII character an EBCDIC byte stands for, as far as an XML declaration needs: letters,
  /// digits, space, `<?=-_.'"` and `>`; other bytes become a space.
  private static func ebcdicASCII(_ byte: UInt8) -> UInt8 {
    switch byte {
    case 0x81...0x89: return 0x61 + (byte - 0x81)  // a–i
    case 0x91...0x99: return 0x6A + (byte - 0x91)  // j–r
    case 0xA2...0xA9: return 0x73 + (byte - 0xA2)  // s–z
    case 0xC1...0xC9: return 0x41 + (byte - 0xC1)  // A–I
    case 0xD1...0xD9: return 0x4A + (byte - 0xD1)  // J–R
    case 0xE2...0xE9: return 0x53 + (byte - 0xE2)  // S–Z
    case 0xF0...0xF9: return 0x30 + (byte - 0xF0)  // 0–9
    case 0x4C: return 0x3C  // <
    case 0x6E: return 0x3E  // >
    case 0x6F: return 0x3F  // ?
    case 0x7E: return 0x3D  // =
    case 0x60: return 0x2D  // -
    case 0x6D: return 0x5F  // _
    case 0x4B: return 0x2E  // .
    case 0x7D: return 0x27  // '
    case 0x7F: return 0x22  // "
    default: return 0x20
    }
  }

  /// The `encoding` named in an XML declaration at the start of `bytes`.
  static func declaredEncoding(_ bytes: [UInt8]) -> String? {
    let head = bytes.prefix(512)
    guard head.starts(with: Array("<?xml".utf8)), let end = find(Array("?>".utf8), in: head) else {
      return nil
    }
    let declaration = head[..<end]
    guard let key = find(Array("encoding".utf8), in: declaration) else { return nil }
    var index = key + 8
    while index < end, [0x20, 0x09, 0x0A, 0x0D, 0x3D].contains(head[index]) { index += 1 }
    guard index < end, head[index] == 0x22 || head[index] == 0x27 else { return nil }
    let quote = head[index]
    let start = index + 1
    guard let close = head[start..<end].firstIndex(of: quote) else { return nil }
    return String(decoding: head[start..<close], as: UTF8.self)
  }

  private static func find(_ needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
    guard haystack.count >= needle.count, let first = needle.first else { return nil }
    var index = haystack.startIndex
    while index <= haystack.endIndex - needle.count {
      if haystack[index] == first, haystack[index..<index + needle.count].elementsEqual(needle) {
        return index
      }
      index += 1
    }
    return nil
  }

  /// `bytes` if they are valid UTF-8, else read as Windows-1252.
  static func utf8OrWindows1252(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
    isUTF8(bytes) ? Array(bytes) : windows1252(bytes)
  }

  /// `bytes` read as Windows-1252 (ISO-8859-1 with printable characters in 0x80–0x9F), in UTF-8.
  static func windows1252(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count + bytes.count / 8)
    for byte in bytes {
      if byte < 0x80 {
        result.append(byte)
      } else {
        let value = byte < 0xA0 ? windows1252High[Int(byte - 0x80)] : UInt32(byte)
        result.append(contentsOf: UTF8.encode(Unicode.Scalar(value)!)!)
      }
    }
    return result
  }

  private static let windows1252High: [UInt32] = [
    0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152,
    0x8D,
    0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161,
    0x203A,
    0x0153, 0x9D, 0x017E, 0x0178,
  ]

  private static func utf16(_ bytes: [UInt8], bigEndian: Bool) -> [UInt8] {
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = 0
    while index + 1 < bytes.count {
      let (high, low) = bigEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
      units.append(UInt16(high) << 8 | UInt16(low))
      index += 2
    }
    if units.first == 0xFEFF { units.removeFirst() }
    return Array(String(decoding: units, as: UTF16.self).utf8)
  }

  private static func utf32(_ bytes: [UInt8], bigEndian: Bool) -> [UInt8] {
    var scalars = String.UnicodeScalarView()
    var index = 0
    while index + 3 < bytes.count {
      let quad = bytes[index..<index + 4].map(UInt32.init)
      let value =
        bigEndian
        ? quad[0] << 24 | quad[1] << 16 | quad[2] << 8 | quad[3]
        : quad[3] << 24 | quad[2] << 16 | quad[1] << 8 | quad[0]
      if value != 0xFEFF { scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}") }
      index += 4
    }
    return Array(String(scalars).utf8)
  }
}
