import Testing

@testable import QuothModel

/// Feeds that break XML's rules, read as far as they go.
@Suite struct FeedLeniencyTests {
  private static let item = "<item><title>T</title><link>http://example.com/x</link></item>"

  @Test func controlCharactersAreDropped() throws {
    let parsed = try feed(
      "<rss><channel><title>Bell\u{07}s and\u{0B} tabs</title>\(Self.item)</channel></rss>")
    #expect(parsed.title == "Bells and tabs")
    #expect(parsed.items.count == 1)
  }

  @Test func htmlEntitiesAndBareAmpersands() throws {
    let parsed = try feed(
      "<rss><channel><item><title>Caf&eacute;&nbsp;Noir &amp; AT&T &bogus; &#8217;</title>"
        + "<link>http://example.com/?a=1&b=2</link></item></channel></rss>")
    #expect(parsed.items[0].title == "Café\u{A0}Noir & AT&T &bogus; \u{2019}")
    #expect(parsed.items[0].link == "http://example.com/?a=1&b=2")
  }

  @Test func windows1252BytesInAUTF8Feed() throws {
    var bytes = Array("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss><channel><item><title>".utf8)
    bytes += [0x93, 0x51, 0x94, 0x20, 0x63, 0x61, 0x66, 0xE9]  // “Q” café in Windows-1252
    bytes += Array("</title></item></channel></rss>".utf8)
    #expect(try FeedParser.parse(bytes).items[0].title == "\u{201C}Q\u{201D} café")
  }

  @Test func declaredLatin1AndUTF16() throws {
    var latin = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><title>".utf8)
    latin += [0x47, 0xFC, 0x6E, 0x74, 0x65, 0x72] + Array("</title></channel></rss>".utf8)
    #expect(try FeedParser.parse(latin).title == "Günter")
    let text = "<?xml version=\"1.0\" encoding=\"utf-16\"?><rss><channel><title>Ωmega</title></channel></rss>"
    let utf16: [UInt8] =
      [0xFF, 0xFE] + text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    #expect(try FeedParser.parse(utf16).title == "Ωmega")
  }

  @Test func unclosedTagsAndATruncatedFeed() throws {
    let parsed = try feed(
      "<rss><channel><title>Open <b>bold</title><item><title>One</title><link>http://e.com/1</link></item>"
        + "<item><title>Two<br></title><link>http://e.com/2</link></item><item><title>Thr")
    #expect(parsed.title == "Open bold")
    #expect(parsed.items.prefix(2).map(\.title) == ["One", "Two"])
    #expect(parsed.items[1].link == "http://e.com/2")
  }

  @Test func cdataSections() throws {
    let parsed = try feed(
      "<rss><channel><item><title><![CDATA[A <i>CDATA</i> & title]]></title>"
        + "<description><![CDATA[<p>unfinished]]></description><link>http://e.com/</link></item>"
        + "<item><title><![CDATA[never closed</title></item></channel></rss>")
    #expect(parsed.items[0].title == "A CDATA & title")
    #expect(parsed.items[0].summary?.plainText == "unfinished")
  }

  @Test func documentTypeEntitiesAreSubstitutedAndExternalOnesIgnored() throws {
    let parsed = try feed(
      """
      <!DOCTYPE rss [<!ENTITY who "the editors"><!ENTITY secret SYSTEM "file:///etc/passwd">]>
      <rss><channel><title>By &who; &secret;</title></channel></rss>
      """)
    #expect(parsed.title == "By the editors &secret;")
  }

  @Test func escapeSequencesAreNeutralised() throws {
    let parsed = try feed(
      "<rss><channel><title>\u{1B}]0;pwned\u{07}Feed</title><item><title>Red\u{1B}[31m &#27;[2J&#x9B;x</title>"
        + "<author>\u{1B}[1mEve</author><link>http://e.com/\u{1B}[0m</link></item></channel></rss>")
    let item = parsed.items[0]
    for text in [parsed.title, item.title, item.authors.joined(), item.link ?? ""] {
      #expect(!text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }
    #expect(item.title == "Red[31m [2Jx")
    #expect(item.link == "http://e.com/%5B0m")
  }

  @Test func onlyWebLinksAreKept() throws {
    let parsed = try feed(
      """
      <rss><channel>
      <item><link>javascript:alert(1)</link></item><item><link>file:///etc/passwd</link></item>
      <item><link>relative/only</link></item><item><link>  HTTPS://Example.com/a b  </link></item>
      </channel></rss>
      """)
    #expect(parsed.items.map(\.link) == [nil, nil, nil, "https://Example.com/a%20b"])
  }

  @Test func xmlBaseAndTheFeedAddress() throws {
    let parsed = try feed(
      """
      <feed xmlns="http://www.w3.org/2005/Atom" xml:base="/blog/">
      <entry xml:base="2024/"><link href="post.html"/></entry>
      <entry><link href="../about"/></entry>
      </feed>
      """, url: "https://example.com/feeds/atom.xml")
    #expect(
      parsed.items.map(\.link) == ["https://example.com/blog/2024/post.html", "https://example.com/about"])
  }

  @Test func hopelessXMLIsReadAsHTML() throws {
    // An attribute without quotes and a stray `<` stop the XML parser at once.
    let parsed = try feed(
      "<rss version=2.0><channel><title>Broken < feed</title><item><title>Kept</title>"
        + "<link>http://e.com/k</link><dc:creator>Jo</dc:creator></item></channel></rss>")
    #expect(parsed.items.map(\.title) == ["Kept"])
    #expect(parsed.items[0].link == "http://e.com/k")
    #expect(parsed.items[0].authors == ["Jo"])
  }
}
