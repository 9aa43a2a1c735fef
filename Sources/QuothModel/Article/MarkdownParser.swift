/// Parses Markdown articles: front matter or a `#` title, paragraphs, headings, emphasis and links.
///
/// The article's ``Article/text`` is a plain reading text: markup is dropped (emphasis markers,
/// link targets, list and quote markers) and each paragraph's lines are joined with single spaces.
/// ``Article/sourceOffsets`` maps each of its code points back to the file, so a quote found in
/// the reading text can be shown as written.
public enum MarkdownParser {
  /// One line of the file: where its content starts and ends (line break excluded).
  struct Line {
    var start: Int
    var end: Int
  }

  /// Parses Markdown text read from `path`.
  public static func parse(path: String, text: [Unicode.Scalar]) -> Article {
    let lines = splitLines(text)
    var builder = ReadingTextBuilder()
    var article = Article(path: path, format: .markdown, text: [], title: "", blocks: [])
    var lineIndex = 0
    // Front matter.
    var frontTitle: (String, Int)? = nil
    if let first = lines.first, string(text, first).trimmingSpaces() == "---" {
      var index = 1
      var fields: [(key: String, value: String, valueStart: Int)] = []
      var closed = false
      while index < lines.count {
        let line = lines[index]
        let raw = string(text, line)
        if raw.trimmingSpaces() == "---" || raw.trimmingSpaces() == "..." {
          closed = true
          break
        }
        if let field = frontMatterField(text, line) { fields.append(field) }
        index += 1
      }
      if closed {
        lineIndex = index + 1
        var listKey: String? = nil
        for field in fields {
          if field.key.hasPrefix("- ") {
            if listKey == "author" || listKey == "authors" {
              article.authors.append(unquote(String(field.key.dropFirst(2))))
            }
            continue
          }
          listKey = field.key
          let value = unquote(field.value)
          switch field.key {
          case "title": if !value.isEmpty { frontTitle = (field.value, field.valueStart) }
          case "date", "published", "published_at": article.date = isoDate(value)
          case "author", "authors", "by": article.authors += splitAuthors(value)
          case "source", "publisher", "site": article.source = value.isEmpty ? nil : value
          default: break
          }
        }
      }
    }
    if let (value, start) = frontTitle {
      // Map the title's code points to the front matter value.
      let scalars = Array(value.unicodeScalars)
      var offset = start
      var skipQuotes = false
      if let first = scalars.first, first == "\"" || first == "'", scalars.count >= 2, scalars.last == first {
        skipQuotes = true
      }
      for (position, scalar) in scalars.enumerated() {
        if skipQuotes, position == 0 || position == scalars.count - 1 {
          offset += 1
          continue
        }
        builder.append(scalar, at: offset)
        offset += 1
      }
      builder.endBlock(.title)
    }
    var paragraph: [Line] = []
    var inFence = false
    func flushParagraph() {
      guard !paragraph.isEmpty else { return }
      appendInline(text, paragraph, to: &builder)
      builder.endBlock(.paragraph)
      paragraph = []
    }
    let hasTitle = { builder.blocks.contains { $0.kind == .title } }
    while lineIndex < lines.count {
      var line = lines[lineIndex]
      lineIndex += 1
      let content = string(text, line)
      let trimmed = content.trimmingSpaces()
      if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
        flushParagraph()
        inFence.toggle()
        continue
      }
      if trimmed.isEmpty {
        flushParagraph()
        continue
      }
      if inFence {
        paragraph.append(line)
        continue
      }
      // Setext underline: `===` or `---` under a paragraph line.
      if !paragraph.isEmpty, trimmed.allSatisfy({ $0 == "=" }) || trimmed.allSatisfy({ $0 == "-" }) {
        let level = trimmed.first == "=" ? 1 : 2
        appendInline(text, paragraph, to: &builder)
        builder.endBlock(level == 1 && !hasTitle() ? .title : .heading)
        paragraph = []
        continue
      }
      if isRule(trimmed) {
        flushParagraph()
        continue
      }
      line.start = skipIndent(text, line)
      if let (level, contentStart) = atxHeading(text, line) {
        flushParagraph()
        var end = line.end
        while end > contentStart, text[end - 1] == "#" || ParagraphSplitter.isBlank(text[end - 1]) {
          end -= 1
        }
        appendInline(text, [Line(start: contentStart, end: max(contentStart, end))], to: &builder)
        builder.endBlock(level == 1 && !hasTitle() ? .title : .heading)
        continue
      }
      if let contentStart = blockMarkerEnd(text, line) {
        // A list item or block quote line: a paragraph of its own when it starts a list item.
        let isQuote = text[line.start] == ">"
        if !isQuote { flushParagraph() }
        paragraph.append(Line(start: contentStart, end: line.end))
        continue
      }
      paragraph.append(line)
    }
    flushParagraph()
    article.text = builder.text
    article.sourceOffsets = builder.finishedOffsets(fileEnd: text.count)
    article.fileText = text
    article.blocks = builder.blocks
    if let titleBlock = article.blocks.first(where: { $0.kind == .title }) {
      article.title = HeadlineCleaner.clean(article.string(titleBlock.span))
    }
    MarkdownParser.markByline(&article)
    return article
  }

  /// Turns the first paragraph into the byline when it reads as one (`By Ada Lovelace | Source`).
  static func markByline(_ article: inout Article) {
    guard let index = article.blocks.firstIndex(where: { $0.kind == .paragraph }), index <= 1 else { return }
    let line = article.string(article.blocks[index].span)
    guard let byline = Byline.parse(line) else { return }
    article.blocks[index].kind = .byline
    article.byline = line
    if article.authors.isEmpty { article.authors = byline.authors }
    if article.source == nil { article.source = byline.source }
    if article.date == nil { article.date = byline.date }
  }

  /// Appends the inline content of `lines` (one paragraph) with markup removed.
  static func appendInline(_ text: [Unicode.Scalar], _ lines: [Line], to builder: inout ReadingTextBuilder) {
    var pieces: [(Unicode.Scalar, Int)] = []
    for (number, line) in lines.enumerated() {
      if number > 0 { pieces.append((" ", line.start)) }
      var end = line.end
      // A hard break written as a trailing backslash.
      if end > line.start, text[end - 1] == "\\" { end -= 1 }
      pieces.append(contentsOf: (line.start..<end).map { (text[$0], $0) })
    }
    for (scalar, offset) in InlineMarkdown.strip(pieces) { builder.append(scalar, at: offset) }
  }

  static func splitLines(_ text: [Unicode.Scalar]) -> [Line] {
    var lines: [Line] = []
    var start = 0
    var index = 0
    while index < text.count {
      if text[index] == "\n" || text[index] == "\r" {
        lines.append(Line(start: start, end: index))
        if text[index] == "\r", index + 1 < text.count, text[index + 1] == "\n" { index += 1 }
        start = index + 1
      }
      index += 1
    }
    if start < text.count { lines.append(Line(start: start, end: text.count)) }
    // A BOM at the start of the file is not content.
    if let first = lines.first, first.start < first.end, text[first.start] == "\u{FEFF}" {
      lines[0].start += 1
    }
    return lines
  }

  static func string(_ text: [Unicode.Scalar], _ line: Line) -> String {
    String(scalars: text[line.start..<line.end])
  }

  static func skipIndent(_ text: [Unicode.Scalar], _ line: Line) -> Int {
    var index = line.start
    while index < line.end, ParagraphSplitter.isBlank(text[index]) { index += 1 }
    return index
  }

  /// `## Heading`: the level and where the heading's text starts.
  static func atxHeading(_ text: [Unicode.Scalar], _ line: Line) -> (Int, Int)? {
    var index = line.start
    while index < line.end, text[index] == "#" { index += 1 }
    let level = index - line.start
    guard (1...6).contains(level), index == line.end || ParagraphSplitter.isBlank(text[index]) else {
      return nil
    }
    while index < line.end, ParagraphSplitter.isBlank(text[index]) { index += 1 }
    return (level, index)
  }

  /// Where the content of a list item (`- `, `* `, `+ `, `1. `) or block quote (`> `) starts.
  static func blockMarkerEnd(_ text: [Unicode.Scalar], _ line: Line) -> Int? {
    var index = line.start
    guard index < line.end else { return nil }
    switch text[index] {
    case ">":
      index += 1
    case "-", "*", "+":
      index += 1
      guard index < line.end, ParagraphSplitter.isBlank(text[index]) else { return nil }
    default:
      var digits = 0
      while index < line.end, HTMLEntities.isDigit(text[index]), digits < 9 {
        index += 1
        digits += 1
      }
      guard digits > 0, index < line.end, text[index] == "." || text[index] == ")" else { return nil }
      index += 1
      guard index < line.end, ParagraphSplitter.isBlank(text[index]) else { return nil }
    }
    while index < line.end, ParagraphSplitter.isBlank(text[index]) { index += 1 }
    return index
  }

  static func isRule(_ trimmed: String) -> Bool {
    let compact = trimmed.filter { $0 != " " }
    guard compact.count >= 3, let first = compact.first, "-*_".contains(first) else { return false }
    return compact.allSatisfy { $0 == first }
  }

  /// `key: value` in front matter, with where the value starts; `- item` lines come back as a key.
  static func frontMatterField(_ text: [Unicode.Scalar], _ line: Line) -> (
    key: String, value: String, valueStart: Int
  )? {
    let raw = string(text, line)
    let trimmed = raw.trimmingSpaces()
    if trimmed.hasPrefix("- ") { return (trimmed, "", line.start) }
    var index = line.start
    while index < line.end, text[index] != ":" { index += 1 }
    guard index < line.end else { return nil }
    let key = string(text, Line(start: line.start, end: index)).trimmingSpaces().lowercased()
    var valueStart = index + 1
    while valueStart < line.end, ParagraphSplitter.isBlank(text[valueStart]) { valueStart += 1 }
    var valueEnd = line.end
    while valueEnd > valueStart, ParagraphSplitter.isBlank(text[valueEnd - 1]) { valueEnd -= 1 }
    return (key, string(text, Line(start: valueStart, end: valueEnd)), valueStart)
  }

  static func unquote(_ value: String) -> String {
    let trimmed = value.trimmingSpaces()
    if trimmed.count >= 2, let first = trimmed.first, first == "\"" || first == "'", trimmed.last == first {
      return String(trimmed.dropFirst().dropLast())
    }
    return trimmed
  }

  /// `[A, B]`, `A, B and C` or `A` as a list of names.
  static func splitAuthors(_ value: String) -> [String] {
    let inner = unquote(value).trimming("[]")
    return inner.replacingAnd().split(separator: ",").map { unquote(String($0)) }.filter { !$0.isEmpty }
  }

  /// The `YYYY-MM-DD` at the start of a date value such as `2024-03-05T10:00:00Z`.
  static func isoDate(_ value: String) -> String? {
    let trimmed = unquote(value)
    let prefix = trimmed.prefix(10)
    if SeedParser.isISODate(prefix) { return String(prefix) }
    if let (date, _) = Byline.leadingDate(Substring(trimmed)) { return date }
    return trimmed.isEmpty ? nil : trimmed
  }
}

extension String {
  /// The string with ` and ` between names turned into a comma.
  func replacingAnd() -> String {
    var result = ""
    var rest = Substring(self)
    while let range = rest.firstRange(of: " and ") {
      result += rest[..<range.lowerBound] + ","
      rest = rest[range.upperBound...]
    }
    return result + rest
  }
}
