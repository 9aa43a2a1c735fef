/// A library row from the decoded head of a file.
///
/// Plain text, most of any library, is read in one pass over its code points without building an
/// ``Article``: the title line, the first body paragraph's dateline and the word count are found
/// exactly where ``PlainTextParser`` would find them. Other formats go through their parser.
package enum HeadEntry {
  /// The row of the file at `path` whose head decodes to `text`, and whether it is an HTML page
  /// without a paragraph yet (whose words are then estimated from its size alone).
  package static func read(path: String, text: [Unicode.Scalar]) -> (
    entry: LibraryEntry, pageWithoutParagraphs: Bool
  ) {
    if let entry = plainText(path: path, text: text) { return (entry, false) }
    return parsed(path: path, text: text)
  }

  /// The row as the full parser gives it: what ``plainText(path:text:)`` must agree with.
  static func parsed(path: String, text: [Unicode.Scalar]) -> (
    entry: LibraryEntry, pageWithoutParagraphs: Bool
  ) {
    let article = ArticleParser.parse(path: path, text: text)
    return (LibraryEntry(article: article), article.format == .html && article.paragraphs.isEmpty)
  }

  /// The row of a plain-text file, or `nil` when `text` is in another format (or has so much
  /// leading white space that the format is left to ``ArticleParser``).
  ///
  /// - Complexity: O(n) in the text's length, one pass; the title and at most 80 code points of
  ///   the first paragraph become strings.
  static func plainText(path: String, text: [Unicode.Scalar]) -> LibraryEntry? {
    let count = text.count
    var start = 0
    while start < count, isSpace(text[start]) { start += 1 }
    guard start < 4096, isPlainText(path: path, lead: start < count ? text[start] : nil) else { return nil }
    var entry = LibraryEntry(path: path, title: "", date: Dateline.dateInFileName(path))
    guard start < count else { return entry }
    // The title is the first line; when the next line is blank it ends at its last non-blank.
    var lineEnd = start
    var contentEnd = start
    while lineEnd < count, !isLineBreak(text[lineEnd]) {
      if !ParagraphSplitter.isBlank(text[lineEnd]) { contentEnd = lineEnd + 1 }
      lineEnd += 1
    }
    var next = lineEnd
    if next < count { next += text[next] == "\r" && next + 1 < count && text[next + 1] == "\n" ? 2 : 1 }
    while next < count, ParagraphSplitter.isBlank(text[next]) { next += 1 }
    let titleEnd = next < count && !isLineBreak(text[next]) ? lineEnd : contentEnd
    entry.title = HeadlineCleaner.clean(String(scalars: text[start..<titleEnd]))
    // The source comes from a dateline at the start of the first body paragraph.
    var body = titleEnd
    while body < count, isSpace(text[body]) { body += 1 }
    if body < count {
      let lead = text[body..<min(paragraphEnd(text, from: body, atLeast: body + 80), body + 80)]
      // A dateline has an agency in parentheses.
      if lead.contains("(") { entry.source = Dateline.parse(String(scalars: lead))?.agency }
    }
    // Everything after the title is body paragraphs or the blank lines between them.
    entry.words = Article.countWords(in: text[titleEnd...])
    return entry
  }

  /// Whether a file is read as plain text: its name has no Markdown or HTML extension and
  /// its first non-blank code point (`lead`) cannot start a seed, HTML or Markdown first line.
  /// Anything else is decided by ``ArticleParser/detectFormat(path:text:)``'s own rules.
  private static func isPlainText(path: String, lead: Unicode.Scalar?) -> Bool {
    if let lead, "<-#d".unicodeScalars.contains(lead) { return false }
    // A non-ASCII tail could lower-case to an extension (U+212A KELVIN SIGN is a "k") or make
    // one character with its full stop; the byte before ".markdown" is looked at too.
    let tail = path.utf8.suffix(10)
    guard tail.allSatisfy({ $0 < 0x80 }) else { return false }
    let lower = String(decoding: tail.map { $0 | ($0 >= 0x41 && $0 <= 0x5A ? 0x20 : 0) }, as: UTF8.self)
    return ![".md", ".markdown", ".html", ".htm", ".xhtml"].contains { lower.hasSuffix($0) }
  }

  /// The end of the last non-blank code point of the paragraph starting at `start`, or any
  /// such end past `limit` when the paragraph reaches that far.
  private static func paragraphEnd(_ text: [Unicode.Scalar], from start: Int, atLeast limit: Int) -> Int {
    var end = start
    var lineHasContent = false
    var index = start
    while index < text.count {
      let scalar = text[index]
      if isLineBreak(scalar) {
        if !lineHasContent { break }
        if scalar == "\r", index + 1 < text.count, text[index + 1] == "\n" { index += 1 }
        lineHasContent = false
      } else if !ParagraphSplitter.isBlank(scalar) {
        lineHasContent = true
        end = index + 1
        if end >= limit { break }
      }
      index += 1
    }
    return end
  }

  @inline(__always)
  private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool { scalar == "\n" || scalar == "\r" }

  @inline(__always)
  private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    isLineBreak(scalar) || ParagraphSplitter.isBlank(scalar)
  }
}
