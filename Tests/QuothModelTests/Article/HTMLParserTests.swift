import Testing

@testable import QuothModel

@Suite struct HTMLParserTests {
  static let page = """
    <!DOCTYPE html>
    <html><head>
    <meta charset="utf-8">
    <title>Glass bridge reopens | Lakeside Post</title>
    <meta property="og:title" content="Glass bridge reopens after repairs">
    <meta name="author" content="Iris Vale and Tom Okoye">
    <meta property="article:published_time" content="2024-09-30T07:00:00+02:00">
    <meta property="og:site_name" content="Lakeside Post">
    <style>p { color: red; } </style>
    <script>var x = "<p>not text</p>"; if (a < b) {}</script>
    </head><body>
    <nav><ul><li><a href="/">Home</a></li><p>Menu paragraph</p></ul></nav>
    <h1>Glass bridge reopens after repairs</h1>
    <figure><img src="b.jpg" alt="the bridge"><figcaption>The bridge at dawn. [Photo/Lakeside Post]</figcaption></figure>
    <!-- <p>commented out</p> -->
    <p>The &ldquo;glass bridge&rdquo; over the gorge reopened on Monday&nbsp;&mdash; six months
       after a crack was found, officials said.</p>
    <h2>What changed</h2>
    <p>&#8220;It is safer than ever,&#x201D; said Mara Kent, the park&rsquo;s <b>chief</b> engineer &amp; designer&hellip;</p>
    <p>Tickets cost &euro;5 &lt;for adults&gt;.
    <footer><p>Copyright notice</p></footer>
    </body></html>
    """

  @Test func metadata() {
    let article = ArticleParser.parse(path: "bridge.html", text: Array(Self.page.unicodeScalars))
    #expect(article.format == .html)
    #expect(article.title == "Glass bridge reopens after repairs")
    #expect(article.authors == ["Iris Vale", "Tom Okoye"])
    #expect(article.date == "2024-09-30")
    #expect(article.source == "Lakeside Post")
    #expect(article.caption == "The bridge at dawn.")
    #expect(article.captionCredit == "Photo/Lakeside Post")
  }

  @Test func paragraphsEntitiesAndDroppedParts() {
    let article = ArticleParser.parse(path: "bridge.html", text: Array(Self.page.unicodeScalars))
    #expect(article.blocks.map(\.kind) == [.title, .caption, .paragraph, .heading, .paragraph, .paragraph])
    #expect(
      article.paragraphs.map { article.string($0.span) } == [
        "The \u{201C}glass bridge\u{201D} over the gorge reopened on Monday \u{2014} six months after a crack was found, officials said.",
        "\u{201C}It is safer than ever,\u{201D} said Mara Kent, the park\u{2019}s chief engineer & designer\u{2026}",
        "Tickets cost \u{20AC}5 <for adults>.",
      ])
    let reading = String(String.UnicodeScalarView(article.text))
    for dropped in ["not text", "Menu paragraph", "commented out", "Copyright", "color: red", "Home"] {
      #expect(!reading.contains(dropped))
    }
  }

  @Test func offsetsMapBackIncludingEntities() throws {
    let text = Array(Self.page.unicodeScalars)
    let article = ArticleParser.parse(path: "bridge.html", text: text)
    let quote = Array("\u{201C}It is safer than ever,\u{201D}".unicodeScalars)
    let start = try #require(findSubarray(article.text, quote))
    let span = TextSpan(start: start, end: start + quote.count)
    // The opening entity maps to its `&`; the closing one to its first character.
    #expect(article.fileString(span).hasPrefix("&#8220;It is safer than ever,&"))
    let map = try #require(article.sourceOffsets)
    #expect(text[map[start]] == "&")
    #expect(text[map[start + 1]] == "I")
    // The title maps to the <h1> since it equals og:title.
    #expect(article.fileString(article.blocks[0].span) == "Glass bridge reopens after repairs")
  }

  @Test func titleFallbacks() {
    let noOG = "<html><head><title>Only &amp; title</title></head><body><p>Body.</p></body></html>"
    #expect(ArticleParser.parse(path: "a.html", text: Array(noOG.unicodeScalars)).title == "Only & title")
    let h1 = "<title>Site</title><h1>Heading wins</h1><p>Body.</p>"
    #expect(ArticleParser.parse(path: "a.html", text: Array(h1.unicodeScalars)).title == "Heading wins")
  }

  @Test func ogTitleThatDiffersFromH1MapsToTheMetaTag() throws {
    let page = """
      <meta property="og:title" content="Dam &amp; lock reopen"><h1>Dam reopens</h1><p>Boats passed.</p>
      """
    let text = Array(page.unicodeScalars)
    let article = ArticleParser.parse(path: "d.html", text: text)
    #expect(article.title == "Dam & lock reopen")
    #expect(article.blocks.map(\.kind) == [.title, .paragraph])
    let map = try #require(article.sourceOffsets)
    #expect(text[map[4]] == "&")
    #expect(article.fileString(article.blocks[0].span) == "Dam &amp; lock reopen")
  }

  @Test func jsonLDDateTitleSuffixAndListsInArticles() {
    let page = """
      <html><head><title>Pier reopens | Bay Herald</title>
      <meta property="og:site_name" content="Bay Herald">
      <script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2022-08-14T06:00:00Z"}</script>
      </head><body><ul class="menu"><li>Sections</li></ul>
      <article><p>The pier reopened.</p><ul><li>Fishing is allowed again.</li></ul></article></body></html>
      """
    let article = ArticleParser.parse(path: "p.html", text: Array(page.unicodeScalars))
    #expect(article.title == "Pier reopens")
    #expect(article.date == "2022-08-14")
    #expect(article.source == "Bay Herald")
    #expect(
      article.paragraphs.map { article.string($0.span) } == [
        "The pier reopened.", "Fishing is allowed again.",
      ])
  }

  @Test func timeElementAndBodyByline() {
    let page = """
      <html><body><h1>Vote delayed</h1><p>By Ruth Ng and Ali Sami</p>
      <time datetime="2023-02-01">Feb 1</time><p>The vote was put off.</p></body></html>
      """
    let article = ArticleParser.parse(path: "v.htm", text: Array(page.unicodeScalars))
    #expect(article.date == "2023-02-01")
    #expect(article.authors == ["Ruth Ng", "Ali Sami"])
    #expect(article.paragraphs.count == 1)
  }

  @Test func pageWithoutParagraphsUsesLooseText() {
    let page = "<html><body><div>First block of text.</div><div>Second<br>block.</div></body></html>"
    let article = ArticleParser.parse(path: "d.html", text: Array(page.unicodeScalars))
    #expect(article.paragraphs.map { article.string($0.span) } == ["First block of text.", "Second block."])
  }

  @Test func crlfAndBOM() {
    let page = "\u{FEFF}<!doctype html>\r\n<title>T</title>\r\n<p>One\r\ntwo.</p>\r\n"
    let article = ArticleParser.parse(path: "-", bytes: Array(page.utf8))
    #expect(article.format == .html)
    #expect(article.title == "T")
    #expect(article.paragraphs.map { article.string($0.span) } == ["One two."])
  }

  @Test(arguments: [
    "", "<", "<p", "<p>unclosed", "</p></p>", "<!--", "<script>never closed", "<a href='x>", "&", "&#;",
    "&#xFFFFFFFF;", "<p>&#0;</p>", "<meta content=>", "<<<>>>", "<p><p><p>a",
  ])
  func messyInputNeverCrashes(page: String) {
    _ = ArticleParser.parse(path: "m.html", text: Array(page.unicodeScalars))
  }

  @Test func largePageParsesInLinearTime() {
    let paragraph = "<div class=\"x\"><p>Some <a href=\"/l\">linked</a> text &amp; more&hellip;</p></div>\n"
    let script = "<script>if (a < b && c > d) { x = '</p>'; }</script><!-- note -->\n"
    let page =
      "<html><head><title>Big</title></head><body>"
      + String(repeating: paragraph + script, count: 8000) + "</body></html>"
    let clock = ContinuousClock()
    var article: Article? = nil
    let elapsed = clock.measure {
      article = ArticleParser.parse(path: "big.html", text: Array(page.unicodeScalars))
    }
    #expect(article?.paragraphs.count == 8000)
    #expect(article?.string(article!.paragraphs[0].span) == "Some linked text & more\u{2026}")
    #expect(elapsed < .seconds(10))
  }

  @Test func entityDecoding() {
    #expect(
      HTMLEntities.decode("&amp;&quot;&lsquo;x&rsquo;&ndash;&#x201C;&#8221;&bogus;")
        == "&\"\u{2018}x\u{2019}\u{2013}\u{201C}\u{201D}&bogus;")
    #expect(HTMLEntities.decode("&#150;&#151;") == "\u{2013}\u{2014}")
  }
}
