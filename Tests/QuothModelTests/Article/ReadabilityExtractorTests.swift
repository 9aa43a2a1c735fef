import Testing

@testable import QuothModel

/// One small page per extraction rule: what must stay in the body and what must go.
@Suite struct ReadabilityExtractorTests {
  static func parse(_ body: String, head: String = "<title>Glass bridge reopens after the repairs</title>")
    -> Article
  {
    let page = "<html><head>\(head)</head><body>\(body)</body></html>"
    return ArticleParser.parse(path: "page.html", text: Array(page.unicodeScalars))
  }

  static func text(_ article: Article) -> String { article.bodyText }

  static let story = HTMLParserTests.body(6)

  @Test(arguments: [
    "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>",
    "<div class=\"share-tools\"><a href=\"#\">Share this story</a></div>",
    "<div class=\"cookie-banner\">We use cookies to improve your experience on this site.</div>",
    "<div id=\"comments\"><p>Reader comment: I disagree with everything here, frankly, and loudly.</p></div>",
    "<aside class=\"related\"><ul><li><a href=\"/a\">Related headline one</a></li></ul></aside>",
    "<div class=\"sidebar\"><p>Most read: a list of other stories, sorted, ranked and shown.</p></div>",
    "<footer><p>\u{A9} 2024 Lakeside Post. All rights reserved.</p></footer>",
    "<div class=\"ad-break\">Advertisement</div>",
    "<div role=\"dialog\" aria-modal=\"true\">Subscribe now for full access to every story.</div>",
    "<div style=\"display: none\">Hidden text that a browser never shows to its reader.</div>",
  ])
  func clutterIsDropped(clutter: String) {
    let article = Self.parse("\(clutter)<article>\(Self.story)</article>\(clutter)")
    let text = Self.text(article)
    #expect(text.contains("Paragraph 1 is about the bridge"))
    #expect(text.contains("Paragraph 6 is about the bridge"))
    for word in [
      "Home", "Share this", "cookies", "Reader comment", "Related headline", "Most read", "rights reserved",
      "Advertisement", "Subscribe now", "Hidden text",
    ] {
      #expect(!text.contains(word))
    }
  }

  @Test func divOnlyBodyIsRead() {
    let divs = (1...6).map {
      "<div class=\"zn-body__paragraph\">Block \($0) says the bridge, which engineers checked, measured, and tested, "
        + "can reopen to walkers, the council said on Monday.</div>"
    }.joined()
    let article = Self.parse("<div class=\"l-container\">\(divs)</div>")
    #expect(article.paragraphs.count == 6)
    #expect(Self.text(article).hasPrefix("Block 1 says the bridge"))
  }

  @Test func breakSeparatedTextBecomesParagraphs() {
    let lines = (1...6).map {
      "Line \($0) tells how the bridge, checked and measured and tested, reopened to walkers on Monday."
    }.joined(separator: "<br><br>\n")
    let article = Self.parse("<div>\(lines)</div>")
    #expect(article.paragraphs.count == 6)
  }

  @Test func itemPropArticleBodyInDivsIsFound() {
    let divs = (1...6).map {
      "<div>Part \($0) of the story: the bridge, checked, measured and tested, reopened on Monday, officials said.</div>"
    }.joined()
    let page = "<div class=\"menu\"><a href=\"/\">Home</a></div><div itemprop=\"articleBody\">\(divs)</div>"
    let text = Self.text(Self.parse(page))
    #expect(text.contains("Part 1 of the story"))
    #expect(text.contains("Part 6 of the story"))
    #expect(!text.contains("Home"))
  }

  @Test func headingsListsQuotesAndCaptionsStay() {
    let page = """
      <article>\(HTMLParserTests.body(3))<h2>What changed on the bridge</h2>
      <ul><li>New glass panels were fitted, one by one, over the summer.</li>
      <li>Railings were raised, and the lights were replaced.</li></ul>
      <blockquote><p>We are proud of the work, said the engineer, and of the crew.</p></blockquote>
      <figure><img src="b.jpg"><figcaption>The bridge at dawn, seen from the east bank.</figcaption></figure>
      \(HTMLParserTests.body(2))</article>
      """
    let article = Self.parse(page)
    #expect(
      article.blocks.contains {
        $0.kind == .heading && article.string($0.span) == "What changed on the bridge"
      })
    let text = Self.text(article)
    #expect(text.contains("New glass panels were fitted"))
    #expect(text.contains("We are proud of the work"))
    #expect(text.contains("The bridge at dawn"))
  }

  @Test func bylineElementGivesTheAuthorAndLeavesTheBody() {
    let page = "<article><div class=\"byline\">By Iris Vale</div>\(Self.story)</article>"
    let article = Self.parse(page)
    #expect(article.authors == ["Iris Vale"])
    #expect(!Self.text(article).contains("Iris Vale"))
  }

  @Test func headingThatRepeatsTheTitleIsNotBody() {
    let article = Self.parse(
      "<article><h1>Glass bridge reopens after the repairs</h1>\(Self.story)</article>")
    #expect(article.title == "Glass bridge reopens after the repairs")
    #expect(!Self.text(article).contains("Glass bridge reopens"))
  }

  @Test func rightToLeftTextIsRead() {
    let paragraphs = (1...6).map { _ in
      "<p>\u{0623}\u{0639}\u{064A}\u{062F} \u{0641}\u{062A}\u{062D} \u{0627}\u{0644}\u{062C}\u{0633}\u{0631}\u{060C} "
        + "\u{0648}\u{0642}\u{0627}\u{0644} \u{0627}\u{0644}\u{0645}\u{0647}\u{0646}\u{062F}\u{0633}\u{0648}\u{0646}\u{060C} "
        + String(
          repeating: "\u{0627}\u{0644}\u{062C}\u{0633}\u{0631} \u{0622}\u{0645}\u{0646}\u{060C} ", count: 5)
        + "</p>"
    }.joined()
    let article = Self.parse(
      "<div dir=\"rtl\">\(paragraphs)</div>", head: "<title>\u{0627}\u{0644}\u{062C}\u{0633}\u{0631}</title>")
    #expect(article.paragraphs.count == 6)
    #expect(Self.text(article).contains("\u{0623}\u{0639}\u{064A}\u{062F}"))
  }
}
