import Foundation
import Testing

/// The feed library in the reader, from the loopback server: with no PATH and a feed list, quoth
/// fetches the feeds, lists each feed under its heading with its items newest first and unread
/// ones marked, opens an item's page, updates the feeds with `R` as `quoth update` does, and
/// reads the item again with the network off.
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
    let lines = list.split(separator: "\n").map(String.init)
    #expect(lines.contains { $0.hasPrefix(" ▾ Loopback feed 1  (4, 4 unread, 4 new)") }, "a heading per feed")
    #expect(
      lines.contains { $0.contains("/status/404  (failed: HTTP 404 Not Found)") }, "the failing feed says why"
    )
    let rows = lines.filter { $0.contains("Feed ") }
    #expect(rows.count == 6)
    #expect(rows.first?.hasPrefix("N2024-01-04  Feed 1, item 3") == true, "newest first, unread marked")
    let headings = lines.indices.filter { lines[$0].hasPrefix(" ▾ ") }
    #expect(headings.count == 3 && lines[headings[0] + 1] == rows[0], "the feed's items under its heading")
    try online.send("Enter")
    try online.wait(for: "By Ann Lee")
    #expect(try online.screen().contains("Harbour ferry returns (f1-3)"), "the item's own page opens")
    try online.send("q")
    let back = try online.wait(for: "Feed 1, item 3") { $0.contains(" 2024-01-04  Feed 1, item 3") }
    #expect(back.contains(" 2024-01-04  Feed 1, item 3"), "read: no longer marked")

    // A feed joins the list while the reader runs: R reads the list again and updates every feed
    // in the background, as quoth update does, the cursor staying on its item.
    try online.write(
      "config/quoth/feeds", (feeds + [server.url("/feed/3?items=2")]).joined(separator: "\n") + "\n")
    try online.send("R")
    let updated = try online.wait(for: "4 feeds, 2 new items, 1 failed")
    #expect(updated.contains(" ▾ Loopback feed 3  (2, 2 unread, 2 new)"), "the new items are marked")
    #expect(updated.contains(" ▾ Loopback feed 1  (4, 3 unread, 3 new)"))
    let read = try #require(updated.split(separator: "\n").first { $0.contains("Feed 1, item 3") })
    #expect(
      read.range(of: #"^ 2024-01-04  Feed 1, item 3 +[1-9][0-9]*  "#, options: .regularExpression) != nil,
      "the item read shows its quote count: \(read)")
    #expect(updated.contains(" 2/12"), "the cursor stays on the item read")
    try online.send("Q")
    try online.wait(for: "QUOTH_EXIT=0")

    // quoth update counts against the same seen items: R left nothing new for it.
    let update = try Tmux(
      "\(environment) '\(Tmux.quoth)' update 2>/dev/null", columns: 100, rows: 24,
      prepare: { tmux in try Self.copyFolders(from: online, to: tmux) })
    try update.wait(for: "QUOTH_EXIT=1")
    #expect(try update.screen().contains("4 feeds, 0 new items, 1 failed"))
    server.stop()
    // The network is gone: the list and the page come from the cache; an item never opened
    // falls back to the feed's own text and says why.
    let offline = try Tmux(
      "\(environment) '\(Tmux.quoth)' --offline", columns: 100, rows: 24,
      prepare: { tmux in try Self.copyFolders(from: online, to: tmux) })
    try offline.wait(for: "Feed 2, item 1")
    try offline.send("Enter")
    try offline.wait(for: "Harbour ferry returns (f1-3)")
    try offline.send("q", "j", "Enter")
    let fallback = try offline.wait(for: "not in the cache (offline")
    #expect(fallback.contains("We keep the lights on"))
  }

  /// Copies the config, cache and state folders of one session into another's folder.
  static func copyFolders(from source: Tmux, to target: Tmux) throws {
    for folder in ["config", "cache", "state"] {
      try FileManager.default.copyItem(
        at: source.directory.appendingPathComponent(folder),
        to: target.directory.appendingPathComponent(folder))
    }
  }
}
