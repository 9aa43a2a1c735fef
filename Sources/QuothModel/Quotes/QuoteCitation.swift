/// Quotes as a reader cites them: for the clipboard, the Markdown export and the quotes view.
public enum QuoteCitation {
  /// The quote's words on one line: white space folded, surrounding quotation marks removed.
  /// The parts of a quote split by its attribution are joined with ` … `.
  public static func words(of quote: Quote, in article: Article) -> String {
    quote.parts.map { part in
      var text = article.string(part).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
      let marks: Set<Character> = ["\"", "“", "”", "«", "»", "„", "「", "」", "‘", "’", "'", "`"]
      while let first = text.first, marks.contains(first) { text.removeFirst() }
      while let last = text.last, marks.contains(last) { text.removeLast() }
      while text.hasSuffix(",") { text.removeLast() }
      return text
    }.joined(separator: " … ")
  }

  /// The quote's words as shown to people: a direct quote inside `“ ”`; reported speech without
  /// quotation marks of its own, a mixed quote keeping the article's marks around its quoted
  /// fragment, balanced when the fragment runs past the report (`said the plan was "late`
  /// gives `the plan was "late"`).
  public static func shown(_ quote: Quote, in article: Article) -> String {
    switch quote.kind {
    case .direct: return "“\(words(of: quote, in: article))”"
    case .indirect: return words(of: quote, in: article)
    case .mixed:
      return quote.parts.map { part in
        balanced(article.string(part).split(whereSeparator: { $0.isWhitespace }).joined(separator: " "))
      }.joined(separator: " … ")
    }
  }

  /// `text` with a closing mark added for an unclosed opening one, or an opening mark put
  /// first for a closing one that has no opening.
  ///
  /// Marks are paired by where they stand, as articles type them: a mark after white space (or
  /// at the start, or after a bracket or dash) opens, one after a word closes, so a mistyped pair
  /// (`“review“`, `“significant."`) counts as balanced instead of gaining a second closer.
  static func balanced(_ text: String) -> String {
    var out = text
    while out.hasSuffix(",") { out.removeLast() }
    let scalars = Array(out.unicodeScalars)
    var open: [Unicode.Scalar] = []  // the unclosed opening marks, innermost last
    var unopened = 0
    for (i, s) in scalars.enumerated() where s == "“" || s == "”" || s == "„" || s == "\"" {
      let afterSpace =
        i == 0 || QuoteTokenizer.isSpace(scalars[i - 1]) || "([{—–-".unicodeScalars.contains(scalars[i - 1])
      let opens =
        switch s {
        case "”": false
        case "“", "„": afterSpace || open.isEmpty
        default: afterSpace
        }
      if opens {
        open.append(s)
      } else if !open.isEmpty {
        open.removeLast()
      } else {
        unopened += 1
      }
    }
    // One opening mark says the words start inside a quotation; more would only repeat it
    // (markup such as `pic="" author="…"` leaves many unpaired marks).
    if unopened > 0 { out = "“" + out }
    for mark in open.reversed() { out += mark == "\"" ? "\"" : "”" }
    return out
  }

  /// The speaker as cited: `Name, role`, or `unknown speaker`.
  public static func speaker(of quote: Quote, in analysis: QuoteAnalysis) -> String {
    guard let index = quote.speaker, analysis.speakers.indices.contains(index) else {
      return "unknown speaker"
    }
    let speaker = analysis.speakers[index]
    return speaker.role.map { "\(speaker.name), \($0)" } ?? speaker.name
  }

  /// `“…” — Speaker, role (Source, YYYY-MM-DD)` for a direct quote; reported speech is not put
  /// in quotation marks: `Speaker, role (reported): … (Source, YYYY-MM-DD)`.
  public static func citation(of quote: Quote, in article: Article, analysis: QuoteAnalysis) -> String {
    let source = [article.source ?? (article.title.isEmpty ? nil : article.title), article.date]
      .compactMap { $0 }.joined(separator: ", ")
    let place = source.isEmpty ? "" : " (\(source))"
    if quote.kind == .direct {
      return "\(shown(quote, in: article)) — \(speaker(of: quote, in: analysis))\(place)"
    }
    return "\(speaker(of: quote, in: analysis)) (reported): \(shown(quote, in: article))\(place)"
  }

  /// A file-name slug of the article's title: lower-case ASCII words joined by hyphens.
  public static func slug(of article: Article) -> String { slug(article.title) }

  /// A file-name slug of `text`: lower-case ASCII words joined by hyphens, `article` when it
  /// has none.
  public static func slug(_ text: String) -> String {
    var words: [String] = []
    var word = ""
    for scalar in text.lowercased().unicodeScalars {
      if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
        word.unicodeScalars.append(scalar)
      } else if !word.isEmpty {
        words.append(word)
        word = ""
      }
    }
    if !word.isEmpty { words.append(word) }
    var slug = ""
    for word in words where slug.count + word.count < 60 { slug += slug.isEmpty ? word : "-" + word }
    return slug.isEmpty ? "article" : slug
  }

  /// The article's quotes as Markdown, grouped by speaker in order of first appearance; with
  /// `speaker` set, only that speaker's quotes, under a title that names them.
  public static func markdown(article: Article, analysis: QuoteAnalysis, speaker: Int? = nil) -> String {
    let title = article.title.isEmpty ? article.path : article.title
    let chosen = speaker.flatMap { analysis.speakers.indices.contains($0) ? analysis.speakers[$0] : nil }
    var out = chosen.map { "# Quotes by \($0.name): \(title)\n\n" } ?? "# Quotes: \(title)\n\n"
    let about = [
      article.source, article.date,
      article.authors.isEmpty ? nil : "by " + article.authors.joined(separator: ", "),
    ]
    .compactMap { $0 }
    out += (about + ["`\(article.path)`"]).joined(separator: " · ") + "\n"
    var groups: [(title: String, quotes: [Quote])] = analysis.speakers.map { speaker in
      (speaker.role.map { "\(speaker.name), \($0)" } ?? speaker.name, [])
    }
    var unattributed: [Quote] = []
    for quote in analysis.quotes where chosen == nil || quote.speaker == speaker {
      if let index = quote.speaker, groups.indices.contains(index) {
        groups[index].quotes.append(quote)
      } else {
        unattributed.append(quote)
      }
    }
    if !unattributed.isEmpty { groups.append(("Unknown speaker", unattributed)) }
    if groups.allSatisfy({ $0.quotes.isEmpty }) { out += "\nNo quotes found.\n" }
    for group in groups where !group.quotes.isEmpty {
      out += "\n## \(group.title)\n\n"
      for quote in group.quotes {
        let words = shown(quote, in: article)
        out += quote.kind == .direct ? "- \(words) (direct)\n" : "- (reported) \(words)\n"
      }
    }
    return out
  }
}
