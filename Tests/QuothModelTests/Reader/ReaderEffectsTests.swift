import Testing

@testable import QuothModel

private typealias F = ReaderFixtures

/// The work the reducer hands the run loop, as data: start-up, library rows and counts, the
/// index, loading with type-ahead, and saving the reading place.
@Suite struct ReaderEffectsTests {
  @Test func startAsksForTheQuoteCountsByParsingWithoutAnIndex() {
    var state = ReaderState(entries: F.entries)
    #expect(
      state.reduce(.start(indexed: false)) == [.summarize([.file("a.txt"), .file("b.txt"), .file("c.txt")])])
    #expect(state.index == .unavailable)
    #expect(state.message?.contains("Enter: open") == true, "the first hint shows")
  }

  @Test func startWithAnIndexUpdatesItAndFallsBackToParsingWhenItFails() {
    var state = ReaderState(entries: F.entries)
    #expect(state.reduce(.start(indexed: true)) == [.updateIndex])
    #expect(state.index == .building(done: 0, total: 3))
    #expect(
      state.reduce(.indexFailed("Library index: disk full")) == [
        .summarize([.file("a.txt"), .file("b.txt"), .file("c.txt")])
      ])
    #expect(state.index == .unavailable)
  }

  @Test func rowsReadBehindTheListComeBeforeTheCounts() {
    var state = ReaderState(
      entries: ReaderState.placeholders(for: ["b.txt", "a.txt"]), rowsPending: true)
    #expect(state.reduce(.start(indexed: true)) == [.readRows])
    state.reduce(.rowsRead(start: 0, [F.entries[1], F.entries[0]]))
    #expect(state.reduce(.rowsDone) == [.updateIndex], "the index follows once every row is read")
  }

  @Test func aSingleArticleAsksForNoLibraryWork() {
    var state = ReaderState(entries: [], hasLibrary: false)
    #expect(state.reduce(.start(indexed: false)).isEmpty)
  }

  @Test func keysPressedWhileAnArticleLoadsApplyToItOnceItOpens() {
    var state = ReaderState(entries: F.entries, columns: 80, rows: 10)
    #expect(F.press([.enter], &state) == [.load(.file("a.txt"))])
    #expect(F.press(F.type("3j"), &state).isEmpty)
    #expect(state.selection == 0, "the library cursor stays on the article being opened")
    let article = F.article()
    state.reduce(.loaded(article, analysis: QuoteExtractor.analyze(article)))
    #expect(state.screen == .article)
    #expect(state.document?.top == 3, "3j scrolled the article")
  }

  @Test func keysHeldForAnArticleThatFailsApplyToTheLibrary() {
    var state = ReaderState(entries: F.entries)
    F.press([.enter, .char("j")], &state)
    #expect(state.reduce(.loadFailed("a.txt: no such file")).isEmpty)
    #expect(state.selection == 1)
    #expect(state.screen == .library)
  }

  @Test func quitNowStillQuitsWhileLoading() {
    var state = ReaderState(entries: F.entries)
    F.press([.enter], &state)
    #expect(F.press([.char("Q")], &state) == [.quit])
  }

  @Test func aPageNamedAloneOpensBehindTheScreenAndQQuitsWhileItLoads() {
    let page = ArticleRef.url("http://127.0.0.1:8080/story")
    var state = ReaderState(entries: [LibraryEntry(ref: page, title: page.description)], hasLibrary: false)
    #expect(state.reduce(.open(page)) == [.load(page)])
    #expect(state.loading == page)
    #expect(state.message == "Opening http://127.0.0.1:8080/story…")
    #expect(F.press([.char("j")], &state).isEmpty, "other keys wait for the page")
    #expect(F.press([.char("q")], &state) == [.quit], "nothing else to go back to")
    // With a library behind it, q waits for the article like any other key.
    var library = ReaderState(entries: F.entries)
    F.press([.enter], &library)
    #expect(F.press([.char("q")], &library).isEmpty)
  }

  @Test func theOnlyArticleFailingQuitsWithItsReason() {
    let page = ArticleRef.url("http://127.0.0.1:8080/gone")
    var state = ReaderState(entries: [LibraryEntry(ref: page, title: page.description)], hasLibrary: false)
    state.reduce(.open(page))
    #expect(state.reduce(.loadFailed("http://127.0.0.1:8080/gone: HTTP 404 Not Found")) == [.quit])
    #expect(state.closingError == "http://127.0.0.1:8080/gone: HTTP 404 Not Found")
    var library = ReaderState(entries: F.entries)
    F.press([.enter], &library)
    library.reduce(.loadFailed("a.txt: no such file"))
    #expect(library.closingError == nil, "a library stays open and shows the reason")
  }

  @Test func aSavedPlaceIsRestoredWhenTheArticleOpens() {
    var state = ReaderState(entries: [], hasLibrary: false, columns: 80, rows: 10)
    let article = F.article()
    let offset = article.blocks[article.blocks.count - 3].span.start
    state.reduce(.loaded(article, analysis: QuoteAnalysis(), savedOffset: offset))
    let doc = state.document!
    #expect(doc.top > 0)
    #expect(doc.layout.lines[doc.top].span.start <= offset)
  }

  @Test func openingAnotherArticleSavesThePlaceInTheOneLeft() {
    var state = F.articleState(rows: 10)
    F.press(F.type("4j"), &state)
    let offset = state.document!.anchorOffset
    let other = ArticleParser.parse(path: "other.txt", text: Array("Other\n\nText.\n".unicodeScalars))
    #expect(
      state.reduce(.loaded(other, analysis: QuoteAnalysis())) == [
        .savePosition(.file("harbour.txt"), offset: offset)
      ])
    #expect(state.reduce(.shutdown) == [.savePosition(.file("other.txt"), offset: 0)])
  }

  @Test func startUpActionsSelectTheLastArticleAndSetTheThemes() {
    var state = ReaderState(entries: F.entries)
    state.reduce(.selectEntry(.file("c.txt")))
    #expect(state.selection == 2)
    state.reduce(.selectEntry(.file("gone.txt")))
    #expect(state.selection == 2, "an article no longer in the library changes nothing")
    state.reduce(.configureThemes(ThemeCycle(names: ["default", "light"], current: "light")))
    #expect(state.themes.current == "light")
    #expect(F.press([.char("t")], &state) == [.setTheme("default")])
  }
}

@Suite struct ReadingPlaceTests {
  /// A long article: 120 numbered paragraphs of different lengths.
  static func longState(columns: Int, rows: Int) -> ReaderState {
    let paragraphs = (1...120).map { number in
      "Paragraph \(number) " + String(repeating: "tells of the harbour and the tide ", count: number % 7 + 1)
    }
    let article = ArticleParser.parse(
      path: "long.txt", text: Array(("Long\n\n" + paragraphs.joined(separator: "\n\n")).unicodeScalars),
      format: .text)
    var state = ReaderState(entries: [], hasLibrary: false, columns: columns, rows: rows)
    state.reduce(.loaded(article, analysis: QuoteAnalysis()))
    return state
  }

  @Test(arguments: [
    [(200, 60), (80, 24)], [(200, 60), (120, 40), (50, 16), (80, 24)], [(60, 20), (80, 24)],
  ])
  func anySequenceOfResizesComesBackToTheSameLine(sizes: [(Int, Int)]) {
    var state = Self.longState(columns: 80, rows: 24)
    F.press(F.type("50g"), &state)
    #expect(state.document?.top == 49)
    for (columns, rows) in sizes { state.reduce(.resize(columns: columns, rows: rows)) }
    #expect(state.document?.top == 49, "back at 80x24, the reader is on line 50 again")
  }

  @Test func movingAfterAResizeKeepsTheNewPlace() {
    var state = Self.longState(columns: 80, rows: 24)
    F.press(F.type("50g"), &state)
    state.reduce(.resize(columns: 200, rows: 60))
    F.press([.char("j")], &state)
    let offset = state.document!.anchorOffset
    state.reduce(.resize(columns: 80, rows: 24))
    let doc = state.document!
    #expect(doc.layout.lines[doc.top].span.start <= offset && offset < doc.layout.lines[doc.top].span.end)
  }
}

@Suite struct EverydayKeysTests {
  /// The library with its first article open.
  static func reading() -> ReaderState {
    var state = ReaderState(entries: F.entries, columns: 80, rows: 24)
    let article = ArticleParser.parse(path: "a.txt", text: Array(F.harbourText.unicodeScalars))
    F.press([.enter], &state)
    state.reduce(.loaded(article, analysis: QuoteExtractor.analyze(article)))
    return state
  }

  @Test func colonNAndColonPOpenTheLibrarysNextAndPreviousArticles() {
    var state = Self.reading()
    #expect(F.press([.char(":")], &state).isEmpty)
    #expect(state.message == ":")
    #expect(F.press([.char("n")], &state) == [.load(.file("b.txt"))])
    #expect(state.selection == 1, "the library's cursor follows")
    let next = ArticleParser.parse(path: "b.txt", text: Array("Bridge\n\nText.\n".unicodeScalars))
    state.reduce(.loaded(next, analysis: QuoteAnalysis()))
    #expect(F.press([.char(":"), .char("p")], &state) == [.load(.file("a.txt"))])
    #expect(F.press([.char(":"), .char("x")], &state).isEmpty, "another key after : does nothing")
    #expect(state.document?.top == 0)
  }

  @Test func colonCommandsStopAtTheEndsAndWithoutALibrary() {
    var state = Self.reading()
    #expect(F.press([.char(":"), .char("p")], &state).isEmpty)
    #expect(state.message == "This is the library's first article")
    var single = F.articleState()
    #expect(F.press([.char(":"), .char("n")], &single).isEmpty)
    #expect(single.messageIsError)
  }

  @Test func leftGoesBackButNeverQuits() {
    var state = Self.reading()
    F.press([.left], &state)
    #expect(state.screen == .library)
    #expect(F.press([.left], &state).isEmpty, "Left is not bound in the library")
    var single = F.articleState()
    #expect(F.press([.left], &single).isEmpty, "Left never quits, even with no library")
    #expect(F.press([.char("q")], &single).contains(.quit))
  }

  @Test func anEmptyArticleOpens() {
    var state = ReaderState(entries: [], hasLibrary: false)
    let empty = ArticleParser.parse(path: "empty.txt", text: [])
    state.reduce(.loaded(empty, analysis: QuoteAnalysis()))
    #expect(state.document?.layout.lines.isEmpty == true)
    F.press([.char("j"), .char("G"), .char("]")], &state)
    #expect(state.document?.top == 0)
  }
}

@Suite struct LibrarySearchWhileReadingTests {
  @Test func aSearchBeforeEveryRowIsReadLooksAgainOnceTheyAre() {
    var state = ReaderState(
      entries: ReaderState.placeholders(for: ["a.txt", "b.txt", "c.txt"]), rowsPending: true)
    state.reduce(.rowsRead(start: 0, [F.entries[0]]))
    F.press([.char("/")] + F.type("choir") + [.enter], &state)
    #expect(state.message?.hasPrefix("Searching for choir") == true)
    #expect(!state.messageIsError)
    state.reduce(.rowsRead(start: 1, [F.entries[1], F.entries[2]]))
    state.reduce(.rowsDone)
    #expect(state.entries[state.selection].path == "c.txt", "found once the rows were read")
    #expect(state.message == nil || state.message?.contains("not found") == false)
  }

  @Test func aKeyDropsTheWaitingSearch() {
    var state = ReaderState(
      entries: ReaderState.placeholders(for: ["a.txt", "b.txt", "c.txt"]), rowsPending: true)
    F.press([.char("/")] + F.type("choir") + [.enter, .char("j")], &state)
    state.reduce(.rowsRead(start: 0, F.entries))
    state.reduce(.rowsDone)
    #expect(state.selection == 1, "the cursor stays where the key put it")
  }
}

@Suite struct QuoteListWrapTests {
  static func state(columns: Int, rows: Int) -> ReaderState {
    let long = String(repeating: "the harbour will stay open through the winter storms and ", count: 4)
    let text = (1...4).map { "\"\($0) \(long)\" said Maria Keller." }.joined(separator: "\n\n")
    let article = ArticleParser.parse(
      path: "long.txt", text: Array(("Long quotes\n\n" + text).unicodeScalars))
    var state = ReaderState(entries: [], hasLibrary: false, columns: columns, rows: rows)
    state.reduce(.loaded(article, analysis: QuoteExtractor.analyze(article)))
    F.press([.char("v")], &state)
    return state
  }

  @Test func longQuotesWrapInWideWindowsAndTheSelectionShowsWhole() {
    var state = Self.state(columns: 120, rows: 9)
    let row = state.quoteListRow(0)
    #expect(row.lines.count == 3, "\(row.lines)")
    #expect(row.lines.allSatisfy { DisplayWidth.of($0) <= 120 - 2 - row.kind.count - row.indent })
    F.press([.char("j"), .char("j")], &state)
    let list = state.quoteList!
    let shown = (list.top...list.selection).reduce(0) { $0 + state.quoteListRow($1).lines.count }
    #expect(shown <= state.paneRows - 1, "the selected quote is on screen whole")
    #expect(list.top >= 1)
  }

  @Test func narrowWindowsKeepOneLineAQuote() {
    let state = Self.state(columns: 80, rows: 24)
    let row = state.quoteListRow(0)
    #expect(row.lines.count == 1)
    #expect(row.lines[0].hasSuffix("…"))
  }
}
