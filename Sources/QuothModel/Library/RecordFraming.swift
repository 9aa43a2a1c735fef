/// What goes around and between the records of a listing (`quoth list`, `search`, `speakers
/// --library`) in each output format: a CSV header and CRLF row ends (RFC 4180), one JSON array
/// with a comma between objects, or one line per record.
///
/// The records come from each listing's own writer (``LibraryListFormat``, `IndexReport`); the
/// framing is the one ``QuoteReport`` gives `quoth quotes`, so `--format json` reads the same
/// everywhere.
public struct RecordFraming: Sendable {
  /// The output format.
  public let format: QuoteExport.Format
  /// The CSV header row, without its line end.
  public let csvHeader: String
  private var count = 0

  /// Framing for `format`; `csvHeader` is written first when the format is CSV.
  public init(format: QuoteExport.Format, csvHeader: String) {
    self.format = format
    self.csvHeader = csvHeader
  }

  /// The text that starts the output: the CSV header, or a JSON array's bracket.
  public func header() -> String {
    switch format {
    case .csv: return csvHeader + "\r\n"
    case .json: return "["
    case .text, .jsonl: return ""
    }
  }

  /// `record` with what goes before and after it; call once per record, in order.
  public mutating func record(_ record: String) -> String {
    defer { count += 1 }
    switch format {
    case .json: return (count > 0 ? ",\n" : "\n") + record
    case .csv: return record + "\r\n"
    case .text, .jsonl: return record + "\n"
    }
  }

  /// The text that ends the output: a JSON array's bracket.
  public func footer() -> String {
    format == .json ? (count > 0 ? "\n]\n" : "]\n") : ""
  }
}
