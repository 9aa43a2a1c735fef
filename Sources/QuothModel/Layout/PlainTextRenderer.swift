/// Renders an article as plain wrapped text, like `w3m -dump`: what `quoth dump` prints.
///
/// The shape:
/// ```
/// Title, wrapped
/// 2023-11-09 · China Daily
/// By Xu Wei, Cheng Yu and Ma Si
///
///   Photo caption, indented by two columns, with its [Photo/CREDIT]
///
/// Deck
///
/// Paragraphs, separated by blank lines.
/// ```
/// Every line fits in `width` columns (a single character wider than the line excepted) and holds
/// no escape sequence: control characters are shown by their ``Sanitizer`` stand-ins.
public struct PlainTextRenderer: Sendable {
  /// The columns each line may take; at least 1.
  public var width: Int
  /// The indentation of caption lines.
  public var captionIndent = 2

  /// Creates a renderer for `width` columns.
  public init(width: Int) {
    self.width = max(1, width)
  }

  /// The rule printed between two articles.
  public var rule: String { String(repeating: "-", count: min(width, 72)) }

  /// The article as lines of text, without line terminators.
  ///
  /// - Complexity: O(n) in the length of the article's text.
  public func lines(for article: Article) -> [String] {
    var output: [String] = []
    let headerAt = ArticleHeader.position(in: article.blocks)
    for (index, block) in article.blocks.enumerated() {
      if index == headerAt { header(article, into: &output) }
      switch block.kind {
      case .title:
        wrap(article.text, span: block.span, into: &output)
      case .byline:
        continue
      default:
        if !output.isEmpty { output.append("") }
        if block.kind == .caption {
          let pad = String(repeating: " ", count: captionIndent)
          let inner = width > captionIndent + 4 ? width - captionIndent : width
          wrap(article.text, span: block.span, width: inner, prefix: inner == width ? "" : pad, into: &output)
        } else {
          wrap(article.text, span: block.span, into: &output)
        }
      }
    }
    if headerAt == article.blocks.count { header(article, into: &output) }
    return output
  }

  /// Appends the title (when no block holds it), `date · source` and the byline.
  func header(_ article: Article, into output: inout [String]) {
    for line in ArticleHeader.lines(for: article) { wrap(Array(line.text.unicodeScalars), into: &output) }
  }

  /// The article as text: its lines, each ended by a line feed.
  public func render(_ article: Article) -> String {
    var result = ""
    for line in lines(for: article) {
      result += line
      result += "\n"
    }
    return result
  }

  func wrap(_ text: [Unicode.Scalar], into output: inout [String]) {
    wrap(text, span: TextSpan(start: 0, end: text.count), into: &output)
  }

  func wrap(
    _ text: [Unicode.Scalar], span: TextSpan, width lineWidth: Int? = nil, prefix: String = "",
    into output: inout [String]
  ) {
    for line in LineBreaker.wrap(text, span: span, width: lineWidth ?? width) {
      output.append(prefix + Sanitizer.sanitize(text[line.span.start..<line.span.end]))
    }
  }
}
