import Testing

@testable import QuothModel

private typealias F = ReaderFixtures

/// The work the reducer hands the run loop, as data: start-up, library rows and counts, the
/// index, loading with type-ahead, and saving the reading place.
@Suite struct ReaderEffectsTests {
  @Test func startAsksForTheQuoteCountsByParsingWithoutAnIndex() {
    var state = ReaderState(entries: F.entries)
    #expect(state.reduce(.start(indexed: false)) == [.summarize(paths: ["a.txt", "b.txt", "c.txt"])])
    #expect(state.index == .unavailable)
    #expect(state.message?.contains("Enter: open") == true, "the first hint shows")
  }

  @Test func startWithAnIndexUpdatesItAndFallsBackToParsingWhenItFails() {
    var state = ReaderState(entries: F.entries)
    #expect(state.reduce(.start(indexed: true)) == [.updateIndex])
    #expect(state.index == .building(done: 0, total: 3))
    #expect(
      state.reduce(.indexFailed("Library index: disk full")) == [
        .summarize(paths: ["a.txt", "b.txt", "c.txt"])
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
    #expect(F.press([.enter], &state) == [.load(path: "a.txt")])
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
        .savePosition(path: "harbour.txt", offset: offset)
      ])
    #expect(state.reduce(.shutdown) == [.savePosition(path: "other.txt", offset: 0)])
  }

  @Test func startUpActionsSelectTheLastArticleAndSetTheThemes() {
    var state = ReaderState(entries: F.entries)
    state.reduce(.selectEntry(path: "c.txt"))
    #expect(state.selection == 2)
    state.reduce(.selectEntry(path: "gone.txt"))
    #expect(state.selection == 2, "an article no longer in the library changes nothing")
    state.reduce(.configureThemes(ThemeCycle(names: ["default", "light"], current: "light")))
    #expect(state.themes.current == "light")
    #expect(F.press([.char("t")], &state) == [.setTheme("default")])
  }
}
