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
    var out = "{\"path\": " + json(article.path) + ", \"title\": " + json(article.title) + ", \"date\": "
    out += article.date.map(json) ?? "null"
    out += ", \"quotes\": ["
    for (i, q) in analysis.quotes.enumerated() {
      if i > 0 { out += ", " }
      let span = article.fileSpan(q.span)
      let speaker = q.speaker.map { analysis.speakers[$0] }
      out += "{\"kind\": \"\(q.kind.rawValue)\", \"start\": \(span.start), \"end\": \(span.end), \"text\": "
      out += json(article.fileString(q.span))
      out += ", \"parts\": ["
      out += q.parts.map { p in
        let s = article.fileSpan(p)
        return "{\"start\": \(s.start), \"end\": \(s.end)}"
      }.joined(separator: ", ")
      out += "], \"speaker\": " + (speaker.map { json($0.name) } ?? "null")
      out += ", \"role\": " + (speaker?.role.map(json) ?? "null")
      out += ", \"mention\": " + (q.mention.map { spanObject(article, $0) } ?? "null")
      out += ", \"cue\": " + (q.cue.map { spanObject(article, $0) } ?? "null") + "}"
    }
    out += "], \"speakers\": [" + analysis.speakers.map(speakerObject).joined(separator: ", ") + "]}"
    return out
  }

  static func spanObject(_ article: Article, _ span: TextSpan) -> String {
    let s = article.fileSpan(span)
    return "{\"start\": \(s.start), \"end\": \(s.end), \"text\": \(json(article.fileString(span)))}"
  }

  static func speakerObject(_ s: Speaker) -> String {
    "{\"name\": \(json(s.name)), \"role\": \(s.role.map(json) ?? "null"), \"kind\": \"\(s.kind.rawValue)\", "
      + "\"direct\": \(s.direct), \"mixed\": \(s.mixed), \"indirect\": \(s.indirect)}"
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

  /// The text for people: the article's path and title, then `Speaker (role): “…”` per quote.
  public static func quotesText(_ article: Article, _ analysis: QuoteAnalysis) -> String {
    var out = "\(article.path): \(article.title)\n"
    for q in analysis.quotes {
      var who = "Unknown"
      if let s = q.speaker.map({ analysis.speakers[$0] }) {
        who = s.name + (s.role.map { " (\($0))" } ?? "")
      }
      let words = q.parts.map { article.fileString($0) }.joined(separator: " … ")
      let flat = String(
        String.UnicodeScalarView(words.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : $0 }))
      out += "  [\(q.kind.rawValue)] \(who): “\(trimQuotes(flat))”\n"
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
    "{\"path\": \(json(article.path)), \"title\": \(json(article.title)), \"date\": "
      + (article.date.map(json) ?? "null") + ", \"speakers\": ["
      + analysis.speakers.map(speakerObject).joined(separator: ", ") + "]}"
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
    var out = "\(article.path): \(article.title)\n"
    for s in analysis.speakers {
      out += "  \(s.name)" + (s.role.map { " (\($0))" } ?? "")
      out += " [\(s.kind.rawValue)] direct \(s.direct), mixed \(s.mixed), indirect \(s.indirect)\n"
    }
    return out
  }

  // MARK: - Escaping

  /// `value` as a JSON string literal, with quotes, backslashes and control characters escaped.
  public static func json(_ value: String) -> String {
    var out = String.UnicodeScalarView()
    out.append("\"")
    for s in value.unicodeScalars {
      switch s {
      case "\"": out.append(contentsOf: "\\\"".unicodeScalars)
      case "\\": out.append(contentsOf: "\\\\".unicodeScalars)
      case "\n": out.append(contentsOf: "\\n".unicodeScalars)
      case "\r": out.append(contentsOf: "\\r".unicodeScalars)
      case "\t": out.append(contentsOf: "\\t".unicodeScalars)
      default:
        if s.value < 0x20 || s.value == 0x2028 || s.value == 0x2029 || s.value == 0x7F {
          let hex = String(s.value, radix: 16)
          out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
        } else {
          out.append(s)
        }
      }
    }
    out.append("\"")
    return String(out)
  }

  /// `value` as a CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break,
  /// with inner quotes doubled.
  public static func csv(_ value: String) -> String {
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
