import Foundation
import Testing

@testable import QuothModel

/// Reads `xml` as a feed (UTF-8), failing the test when it is not one.
func feed(_ xml: String, url: String? = nil) throws -> Feed {
  try FeedParser.parse(Array(xml.utf8), url: url)
}

@Suite struct FeedParserTests {
  @Test func rss2() throws {
    let parsed = try feed(
      """
      <?xml version="1.0"?>
      <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
        xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel><title>The Daily  Example</title><link>https://example.com/</link>
      <item><title>Council &amp; mayor agree</title><link>https://example.com/a</link>
        <guid isPermaLink="false">id-1</guid><pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate>
        <author>jo@example.com (Jo Smith)</author><dc:creator>Ann Lee</dc:creator>
        <description>Short &lt;b&gt;summary&lt;/b&gt;</description>
        <content:encoded><![CDATA[<p>The full text, in five words.</p>]]></content:encoded></item>
      <item><title>Second</title><guid>https://example.com/b</guid></item>
      </channel></rss>
      """)
    #expect(parsed.format == .rss)
    #expect(parsed.title == "The Daily Example")
    #expect(parsed.link == "https://example.com/")
    let item = parsed.items[0]
    #expect(item.title == "Council & mayor agree")
    #expect(item.link == "https://example.com/a")
    #expect(item.id == "id-1")
    #expect(item.date == "2003-06-10")
    #expect(item.authors == ["Jo Smith", "Ann Lee"])
    #expect(item.summary == FeedContent("Short <b>summary</b>", kind: .html))
    #expect(item.summary?.plainText == "Short summary")
    #expect(item.content == FeedContent("<p>The full text, in five words.</p>", kind: .html))
    #expect(item.words == 6)
    // A guid that is a permalink stands in for a missing link.
    #expect(parsed.items[1].link == "https://example.com/b")
  }

  @Test func rdf() throws {
    let parsed = try feed(
      """
      <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
        xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="http://example.org/"><title>RDF site</title><link>http://example.org/</link></channel>
      <item rdf:about="http://example.org/1"><title>One</title><dc:date>2002-09-07T23:30:00-02:00</dc:date>
        <dc:creator>Mark</dc:creator></item>
      </rdf:RDF>
      """)
    #expect(parsed.format == .rdf)
    #expect(parsed.title == "RDF site")
    #expect(parsed.items.map(\.title) == ["One"])
    #expect(parsed.items[0].link == "http://example.org/1")
    // 23:30 at UTC-2 is the next day in UTC.
    #expect(parsed.items[0].date == "2002-09-08")
    #expect(parsed.items[0].authors == ["Mark"])
  }

  @Test func atomTextConstructs() throws {
    let parsed = try feed(
      """
      <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://example.com/blog/">
      <title type="html">A &lt;em&gt;blog&lt;/em&gt;</title><link rel="alternate" href="/"/>
      <author><name>Feed Author</name></author>
      <entry><title type="text">1 &lt; 2 &amp; &lt;b&gt; stays</title>
        <link rel="self" href="self.xml"/><link rel="alternate" type="text/html" href="posts/1"/>
        <id>tag:example.com,2003:1</id><updated>2003-12-13T18:30:02Z</updated>
        <published>2003-12-12T08:00:00+01:00</published>
        <author><name>Ada <![CDATA[Lovelace]]></name><email>ada@example.com</email></author>
        <summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Hi <b>there</b></p></div></summary>
        <content type="html">&lt;p&gt;Body&lt;/p&gt;</content></entry>
      <entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">X<i>Y</i></div></title></entry>
      </feed>
      """)
    #expect(parsed.format == .atom)
    #expect(parsed.title == "A blog")
    #expect(parsed.link == "https://example.com/")
    let entry = parsed.items[0]
    #expect(entry.title == "1 < 2 & <b> stays")
    #expect(entry.link == "https://example.com/blog/posts/1")
    #expect(entry.id == "tag:example.com,2003:1")
    #expect(entry.date == "2003-12-12")
    #expect(entry.authors == ["Ada Lovelace"])
    #expect(entry.summary == FeedContent("<p>Hi <b>there</b></p>", kind: .html))
    #expect(entry.content?.plainText == "Body")
    #expect(parsed.items[1].title == "XY")
    // An entry without authors has the feed's (RFC 4287 4.2.1).
    #expect(parsed.items[1].authors == ["Feed Author"])
  }

  @Test func jsonFeed() throws {
    let parsed = try feed(
      """
      {"version": "https://jsonfeed.org/version/1.1", "title": "JSON news", "home_page_url": "https://example.org/",
       "authors": [{"name": "Desk"}],
       "items": [
        {"id": "1", "url": "https://example.org/1", "title": "First", "content_html": "<p>One two</p>",
         "date_published": "2020-02-29T23:00:00-05:00", "authors": [{"name": "Kim"}]},
        {"id": 2, "external_url": "post/2", "content_text": "Plain words here", "summary": "S"}
       ]}
      """, url: "https://example.org/feed.json")
    #expect(parsed.format == .json)
    #expect(parsed.title == "JSON news")
    #expect(parsed.items[0].date == "2020-03-01")
    #expect(parsed.items[0].authors == ["Kim"])
    #expect(parsed.items[0].words == 2)
    #expect(parsed.items[1].id == "2")
    #expect(parsed.items[1].link == "https://example.org/post/2")
    #expect(parsed.items[1].authors == ["Desk"])
    #expect(parsed.items[1].content == FeedContent("Plain words here", kind: .text))
    #expect(throws: FeedError.invalidJSON) { try feed("{\"version\": \"https://jsonfeed.org/version/1\", ") }
    #expect(throws: FeedError.notAFeed) { try feed("{\"name\": 1}") }
  }

  @Test func notAFeed() {
    #expect(throws: FeedError.notAFeed) { try feed("<html><body><p>hello</p></body></html>") }
    #expect(throws: FeedError.notAFeed) { try feed("") }
  }

  @Test(arguments: [
    ("<?xml version=\"1.0\"?>\n<!-- c -->\n<rss version=\"2.0\">", FeedFormat.rss),
    ("\u{FEFF}<rdf:RDF xmlns:rdf=\"x\">", .rdf),
    ("<!DOCTYPE feed>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">", .atom),
    ("<!DOCTYPE rss [\n <!ENTITY who \"Jo\">\n <!ENTITY where \"Oslo\">\n]>\n<rss>", .rss),
    ("<atom:feed xmlns:atom=\"http://www.w3.org/2005/Atom\">", .atom),
    ("  {\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": []}", .json),
  ])
  func sniffing(head: String, format: FeedFormat) {
    #expect(FeedParser.sniff(Array(head.utf8)) == format)
  }

  @Test(arguments: [
    "<html><head><title>x</title>", "{\"title\": \"x\"}", "Just text.", "<?xml version=\"1.0\"?><opml>",
  ])
  func sniffingRejects(head: String) {
    #expect(FeedParser.sniff(Array(head.utf8)) == nil)
  }
}
