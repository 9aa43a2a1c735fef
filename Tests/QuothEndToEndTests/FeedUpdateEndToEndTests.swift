import Foundation
import Testing

/// The feed list and `quoth update` through the built binary, against the loopback server: a new
/// user adds feeds, updates, updates again (all 304s), meets a failing feed and a stopped server,
/// and moves the list to and from OPML.
@Suite struct FeedUpdateEndToEndTests {
  /// A home folder of its own (cache, config and state), removed afterwards.
  final class Home {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "quoth-feeds-\(UUID().uuidString)")

    init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Runs quoth with this home.
    func quoth(_ arguments: String...) throws -> CommandLineEndToEndTests.Run {
      try CommandLineEndToEndTests.quoth(arguments: arguments, home: url)
    }

    /// The feed list's text.
    var list: String {
      (try? String(contentsOf: url.appendingPathComponent("quoth/feeds"), encoding: .utf8)) ?? ""
    }
  }

  @Test func aNewUserAddsThreeFeedsUpdatesAndUpdatesAgain() throws {
    let server = try WebPageEndToEndTests.Server()
    let home = try Home()
    let feeds = [
      server.url("/feed/21?items=5"), server.url("/feed/22?items=4"), server.url("/feed/23?items=3"),
    ]
    #expect(try home.quoth("feeds", "add", feeds[0]).stdout.hasPrefix("added \(feeds[0]) to "))
    #expect(try home.quoth("feeds", "add", feeds[1], "news", "~Harbour news").status == 0)
    #expect(try home.quoth("feeds", "add", feeds[2]).status == 0)
    #expect(try home.quoth("feeds", "add", feeds[2]).stdout.hasPrefix("\(feeds[2]) is already in "))
    #expect(home.list == "\(feeds[0])\n\(feeds[1]) news \"~Harbour news\"\n\(feeds[2])\n")

    let first = try home.quoth("update")
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stdout == "3 feeds, 12 new items, 0 failed\n")
    #expect(first.errorLines.count == 3)
    #expect(first.errorLines.contains { $0.hasSuffix("] \(feeds[0]): 5 new items (5 in all)") })

    let second = try home.quoth("update")
    #expect(second.status == 0)
    #expect(second.stdout == "3 feeds, 0 new items, 0 failed\n")
    #expect(second.errorLines.filter { $0.hasSuffix(": not modified") }.count == 3, "every feed a 304")

    let list = try home.quoth("feeds", "list")
    let rows = list.stdout.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
    #expect(rows.count == 3)
    #expect(rows[1][0...2] == [feeds[1], "Loopback feed 22", "4"])
    #expect(rows[1][3].range(of: #"^\d{4}-\d\d-\d\d \d\d:\d\d$"#, options: .regularExpression) != nil)
    #expect(rows[1][4] == "news")

    let jsonl = try home.quoth("list", "--format", "jsonl", "--offline", feeds[2])
    #expect(jsonl.status == 0)
    #expect(jsonl.stdout.split(separator: "\n").count == 3)
    #expect(jsonl.stdout.hasPrefix("{\"path\":\"\(feeds[2])#1\",\"title\":\"Feed 23, item 0\""))
  }

  @Test func aFailingFeedIsOneLineAndStatusOneWhileTheOthersUpdate() throws {
    let server = try WebPageEndToEndTests.Server()
    let home = try Home()
    let good = [server.url("/feed/31?items=2"), server.url("/feed/32?items=2")]
    let missing = server.url("/status/404")
    for url in good + [missing] { #expect(try home.quoth("feeds", "add", url).status == 0) }
    let update = try home.quoth("update")
    #expect(update.status == 1)
    #expect(update.stdout == "3 feeds, 4 new items, 1 failed\n")
    #expect(update.errorLines.contains("quoth: \(missing): HTTP 404 Not Found"))
    #expect(update.errorLines.filter { $0.hasSuffix(": 2 new items (2 in all)") }.count == 2)

    // With the server gone every feed fails, by name, and their cached copies stay readable.
    server.stop()
    let down = try home.quoth("update")
    #expect(down.status == 1)
    #expect(down.stdout == "3 feeds, 0 new items, 3 failed\n")
    for url in good {
      #expect(
        down.errorLines.contains {
          $0.hasPrefix("quoth: \(url): cannot connect") && $0.hasSuffix("; the cached copy is kept")
        })
    }
    let offline = try home.quoth("list", "--offline", good[0])
    #expect(offline.status == 0)
    #expect(offline.stdout.split(separator: "\n").count == 2)
    let refused = try home.quoth("update", "--offline")
    #expect(refused.status == 2)
    #expect(refused.errorLines.first?.hasPrefix("quoth: --offline: update fetches every feed") == true)
  }

  @Test func noFeedListIsOneLineAndStatusOne() throws {
    let home = try Home()
    let run = try home.quoth("update")
    #expect(run.status == 1)
    #expect(run.stdout.isEmpty)
    #expect(run.errorLines.count == 1)
    #expect(
      run.errorLines[0].hasSuffix(
        "quoth/feeds: no feeds to update; add some with quoth feeds add URL or quoth feeds import FILE.opml"))
  }

  @Test func exportRoundTripsThroughImport() throws {
    let home = try Home()
    try FileManager.default.createDirectory(
      at: home.url.appendingPathComponent("quoth"), withIntermediateDirectories: true)
    let newsboat = """
      # copied from ~/.newsboat/urls
      https://example.org/a.xml world "long reads" ~Alpha
      "query:Unread:unread = \\"yes\\""
      https://example.org/b.xml

      """
    try Data(newsboat.utf8).write(to: home.url.appendingPathComponent("quoth/feeds"))
    let export = try home.quoth("feeds", "export")
    #expect(export.status == 0)
    #expect(
      export.errorLines == [
        "quoth: \(home.url.path)/quoth/feeds:3: skipped: a newsboat query feed, which quoth does not support"
      ])
    #expect(
      export.stdout.contains(
        "<outline type=\"rss\" text=\"Alpha\" title=\"Alpha\" xmlUrl=\"https://example.org/a.xml\" category=\"world,long reads\"/>"
      ))
    let opml = home.url.appendingPathComponent("feeds.opml")
    try Data(export.stdout.utf8).write(to: opml)

    let other = try Home()
    let imported = try other.quoth("feeds", "import", opml.path)
    #expect(imported.status == 0)
    #expect(imported.stdout == "imported 2 of 2 feeds into \(other.url.path)/quoth/feeds\n")
    let again = try other.quoth("feeds", "import", opml.path)
    #expect(again.stdout == "imported 0 of 2 feeds into \(other.url.path)/quoth/feeds (2 already listed)\n")
    #expect(
      other.list == "https://example.org/a.xml world \"long reads\" ~Alpha\nhttps://example.org/b.xml\n")
    let reexport = try other.quoth("feeds", "export")
    func body(_ text: String) -> [Substring] {
      text.split(separator: "\n").filter { !$0.contains("<dateCreated>") }
    }
    #expect(body(reexport.stdout) == body(export.stdout))

    // Removing a feed keeps the comment and the line quoth skips, for newsboat.
    #expect(try home.quoth("feeds", "remove", "https://example.org/b.xml").status == 0)
    #expect(home.list == newsboat.replacingOccurrences(of: "https://example.org/b.xml\n", with: ""))
    let gone = try home.quoth("feeds", "remove", "https://example.org/b.xml")
    #expect(gone.status == 1)
    #expect(
      gone.errorLines.last
        == "quoth: https://example.org/b.xml: not in the feed list \(home.url.path)/quoth/feeds")
    let notOPML = try other.quoth(
      "feeds", "import", home.url.appendingPathComponent("quoth").path + "/nothing")
    #expect(notOPML.status == 1)
  }
}
