import Foundation
import Testing

@testable import QuothModel

/// Which element gives an item its title, link and author where feeds write them in unusual
/// ways, read as Python's feedparser reads them.
@Suite struct FeedFieldChoiceTests {
  @Test func atomLinkWithItsAddressAsText() throws {
    let parsed = try feed(
      """
      <feed xmlns="http://www.w3.org/2005/Atom">
      <entry><link rel="enclosure">http://cdn.example.org/ep1.mp3</link>
        <link rel="alternate" type="text/html"> http://example.org/posts/1 </link></entry>
      </feed>
      """)
    #expect(parsed.items[0].link == "http://example.org/posts/1")
  }

  @Test func base64TitleHoldingMarkupIsReadAsHTML() throws {
    let encoded = Data("Tides &amp; <i>moons</i>".utf8).base64EncodedString()
    let parsed = try feed(
      """
      <feed xmlns="http://www.w3.org/2005/Atom">
      <entry><title type="application/octet-stream">\(encoded)</title></entry>
      </feed>
      """)
    #expect(parsed.items[0].title == "Tides & moons")
  }
}
