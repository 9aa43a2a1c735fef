/// A `Content-Type` header value: the media type and its `charset` parameter.
public struct ContentType: Sendable, Hashable {
  /// The media type in lower case, without parameters: `text/html`, `application/rss+xml`.
  public var mediaType: String
  /// The `charset` parameter in lower case without quotes (`utf-8`, `iso-8859-1`), if given.
  public var charset: String?

  /// Reads a header value such as `text/html; charset="UTF-8"`; `nil` when it names no type.
  public init?(header: String) {
    var parts = header.split(separator: ";", omittingEmptySubsequences: false).makeIterator()
    let type = parts.next().map { $0.trimmingSpaces.lowercased() } ?? ""
    guard !type.isEmpty else { return nil }
    mediaType = type
    while let parameter = parts.next() {
      guard let equals = parameter.firstIndex(of: "=") else { continue }
      guard parameter[..<equals].trimmingSpaces.lowercased() == "charset" else { continue }
      var value = parameter[parameter.index(after: equals)...].trimmingSpaces
      if value.count >= 2, value.first == "\"", value.last == "\"" { value = value.dropFirst().dropLast() }
      if !value.isEmpty { charset = value.lowercased() }
    }
  }

  /// Whether the type is HTML (`text/html`, `application/xhtml+xml`).
  public var isHTML: Bool { mediaType == "text/html" || mediaType == "application/xhtml+xml" }

  /// Whether the type is XML of some kind (`…/xml`, `…+xml`): RSS, Atom, RDF.
  public var isXML: Bool { mediaType.hasSuffix("/xml") || mediaType.hasSuffix("+xml") }
}

extension Substring {
  /// The text without leading and trailing spaces and tabs.
  var trimmingSpaces: Substring {
    var text = self
    while let first = text.first, first == " " || first == "\t" { text = text.dropFirst() }
    while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
    return text
  }
}
