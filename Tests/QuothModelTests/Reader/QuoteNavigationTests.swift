import Testing

@testable import QuothModel

/// Quote keys on an article with a hand-made analysis, so the tests do not depend on extraction.
@Suite struct QuoteNavigationTests {
  typealias F = ReaderFixtures

  /// Finds `needle` in the fixture text and returns its span.
  static func span(_ needle: String, in article: Article) -> TextSpan {
    let text = article.text
    let pattern = Array(needle.unicodeScalars)
    for start in 0...(text.count - pattern.count) where Array(text[start..<start + pattern.count]) == pattern
    {
      return TextSpan(start: start, end: start + pattern.count)
    }
    fatalError("\(needle) is not in the fixture")
  }

  /// Keller (speaker 0) has three quotes, the transport office (speaker 1) one.
  static func analysis(for article: Article) -> QuoteAnalysis {
    func quote(_ kind: Quote.Kind, _ text: String, speaker: Int, cue: String? = nil) -> Quote {
      Quote(
        kind: kind, span: span(text, in: article), cue: cue.map { span($0, in: article) },
        speaker: speaker)
    }
    return QuoteAnalysis(
      quotes: [
        quote(.direct, "\"We are glad to have the Aurora back where she belongs,\"", speaker: 0),
        quote(.indirect, "the timetable would stay shorter until the spring", speaker: 0),
        quote(.indirect, "The repairs cost about 2.1 million euros", speaker: 1, cue: "according to"),
        quote(.direct, "\"Storms like this one will come more often,\"", speaker: 0, cue: "added"),
      ],
      speakers: [
        Speaker(
          name: "Maria Keller", role: "director of the port authority", kind: .person, direct: 2, indirect: 1),
        Speaker(name: "transport office", kind: .organization, indirect: 1),
      ])
  }

  func state(columns: Int = 120, rows: Int = 12, quotes: Bool = true) -> ReaderState {
    var state = ReaderState(entries: [], hasLibrary: false, columns: columns, rows: rows)
    let article = F.article()
    state.reduce(.loaded(article, analysis: quotes ? Self.analysis(for: article) : QuoteAnalysis()))
    return state
  }

  func isOnScreen(_ index: Int, _ state: ReaderState) -> Bool {
    let doc = state.document!
    let span = doc.analysis.quotes[index].span
    let first = doc.layout.line(containing: span.start)
    let last = doc.layout.line(containing: span.end - 1)
    return first >= doc.top && last < doc.top + state.paneRows
  }

  @Test func noQuotes() {
    var s = state(quotes: false)
    F.press([.char("]")], &s)
    #expect(s.message == "No quotes found in this article")
    F.press([.char("[")], &s)
    #expect(s.document?.currentQuote == nil)
    F.press([.char("v")], &s)
    #expect(s.quoteList == nil)
    F.press([.char("y")], &s)
    #expect(s.messageIsError)
  }

  @Test func walksEveryQuoteThenStops() {
    var s = state()
    for index in 0..<4 {
      F.press([.char("]")], &s)
      #expect(s.document?.currentQuote == index)
      #expect(isOnScreen(index, s), "quote \(index) is scrolled into view")
    }
    F.press([.char("]")], &s)
    #expect(s.document?.currentQuote == 3)
    #expect(s.message == "Last quote")
    for index in [2, 1, 0] {
      F.press([.char("[")], &s)
      #expect(s.document?.currentQuote == index)
    }
    F.press([.char("[")], &s)
    #expect(s.message == "First quote")
  }

  @Test func previousFromTheScreenStartsAtTheBottom() {
    var s = state(rows: 40)
    F.press([.char("[")], &s)
    #expect(s.document?.currentQuote == 3)
  }

  @Test func sameSpeakerKeys() {
    var s = state()
    F.press([.char("}")], &s)
    #expect(s.document?.currentQuote == 0, "with no current quote, } goes to the next quote")
    F.press([.char("}")], &s)
    #expect(s.document?.currentQuote == 1)
    F.press([.char("}")], &s)
    #expect(s.document?.currentQuote == 3, "skips the transport office's quote")
    F.press([.char("{")], &s)
    #expect(s.document?.currentQuote == 1)
  }

  @Test func restrictionFromTheSidebar() {
    var s = state()
    #expect(s.sidebarDocked)
    F.press([.tab], &s)
    #expect(s.pane == .sidebar)
    F.press([.char("j"), .enter], &s)
    #expect(s.document?.speakerFilter == 1)
    #expect(s.document?.currentQuote == 2)
    #expect(s.pane == .article, "choosing a speaker returns the focus to the article")
    F.press([.char("]")], &s)
    #expect(s.document?.currentQuote == 2)
    #expect(s.message == "Last quote by transport office", "a restriction with one quote")
    F.press([.escape], &s)
    #expect(s.document?.speakerFilter == nil)
    #expect(s.screen == .article, "Esc clears the restriction before anything else")
    F.press([.char("]")], &s)
    #expect(s.document?.currentQuote == 3)
  }

  @Test func restrictionVisitsOnlyThatSpeaker() {
    var s = state()
    F.press([.tab, .enter], &s)
    #expect(s.document?.currentQuote == 0)
    F.press([.char("]")], &s)
    #expect(s.document?.currentQuote == 1)
    F.press([.char("]")], &s)
    #expect(s.document?.currentQuote == 3)
    F.press([.char("[")], &s)
    #expect(s.document?.currentQuote == 1)
  }

  @Test func sidebarTogglesWideAndNarrow() {
    var wide = state(columns: 120)
    let widthWithSidebar = wide.document!.layout.width
    #expect(wide.articleColumns < 120)
    F.press([.char("s")], &wide)
    #expect(!wide.sidebarDocked)
    #expect(wide.document!.layout.width >= widthWithSidebar)
    F.press([.char("s")], &wide)
    #expect(wide.sidebarDocked)

    var narrow = state(columns: 80)
    #expect(!narrow.sidebarDocked && !narrow.sidebarOverlay)
    F.press([.char("s")], &narrow)
    #expect(narrow.sidebarOverlay)
    #expect(narrow.pane == .sidebar, "the overlay takes the focus")
    F.press([.escape], &narrow)
    #expect(!narrow.sidebarOverlay)
    #expect(narrow.screen == .article)
    F.press([.tab], &narrow)
    #expect(narrow.sidebarOverlay, "Tab opens the overlay when there is no room to dock")
  }

  @Test func quotesView() {
    var s = state()
    F.press([.char("]"), .char("]"), .char("v")], &s)
    #expect(s.quoteList?.selection == 1, "opens at the current quote")
    #expect(s.pane == .quotes)
    F.press([.char("j"), .char("j")], &s)
    #expect(s.quoteList?.selection == 3)
    F.press([.char("j")], &s)
    #expect(s.quoteList?.selection == 3)
    F.press([.enter], &s)
    #expect(s.quoteList == nil)
    #expect(s.document?.currentQuote == 3)
    #expect(isOnScreen(3, s))
    F.press([.char("v"), .char("q")], &s)
    #expect(s.quoteList == nil)
    #expect(s.screen == .article)
  }

  @Test func copyCitesTheQuote() {
    var s = state()
    F.press([.char("y")], &s)
    #expect(s.message == "No current quote: press ] first")
    let effects = F.press([.char("]"), .char("y")], &s)
    #expect(
      effects == [
        .copy(
          "“We are glad to have the Aurora back where she belongs” — Maria Keller, director of the port authority (Coastal Ledger, 2024-03-14)"
        )
      ])
    let reported = F.press([.char("]"), .char("]"), .char("y")], &s)
    #expect(reported.first.map { "\($0)".contains("transport office (reported)") } == true)
  }

  @Test func exportIsMarkdown() {
    var s = state()
    #expect(F.press([.char("e")], &s).isEmpty, "e asks where first")
    #expect(s.prompt?.purpose == .exportPath)
    #expect(s.prompt?.text == "./quoth-harbour-ferry-returns-after-storm-repairs.md", "a new file is offered")
    F.press([.backspace, .backspace, .backspace], &s)
    let effects = F.press(F.type(".txt") + [.enter], &s)
    guard case .export(let markdown, let path)? = effects.first else {
      Issue.record("no export effect")
      return
    }
    #expect(path == "./quoth-harbour-ferry-returns-after-storm-repairs.txt", "the name as edited")
    #expect(s.prompt == nil)
    #expect(markdown.hasPrefix("# Quotes: Harbour ferry returns after storm repairs"))
    #expect(markdown.contains("## Maria Keller, director of the port authority"))
    #expect(markdown.contains("- “Storms like this one will come more often” (direct)"))
    #expect(markdown.contains("- (reported) The repairs cost about 2.1 million euros"))
  }

  @Test func aChosenSpeakerNarrowsTheListCopyAndExport() {
    var s = state()
    F.press([.tab, .enter], &s)
    #expect(s.document?.speakerFilter == 0, "Maria Keller is chosen")
    F.press([.char("v")], &s)
    #expect(s.quoteListQuotes == [0, 1, 3], "the view lists only her quotes")
    #expect(s.quoteListSelection == 0)
    F.press([.char("j"), .char("j"), .char("j")], &s)
    #expect(s.quoteList?.selection == 2, "three rows, not four")
    #expect(s.quoteListSelection == 3)
    #expect(
      F.press([.char("y")], &s) == [
        .copy(
          "“Storms like this one will come more often” — Maria Keller, director of the port authority (Coastal Ledger, 2024-03-14)"
        )
      ])
    F.press([.enter], &s)
    #expect(s.document?.currentQuote == 3, "Enter goes to the quote on the row, not quote 2")
    F.press([.char("e")], &s)
    #expect(s.prompt?.lead == "export Maria Keller's quotes to: ")
    #expect(s.prompt?.text == "./quoth-harbour-ferry-returns-after-storm-repairs-maria-keller.md")
    guard case .export(let markdown, _)? = F.press([.enter], &s).first else {
      Issue.record("no export effect")
      return
    }
    #expect(markdown.hasPrefix("# Quotes by Maria Keller: Harbour ferry returns after storm repairs"))
    #expect(markdown.contains("- (reported) the timetable would stay shorter until the spring"))
    #expect(!markdown.contains("transport office"), "no other speaker's section")
    #expect(!markdown.contains("2.1 million"), "no other speaker's quote")
    F.press([.escape], &s)
    #expect(s.document?.speakerFilter == nil)
    F.press([.char("v")], &s)
    #expect(s.quoteListQuotes == [0, 1, 2, 3], "Esc gives back every speaker")
  }

  @Test func copyWithAChosenSpeakerNeverCopiesAnotherSpeakersQuote() {
    var s = state()
    F.press([.tab, .enter], &s)
    s.document?.currentQuote = 2
    #expect(F.press([.char("y")], &s).isEmpty)
    #expect(s.message == "No current quote by Maria Keller: press ] first")
    F.press([.escape], &s)
    #expect(F.press([.char("y")], &s).first.map { "\($0)".contains("transport office (reported)") } == true)
  }

  @Test func exportWithoutAChosenSpeakerKeepsEveryone() {
    let article = F.article()
    let analysis = Self.analysis(for: article)
    let all = QuoteCitation.markdown(article: article, analysis: analysis)
    #expect(all.contains("## transport office") && all.contains("## Maria Keller"))
    let one = QuoteCitation.markdown(article: article, analysis: analysis, speaker: 1)
    #expect(one.hasPrefix("# Quotes by transport office: "))
    #expect(one.contains("## transport office") && !one.contains("## Maria Keller"))
  }

  @Test func resizeKeepsTheCurrentQuoteInView() {
    var s = state(columns: 120, rows: 12)
    F.press([.char("]"), .char("]"), .char("]"), .char("]")], &s)
    s.reduce(.resize(columns: 50, rows: 16))
    #expect(s.document?.currentQuote == 3)
    #expect(isOnScreen(3, s))
    s.reduce(.resize(columns: 200, rows: 8))
    #expect(isOnScreen(3, s))
  }

  @Test func summaryCountsTopSpeakers() {
    let article = F.article()
    let summary = QuoteSummary(Self.analysis(for: article))
    #expect(summary.quotes == 4)
    #expect(summary.topSpeakers == ["Maria Keller", "transport office"])
  }
}

@Suite struct BackgroundAnalysisTests {
  @Test func largeArticlesFindQuotesInTheBackground() {
    let paragraph = "\"The tide is late again,\" said Ida Brandt, harbour master.\n\n"
    let body = String(repeating: paragraph, count: ReaderState.backgroundAnalysisThreshold / 50)
    let article = ArticleParser.parse(
      path: "big.txt", text: Array(("Tides\n\n" + body).unicodeScalars), format: .text)
    var state = ReaderState(entries: [], hasLibrary: false, columns: 80, rows: 24)
    let effects = state.reduce(.loaded(article))
    #expect(effects == [.analyze(article)])
    #expect(state.document?.analysisPending == true)
    #expect(state.screen == .article, "the text shows before the quotes are found")
    state.reduce(.key(.char("]")))
    #expect(state.message == "Still finding quotes…")
    state.reduce(.analyzed(.file("other.txt"), QuoteAnalysis(quotes: [], speakers: [])))
    #expect(state.document?.analysisPending == true, "results for another article are ignored")
    let analysis = QuoteAnalysis(
      quotes: [Quote(kind: .direct, span: TextSpan(start: 7, end: 32), speaker: 0)],
      speakers: [Speaker(name: "Ida Brandt", kind: .person, direct: 1)])
    state.reduce(.analyzed(.file("big.txt"), analysis))
    #expect(state.document?.analysisPending == false)
    state.reduce(.key(.char("]")))
    #expect(state.document?.currentQuote == 0)
  }

  @Test func articlesLoadedWithTheirQuotesOpenWithThem() {
    var state = ReaderState(entries: [], hasLibrary: false, columns: 80, rows: 24)
    let article = ReaderFixtures.article()
    #expect(state.reduce(.loaded(article, analysis: QuoteExtractor.analyze(article))).isEmpty)
    #expect(state.document?.analysisPending == false)
  }
}
