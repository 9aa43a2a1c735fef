/// The output formats of `quoth list`.
public enum LibraryListFormat: String, Sendable, CaseIterable {
  /// One row per article, fields separated by tabs, control characters made visible.
  case text
  /// One JSON object per line.
  case jsonl

  /// The output line for one entry.
  public func line(for entry: LibraryEntry) -> String {
    switch self {
    case .text: return Self.textRow(entry)
    case .jsonl: return Self.jsonLine(entry)
    }
  }

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
}
