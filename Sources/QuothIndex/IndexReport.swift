import Foundation
import QuothModel

/// The lines `quoth search` and `quoth speakers --library` print, kept here so they can be
/// tested without running the executable.
///
/// Text rows are tab-separated with every control character made visible (``Sanitizer/field(_:)``), so an
/// article can neither break a row nor send escape sequences to the terminal; JSON lines escape
/// them.
public enum IndexReport {
  /// The CSV header of `quoth search`.
  public static let searchCSVHeader = "path,date,title,score,snippet"
  /// The CSV header of `quoth speakers --library`.
  public static let speakersCSVHeader = "name,roles,kind,articles,quotes"

  /// One search hit: text `path, date, title, score, snippet`, CSV in the header's order (no
  /// date: empty), or a JSON object with `path`, `title`, `date`, `snippet` and `score`.
  public static func line(for hit: SearchHit, format: QuoteExport.Format) -> String {
    let score = String(format: "%.3f", hit.score)
    switch format {
    case .jsonl, .json:
      return "{\"path\":\(JSONText.quoted(hit.path)),\"title\":\(JSONText.quoted(hit.title)),"
        + "\"date\":\(JSONText.quoted(hit.date)),\"snippet\":\(JSONText.quoted(hit.snippet)),\"score\":\(score)}"
    case .csv:
      return [hit.path, hit.date ?? "", hit.title, score, hit.snippet].map(QuoteExport.csv).joined(
        separator: ",")
    case .text:
      return [hit.path, hit.date ?? "-", hit.title, score, hit.snippet].map { Sanitizer.field($0) }
        .joined(separator: "\t")
    }
  }

  /// One merged speaker: text `name, kind, articles, quotes, roles`; CSV in the header's order
  /// (roles joined with `; `); or a JSON object with `name`, `roles`, `kind`, `articles`, `quotes`.
  public static func line(for speaker: MergedSpeaker, format: QuoteExport.Format) -> String {
    switch format {
    case .jsonl, .json:
      let roles = speaker.roles.map { JSONText.quoted($0) }.joined(separator: ",")
      return "{\"name\":\(JSONText.quoted(speaker.name)),\"roles\":[\(roles)],"
        + "\"kind\":\"\(speaker.kind.rawValue)\",\"articles\":\(speaker.articles),\"quotes\":\(speaker.quotes)}"
    case .csv:
      return [
        speaker.name, speaker.roles.joined(separator: "; "), speaker.kind.rawValue, String(speaker.articles),
        String(speaker.quotes),
      ].map(QuoteExport.csv).joined(separator: ",")
    case .text:
      return [
        speaker.name, speaker.kind.rawValue, String(speaker.articles), String(speaker.quotes),
        speaker.roles.isEmpty ? "-" : speaker.roles.joined(separator: "; "),
      ].map { Sanitizer.field($0) }.joined(separator: "\t")
    }
  }
}
