#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Charset names as pages and headers spell them, and where a document declares its own.
enum CharsetLabel {
  /// The name libxml2 and iconv know for `label`, or `nil` when neither knows it.
  ///
  /// UTF-8's aliases become `UTF-8`; Latin-1's and US-ASCII's become `windows-1252` (their
  /// superset, as browsers read them); anything else is kept when iconv can convert from it.
  static func canonical(_ label: String) -> String? {
    let name = label.trimmingCharacters(in: " \t\"'").lowercased()
    guard !name.isEmpty, name.count <= 40 else { return nil }
    if utf8Names.contains(name) { return "UTF-8" }
    if latin1Names.contains(name) { return "windows-1252" }
    guard name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_.:".contains($0)) }) else {
      return nil
    }
    let converter = iconv_open("UTF-8", name)
    guard converter != iconv_t(bitPattern: -1) else { return nil }
    iconv_close(converter)
    return name.uppercased()
  }

  private static let utf8Names: Set<String> = ["utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8"]
  private static let latin1Names: Set<String> = [
    "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "cp819", "ibm819", "iso-ir-100",
    "us-ascii", "ascii", "ansi_x3.4-1968", "windows-1252", "cp1252", "x-cp1252",
  ]

  /// The encoding a byte order mark at the start of `bytes` names, if there is one.
  static func byteOrderMark(_ bytes: [UInt8]) -> String? {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return "UTF-8" }
    if bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
    if bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
    return nil
  }

  /// How much of a document is searched for its declaration.
  static let declarationWindow = 8192

  /// The charset a document declares near its start: `<?xml … encoding="…"?>`, `<meta
  /// charset="…">` or `<meta http-equiv="Content-Type" content="…; charset=…">`.
  static func declaration(in bytes: [UInt8]) -> String? {
    let head = bytes.prefix(declarationWindow).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    if head.starts(with: Array("<?xml".utf8)), let end = head.firstRange(of: Array("?>".utf8)) {
      return value(after: Array("encoding".utf8), in: head[..<end.lowerBound])
    }
    var rest = head[...]
    while let meta = rest.firstRange(of: Array("<meta".utf8)) {
      let tag = rest[meta.upperBound...].prefix { $0 != UInt8(ascii: ">") }
      if let charset = value(after: Array("charset".utf8), in: tag) { return charset }
      rest = rest[tag.endIndex...]
    }
    return nil
  }

  /// The value of `name = value` (quoted or not) in `text`, for the first `name` followed by `=`.
  private static func value(after name: [UInt8], in text: ArraySlice<UInt8>) -> String? {
    var rest = text
    while let found = rest.firstRange(of: name) {
      var index = found.upperBound
      let space: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D]
      while index < rest.endIndex, space.contains(rest[index]) { index += 1 }
      guard index < rest.endIndex, rest[index] == UInt8(ascii: "=") else {
        rest = rest[found.upperBound...]
        continue
      }
      index += 1
      while index < rest.endIndex, space.contains(rest[index]) || rest[index] == 0x22 || rest[index] == 0x27 {
        index += 1
      }
      let token = rest[index...].prefix { byte in
        byte.isASCIILetterOrDigit || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
          || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")
      }
      return token.isEmpty ? nil : String(decoding: token, as: UTF8.self)
    }
    return nil
  }
}

extension UInt8 {
  fileprivate var isASCIILetterOrDigit: Bool {
    (0x30...0x39).contains(self) || (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self)
  }
}

extension String {
  /// The string without leading and trailing characters from `set`.
  fileprivate func trimmingCharacters(in set: String) -> String {
    var text = Substring(self)
    while let first = text.first, set.contains(first) { text = text.dropFirst() }
    while let last = text.last, set.contains(last) { text = text.dropLast() }
    return String(text)
  }
}
