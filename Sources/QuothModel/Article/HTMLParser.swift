/// Parses saved HTML article pages.
public enum HTMLParser {
  /// Parses HTML; until the full parser lands it reads the text as plain text.
  public static func parse(path: String, text: [Unicode.Scalar]) -> Article {
    var article = PlainTextParser.parse(path: path, text: text)
    article.format = .html
    return article
  }
}
