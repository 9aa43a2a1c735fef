/// Finds quotes in an article and attributes them to speakers.
public enum QuoteExtractor {
  /// The quotes and speakers of `article`. (Rules land with issue 3.)
  public static func analyze(_ article: Article) -> QuoteAnalysis {
    QuoteAnalysis()
  }
}
