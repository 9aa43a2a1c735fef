/// One quote of a merged speaker, with the article it is in.
public struct IndexedQuote: Sendable, Hashable {
  /// The article's path as the library names it.
  public var path: String
  /// The article: the index holds files only.
  public var ref: ArticleRef { .file(path) }
  /// The article's headline (may be empty).
  public var title: String
  /// The article's date, `YYYY-MM-DD`, when known.
  public var date: String?
  /// How the words are reported.
  public var kind: Quote.Kind
  /// The quote's content in ``QuothModel/Article/text`` code-point offsets: open the article there.
  public var span: TextSpan
  /// The quoted words.
  public var text: String
  /// The speaker's name as this article gives it.
  public var speaker: String
  /// The speaker's role in this article, when given.
  public var role: String?

  /// Creates a quote.
  public init(
    path: String, title: String, date: String?, kind: Quote.Kind, span: TextSpan, text: String,
    speaker: String,
    role: String? = nil
  ) {
    self.path = path
    self.title = title
    self.date = date
    self.kind = kind
    self.span = span
    self.text = text
    self.speaker = speaker
    self.role = role
  }
}
