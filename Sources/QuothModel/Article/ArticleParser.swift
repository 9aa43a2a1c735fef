/// Parses decoded text into an ``Article``, choosing the format from the path and the content.
public enum ArticleParser {
  /// Guesses the format from the file name, then from the first bytes of the text.
  public static func detectFormat(path: String, text: [Unicode.Scalar]) -> Article.Format {
    let lower = path.lowercased()
    if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { return .markdown }
    if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") { return .html }
    var head = String.UnicodeScalarView()
    head.append(
      contentsOf: text.prefix(512).drop { ParagraphSplitter.isBlank($0) || $0 == "\n" || $0 == "\r" })
    let start = String(head)
    if SeedParser.matchesFirstLine(start) { return .seed }
    let lowerStart = start.lowercased()
    if lowerStart.hasPrefix("<!doctype html") || lowerStart.hasPrefix("<html")
      || lowerStart.hasPrefix("<?xml")
    {
      return .html
    }
    if start.hasPrefix("---\n") || start.hasPrefix("---\r\n") || start.hasPrefix("# ") { return .markdown }
    return .text
  }

  /// Parses `text` read from `path` in the given format (detected when `nil`).
  public static func parse(
    path: String, text: [Unicode.Scalar], format: Article.Format? = nil, warnings: [String] = []
  ) -> Article {
    let chosen = format ?? detectFormat(path: path, text: text)
    var article: Article
    switch chosen {
    case .seed: article = SeedParser.parse(path: path, text: text)
    case .text: article = PlainTextParser.parse(path: path, text: text)
    case .markdown: article = MarkdownParser.parse(path: path, text: text)
    case .html: article = HTMLParser.parse(path: path, text: text)
    }
    article.warnings = warnings + article.warnings
    if article.date == nil { article.date = Dateline.dateInFileName(path) }
    return article
  }

  /// Decodes bytes and parses them, noting invalid UTF-8 as a warning.
  public static func parse(path: String, bytes: [UInt8], format: Article.Format? = nil) -> Article {
    let decoded = TextDecoder.decode(bytes)
    var warnings: [String] = []
    if decoded.invalidSequences > 0 {
      warnings.append(
        "\(path): \(decoded.invalidSequences) invalid UTF-8 sequence\(decoded.invalidSequences == 1 ? "" : "s") shown as \u{FFFD}"
      )
    }
    return parse(path: path, text: decoded.scalars, format: format, warnings: warnings)
  }
}
