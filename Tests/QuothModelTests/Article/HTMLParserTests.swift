import Foundation
import Testing

@testable import QuothModel

/// Pages written for these tests: each checks one rule of HTML reading.
@Suite struct HTMLParserTests {
  /// A paragraph long enough to score: sentences with commas.
  static func paragraph(_ n: Int, _ topic: String = "the bridge") -> String {
    "<p>Paragraph \(n) is about \(topic), which engineers checked, measured, and tested again before "
      + "the council, the mayor, and the residents agreed that it could reopen to walkers.</p>\n"
  }

  static func body(_ count: Int = 5) -> String { (1...count).map { paragraph($0) }.joined() }

  static func parse(_ page: String, path: String = "page.html") -> Article {
    ArticleParser.parse(path: path, text: Array(page.unicodeScalars))
  }

  @Test func jsonLDMetadataComesFirst() {
    let page = """
      <html><head><title>Glass bridge reopens after repairs | Lakeside Post</title>
      <link rel="canonical" href="https://post.example/bridge">
      <meta name="author" content="Someone Else">
      <script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
        "headline": "Glass bridge reopens after repairs", "datePublished": "2024-09-30T07:00:00+02:00",
        "author": [{"@type": "Person", "name": "Iris Vale"}, {"@type": "Person", "name": "Tom Okoye"}],
        "publisher": {"@type": "Organization", "name": "Lakeside Post"}}</script>
      </head><body><article>\(Self.body())</article></body></html>
      """
    let article = Self.parse(page)
    #expect(article.format == .html)
    #expect(article.title == "Glass bridge reopens after repairs")
    #expect(article.authors == ["Iris Vale", "Tom Okoye"])
    #expect(article.date == "2024-09-30")
    #expect(article.source == "Lakeside Post")
    #expect(article.url == "https://post.example/bridge")
  }

  @Test func metaTagsWhenThereIsNoJSONLD() {
    let page = """
      <html><head><title>Pier reopens after the storm - Bay Herald</title>
      <meta property="og:site_name" content="Bay Herald">
      <meta name="author" content="By Ruth Ng and Ali Sami">
      <meta property="article:published_time" content="2022-08-14T06:00:00Z">
      </head><body><div>\(Self.body())</div></body></html>
      """
    let article = Self.parse(page)
    #expect(article.title == "Pier reopens after the storm")
    #expect(article.authors == ["Ruth Ng", "Ali Sami"])
    #expect(article.byline == "By Ruth Ng and Ali Sami")
    #expect(article.date == "2022-08-14")
    #expect(article.source == "Bay Herald")
  }

  @Test(arguments: [
    ("By Analysis by Chris Cillizza and CNN Editor-at-large", ["Chris Cillizza"]),
    ("Written by Rob Roe Edited by Bea Bay", ["Rob Roe", "Bea Bay"]),
    ("By Nat Will March 25, 2015", ["Nat Will"]),
    ("Bruno (Henrique Zecchin) Rodrigues", ["Bruno Henrique Zecchin Rodrigues"]),
    ("Kim Lee (https://kim.example/)", ["Kim Lee"]),
    ("April 28, 2019 at 6:01 am Updated April 29, 2019", []),
    ("Laura June Topolsky", ["Laura June Topolsky"]),
    ("Par Anne Dupont", ["Anne Dupont"]),
    ("by Tom Vale14 Mar 2016", ["Tom Vale"]),
    ("Dan Reed - Apr 16, 2015 7:30 pm UTC", ["Dan Reed"]),
  ])
  func authorsAreNamesOnly(byline: String, names: [String]) {
    #expect(AuthorNames.names(in: byline) == names)
  }

  @Test(arguments: [
    ("2019-11-19T03:05:46Z", "2019-11-19"), ("Tue Nov 19 2019 03:05:46 GMT+0000", "2019-11-19"),
    ("November 19, 2019", "2019-11-19"), ("0001-01-01T00:00:00Z", nil), ("soon", nil),
  ])
  func datesAreNormalisedAndPlaceholdersRejected(raw: String, date: String?) {
    #expect(PageDates.isoDate(raw) == date)
  }

  @Test func sourceIsNeverABareAddress() {
    #expect(HTMLParser.source(siteName: "https://www.post.example", url: nil) == nil)
    #expect(HTMLParser.source(siteName: nil, url: "https://www.post.example/a/b") == "post.example")
    #expect(HTMLParser.source(siteName: "Lakeside Post", url: "https://x.example") == "Lakeside Post")
  }

  @Test(arguments: [
    ("Pier reopens after the storm | Bay Herald", "Pier reopens after the storm"),
    ("Pier reopens after the storm \u{2013} Bay Herald", "Pier reopens after the storm"),
    ("Bay Herald: Pier reopens after the long storm", "Pier reopens after the long storm"),
    ("News | Short", "News | Short"),
  ])
  func titleLosesTheSiteName(title: String, expected: String) {
    let page = "<html><head><title>\(title)</title></head><body>\(Self.body())</body></html>"
    #expect(Self.parse(page).title == expected)
  }

  @Test func entitiesAndBrokenMarkupAreRecovered() {
    let page = """
      <html><head><title>Dam &amp; lock reopen on the river</title></head><body><div class="story">
      <p>&ldquo;It is safer than ever,&rdquo; said Mara Kent, the park&rsquo;s <b>chief engineer &amp; designer
      <p>Tickets cost &euro;5 &lt;for adults&gt;, which is, as planned, less than last year, the council said.
      \(Self.body(4))</div></body></html>
      """
    let article = Self.parse(page)
    #expect(article.title == "Dam & lock reopen on the river")
    let texts = article.paragraphs.map { article.string($0.span) }
    #expect(
      texts.first
        == "\u{201C}It is safer than ever,\u{201D} said Mara Kent, the park\u{2019}s chief engineer & designer"
    )
    #expect(
      texts.contains(
        "Tickets cost \u{20AC}5 <for adults>, which is, as planned, less than last year, the council said."))
  }

  @Test func declaredEncodingIsRead() {
    var bytes = Array("<html><head><meta charset=\"iso-8859-1\"><title>Caf".utf8)
    bytes.append(0xE9)
    bytes += Array(" opens its doors on the square</title></head><body>\(Self.body())</body></html>".utf8)
    let article = HTMLParser.parse(path: "c.html", bytes: bytes)
    #expect(article.title == "Caf\u{E9} opens its doors on the square")
  }

  @Test func validUTF8WinsOverAStaleCharsetAndABOMIsSkipped() throws {
    let page =
      "\u{FEFF}<html><head><meta charset=\"gb2312\"><title>Caf\u{E9} on the square opens today</title></head>"
      + "<body>\(Self.body())</body></html>"
    let article = try ArticleParser.article(bytes: Array(page.utf8), path: "utf8.html")
    #expect(article.title == "Caf\u{E9} on the square opens today")
  }

  @Test func quoteTextIsReadingTextNotMarkup() throws {
    let page = """
      <html><head><title>Mayor speaks about the bridge today</title></head><body><article>
      <p>&ldquo;We <b>will</b> reopen the bridge,&rdquo; said <a href="/m">Mayor Ada Lind</a> on Monday, \
      after the engineers, the council, and the residents had met for hours.</p>\(Self.body(4))</article></body></html>
      """
    let article = Self.parse(page)
    let quote = try #require(QuoteExtractor.analyze(article).quotes.first)
    let text = article.fileString(quote.span)
    #expect(!text.contains("<"))
    #expect(text.contains("We will reopen the bridge"))
  }

  @Test(arguments: [
    "", "<", "<p", "<p>unclosed", "</p></p>", "<!--", "<script>never closed", "<a href='x>", "&", "&#;",
    "&#xFFFFFFFF;", "<p>&#0;</p>", "<meta content=>", "<<<>>>", "<p><p><p>a", "<html><body></body></html>",
    "<script type=\"application/ld+json\">{\"@type\": [1, {}], \"@context\": {}}</script>",
  ])
  func messyInputNeverCrashes(page: String) {
    _ = Self.parse(page)
  }

  @Test func deepNestingDoesNotOverflowTheStack() {
    let page =
      String(repeating: "<div><span>", count: 50_000) + "deep text"
      + String(repeating: "</span></div>", count: 50_000)
    _ = Self.parse(page)
  }

  @Test func escapeBytesNeverReachOutputLive() {
    let page =
      "<html><head><title>Esc \u{1B}[31mred\u{1B}[0m title here now</title>"
      + "<meta name=\"author\" content=\"Ann \u{1B}]0;pwned\u{07}Lee\"></head><body>"
      + "<p>Text with \u{1B}[2J an escape, which must not, as written, clear the screen of the reader.</p>"
      + Self.body() + "</body></html>"
    let article = Self.parse(page)
    #expect(!article.jsonLine.unicodeScalars.contains("\u{1B}"))
    #expect(!PlainTextRenderer(width: 80).render(article).unicodeScalars.contains("\u{1B}"))
  }

  @Test func aListItemWithNoTextOfItsOwnLeavesNoBareBullet() {
    let page =
      "<html><body><article>" + Self.body(3)
      + "<ul><li><img src=\"whale.jpg\"></li><li><p>A caption under the photo of the whale.</p></li>"
      + "<li>A short item</li></ul>" + Self.body(2) + "</article></body></html>"
    let article = Self.parse(page)
    let blocks = article.blocks.map { article.string($0.span) }
    #expect(!blocks.contains("•"))
    #expect(blocks.contains("A caption under the photo of the whale."))
    #expect(blocks.contains("• A short item"))
  }

  /// Many paragraphs, each beside a script holding markup: every one is kept, no script text is.
  /// (How fast is a benchmark's business: `quoth-bench --html`, not a timed test.)
  @Test func aPageOfManyParagraphsKeepsThemAll() {
    let paragraph =
      "<div class=\"x\"><p>Some <a href=\"/l\">linked</a> text &amp; more, and more, and more&hellip;</p></div>\n"
    let script = "<script>if (a < b && c > d) { x = '</p>'; }</script><!-- note -->\n"
    let page =
      "<html><head><title>Big page of many paragraphs</title></head><body>"
      + String(repeating: paragraph + script, count: 500) + "</body></html>"
    let article = Self.parse(page)
    #expect(article.paragraphs.count == 500)
    #expect(!article.bodyText.contains("x = "), "script text never reaches the body")
  }

  @Test func entityDecoding() {
    #expect(
      HTMLEntities.decode("&amp;&quot;&lsquo;x&rsquo;&ndash;&#x201C;&#8221;&bogus;")
        == "&\"\u{2018}x\u{2019}\u{2013}\u{201C}\u{201D}&bogus;")
    #expect(HTMLEntities.decode("&#150;&#151;") == "\u{2013}\u{2014}")
  }
}
