import CLibXML2

/// Makes a feed's bytes readable by libxml2's XML parser, as far as they can be made so.
///
/// Feeds in the wild break XML's rules in a few common ways, each mended here before parsing:
/// - The encoding: UTF-16 and UTF-32 (by byte order mark or by the first `<`) become UTF-8; a feed
///   that says (or by default is) UTF-8 but is not valid UTF-8, and one that says ISO-8859-1, is
///   read as Windows-1252, as browsers do. Other declared encodings are left to libxml2.
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
    let declared = declaredEncoding(bytes)?.lowercased()
    switch declared {
    case nil, "utf-8", "utf8", "us-ascii", "ascii", "utf-16", "utf-32", "utf-16le", "utf-16be":
      return (utf8OrWindows1252(bytes[...]), "UTF-8")
    case "iso-8859-1", "latin1", "latin-1", "iso8859-1", "windows-1252", "cp1252", "iso_8859-1":
      return (windows1252(bytes[...]), "UTF-8")
    case let name?:
      // libxml2 knows the name (through iconv): let it read them. Otherwise guess as for UTF-8.
      if let handler = xmlFindCharEncodingHandler(name) {
        xmlCharEncCloseFunc(handler)
        return (bytes, name)
      }
      return (utf8OrWindows1252(bytes[...]), "UTF-8")
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
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue: continue
      case .emptyInput: return Array(bytes)
      case .error: return windows1252(bytes)
      }
    }
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
