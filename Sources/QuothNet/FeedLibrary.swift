import Foundation
import QuothModel

/// The user's feeds, as newsboat keeps them: a list of addresses in
/// `$XDG_CONFIG_HOME/quoth/feeds` (newsboat's `urls` format), each feed's last copy in the HTTP
/// cache, and their items as library rows.
///
/// Items are named `.feedItem(feed: FEED-URL, item: KEY)`, the key being the item's id, else its
/// link, else its place in the feed (`#N`); ``FeedItemArticles`` opens them.
public struct FeedLibrary: Sendable {
  /// The feed list file.
  public let listFile: String
  /// Where fetched feeds (and item pages) are kept.
  public let cache: HTTPCache

  /// Creates a feed library over `listFile` and `cache`.
  public init(listFile: String, cache: HTTPCache) {
    self.listFile = listFile
    self.cache = cache
  }

  /// The feed library for `environment`: `$XDG_CONFIG_HOME/quoth/feeds` (else
  /// `~/.config/quoth/feeds`) and the standard cache; `nil` without a home folder.
  public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment)
    -> FeedLibrary?
  {
    guard let folder = QuothConfig.directory(environment: environment),
      let cache = HTTPCache.standard(environment: environment)
    else { return nil }
    return FeedLibrary(listFile: folder + "/feeds", cache: cache)
  }

  /// Whether the feed list file exists.
  public var hasList: Bool { FileManager.default.fileExists(atPath: listFile) }

  /// The feeds in the list, and the lines skipped (each with its number and reason); a missing
  /// list has none.
  ///
  /// - Throws: ``FeedListError`` when the list exists but cannot be read as UTF-8 text.
  public func subscriptions() throws(FeedListError) -> (
    subscriptions: [FeedSubscription], skipped: [URLsFile.Skipped]
  ) {
    guard let text = try listText() else { return ([], []) }
    return URLsFile.parse(text)
  }

  /// Writes `subscriptions` as the feed list (newsboat's format), creating its folder.
  ///
  /// - Throws: ``FeedListError`` naming the file when it cannot be written.
  public func save(_ subscriptions: [FeedSubscription]) throws(FeedListError) {
    try write(URLsFile.serialize(subscriptions))
  }

  /// The cached copy of the feed at `url`, parsed; `nil` when it was never fetched or is no feed.
  public func cachedFeed(_ url: String) -> Feed? {
    guard let resource = cache.load(url: url) else { return nil }
    return try? FeedParser.parse(resource.body, url: resource.finalURL)
  }

  /// The key that names `item`, the `number`th (from 1) of its feed.
  public static func key(of item: FeedItem, number: Int) -> String {
    if let id = item.id, !id.isEmpty { return id }
    if let link = item.link, !link.isEmpty { return link }
    return "#\(number)"
  }

  /// The library row of `item` of `feed` (fetched from `url`).
  public static func entry(for item: FeedItem, number: Int, of feed: Feed, url: String) -> LibraryEntry {
    LibraryEntry(
      ref: .feedItem(feed: url, item: key(of: item, number: number)), title: item.title, date: item.date,
      source: feed.title.isEmpty ? nil : feed.title, authors: item.authors, words: item.words,
      wordsAreEstimated: true, format: .html)
  }

  /// The feeds of `subscriptions` (each address once, in the list's order) with the items of
  /// their cached copies; a feed that failed in `outcomes` (an update just made) says so.
  public func groups(of subscriptions: [FeedSubscription], outcomes: [FeedUpdate.Outcome] = []) -> [FeedGroup]
  {
    var failures: [String: String] = [:]
    for outcome in outcomes {
      if case .failed(let reason) = outcome.status { failures[outcome.url] = reason }
    }
    var listed: Set<String> = []
    return subscriptions.compactMap { subscription -> FeedGroup? in
      let url = subscription.url
      guard listed.insert(url).inserted else { return nil }
      let feed = cachedFeed(url)
      let items =
        feed.map { feed in
          feed.items.enumerated().map { Self.entry(for: $1, number: $0 + 1, of: feed, url: url) }
        } ?? []
      let title = feed.flatMap { $0.title.isEmpty ? nil : $0.title } ?? subscription.title ?? url
      let status: FeedGroup.Status =
        failures[url].map { .failed(reason: $0) } ?? (feed == nil ? .notFetched : .cached)
      return FeedGroup(url: url, title: title, status: status, items: items)
    }
  }

  /// The item of the cached feed at `url` that `key` names.
  public func item(_ key: String, ofFeed url: String) -> (item: FeedItem, feed: Feed)? {
    guard let feed = cachedFeed(url) else { return nil }
    for (index, item) in feed.items.enumerated() where Self.key(of: item, number: index + 1) == key {
      return (item, feed)
    }
    return nil
  }
}

/// Why the feed list could not be used.
public enum FeedListError: Error, Equatable, CustomStringConvertible, Sendable {
  /// The list exists but is not readable UTF-8 text.
  case unreadable(path: String)
  /// The list could not be written.
  case unwritable(path: String, reason: String)

  public var description: String {
    switch self {
    case .unreadable(let path): return "\(Sanitizer.field(path)): cannot read the feed list (not UTF-8 text?)"
    case .unwritable(let path, let reason):
      return "\(Sanitizer.field(path)): cannot write: \(Sanitizer.field(reason))"
    }
  }
}

/// Feed items as articles: the item's own page fetched and read through the page extractor, or,
/// when the page cannot be had (or the item has no link), the content the feed carries.
public struct FeedItemArticles: ArticleProvider {
  /// The feeds.
  public let feeds: FeedLibrary
  /// How item pages are fetched.
  public let web: WebArticles

  /// Creates the provider.
  public init(feeds: FeedLibrary, web: WebArticles) {
    self.feeds = feeds
    self.web = web
  }

  public func article(for ref: ArticleRef) throws(ArticleError) -> Article {
    guard case .feedItem(let url, let key) = ref else { return try web.article(for: ref) }
    guard let (item, feed) = feeds.item(key, ofFeed: url) else { throw .notFound(path: ref.description) }
    var problem: String?
    if let link = item.link {
      do {
        var article = try web.article(for: .url(link))
        article.ref = ref
        if article.source == nil, !feed.title.isEmpty { article.source = feed.title }
        if article.date == nil { article.date = item.date }
        if article.authors.isEmpty { article.authors = item.authors }
        return article
      } catch {
        problem = error.description
      }
    }
    return Self.article(
      from: item, of: feed, ref: ref, warning: problem.map { "\($0); showing the feed's own text" })
  }

  /// The article the feed's own text for `item` makes: its content (HTML through the extractor's
  /// paragraphs, text as paragraphs), else its summary.
  public static func article(from item: FeedItem, of feed: Feed, ref: ArticleRef, warning: String? = nil)
    -> Article
  {
    let name = Sanitizer.field(ref.description)
    let body = item.body
    var article: Article
    if let body, body.kind != .text {
      let page = "<html><head><title></title></head><body><article>\(body.value)</article></body></html>"
      article = ArticleParser.parse(path: name, text: Array(page.unicodeScalars), format: .html)
    } else {
      let text = item.title + "\n\n" + (body?.value ?? "")
      article = ArticleParser.parse(path: name, text: Array(text.unicodeScalars), format: .text)
    }
    article.ref = ref
    article.title = item.title
    article.date = item.date
    article.authors = item.authors
    article.source = feed.title.isEmpty ? nil : feed.title
    article.url = item.link
    if let warning { article.warnings.append(warning) }
    return article
  }
}
