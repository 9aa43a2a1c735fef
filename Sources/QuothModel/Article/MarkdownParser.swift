/// Parses Markdown articles. (Front matter, `#` title, emphasis and links: see issue 2.)
public enum MarkdownParser {
  /// Parses Markdown; until the full parser lands it reads the text as plain text.
  public static func parse(path: String, text: [Unicode.Scalar]) -> Article {
    var article = PlainTextParser.parse(path: path, text: text)
    article.format = .markdown
    return article
  }
}
