/// `quoth list` rows for the items of a feed file.
extension LibraryListFormat {
  /// The CSV header when every input is a feed: the JSON object's keys, in its order.
  public static let feedCSVHeader = "path,title,date,source,authors,url,words"

  /// The record for item `number` (counted from 1) of `feed`, read from the file `path`, without
  /// its line end.
  ///
  /// The row's path is ``Feed/itemPath(_:number:)``, its source the feed's title, its url the
  /// item's link. JSON: `{"path","title","date","source","authors","url","words"}`. Text: the
  /// columns of ``textRow(_:)`` and the link last. CSV: ``feedCSVHeader``'s columns, or
  /// ``csvHeader``'s (no link, `format` `feed`) when `libraryColumns` says the output mixes feeds
  /// with other files.
  public func line(for item: FeedItem, number: Int, of feed: Feed, path: String, libraryColumns: Bool = false)
    -> String
  {
    let itemPath = Feed.itemPath(path, number: number)
    let source = feed.title.isEmpty ? nil : feed.title
    let date = item.date
    let words = item.words
    switch self {
    case .text:
      let fields = [
        itemPath, item.title.isEmpty ? "(untitled)" : item.title, date ?? "-", source ?? "-",
        item.authors.isEmpty ? "-" : item.authors.joined(separator: "; "), String(words), item.link ?? "-",
      ]
      return fields.map { Sanitizer.field($0.isEmpty ? "-" : $0) }.joined(separator: "\t")
    case .jsonl, .json:
      let authors = item.authors.map { JSONText.quoted($0) }.joined(separator: ",")
      return "{\"path\":\(JSONText.quoted(itemPath)),\"title\":\(JSONText.quoted(item.title)),"
        + "\"date\":\(JSONText.quoted(date)),\"source\":\(JSONText.quoted(source)),"
        + "\"authors\":[\(authors)],\"url\":\(JSONText.quoted(item.link)),\"words\":\(words)}"
    case .csv:
      let authors = item.authors.joined(separator: "; ")
      let cells =
        libraryColumns
        ? [itemPath, item.title, date ?? "", source ?? "", authors, String(words), "false", "feed"]
        : [itemPath, item.title, date ?? "", source ?? "", authors, item.link ?? "", String(words)]
      return cells.map(QuoteExport.csv).joined(separator: ",")
    }
  }
}

extension Feed {
  /// The name `quoth list` gives item `number` (counted from 1) of the feed file `path`: `path#number`.
  public static func itemPath(_ path: String, number: Int) -> String { "\(path)#\(number)" }
}
