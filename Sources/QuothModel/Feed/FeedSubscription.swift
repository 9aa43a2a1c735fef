/// One feed in a feed list: its address, and what the list says about it.
public struct FeedSubscription: Hashable, Sendable {
  /// The feed's address.
  public var url: String
  /// The title the list gives the feed (OPML `text`/`title`, newsboat's `~Title` tag), if any.
  public var title: String?
  /// The tags (newsboat) or folders and categories (OPML) the feed is filed under.
  public var tags: [String]

  /// A subscription to `url`.
  public init(url: String, title: String? = nil, tags: [String] = []) {
    self.url = url
    self.title = title
    self.tags = tags
  }
}
