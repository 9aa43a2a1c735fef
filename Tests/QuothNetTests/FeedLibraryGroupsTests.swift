import Foundation
import QuothModel
import QuothNet
import Testing

/// The feed library's feeds as the reader lists them, from a cache filled from the loopback
/// server: the list's order, each feed's items newest first, and what an update said of it.
@Suite struct FeedLibraryGroupsTests {
  @Test func everyListedFeedIsAGroupWithWhatTheUpdateSaid() async throws {
    let server = try LoopbackServer.running()
    let temporary = try TemporaryCache()
    let library = FeedLibrary(listFile: temporary.root + "/feeds", cache: temporary.cache)
    let second = server.url("/feed/22?items=3")
    let first = server.url("/feed/21?items=2")
    let missing = server.url("/status/404")
    let never = server.url("/feed/23?items=1")
    let seen: [String: Set<String>] = [second: ["loopback-22-0"]]
    let outcomes = await FeedUpdate(fetcher: Fetcher(), cache: temporary.cache).run(
      [second, first, missing], seen: seen)
    #expect(
      outcomes.newItems(seen: seen)
        == Set(
          ["loopback-22-1", "loopback-22-2"].map { ArticleRef.feedItem(feed: second, item: $0) }
            + ["loopback-21-0", "loopback-21-1"].map { ArticleRef.feedItem(feed: first, item: $0) }),
      "the items the summary counts as new")
    #expect(outcomes.summary == "3 feeds, 4 new items, 1 failed")

    let listed = [second, first, missing, never, second].map { FeedSubscription(url: $0) }
    let groups = library.groups(
      of: listed + [FeedSubscription(url: "https://x.invalid/", title: "Named")], outcomes: outcomes)
    #expect(
      groups.map(\.url) == [second, first, missing, never, "https://x.invalid/"], "list order, each once")
    #expect(groups.map(\.title) == ["Loopback feed 22", "Loopback feed 21", missing, never, "Named"])
    #expect(
      groups.map(\.status) == [
        .cached, .cached, .failed(reason: "HTTP 404 Not Found"), .notFetched, .notFetched,
      ])
    #expect(groups[0].items.map(\.title) == ["Feed 22, item 2", "Feed 22, item 1", "Feed 22, item 0"])
    #expect(groups[0].items.allSatisfy { $0.source == "Loopback feed 22" })
    #expect(groups[2].heading(read: []) == "\(missing)  (failed: HTTP 404 Not Found)")
  }
}
