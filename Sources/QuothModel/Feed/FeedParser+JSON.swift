import Foundation

extension FeedParser {
  /// Reads a JSON Feed (1.0 or 1.1).
  static func parseJSON(_ bytes: [UInt8], url: String?) throws(FeedError) -> Feed {
    guard let object = try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
    else {
      throw .invalidJSON
    }
    guard let root = object as? [String: Any],
      (root["version"] as? String)?.contains("jsonfeed.org/version") == true || root["items"] is [Any]
    else { throw .notAFeed }
    let base = url
    var feed = Feed(format: .json, title: FeedText.collapsed(root["title"] as? String ?? ""))
    feed.link = (root["home_page_url"] as? String).flatMap { FeedLink.resolve($0, against: base) }
    let feedAuthors = jsonAuthors(root)
    for case let entry as [String: Any] in root["items"] as? [Any] ?? [] {
      var item = FeedItem()
      item.title = (entry["title"] as? String).map(FeedText.fromHTML) ?? ""
      item.id = (entry["id"] as? String) ?? (entry["id"] as? NSNumber)?.stringValue
      item.link =
        [entry["url"], entry["external_url"], entry["id"]].lazy
        .compactMap { ($0 as? String).flatMap { FeedLink.resolve($0, against: base) } }.first
      item.date =
        [entry["date_published"], entry["date_modified"]].lazy
        .compactMap { ($0 as? String).flatMap(FeedDate.normalized) }.first
      let own = jsonAuthors(entry)
      item.authors = own.isEmpty ? feedAuthors : own
      item.summary = (entry["summary"] as? String).map { FeedContent($0, kind: .text) }
      if let html = entry["content_html"] as? String, !html.isEmpty {
        item.content = FeedContent(html, kind: .html)
      } else if let text = entry["content_text"] as? String, !text.isEmpty {
        item.content = FeedContent(text, kind: .text)
      }
      feed.items.append(item)
    }
    return feed
  }

  /// The names in `authors` (1.1) or `author` (1.0).
  private static func jsonAuthors(_ object: [String: Any]) -> [String] {
    var list = object["authors"] as? [Any] ?? []
    if let single = object["author"] { list.append(single) }
    var seen = Set<String>()
    return list.compactMap { ($0 as? [String: Any])?["name"] as? String }
      .map(FeedText.fromHTML).filter { !$0.isEmpty && seen.insert($0).inserted }
  }
}
