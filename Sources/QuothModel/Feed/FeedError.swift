/// Why bytes could not be read as a feed or a feed list.
public enum FeedError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The bytes are neither an RSS, RDF or Atom document nor a JSON Feed.
  case notAFeed
  /// The bytes look like a JSON Feed but are not valid JSON.
  case invalidJSON
  /// The bytes are not an OPML document (no `<opml>` or `<body>`).
  case notOPML

  /// The reason, to follow the file's or URL's name in a message.
  public var description: String {
    switch self {
    case .notAFeed: return "not an RSS, Atom or JSON feed"
    case .invalidJSON: return "not valid JSON"
    case .notOPML: return "not an OPML file"
    }
  }
}
