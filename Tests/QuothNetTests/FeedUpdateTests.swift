import Foundation
import QuothModel
import QuothNet
import Synchronization
import Testing

/// `quoth update`'s work against the loopback server: new items counted against those seen,
/// 304s that cost no parse, failures that stop nothing and keep the cached copy.
@Suite struct FeedUpdateTests {
  @Test func itemsNotSeenBeforeAreNewAndA304IsNotModified() async throws {
    let server = try LoopbackServer.running()
    let temporary = try TemporaryCache()
    let update = FeedUpdate(fetcher: Fetcher(), cache: temporary.cache)
    let first = server.url("/feed/11?items=6")
    let second = server.url("/feed/12?items=4")
    let seen: [String: Set<String>] = [first: ["loopback-11-0", "loopback-11-1", "gone-long-ago"]]
    let ended = Ended()
    let outcomes = await update.run([first, second, first], seen: seen) { outcome, done, total in
      ended.add("\(done)/\(total) \(outcome.url)")
    }
    #expect(outcomes.map(\.url) == [first, second], "each feed once, in the list's order")
    #expect(outcomes.map(\.status) == [.read(newItems: 4, items: 6), .read(newItems: 4, items: 4)])
    #expect(outcomes[0].itemKeys == Set((0..<6).map { "loopback-11-\($0)" }))
    #expect(outcomes.summary == "2 feeds, 8 new items, 0 failed")
    #expect(ended.lines.map { $0.prefix(4) } == ["1/2 ", "2/2 "], "one call per feed, counting up")
    #expect(Set(ended.lines.map { String($0.dropFirst(4)) }) == [first, second])
    #expect(outcomes[0].description == "\(first): 4 new items (6 in all)")

    let remembered = outcomes.reduce(into: [String: Set<String>]()) { $0[$1.url] = $1.itemKeys }
    let again = await update.run([first, second], seen: remembered)
    #expect(again.map(\.status) == [.notModified, .notModified])
    #expect(again.allSatisfy { $0.itemKeys == nil })
    #expect(again.summary == "2 feeds, 0 new items, 0 failed")
  }

  @Test func aCachedFeedNoUpdateHasCountedIsReadOnItsFirst304() async throws {
    let server = try LoopbackServer.running()
    let temporary = try TemporaryCache()
    let url = server.url("/feed/13?items=3")
    // Cached by something else (the reader, quoth list): no seen keys yet.
    _ = try await Fetcher().cachedOrFetch(url, cache: temporary.cache, mode: .online)
    let outcomes = await FeedUpdate(fetcher: Fetcher(), cache: temporary.cache).run([url], seen: [:])
    #expect(outcomes.map(\.status) == [.read(newItems: 3, items: 3)])
  }

  @Test func aFailingFeedStopsNoOtherAndKeepsItsCachedCopy() async throws {
    let server = try LoopbackServer.running()
    let temporary = try TemporaryCache()
    let update = FeedUpdate(fetcher: Fetcher(), cache: temporary.cache)
    let flip = server.url("/flip/update-\(UUID().uuidString)")
    let good = server.url("/feed/14?items=2")
    let missing = server.url("/status/404")
    let page = server.url("/story/not-a-feed")
    let first = await update.run([flip, good, missing, page], seen: [:])
    #expect(first.map(\.status)[0...1] == [.read(newItems: 3, items: 3), .read(newItems: 2, items: 2)])
    #expect(first[2].status == .failed(reason: "HTTP 404 Not Found"))
    #expect(first[3].status == .failed(reason: "not an RSS, Atom or JSON feed"))
    #expect(first.summary == "4 feeds, 5 new items, 2 failed")
    #expect(first[2].description == "\(missing): HTTP 404 Not Found")

    // The feed's address now serves a page: the update fails, the cache keeps the feed.
    _ = try await Fetcher().fetch(FetchRequest(url: flip + "?to=page"))
    let second = await update.run([flip, good], seen: [:])
    #expect(
      second.map(\.status) == [
        .failed(reason: "not an RSS, Atom or JSON feed; the cached copy is kept"),
        .read(newItems: 2, items: 2),
      ])
    let kept = try #require(temporary.cache.load(url: flip))
    #expect(try FeedParser.parse(kept.body, url: kept.finalURL).items.count == 3)
  }

  @Test func aServerThatIsGoneFailsEveryFeedAndKeepsTheirCopies() async throws {
    let server = try LoopbackServer()
    let temporary = try TemporaryCache()
    let update = FeedUpdate(fetcher: Fetcher(), cache: temporary.cache)
    let urls = [server.url("/feed/15?items=2"), server.url("/feed/16?items=2")]
    #expect(await update.run(urls, seen: [:]).summary == "2 feeds, 4 new items, 0 failed")
    server.stop()
    let outcomes = await update.run(urls, seen: [:])
    #expect(outcomes.summary == "2 feeds, 0 new items, 2 failed")
    for outcome in outcomes {
      guard case .failed(let reason) = outcome.status else {
        Issue.record("\(outcome.url) did not fail")
        continue
      }
      #expect(reason.hasPrefix("cannot connect"))
      #expect(reason.hasSuffix("; the cached copy is kept"))
      #expect(temporary.cache.load(url: outcome.url) != nil)
    }
  }
}

/// Lines collected from the progress callback, which runs on the update's task.
private final class Ended: Sendable {
  private let storage = Mutex<[String]>([])
  func add(_ line: String) { storage.withLock { $0.append(line) } }
  var lines: [String] { storage.withLock { $0 } }
}
