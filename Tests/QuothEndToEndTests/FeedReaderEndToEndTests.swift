import Foundation
import Testing

/// The feed library in the reader, from the loopback server: with no PATH and a feed list, quoth
/// fetches the feeds, lists their items newest first with unread ones marked, opens an item's
/// page, and reads it again with the network off.
@Suite(.enabled(if: Tmux.enabled, "needs tmux (always runs under CI=true)"))
struct FeedReaderEndToEndTests {
  @Test func aNewUserReadsAnItemThenReadsItAgainOffline() throws {
    let server = try WebPageEndToEndTests.Server()
    let feeds = [
      server.url("/feed/1?items=4") + " news", server.url("/feed/2?items=2"), server.url("/status/404"),
    ]
    let environment = "XDG_CONFIG_HOME=\"$PWD/config\" XDG_CACHE_HOME=\"$PWD/cache\""
    let online = try Tmux(
      "\(environment) '\(Tmux.quoth)'", columns: 100, rows: 24,
      files: ["config/quoth/feeds": feeds.joined(separator: "\n") + "\n"])
    let list = try online.wait(for: "3 feeds, 6 new items, 1 failed")
    #expect(list.contains("HTTP 404 Not Found"), "the failing feed is named")
    let rows = list.split(separator: "\n").filter { $0.contains("Feed ") }
    #expect(rows.count == 6)
    #expect(rows.first?.hasPrefix("N2024-01-04  Feed 1, item 3") == true, "newest first, unread marked")
    try online.send("Enter")
    try online.wait(for: "By Ann Lee")
    #expect(try online.screen().contains("Harbour ferry returns (f1-3)"), "the item's own page opens")
    try online.send("q")
    let back = try online.wait(for: "Feed 1, item 3") { $0.contains(" 2024-01-04  Feed 1, item 3") }
    #expect(back.contains(" 2024-01-04  Feed 1, item 3"), "read: no longer marked")
    try online.send("Q")
    try online.wait(for: "QUOTH_EXIT=0")
    server.stop()
    // The network is gone: the list and the page come from the cache; an item never opened
    // falls back to the feed's own text and says why.
    let offline = try Tmux(
      "\(environment) '\(Tmux.quoth)' --offline", columns: 100, rows: 24,
      prepare: { tmux in
        for folder in ["config", "cache", "state"] {
          try FileManager.default.copyItem(
            at: online.directory.appendingPathComponent(folder),
            to: tmux.directory.appendingPathComponent(folder))
        }
      })
    try offline.wait(for: "Feed 2, item 1")
    try offline.send("Enter")
    try offline.wait(for: "Harbour ferry returns (f1-3)")
    try offline.send("q", "j", "Enter")
    let fallback = try offline.wait(for: "not in the cache (offline")
    #expect(fallback.contains("We keep the lights on"))
  }
}
