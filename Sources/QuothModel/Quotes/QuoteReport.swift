/// Runs quote extraction over command-line paths and formats the result: the logic behind
/// `quoth quotes` and `quoth speakers`, kept out of the executable so it can be tested.
public struct QuoteReport: Sendable {
  /// What to report.
  public enum Subject: Sendable {
    /// Every quote, with its speaker.
    case quotes
    /// The speakers with their counts.
    case speakers
  }

  /// What to report.
  public var subject: Subject
  /// The output format.
  public var format: QuoteExport.Format
  /// Whether any input could not be read.
  public private(set) var hadProblems = false
  private var count = 0

  /// A report of `subject` in `format`.
  public init(subject: Subject, format: QuoteExport.Format) {
    self.subject = subject
    self.format = format
  }

  /// The text that starts the output (a CSV header, a JSON array's bracket).
  public func header() -> String {
    switch (format, subject) {
    case (.csv, .quotes): return QuoteExport.quotesCSVHeader + "\r\n"
    case (.csv, .speakers): return QuoteExport.speakersCSVHeader + "\r\n"
    case (.json, _): return "["
    default: return ""
    }
  }

  /// The output for one article.
  public mutating func entry(for article: Article) -> String {
    separator() + body(for: article)
  }

  /// What goes between two articles' outputs (a comma in a JSON array); call once per article.
  public mutating func separator() -> String {
    defer { count += 1 }
    return format == .json ? (count > 0 ? ",\n" : "\n") : ""
  }

  /// The output for one article without separators; safe to compute for many articles at once.
  public func body(for article: Article) -> String {
    if format == .jsonl || format == .json { return String(decoding: bodyBytes(for: article), as: UTF8.self) }
    let analysis = QuoteExtractor.analyze(article)
    switch subject {
    case .quotes:
      return format == .csv
        ? QuoteExport.quotesCSV(article, analysis) : QuoteExport.quotesText(article, analysis)
    case .speakers:
      return format == .csv
        ? QuoteExport.speakersCSV(article, analysis) : QuoteExport.speakersText(article, analysis)
    }
  }

  /// ``body(for:)`` as UTF-8 bytes: the JSON formats are built as bytes, so this skips making
  /// and re-encoding a `String` per article.
  public func bodyBytes(for article: Article) -> [UInt8] {
    guard format == .jsonl || format == .json else { return Array(body(for: article).utf8) }
    let analysis = QuoteExtractor.analyze(article)
    // The line break's room is made up front: appending it to a full array copied the array.
    let spare = format == .jsonl ? 1 : 0
    var bytes =
      subject == .quotes
      ? QuoteExport.jsonObjectBytes(article, analysis, spare: spare)
      : QuoteExport.speakersJSONObjectBytes(article, analysis, spare: spare)
    if format == .jsonl { bytes.append(0x0A) }
    return bytes
  }

  /// Records that an input could not be read.
  public mutating func noteProblem() { hadProblems = true }

  /// The text that ends the output.
  public func footer() -> String {
    format == .json ? (count > 0 ? "\n]\n" : "]\n") : ""
  }
}
