import Foundation
import Testing

/// `quoth list` of feed files: one row per item, found by content whatever the file's name.
@Suite struct FeedListEndToEndTests {
  static let feed = Array(
    """
    <?xml version="1.0" encoding="utf-8"?>
    <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Harbour &amp; Town</title>
    <item><title>Wall \u{1B}[31mvote</title><link>https://example.com/wall</link>
      <pubDate>Tue, 10 Jun 2003 23:30:00 -0200</pubDate><dc:creator>Ada Lovelace</dc:creator>
      <description>&lt;p&gt;Three short words&lt;/p&gt;</description></item>
    <item><title>Second&nbsp;item</title><link>javascript:alert(1)</link></item>
    </channel></rss>
    """.utf8)

  @Test func jsonlRowPerItem() throws {
    let dir = try CommandLineEndToEndTests.folder(["news.txt": Self.feed])
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("news.txt").path
    let run = try CommandLineEndToEndTests.quoth("list", "--format", "jsonl", path)
    #expect(run.status == 0)
    #expect(!run.stdout.unicodeScalars.contains { $0 == "\u{1B}" })
    let rows = run.stdout.split(separator: "\n").map {
      try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
    }
    #expect(rows.count == 2)
    let first = try #require(rows[0])
    #expect(Set(first.keys) == ["path", "title", "date", "source", "authors", "url", "words"])
    #expect(first["path"] as? String == path + "#1")
    #expect(first["title"] as? String == "Wall [31mvote")
    #expect(first["date"] as? String == "2003-06-11")
    #expect(first["source"] as? String == "Harbour & Town")
    #expect(first["authors"] as? [String] == ["Ada Lovelace"])
    #expect(first["url"] as? String == "https://example.com/wall")
    #expect(first["words"] as? Int == 3)
    let second = try #require(rows[1])
    #expect(second["title"] as? String == "Second\u{A0}item")
    #expect(second["url"] is NSNull)
  }

  @Test func aBrokenJSONFeedIsOneLineAndStatusOne() throws {
    let dir = try CommandLineEndToEndTests.folder([
      "bad.json": Array("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [".utf8),
      "good.xml": Self.feed,
    ])
    defer { try? FileManager.default.removeItem(at: dir) }
    let run = try CommandLineEndToEndTests.quoth(
      "list", dir.appendingPathComponent("bad.json").path, dir.appendingPathComponent("good.xml").path)
    #expect(run.status == 1)
    #expect(run.errorLines == ["quoth: \(dir.appendingPathComponent("bad.json").path): not valid JSON"])
    #expect(run.stdout.split(separator: "\n").count == 2)
  }
}
