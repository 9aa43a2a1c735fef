import Testing

@testable import QuothModel

@Suite struct FeedListTests {
  @Test func opmlRoundTrip() throws {
    let feeds = [
      FeedSubscription(
        url: "https://example.com/feed.xml", title: "News & \"Views\"", tags: ["news", "long reads"]),
      FeedSubscription(url: "http://example.org/rss?a=1&b=2"),
    ]
    let text = OPML.serialize(feeds, dateCreated: "Mon, 01 Jan 2024 00:00:00 GMT")
    #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">"))
    let read = try OPML.parse(Array(text.utf8))
    #expect(
      read == [
        feeds[0],
        FeedSubscription(url: "http://example.org/rss?a=1&b=2", title: "http://example.org/rss?a=1&b=2"),
      ])
  }

  @Test func opmlFoldersAndCategories() throws {
    let text = """
      <opml version="1.0"><head><title>Mine</title></head><body>
      <outline text="Tech"><outline text="Blog" xmlUrl="https://b.example/feed" category="/dev/swift,linux"/>
        <outline text="Not a feed"/></outline>
      <outline title="Top" type="rss" xmlUrl="https://t.example/rss"/>
      <outline text="Evil" xmlUrl="file:///etc/passwd"/>
      </body></opml>
      """
    #expect(
      try OPML.parse(Array(text.utf8)) == [
        FeedSubscription(
          url: "https://b.example/feed", title: "Blog", tags: ["Tech", "dev", "swift", "linux"]),
        FeedSubscription(url: "https://t.example/rss", title: "Top"),
      ])
    #expect(throws: FeedError.notOPML) { try OPML.parse(Array("<rss><channel/></rss>".utf8)) }
  }

  @Test func urlsFile() {
    let text = """
      # my feeds
      https://example.com/feed.xml news "long reads" ~Example

      http://example.org/rss   # trailing comment
      "query:Unread Articles:unread = \\"yes\\""
      exec:~/bin/fetch-feed
      filter:~/bin/clean:https://example.net/feed
      ftp://example.com/feed
      https://example.com/with#fragment "say \\"hi\\""
      """
    let (feeds, skipped) = URLsFile.parse(text)
    #expect(
      feeds == [
        FeedSubscription(
          url: "https://example.com/feed.xml", title: "Example", tags: ["news", "long reads"]),
        FeedSubscription(url: "http://example.org/rss"),
        FeedSubscription(url: "https://example.com/with#fragment", tags: ["say \"hi\""]),
      ])
    #expect(skipped.map(\.line) == [5, 6, 7, 8])
    #expect(skipped[0].reason.contains("query"))
    #expect(skipped[1].reason.contains("exec:"))
    #expect(skipped[2].reason.contains("filter:"))
    #expect(skipped[3].reason.contains("http"))
  }

  @Test func urlsFileRoundTrip() {
    let feeds = [
      FeedSubscription(
        url: "https://example.com/feed.xml", title: "My \"Example\"", tags: ["news", "long reads", "a\\b"]),
      FeedSubscription(url: "http://example.org/rss", tags: ["#hash"]),
    ]
    let text = URLsFile.serialize(feeds)
    #expect(text.hasPrefix("https://example.com/feed.xml news \"long reads\""))
    let (read, skipped) = URLsFile.parse(text)
    #expect(read == feeds)
    #expect(skipped.isEmpty)
  }
}
