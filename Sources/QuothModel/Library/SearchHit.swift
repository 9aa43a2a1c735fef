/// One article matching a search, best first.
public struct SearchHit: Sendable, Hashable {
  /// The path as the library names it.
  public var path: String
  /// The article: the index holds files only.
  public var ref: ArticleRef { .file(path) }
  /// The headline (may be empty).
  public var title: String
  /// The publication date, `YYYY-MM-DD`, when known.
  public var date: String?
  /// A short excerpt around the best match, on one line (line breaks become spaces).
  public var snippet: String
  /// Where the matched words lie in ``snippet``, in code points.
  public var highlights: [TextSpan]
  /// The relevance: larger is better (SQLite's bm25 negated; titles weigh most, then quotes).
  public var score: Double
  /// The code-point offset in ``QuothModel/Article/text`` of the first match in the article's
  /// text, so a reader can open the article there; `nil` when only the title matched or offsets
  /// were not asked for.
  public var matchOffset: Int?

  /// Creates a hit.
  public init(
    path: String, title: String, date: String?, snippet: String, highlights: [TextSpan] = [], score: Double,
    matchOffset: Int? = nil
  ) {
    self.path = path
    self.title = title
    self.date = date
    self.snippet = snippet
    self.highlights = highlights
    self.score = score
    self.matchOffset = matchOffset
  }
}
