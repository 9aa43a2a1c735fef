/// One article in the library list, from a cheap read of the file's head.
public struct LibraryEntry: Hashable, Sendable {
  /// The file path (or `sample:NAME` for an embedded article).
  public var path: String
  /// The headline.
  public var title: String
  /// The date as `YYYY-MM-DD`, when known.
  public var date: String?
  /// The publisher, when known.
  public var source: String?
  /// The authors, in order.
  public var authors: [String]
  /// The number of words.
  public var words: Int

  /// Creates an entry.
  public init(path: String, title: String, date: String? = nil, source: String? = nil, authors: [String] = [], words: Int = 0) {
    self.path = path
    self.title = title
    self.date = date
    self.source = source
    self.authors = authors
    self.words = words
  }
}
