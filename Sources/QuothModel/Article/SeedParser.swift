/// Parses the seed format: ` date YYYY-MM-DD Title`, a byline, an optional photo caption ending in
/// a credit such as `[Photo/XINHUA]`, an optional deck line, then paragraphs.
public enum SeedParser {
  /// Whether a text's first line has the seed shape `date YYYY-MM-DD …`.
  public static func matchesFirstLine(_ line: String) -> Bool {
    dateAndTitle(line) != nil
  }

  /// Splits ` date 2023-11-09 Title` into its date and title.
  static func dateAndTitle(_ line: String) -> (date: String, title: String)? {
    let trimmed = line.drop { $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" }
    guard trimmed.hasPrefix("date ") else { return nil }
    let rest = trimmed.dropFirst(5).drop { $0 == " " }
    let date = rest.prefix(10)
    guard date.count == 10, isISODate(date) else { return nil }
    let firstLine = rest.dropFirst(10).prefix { $0 != "\n" && $0 != "\r" }
    return (String(date), firstLine.trimmingSpaces())
  }

  static func isISODate(_ date: Substring) -> Bool {
    let chars = Array(date)
    guard chars.count == 10, chars[4] == "-", chars[7] == "-" else { return false }
    return chars.enumerated().allSatisfy { index, char in index == 4 || index == 7 || char.isASCIIDigit }
  }

  /// Parses a seed-format article.
  public static func parse(path: String, text: [Unicode.Scalar]) -> Article {
    let spans = ParagraphSplitter.paragraphs(in: text, range: 0..<text.count)
    var article = Article(path: path, format: .seed, text: text, title: "", blocks: [])
    guard let first = spans.first else { return article }
    var lineEnd = first.start
    while lineEnd < first.end, text[lineEnd] != "\n", text[lineEnd] != "\r" { lineEnd += 1 }
    let firstLine = article.string(TextSpan(start: first.start, end: lineEnd))
    var blocks: [Block] = []
    if let (date, title) = dateAndTitle(firstLine) {
      article.date = date
      article.title = HeadlineCleaner.clean(title)
      // The title span starts after "date YYYY-MM-DD ".
      let titleStart = lineEnd - title.unicodeScalars.count
      blocks.append(Block(kind: .title, span: TextSpan(start: max(first.start, titleStart), end: lineEnd)))
    } else {
      article.title = HeadlineCleaner.clean(firstLine)
      blocks.append(Block(kind: .title, span: TextSpan(start: first.start, end: lineEnd)))
    }
    var rest = Array(spans.dropFirst())
    if lineEnd < first.end {
      rest.insert(TextSpan(start: lineEnd, end: first.end), at: 0)
      rest[0] = ParagraphSplitter.paragraphs(in: text, range: lineEnd..<first.end).first ?? rest[0]
    }
    var index = 0
    // Byline: within the first two blocks, a short line with "By" or a dateline.
    if index < rest.count, let byline = Byline.parse(article.string(rest[index])) {
      article.byline = article.string(rest[index])
      article.authors = byline.authors
      article.source = byline.source
      if article.date == nil { article.date = byline.date }
      blocks.append(Block(kind: .byline, span: rest[index]))
      index += 1
    }
    // Caption: a block ending in a bracketed credit.
    if index < rest.count, let (caption, credit) = captionAndCredit(article.string(rest[index])) {
      article.caption = caption
      article.captionCredit = credit
      blocks.append(Block(kind: .caption, span: rest[index]))
      index += 1
    }
    // Deck: a short line without closing punctuation before the first real paragraph.
    if index < rest.count, index + 1 < rest.count, isDeck(article.string(rest[index])) {
      article.deck = article.string(rest[index])
      blocks.append(Block(kind: .deck, span: rest[index]))
      index += 1
    }
    blocks += rest[index...].map { Block(kind: .paragraph, span: $0) }
    article.blocks = blocks
    return article
  }

  /// Splits `… [Photo/XINHUA]` into the caption and `Photo/XINHUA`.
  static func captionAndCredit(_ block: String) -> (String, String)? {
    let trimmed = block.trimmingSpaces()
    guard trimmed.hasSuffix("]"), let open = trimmed.lastIndex(of: "[") else { return nil }
    let credit = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
    let lower = credit.lowercased()
    let creditWords = [
      "photo", "image", "file", "video", "provided", "xinhua", "afp", "reuters", "ap", "getty",
    ]
    guard credit.count <= 80, creditWords.contains(where: { lower.contains($0) }) else { return nil }
    return (String(trimmed[..<open]).trimmingSpaces(), credit)
  }

  static func isDeck(_ block: String) -> Bool {
    let trimmed = block.trimmingSpaces()
    guard let last = trimmed.last, !trimmed.isEmpty else { return false }
    let words = trimmed.split(separator: " ").count
    return words <= 25 && !".!?\"”’'…:".contains(last) && !trimmed.contains("\n")
  }
}

extension StringProtocol {
  /// The string without spaces, tabs, line breaks and BOMs at either end.
  func trimmingSpaces() -> String {
    let isSpace: (Character) -> Bool = { $0.isWhitespace || $0 == "\u{FEFF}" }
    guard let first = firstIndex(where: { !isSpace($0) }) else { return "" }
    let last = lastIndex(where: { !isSpace($0) })!
    return String(self[first...last])
  }
}

extension Character {
  var isASCIIDigit: Bool { isASCII && isNumber }
}
