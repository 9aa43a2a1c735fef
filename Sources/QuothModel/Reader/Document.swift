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
  /// The pattern ``matches`` were found for.
  public var matchesPattern: SearchPattern?
  /// The article's quotes and speakers.
  public var analysis: QuoteAnalysis
  /// The index in ``QuoteAnalysis/quotes`` of the quote the reader is on.
  public var currentQuote: Int?
  /// Whether the quotes are still being found in the background (large articles).
  public var analysisPending = false
  /// When set, `]` and `[` visit only this speaker's quotes.
  public var speakerFilter: Int?
  /// The text offset kept across resizes: set by the first re-layout after the reader last moved,
  /// so that a sequence of window sizes comes back to the same line; `nil` once the reader moves.
  var place: Int?
  /// How many lines without text (blank or header lines) stood from the top line down to the line
  /// holding ``place`` when it was set.
  var placeLinesAbove = 0

  /// Creates a document at the top of the article.
  public init(article: Article, layout: ArticleLayout, analysis: QuoteAnalysis = QuoteAnalysis()) {
    self.article = article
    self.layout = layout
    self.analysis = analysis
  }

  /// The indices of the quotes `]` and `[` visit: all, or the restricted speaker's.
  public var visitableQuotes: [Int] {
    let quotes = analysis.quotes
    guard let speaker = speakerFilter else { return Array(quotes.indices) }
    return quotes.indices.filter { quotes[$0].speaker == speaker }
  }

  /// The current quote's speaker, if it has one.
  public var currentSpeaker: Int? {
    currentQuote.flatMap { analysis.quotes[$0].speaker }
  }

  /// The text offset at the top of the screen: what re-layout keeps in view. After a resize it is
  /// the offset the reader was at before it, not the start of the wider or narrower line that now
  /// holds it, so that any sequence of resizes keeps the same place.
  public var anchorOffset: Int {
    if let place { return place }
    guard top < layout.lines.count else { return 0 }
    return layout.lines[top].span.start
  }
}
