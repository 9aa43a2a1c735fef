/// Parses decoded text into an ``Article``, choosing the format from the path and the content.
public enum ArticleParser {
  /// Guesses the format from the file name, then from the first bytes of the text.
  public static func detectFormat(path: String, text: [Unicode.Scalar]) -> Article.Format {
    // Only the name's end is lower-cased: the longest suffix looked at is `.markdown.gz`.
    var lower = String(path.suffix(16)).lowercased()
    if lower.hasSuffix(".gz") { lower.removeLast(3) }
    if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { return .markdown }
    if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") { return .html }
    // Only the first line and a few code points after leading white space are looked at.
    var first = 0
    while first < text.count, first < 4096,
      ParagraphSplitter.isBlank(text[first]) || text[first] == "\n" || text[first] == "\r"
    {
      first += 1
    }
    var lineEnd = first
    while lineEnd < text.count, lineEnd - first < 400, text[lineEnd] != "\n", text[lineEnd] != "\r" {
      lineEnd += 1
    }
    // Strings are built only when the code points can match: a seed line's `date ` after spaces,
    // tabs or a BOM, and `<` `-` `#` opening the markup tests (lower-casing maps no other code
    // point to those).
    var word = first
    while word < lineEnd, text[word] == " " || text[word] == "\t" || text[word] == "\u{FEFF}" { word += 1 }
    if lineEnd - word >= 5, text[word..<word + 5].elementsEqual("date ".unicodeScalars),
      SeedParser.matchesFirstLine(String(scalars: text[first..<lineEnd]))
    {
      return .seed
    }
    guard first < text.count, text[first] == "<" || text[first] == "-" || text[first] == "#" else {
      return .text
    }
    let lowerStart = String(scalars: text[first..<min(text.count, first + 16)]).lowercased()
    if lowerStart.hasPrefix("<!doctype html") || lowerStart.hasPrefix("<html")
      || lowerStart.hasPrefix("<?xml")
    {
      return .html
    }
    if lowerStart.hasPrefix("---\n") || lowerStart.hasPrefix("---\r\n") || lowerStart.hasPrefix("# ") {
      return .markdown
    }
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
