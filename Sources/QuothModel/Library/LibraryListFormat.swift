/// The output formats of `quoth list`.
public enum LibraryListFormat: String, Sendable, CaseIterable {
  /// One row per article, fields separated by tabs, control characters made visible.
  case text
  /// One JSON object per line.
  case jsonl
  /// One JSON array of the same objects as ``jsonl`` (framed by ``RecordFraming``).
  case json
  /// A header row (``csvHeader``), then one row per article (RFC 4180).
  case csv

  /// The format `quoth list --format` names.
  public init(_ format: QuoteExport.Format) {
    switch format {
    case .text: self = .text
    case .jsonl: self = .jsonl
    case .json: self = .json
    case .csv: self = .csv
    }
  }

  /// The record for one entry, without its line end.
  public func line(for entry: LibraryEntry) -> String {
    switch self {
    case .text: return Self.textRow(entry)
    case .jsonl, .json: return Self.jsonLine(entry)
    case .csv: return Self.csvRow(entry)
    }
  }

  /// The CSV header: the JSON object's keys, in its order.
  public static let csvHeader = "path,title,date,source,authors,words,words_estimated,format"

  /// `path⇥title⇥date⇥source⇥authors⇥words`: missing fields as `-`, authors joined with `; `,
  /// an estimated word count prefixed with `~`. Tabs and other controls inside a field are
  /// shown as Control Pictures, so the columns stay whole and the terminal safe.
  public static func textRow(_ entry: LibraryEntry) -> String {
    let fields = [
      entry.path, entry.displayTitle, entry.date ?? "-", entry.source ?? "-",
      entry.authors.isEmpty ? "-" : entry.authors.joined(separator: "; "),
      (entry.wordsAreEstimated ? "~" : "") + String(entry.words),
    ]
    return fields.map { Sanitizer.field($0.isEmpty ? "-" : $0) }.joined(separator: "\t")
  }

  /// `{"path":…,"title":…,"date":…,"source":…,"authors":[…],"words":…,"words_estimated":…,
  /// "format":…}` with every control character escaped.
  public static func jsonLine(_ entry: LibraryEntry) -> String {
    let authors = entry.authors.map { JSONText.quoted($0) }.joined(separator: ",")
    return "{\"path\":\(JSONText.quoted(entry.path)),\"title\":\(JSONText.quoted(entry.title)),"
      + "\"date\":\(JSONText.quoted(entry.date)),\"source\":\(JSONText.quoted(entry.source)),"
      + "\"authors\":[\(authors)],\"words\":\(entry.words),"
      + "\"words_estimated\":\(entry.wordsAreEstimated),\"format\":\(JSONText.quoted(entry.format.rawValue))}"
  }

  /// One CSV row in ``csvHeader``'s order: missing fields empty, authors joined with `; `, the
  /// word count a plain number with `words_estimated` saying whether it is exact.
  public static func csvRow(_ entry: LibraryEntry) -> String {
    [
      entry.path, entry.title, entry.date ?? "", entry.source ?? "", entry.authors.joined(separator: "; "),
      String(entry.words), String(entry.wordsAreEstimated), entry.format.rawValue,
    ].map(QuoteExport.csv).joined(separator: ",")
  }
}
