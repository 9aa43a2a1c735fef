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
    // A dateline has its agency in parentheses within the first 80 code points.
    if let first = blocks.first(where: { $0.kind == .paragraph })?.span,
      text[first.start..<min(first.end, first.start + 80)].contains("("),
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
    if isTidy(raw.utf8) { return raw }
    // On code points rather than Characters: a headline is short, but this runs for every file.
    var out: [Unicode.Scalar] = []
    out.reserveCapacity(raw.utf8.count)
    var pendingSpace = false
    for scalar in raw.unicodeScalars {
      if isWhitespace(scalar) {
        pendingSpace = !out.isEmpty
        continue
      }
      if pendingSpace {
        out.append(" ")
        pendingSpace = false
      }
      out.append(scalar)
    }
    if out.last == ".", out.count < 2 || out[out.count - 2] != "." {
      let wordStart = (out.lastIndex(of: " ") ?? -1) + 1
      if !out[wordStart..<(out.count - 1)].contains(".") { out.removeLast() }
    }
    return String(scalars: out)
  }

  @inline(__always)
  static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
    return scalar.properties.isWhitespace
  }

  /// Whether `raw` needs no tidying: ASCII with single spaces between words and no trailing
  /// full stop. Most headlines are, and this check is far cheaper than splitting into words.
  static func isTidy(_ raw: String.UTF8View) -> Bool {
    var previous: UInt8 = 0x20
    for byte in raw {
      if byte >= 0x80 || (byte < 0x20) || (byte == 0x20 && previous == 0x20) || byte == 0x7F { return false }
      previous = byte
    }
    return previous != 0x20 && previous != UInt8(ascii: ".")
  }
}
