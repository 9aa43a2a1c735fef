/// An open article with its layout and the reader's place in it.
public struct Document: Sendable {
  /// The article.
  public var article: Article
  /// The article laid out for the current window.
  public var layout: ArticleLayout
  /// The index of the first line on screen.
  public var top: Int = 0
  /// The spans matching the last search, in text order.
  public var matches: [TextSpan] = []
  /// The index in ``matches`` of the current match.
  public var currentMatch: Int?

  /// Creates a document at the top of the article.
  public init(article: Article, layout: ArticleLayout) {
    self.article = article
    self.layout = layout
  }

  /// The text offset at the top of the screen: what re-layout keeps in view.
  public var anchorOffset: Int {
    guard top < layout.lines.count else { return 0 }
    return layout.lines[top].span.start
  }
}
