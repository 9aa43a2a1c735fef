/// Formats the quotes and speakers of articles for `quoth quotes` and `quoth speakers`: JSON
/// Lines, JSON, CSV (RFC 4180) and text for people.
///
/// Every offset written is a code point offset into the file's text, and every `text` field is
/// exactly the file's text between `start` and `end` (``Article/fileSpan(_:)``).
public enum QuoteExport {
  /// An output format.
  public enum Format: String, CaseIterable, Sendable {
    /// `Speaker (role): “…”` per quote.
    case text
    /// One JSON object per article per line.
    case jsonl
    /// One JSON array of article objects.
    case json
    /// A header row, then one row per quote (or speaker).
    case csv
  }

  // MARK: - Quotes

  /// The JSON object for one article's quotes and speakers, on one line.
  public static func jsonObject(_ article: Article, _ analysis: QuoteAnalysis) -> String {
    String(decoding: jsonObjectBytes(article, analysis), as: UTF8.self)
  }

  /// ``jsonObject(_:_:)`` as UTF-8, for output that goes straight to a file, with room for
  /// `spare` more bytes.
  static func jsonObjectBytes(_ article: Article, _ analysis: QuoteAnalysis, spare: Int = 0) -> [UInt8] {
    // About 500 bytes a quote on PolNeAR train: room for most articles without growing.
    var w = JSONWriter(capacity: 1024 + analysis.quotes.count * 640)
    writeQuotes(article, analysis, into: &w)
    return w.finish(spare: spare)
  }

  /// Opens an article's JSON object with its path, title and date.
  static func writeArticleFields(_ article: Article, into w: inout JSONWriter) {
    w.raw("{\"path\": ")
    w.string(article.path)
    w.raw(", \"title\": ")
    w.string(article.title)
    w.raw(", \"date\": ")
    w.string(article.date)
  }

  static func writeQuotes(_ article: Article, _ analysis: QuoteAnalysis, into w: inout JSONWriter) {
    writeArticleFields(article, into: &w)
    w.raw(", \"quotes\": [")
    let source = article.fileText ?? article.text
    // Quotes and speakers are read in place: copying a `Speaker` out retained its strings.
    for i in analysis.quotes.indices {
      if i > 0 { w.raw(", ") }
      let q = analysis.quotes[i]
      let span = article.fileSpan(q.span)
      w.raw("{\"kind\": \"")
      w.rawString(q.kind.rawValue)
      w.raw("\", \"start\": ")
      w.int(span.start)
      w.raw(", \"end\": ")
      w.int(span.end)
      w.raw(", \"text\": ")
      w.scalars(source[span.start..<min(span.end, source.count)])
      w.raw(", \"parts\": [")
      for (k, p) in q.parts.enumerated() {
        let s = article.fileSpan(p)
        w.raw(k > 0 ? ", {\"start\": " : "{\"start\": ")
        w.int(s.start)
        w.raw(", \"end\": ")
        w.int(s.end)
        w.raw("}")
      }
      w.raw("], \"speaker\": ")
      if let k = q.speaker {
        w.string(analysis.speakers[k].name)
        w.raw(", \"role\": ")
        w.string(analysis.speakers[k].role)
      } else {
        w.raw("null, \"role\": null")
      }
      w.raw(", \"mention\": ")
      writeSpan(article, source, q.mention, into: &w)
      w.raw(", \"cue\": ")
      writeSpan(article, source, q.cue, into: &w)
      w.raw(", \"rule\": ")
      w.string(q.rule?.rawValue)
      w.raw(", \"confidence\": ")
      w.fraction(q.confidence)
      w.raw("}")
    }
    w.raw("], \"speakers\": [")
    writeSpeakers(analysis.speakers, into: &w)
    w.raw("]}")
  }

  static func writeSpan(
    _ article: Article, _ source: [Unicode.Scalar], _ span: TextSpan?, into w: inout JSONWriter
  ) {
    guard let span else {
      w.raw("null")
      return
    }
    let s = article.fileSpan(span)
    w.raw("{\"start\": ")
    w.int(s.start)
    w.raw(", \"end\": ")
    w.int(s.end)
    w.raw(", \"text\": ")
    w.scalars(source[s.start..<min(s.end, source.count)])
    w.raw("}")
  }

  static func writeSpeakers(_ speakers: [Speaker], into w: inout JSONWriter) {
    for i in speakers.indices {
      w.raw(i > 0 ? ", {\"name\": " : "{\"name\": ")
      w.string(speakers[i].name)
      w.raw(", \"role\": ")
      w.string(speakers[i].role)
      w.raw(", \"kind\": \"")
      w.rawString(speakers[i].kind.rawValue)
      w.raw("\", \"direct\": ")
      w.int(speakers[i].direct)
      w.raw(", \"mixed\": ")
      w.int(speakers[i].mixed)
      w.raw(", \"indirect\": ")
      w.int(speakers[i].indirect)
      w.raw("}")
    }
  }

  /// The CSV header for quotes.
  public static let quotesCSVHeader =
    "path,kind,start,end,text,speaker,role,mention_start,mention_end,mention,cue_start,cue_end,cue"

  /// The CSV rows (no header) for one article's quotes, each ending in CRLF.
  public static func quotesCSV(_ article: Article, _ analysis: QuoteAnalysis) -> String {
    var out = ""
    for q in analysis.quotes {
      let span = article.fileSpan(q.span)
      let speaker = q.speaker.map { analysis.speakers[$0] }
      var fields = [
        article.path, q.kind.rawValue, String(span.start), String(span.end), article.fileString(q.span),
      ]
      fields.append(speaker?.name ?? "")
      fields.append(speaker?.role ?? "")
      for s in [q.mention, q.cue] {
        if let s {
          let f = article.fileSpan(s)
          fields += [String(f.start), String(f.end), article.fileString(s)]
        } else {
          fields += ["", "", ""]
        }
      }
      out += fields.map(csv).joined(separator: ",") + "\r\n"
    }
    return out
  }

  /// The text for people: the article's path and title, then `Speaker (role): “…”` per direct
  /// quote and `Speaker (role; reported): …` per report, whose words are not put in quotation
  /// marks (a mixed quote keeps the article's own, balanced).
  public static func quotesText(_ article: Article, _ analysis: QuoteAnalysis) -> String {
    var out = "\(Sanitizer.field(article.path)): \(Sanitizer.field(article.title))\n"
    for q in analysis.quotes {
      let s = q.speaker.map { analysis.speakers[$0] }
      var notes = s?.role.map { [$0] } ?? []
      if q.kind != .direct { notes.append("reported") }
      let who = (s?.name ?? "Unknown") + (notes.isEmpty ? "" : " (\(notes.joined(separator: "; ")))")
      let words = q.parts.map { article.fileString($0) }.joined(separator: " … ")
      let flat = String(
        String.UnicodeScalarView(words.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : $0 }))
      let shown: String
      switch q.kind {
      case .direct: shown = "“\(trimQuotes(flat))”"
      case .mixed: shown = QuoteCitation.balanced(flat)
      case .indirect: shown = flat
      }
      out += "  \(Sanitizer.field(who)): \(Sanitizer.field(shown))\n"
    }
    return out
  }

  static func trimQuotes(_ s: String) -> String {
    let marks: Set<Character> = ["\"", "“", "”", "«", "»", "„", "「", "」"]
    var t = Substring(s)
    while let f = t.first, marks.contains(f) { t = t.dropFirst() }
    while let l = t.last, marks.contains(l) { t = t.dropLast() }
    return String(t)
  }

  // MARK: - Speakers

  /// The JSON object for one article's speakers, on one line.
  public static func speakersJSONObject(_ article: Article, _ analysis: QuoteAnalysis) -> String {
    String(decoding: speakersJSONObjectBytes(article, analysis), as: UTF8.self)
  }

  /// ``speakersJSONObject(_:_:)`` as UTF-8.
  static func speakersJSONObjectBytes(_ article: Article, _ analysis: QuoteAnalysis, spare: Int = 0)
    -> [UInt8]
  {
    var w = JSONWriter()
    writeArticleFields(article, into: &w)
    w.raw(", \"speakers\": [")
    writeSpeakers(analysis.speakers, into: &w)
    w.raw("]}")
    return w.finish(spare: spare)
  }

  /// The CSV header for speakers.
  public static let speakersCSVHeader = "path,name,role,kind,direct,mixed,indirect"

  /// The CSV rows (no header) for one article's speakers, each ending in CRLF.
  public static func speakersCSV(_ article: Article, _ analysis: QuoteAnalysis) -> String {
    analysis.speakers.map { s in
      [
        article.path, s.name, s.role ?? "", s.kind.rawValue, String(s.direct), String(s.mixed),
        String(s.indirect),
      ]
      .map(csv).joined(separator: ",") + "\r\n"
    }.joined()
  }

  /// The text for people: the article's path, then one line per speaker with counts.
  public static func speakersText(_ article: Article, _ analysis: QuoteAnalysis) -> String {
    var out = "\(Sanitizer.field(article.path)): \(Sanitizer.field(article.title))\n"
    for s in analysis.speakers {
      out += "  \(Sanitizer.field(s.name))" + (s.role.map { " (\(Sanitizer.field($0)))" } ?? "")
      out += " [\(s.kind.rawValue)] direct \(s.direct), mixed \(s.mixed), indirect \(s.indirect)\n"
    }
    return out
  }

  // MARK: - Escaping

  /// `value` as a JSON string literal, with quotes, backslashes and control characters escaped.
  public static func json(_ value: String) -> String {
    var w = JSONWriter()
    w.string(value)
    return w.text
  }

  /// `value` as a CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break,
  /// with inner quotes doubled.
  public static func csv(_ value: String) -> String {
    // Controls other than line breaks and tabs become visible stand-ins (see ``Sanitizer``).
    let value = Sanitizer.multiline(value)
    var needs = false
    for s in value.unicodeScalars where s == "," || s == "\"" || s == "\n" || s == "\r" {
      needs = true
      break
    }
    guard needs else { return value }
    var out = String.UnicodeScalarView()
    out.append("\"")
    for s in value.unicodeScalars {
      if s == "\"" { out.append("\"") }
      out.append(s)
    }
    out.append("\"")
    return String(out)
  }
}
