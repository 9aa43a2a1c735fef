/// Parses plain text: the title on the first line, then paragraphs separated by blank lines.
public enum PlainTextParser {
  /// Parses plain text. An empty or blank text gives an article with no title and no blocks.
  public static func parse(path: String, text: [Unicode.Scalar]) -> Article {
    let spans = ParagraphSplitter.paragraphs(in: text, range: 0..<text.count)
    guard let first = spans.first else {
      return Article(path: path, format: .text, text: text, title: "", blocks: [])
    }
    // The title is the first line only; the rest of a first paragraph is body.
    var titleEnd = first.start
    while titleEnd < first.end, text[titleEnd] != "\n", text[titleEnd] != "\r" { titleEnd += 1 }
    let titleSpan = TextSpan(start: first.start, end: titleEnd)
    var blocks = [Block(kind: .title, span: titleSpan)]
    if titleEnd < first.end {
      blocks += ParagraphSplitter.paragraphs(in: text, range: titleEnd..<first.end).map {
        Block(kind: .paragraph, span: $0)
      }
    }
    blocks += spans.dropFirst().map { Block(kind: .paragraph, span: $0) }
    var article = Article(path: path, format: .text, text: text, title: "", blocks: blocks)
    article.title = HeadlineCleaner.clean(article.string(titleSpan))
    if let first = article.paragraphs.first?.span,
      let dateline = Dateline.parse(
        article.string(TextSpan(start: first.start, end: min(first.end, first.start + 80))))
    {
      article.source = dateline.agency
    }
    return article
  }
}

/// Tidies a headline for display.
public enum HeadlineCleaner {
  /// Collapses white space and drops one trailing full stop (headlines carry none; some corpora add
  /// one), keeping an ellipsis or an abbreviation's stop such as "U.S.".
  public static func clean(_ raw: String) -> String {
    var title = raw.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    if title.hasSuffix("."), !title.hasSuffix(".."),
      let last = title.split(separator: " ").last, last.filter({ $0 == "." }).count == 1
    {
      title.removeLast()
    }
    return title
  }
}
