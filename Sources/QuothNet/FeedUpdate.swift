import Dispatch
import Foundation
import QuothModel
import Synchronization

/// `quoth update`: every feed fetched (a conditional GET when it is cached), read, and its items
/// compared with those seen before.
///
/// The fetcher runs ``FetchOptions/concurrency`` transfers at once; each feed is read in its own
/// task as soon as its body arrives, so parsing overlaps the other feeds' transfers. A 304 costs
/// no parse. A feed that fails (network, HTTP error, a body that is no feed) never stops the
/// others and never loses its cached copy: a body that is no feed is replaced by the copy
/// cached before.
public struct FeedUpdate: Sendable {
  /// What became of one feed.
  public struct Outcome: Sendable, Equatable {
    /// How the feed ended.
    public enum Status: Sendable, Equatable {
      /// Read: `newItems` of its `items` were not seen before.
      case read(newItems: Int, items: Int)
      /// The server said the cached copy is current (HTTP 304): nothing new, nothing parsed.
      case notModified
      /// The feed could not be had or read; `reason` is one line without the URL.
      case failed(reason: String)
    }

    /// The feed's address, as listed.
    public var url: String
    /// How it ended.
    public var status: Status
    /// The keys of the feed's items as read now (``FeedLibrary/key(of:number:)``), to remember
    /// as seen; `nil` when the feed was not read (not modified, or failed).
    public var itemKeys: Set<String>?
    /// Problems that did not fail the feed (its copy could not be cached).
    public var warnings: [String] = []

    /// How many of its items are new.
    public var newItems: Int {
      if case .read(let newItems, _) = status { return newItems }
      return 0
    }

    /// Whether the feed failed.
    public var failed: Bool {
      if case .failed = status { return true }
      return false
    }

    /// One line, safe to print: `URL: 3 new items (50 in all)`, `URL: not modified`,
    /// `URL: HTTP 404 Not Found`.
    public var description: String {
      let what: String
      switch status {
      case .read(let newItems, let items):
        what = Self.count(newItems, "new item") + " (\(items) in all)"
      case .notModified: what = "not modified"
      case .failed(let reason): what = reason
      }
      return Sanitizer.field(url) + ": " + Sanitizer.field(what)
    }

    /// `1 feed`, `2 feeds`.
    static func count(_ number: Int, _ noun: String) -> String {
      "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
  }

  /// The fetcher (its options hold the size cap, timeouts and how many fetch at once).
  public let fetcher: Fetcher
  /// Where feeds are kept.
  public let cache: HTTPCache

  /// Creates an update fetching with `fetcher` into `cache`.
  public init(fetcher: Fetcher, cache: HTTPCache) {
    self.fetcher = fetcher
    self.cache = cache
  }

  /// Updates every feed in `urls` (each once).
  ///
  /// - Parameters:
  ///   - seen: the item keys seen before, by feed URL; a feed without an entry has all its items new.
  ///   - progress: called as each feed ends, in the order they end, with its outcome, how many
  ///     have ended, and how many there are.
  /// - Returns: the outcomes in the order of `urls` (duplicates left out).
  public func run(
    _ urls: [String], seen: [String: Set<String>],
    progress: (@Sendable (_ outcome: Outcome, _ done: Int, _ total: Int) -> Void)? = nil
  ) async -> [Outcome] {
    var unique: [String] = []
    var listed: Set<String> = []
    for url in urls where listed.insert(url).inserted { unique.append(url) }
    return await withTaskGroup(of: (Int, Outcome).self) { group in
      for (index, url) in unique.enumerated() {
        group.addTask { (index, await self.update(url, seen: seen[url])) }
      }
      var outcomes = [Outcome?](repeating: nil, count: unique.count)
      var done = 0
      for await (index, outcome) in group {
        outcomes[index] = outcome
        done += 1
        progress?(outcome, done, unique.count)
      }
      return outcomes.map { $0! }
    }
  }

  /// ``run(_:seen:progress:)`` for a command on a plain thread, which waits for the end (never
  /// call it from a task or the reader's run loop).
  public func runWaiting(
    _ urls: [String], seen: [String: Set<String>],
    progress: (@Sendable (_ outcome: Outcome, _ done: Int, _ total: Int) -> Void)? = nil
  ) -> [Outcome] {
    let result = Mutex<[Outcome]>([])
    let finished = DispatchSemaphore(value: 0)
    Task {
      let outcomes = await run(urls, seen: seen, progress: progress)
      result.withLock { $0 = outcomes }
      finished.signal()
    }
    finished.wait()
    return result.withLock { $0 }
  }

  /// Fetches and reads the feed at `url`.
  func update(_ url: String, seen: Set<String>?) async -> Outcome {
    let previous = cache.load(url: url)
    let fetched: CachedFetch
    do throws(FetchError) {
      fetched = try await fetcher.cachedOrFetch(url, cache: cache, mode: .online)
    } catch {
      return Outcome(url: url, status: .failed(reason: error.reason))
    }
    let warnings = fetched.warnings.map(\.description)
    switch fetched.origin {
    case .cachedAfterFailure(let error):
      return Outcome(
        url: url, status: .failed(reason: error.reason + "; the cached copy is kept"), warnings: warnings)
    case .notModified where seen != nil:
      return Outcome(url: url, status: .notModified, warnings: warnings)
    case .fetched, .notModified, .offline:
      // A 304 for a feed no update has counted yet (cached by the reader or `quoth list`) is
      // read once, so that its items are counted and remembered.
      break
    }
    let feed: Feed
    do {
      feed = try FeedParser.parse(fetched.resource.body, url: fetched.resource.finalURL)
    } catch {
      var outcome = Outcome(url: url, status: .failed(reason: error.description), warnings: warnings)
      if fetched.isNew, let previous {
        // Keep the last copy that was a feed rather than a page that is not one.
        do throws(CacheError) {
          try cache.store(previous)
          outcome.status = .failed(reason: error.description + "; the cached copy is kept")
        } catch {
          outcome.warnings.append(error.description)
        }
      }
      return outcome
    }
    let keys = feed.items.enumerated().map { FeedLibrary.key(of: $1, number: $0 + 1) }
    let newItems = keys.filter { !(seen?.contains($0) ?? false) }.count
    return Outcome(
      url: url, status: .read(newItems: newItems, items: keys.count), itemKeys: Set(keys), warnings: warnings)
  }
}

extension [FeedUpdate.Outcome] {
  /// `42 feeds, 17 new items, 2 failed`.
  public var summary: String {
    let newItems = reduce(0) { $0 + $1.newItems }
    let failed = filter(\.failed).count
    return FeedUpdate.Outcome.count(count, "feed") + ", " + FeedUpdate.Outcome.count(newItems, "new item")
      + ", \(failed) failed"
  }

  /// The items read that `seen` (the keys seen before, by feed address) did not hold, named as
  /// the library names them: the items whose count ``summary`` gives.
  public func newItems(seen: [String: Set<String>]) -> Set<ArticleRef> {
    var found: Set<ArticleRef> = []
    for outcome in self {
      guard case .read = outcome.status, let keys = outcome.itemKeys else { continue }
      for key in keys.subtracting(seen[outcome.url] ?? []) {
        found.insert(.feedItem(feed: outcome.url, item: key))
      }
    }
    return found
  }
}
