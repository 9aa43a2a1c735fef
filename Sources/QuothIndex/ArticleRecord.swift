import QuothModel

/// Everything the index stores about one file, computed off the database thread.
struct ArticleRecord: Sendable {
  /// One speaker row.
  struct SpeakerRow: Sendable {
    var name: String
    var role: String?
    var kind: Speaker.Kind
    var key: String
    var direct: Int
    var mixed: Int
    var indirect: Int
  }

  /// One quote row.
  struct QuoteRow: Sendable {
    var kind: Quote.Kind
    var start: Int
    var end: Int
    var text: String
    var speaker: Int?
  }

  /// The key: an absolute path, or `-` / `sample:NAME` for inputs that are not files.
  var path: String
  /// The file's stamp; `nil` for inputs that are not files (re-read every time).
  var stamp: FileStamp?
  /// The identity of the attributor that found the quotes.
  var analyzer: String
  /// The metadata, or `nil` when the file could not be read.
  var entry: LibraryEntry?
  /// Why the file could not be read.
  var problem: String?
  /// The article's reading text: the FTS body, so offsets in it are article offsets.
  var body: String = ""
  var speakers: [SpeakerRow] = []
  var quotes: [QuoteRow] = []

  /// The text the index searches and takes snippets from: the article's text with everything
  /// outside its blocks (a seed file's ` date …` line), the title (a column of its own) and the
  /// raw dateline and byline blanked, so that offsets stay article offsets.
  static func searchBody(_ article: Article) -> String {
    var scalars = [Unicode.Scalar](repeating: " ", count: article.text.count)
    for block in article.blocks where block.kind != .title && block.kind != .byline {
      let span = max(0, block.span.start)..<min(article.text.count, block.span.end)
      if !span.isEmpty { scalars.replaceSubrange(span, with: article.text[span]) }
    }
    return String(scalars: scalars[...])
  }

  /// Analyses `article` with `attributor`.
  init(path: String, stamp: FileStamp?, article: Article, attributor: any QuoteAttributor) {
    self.path = path
    self.stamp = stamp
    analyzer = attributor.identity
    entry = LibraryEntry(article: article, size: Int(stamp?.size ?? 0))
    body = Self.searchBody(article)
    let analysis = attributor.analyze(article)
    speakers = analysis.speakers.map {
      SpeakerRow(
        name: $0.name, role: $0.role, kind: $0.kind, key: SpeakerMerger.key(for: $0.name, kind: $0.kind),
        direct: $0.direct, mixed: $0.mixed, indirect: $0.indirect)
    }
    quotes = analysis.quotes.map {
      QuoteRow(
        kind: $0.kind, start: $0.span.start, end: $0.span.end,
        text: String(scalars: article.text[$0.span.start..<$0.span.end]),
        speaker: $0.speaker)
    }
  }

  /// A file that could not be read; kept so that it is not read again until it changes.
  init(path: String, stamp: FileStamp?, problem: String, analyzer: String) {
    self.path = path
    self.stamp = stamp
    self.analyzer = analyzer
    self.problem = problem
  }

  /// The quotes' words, one per line: the FTS `quotes` column.
  var quoteText: String { quotes.map(\.text).joined(separator: "\n") }
}
