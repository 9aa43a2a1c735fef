/// One feed of the feed library as the reader lists it: a heading row, then its items.
///
/// Items are kept newest first: dated items by date (the latest first), then the undated ones;
/// items of the same date, and the undated ones, stay in the feed's own order.
public struct FeedGroup: Hashable, Sendable {
  /// What the reader knows of the feed.
  public enum Status: Hashable, Sendable {
    /// Read from its cached copy (fetched by an update, the reader or `quoth list`).
    case cached
    /// Never fetched: no cached copy yet.
    case notFetched
    /// The last update could not fetch or read it; `reason` is one line without the address.
    /// Its items, if any, are those of the copy cached before.
    case failed(reason: String)
  }

  /// The feed's address, as listed.
  public var url: String
  /// The feed's title (else the list's title for it, else its address), as given: the heading
  /// sanitizes it.
  public var title: String
  /// What is known of the feed.
  public var status: Status
  /// The items, newest first.
  public private(set) var items: [LibraryEntry]

  /// A group for the feed at `url` whose items, in the feed's order, are `items`.
  public init(url: String, title: String, status: Status, items: [LibraryEntry]) {
    self.url = url
    self.title = title
    self.status = status
    self.items = Self.newestFirst(items)
  }

  /// `items` newest first: dated items latest first, then undated ones; ties keep their order.
  ///
  /// - Complexity: O(n log n).
  public static func newestFirst(_ items: [LibraryEntry]) -> [LibraryEntry] {
    items.enumerated().sorted { lhs, rhs in
      switch (lhs.element.date, rhs.element.date) {
      case (let left?, let right?) where left != right: return left > right
      case (.some, nil): return true
      case (nil, .some): return false
      default: return lhs.offset < rhs.offset
      }
    }.map(\.element)
  }

  /// How many of the items are not in `read`.
  public func unread(_ read: Set<ArticleRef>) -> Int {
    items.count { !read.contains($0.ref) }
  }

  /// The heading row's text: the title and, in one short phrase, what the feed holds:
  /// `Example News  (12, 3 unread)`, `(12, 3 unread, 2 new)` after an update that brought some,
  /// `(no cached copy yet)`, `(failed: HTTP 404 Not Found)`, or `(12, 3 unread; update failed:
  /// timed out)` when the cached copy is shown. Every part is sanitized.
  ///
  /// - Parameters:
  ///   - read: the items read, for the unread count.
  ///   - new: the items the reader's updates brought and that are still unread.
  public func heading(read: Set<ArticleRef>, new: Set<ArticleRef> = []) -> String {
    let name = Sanitizer.field(title.isEmpty ? url : title)
    var counts = "\(items.count), \(unread(read)) unread"
    let fresh = items.count { new.contains($0.ref) && !read.contains($0.ref) }
    if fresh > 0 { counts += ", \(fresh) new" }
    let phrase: String
    switch status {
    case .cached: phrase = counts
    case .notFetched: phrase = "no cached copy yet"
    case .failed(let reason) where items.isEmpty: phrase = "failed: " + Sanitizer.field(reason)
    case .failed(let reason): phrase = counts + "; update failed: " + Sanitizer.field(reason)
    }
    return "\(name)  (\(phrase))"
  }
}
