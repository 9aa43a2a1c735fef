/// Marks quotes inside an article's text for reading in a pipe: `«…»[Speaker]` around direct and
/// mixed quotes, `‹…›[Speaker]` around reported speech.
public enum QuoteMarkup {
  private struct Insertion {
    var offset: Int
    /// Closing marks sort before opening marks at the same offset.
    var closes: Bool
    var text: [Unicode.Scalar]
  }

  /// A copy of `article` whose text carries the marks, with block spans moved to match.
  ///
  /// - Complexity: O(n + q log q) for text length n and q quotes.
  public static func marked(_ article: Article, analysis: QuoteAnalysis) -> Article {
    var insertions: [Insertion] = []
    for quote in analysis.quotes {
      let reported = quote.kind == .indirect
      let name = quote.speaker.map { analysis.speakers[$0].name } ?? "?"
      for (index, part) in quote.parts.enumerated() {
        insertions.append(Insertion(offset: part.start, closes: false, text: [reported ? "‹" : "«"]))
        var close: [Unicode.Scalar] = [reported ? "›" : "»"]
        if index == quote.parts.count - 1 { close += Array("[\(name)]".unicodeScalars) }
        insertions.append(Insertion(offset: part.end, closes: true, text: close))
      }
    }
    insertions.sort { $0.offset != $1.offset ? $0.offset < $1.offset : ($0.closes && !$1.closes) }
    var text: [Unicode.Scalar] = []
    text.reserveCapacity(article.text.count + insertions.reduce(0) { $0 + $1.text.count })
    // At each source offset the output holds: closing marks, opening marks, the code point.
    // `boundary[o]` is the output offset between the closing and the opening marks at `o`: a block
    // keeps the openings at its start and the closings at its end.
    var boundary = [Int](repeating: 0, count: article.text.count + 1)
    var next = 0
    for offset in 0...article.text.count {
      while next < insertions.count, insertions[next].offset == offset, insertions[next].closes {
        text += insertions[next].text
        next += 1
      }
      boundary[offset] = text.count
      while next < insertions.count, insertions[next].offset == offset {
        text += insertions[next].text
        next += 1
      }
      if offset < article.text.count { text.append(article.text[offset]) }
    }
    var result = article
    result.text = text
    result.sourceOffsets = nil
    result.fileText = nil
    result.blocks = article.blocks.map { block in
      Block(
        kind: block.kind, span: TextSpan(start: boundary[block.span.start], end: boundary[block.span.end]))
    }
    return result
  }
}
