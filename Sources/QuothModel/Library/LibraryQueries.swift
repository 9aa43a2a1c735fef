/// What the interactive reader asks of a library index, so that the reader does not depend on the
/// database behind it: an update with progress, merged speakers, a speaker's quotes, and search.
///
/// Every method may be called from a background thread; errors carry a message naming the cause.
public protocol LibraryQueries: Sendable {
  /// Brings the index up to date with the library's files, reporting (done, total) as it goes,
  /// and returns the problems met (one line each, naming the file).
  func updateIndex(progress: @escaping @Sendable (Int, Int) -> Void) throws -> [String]
  /// Each article's quote count and most quoted speakers, for the library list.
  func summaries() throws -> [ArticleRef: QuoteSummary]
  /// Every speaker of the library, merged across articles, most quoted first.
  func speakers() throws -> [MergedSpeaker]
  /// All quotes of the merged speaker with this key, in library order.
  func quotes(of key: String) throws -> [IndexedQuote]
  /// Articles matching `query` (titles, bodies and quotes), best first, with snippets.
  func search(_ query: String) throws -> [SearchHit]
}
