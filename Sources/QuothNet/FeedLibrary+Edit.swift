import Foundation
import QuothModel

/// Editing the feed list in place, and what the cache knows of each feed (`quoth feeds`).
///
/// Edits keep the file as the user wrote it: feeds are added as lines at the end, and removing a
/// feed drops only its lines, so comments, blank lines and lines quoth skips (newsboat's query
/// feeds) stay for newsboat to read.
extension FeedLibrary {
  /// What the cache holds for one listed feed.
  public struct Status: Sendable, Equatable {
    /// The feed as listed.
    public var subscription: FeedSubscription
    /// The cached feed's title, else the one the list gives, else `nil`.
    public var title: String?
    /// How many items the cached copy holds; `nil` when there is none that reads as a feed.
    public var items: Int?
    /// When the copy was fetched or last confirmed current; `nil` when never fetched.
    public var fetchedAt: Date?
  }

  /// What the cache holds for `subscription`.
  public func status(of subscription: FeedSubscription) -> Status {
    let resource = cache.load(url: subscription.url)
    let feed = resource.flatMap { try? FeedParser.parse($0.body, url: $0.finalURL) }
    let title = feed.map(\.title).flatMap { $0.isEmpty ? nil : $0 } ?? subscription.title
    return Status(
      subscription: subscription, title: title, items: feed?.items.count, fetchedAt: resource?.fetchedAt)
  }

  /// Adds the feeds of `subscriptions` that the list does not hold yet (by URL), as lines at its
  /// end, creating the file and its folder when needed.
  ///
  /// - Returns: the feeds added, in order (a URL given twice is added once).
  /// - Throws: ``FeedListError`` when the list cannot be read or written.
  @discardableResult
  public func add(_ subscriptions: [FeedSubscription]) throws(FeedListError) -> [FeedSubscription] {
    var known = Set(try self.subscriptions().subscriptions.map(\.url))
    let added = subscriptions.filter { known.insert($0.url).inserted }
    guard !added.isEmpty else { return [] }
    var text = try listText() ?? ""
    if !text.isEmpty, !text.hasSuffix("\n") { text += "\n" }
    try write(text + URLsFile.serialize(added))
    return added
  }

  /// Removes every line of the list that names the feed at `url`.
  ///
  /// - Returns: whether the list held it.
  /// - Throws: ``FeedListError`` when the list cannot be read or written.
  @discardableResult
  public func remove(_ url: String) throws(FeedListError) -> Bool {
    guard let text = try listText() else { return false }
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let before = lines.count
    lines.removeAll { URLsFile.parse(String($0)).subscriptions.first?.url == url }
    guard lines.count < before else { return false }
    try write(lines.joined(separator: "\n"))
    return true
  }

  /// The list file's text; `nil` when there is none.
  func listText() throws(FeedListError) -> String? {
    guard hasList else { return nil }
    guard let data = FileManager.default.contents(atPath: listFile),
      let text = String(data: data, encoding: .utf8)
    else { throw .unreadable(path: listFile) }
    return text
  }

  /// Replaces the list file with `text` (a temporary file renamed into place).
  func write(_ text: String) throws(FeedListError) {
    let folder = (listFile as NSString).deletingLastPathComponent
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      try Data(text.utf8).write(to: URL(fileURLWithPath: listFile), options: .atomic)
    } catch {
      throw .unwritable(path: listFile, reason: error.localizedDescription)
    }
  }
}
