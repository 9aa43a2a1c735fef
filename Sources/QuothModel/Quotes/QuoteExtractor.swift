/// Finds quotes in an article and attributes them to speakers.
///
/// Rules and lexicons only: quotation marks are paired over the body paragraphs (quotes may run
/// over several paragraphs), sentences are matched against attribution patterns around
/// reporting verbs (`"…," she said`, `X said that …`, `…, X added`, `according to X, …`), and a
/// small coreference resolver maps names, surnames, titles, nominal references and pronouns to
/// speakers. The article's authors are never speakers.
public enum QuoteExtractor {
  /// The quotes and speakers of `article`.
  ///
  /// - Parameter article: a parsed article; only its body paragraphs are searched.
  /// - Returns: the quotes in text order and the speakers in order of first appearance.
  /// - Complexity: O(n) in the length of the body, plus the number of distinct speakers per quote.
  public static func analyze(_ article: Article) -> QuoteAnalysis {
    var scanner = QuoteScanner(text: article.text, paragraphs: article.paragraphs.map(\.span))
    scanner.scan()
    var raw = scanner.quotes
    raw.sort { $0.span.start < $1.span.start }
    var resolver = SpeakerResolver(
      names: scanner.nameMentions(), authors: article.authors, text: article.text)
    var quotes: [Quote] = []
    quotes.reserveCapacity(raw.count)
    for q in raw {
      let entity = q.mention.flatMap { resolver.resolve($0) }
      var speaker: Int? = nil
      if let e = entity {
        let s = resolver.speaker(for: e)
        speaker = s
        switch q.kind {
        case .direct: resolver.speakers[s].direct += 1
        case .mixed: resolver.speakers[s].mixed += 1
        case .indirect: resolver.speakers[s].indirect += 1
        }
      }
      quotes.append(
        Quote(
          kind: q.kind, span: q.span, parts: q.parts, cue: q.cue, mention: q.mention?.span, speaker: speaker))
    }
    return QuoteAnalysis(quotes: quotes, speakers: resolver.speakers)
  }
}
