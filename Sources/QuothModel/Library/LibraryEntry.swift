/// One row of the library: an article's metadata, read cheaply from the head of its file.
///
/// The full article is parsed only when it is opened (``Library/article(for:maxSize:)``).
public struct LibraryEntry: Hashable, Sendable, Codable {
  /// Where the article comes from.
  public var ref: ArticleRef
  /// The name of ``ref`` as the library and JSON rows show it (see ``ArticleRef/description``).
  public var path: String { ref.description }
  /// The headline; empty when the file has none (see ``displayTitle``).
  public var title: String
  /// The publication date as `YYYY-MM-DD`, when known.
  public var date: String?
  /// The publisher or agency.
  public var source: String?
  /// The byline's authors, in order.
  public var authors: [String]
  /// The number of words in the body: exact when the whole file was read, else an estimate.
  public var words: Int
  /// Whether ``words`` is estimated from the head's words per byte and the file size.
  public var wordsAreEstimated: Bool
  /// The format the file was read as.
  public var format: Article.Format
  /// The file's size in bytes.
  public var size: Int

  /// Creates an entry for the article a command-line argument names (see ``ArticleRef/init(argument:)``).
  public init(
    path: String, title: String, date: String? = nil, source: String? = nil, authors: [String] = [],
    words: Int = 0, wordsAreEstimated: Bool = false, format: Article.Format = .text, size: Int = 0
  ) {
    self.init(
      ref: ArticleRef(argument: path), title: title, date: date, source: source, authors: authors,
      words: words, wordsAreEstimated: wordsAreEstimated, format: format, size: size)
  }

  /// Creates an entry.
  public init(
    ref: ArticleRef, title: String, date: String? = nil, source: String? = nil, authors: [String] = [],
    words: Int = 0, wordsAreEstimated: Bool = false, format: Article.Format = .text, size: Int = 0
  ) {
    self.ref = ref
    self.title = title
    self.date = date
    self.source = source
    self.authors = authors
    self.words = words
    self.wordsAreEstimated = wordsAreEstimated
    self.format = format
    self.size = size
  }

  /// The entry of a fully parsed article, with an exact word count.
  public init(article: Article, size: Int = 0) {
    self.init(
      ref: article.ref, title: article.title, date: article.date, source: article.source,
      authors: article.authors, words: article.wordCount, format: article.format, size: size)
  }

  /// The title, or the file's name when the article has none.
  public var displayTitle: String {
    if !title.isEmpty { return title }
    return path.split(separator: "/").last.map(String.init) ?? path
  }

  /// The library's order: newest first (undated last), then by title, then by path.
  public static func libraryOrder(_ lhs: LibraryEntry, _ rhs: LibraryEntry) -> Bool {
    switch (lhs.date, rhs.date) {
    case (let left?, let right?) where left != right: return left > right
    case (.some, nil): return true
    case (nil, .some): return false
    default: break
    }
    let leftTitle = lhs.displayTitle.lowercased()
    let rightTitle = rhs.displayTitle.lowercased()
    if leftTitle != rightTitle { return leftTitle < rightTitle }
    return lhs.path < rhs.path
  }
}
