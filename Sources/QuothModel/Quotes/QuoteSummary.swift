/// What the library list shows of an article's quotes: how many, and who is quoted most.
public struct QuoteSummary: Hashable, Sendable {
  /// The number of quotes of every kind.
  public var quotes: Int
  /// The most quoted speakers' names, most quoted first (at most three).
  public var topSpeakers: [String]

  /// Creates a summary.
  public init(quotes: Int, topSpeakers: [String]) {
    self.quotes = quotes
    self.topSpeakers = topSpeakers
  }

  /// Summarises an analysis: ties keep the order of first appearance.
  public init(_ analysis: QuoteAnalysis) {
    quotes = analysis.quotes.count
    topSpeakers = analysis.speakers.enumerated()
      .filter { $0.element.total > 0 }
      .sorted {
        $0.element.total != $1.element.total ? $0.element.total > $1.element.total : $0.offset < $1.offset
      }
      .prefix(3)
      .map(\.element.name)
  }
}
