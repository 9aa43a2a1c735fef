import Testing

@testable import QuothModel

/// The library's speakers view, a speaker's quotes and search results, with index answers made up
/// by the test (the run loop gets them from the index).
@Suite struct LibraryPanelTests {
  typealias F = ReaderFixtures

  static let speakers = [
    MergedSpeaker(
      key: "maria keller", name: "Maria Keller", roles: ["director of the port authority"], kind: .person,
      articles: 2, quotes: 5),
    MergedSpeaker(
      key: "transport office", name: "transport office", roles: [], kind: .organization, articles: 1,
      quotes: 1),
    MergedSpeaker(key: "ada lind", name: "Ada Lind", roles: ["mayor"], kind: .person, articles: 3, quotes: 3),
  ]

  func ready() -> ReaderState {
    var state = ReaderState(entries: F.entries, columns: 100, rows: 20)
    state.reduce(.indexProgress(done: 0, total: 3))
    return state
  }

  @Test func speakersWaitForTheIndex() {
    var state = ReaderState(entries: F.entries, columns: 100, rows: 20)
    #expect(F.press([.char("S")], &state).isEmpty)
    #expect(state.message?.hasPrefix("No library index") == true)
    state.reduce(.indexProgress(done: 1, total: 3))
    F.press([.char("S")], &state)
    #expect(state.message == "Still indexing the library (1/3)…")
    state.reduce(.indexReady(problems: []))
    #expect(F.press([.char("S")], &state) == [.querySpeakers])
  }

  @Test func speakersViewSortsFiltersAndOpensQuotes() {
    var state = ready()
    state.reduce(.indexReady(problems: []))
    state.reduce(.speakersLoaded(Self.speakers))
    #expect(state.pane == .speakers)
    #expect(state.speakersPanel?.shown.map(\.name) == ["Maria Keller", "Ada Lind", "transport office"])
    F.press([.char("o")], &state)
    #expect(state.speakersPanel?.order == .articles)
    #expect(state.speakersPanel?.shown.first?.name == "Ada Lind")
    F.press([.char("o")], &state)
    #expect(
      state.speakersPanel?.shown.map(\.name) == ["Ada Lind", "Maria Keller", "transport office"], "by name")
    F.press([.char("/")] + F.type("authority"), &state)
    #expect(state.speakersPanel?.shown.map(\.name) == ["Maria Keller"], "filters as you type, roles too")
    F.press([.enter], &state)
    #expect(state.prompt == nil)
    #expect(state.speakersPanel?.filter == "authority")
    let effects = F.press([.enter], &state)
    #expect(effects == [.querySpeakerQuotes(Self.speakers[0])])
    let article = F.article()
    let span = QuoteNavigationTests.span("Storms like this one", in: article)
    let quote = IndexedQuote(
      path: "harbour.txt", title: "Harbour", date: "2024-03-14", kind: .direct, span: span,
      text: "Storms like this one", speaker: "Maria Keller")
    state.reduce(.speakerQuotesLoaded(Self.speakers[0], [quote]))
    #expect(state.pane == .results)
    #expect(F.press([.enter], &state) == [.load(.file("harbour.txt"))])
    state.reduce(.loaded(article, analysis: QuoteExtractor.analyze(article)))
    #expect(state.screen == .article)
    let doc = state.document!
    let current = doc.currentQuote.map { doc.analysis.quotes[$0].span }
    #expect(current?.contains(span.start) == true, "the article opens at that quote")
    F.press([.char("q")], &state)
    #expect(state.pane == .results, "back returns to the list it came from")
    F.press([.char("q")], &state)
    #expect(state.pane == .speakers)
    F.press([.escape], &state)
    #expect(state.pane == .library)
  }

  @Test func escapeClearsTheFilter() {
    var state = ready()
    state.reduce(.indexReady(problems: []))
    state.reduce(.speakersLoaded(Self.speakers))
    F.press([.char("/")] + F.type("zzz"), &state)
    #expect(state.speakersPanel?.shown.isEmpty == true)
    F.press([.escape], &state)
    #expect(state.speakersPanel?.shown.count == 3)
  }

  @Test func librarySearchGoesThroughTheIndex() {
    var state = ready()
    F.press([.char("/")] + F.type("ferry") + [.enter], &state)
    #expect(state.resultsPanel == nil, "before the index is ready, / searches titles")
    state.reduce(.indexReady(problems: ["x.txt: looks like a binary file"]))
    #expect(state.message == "x.txt: looks like a binary file")
    let effects = F.press([.char("/")] + F.type("ferry") + [.enter], &state)
    #expect(effects == [.searchLibrary("ferry")])
    state.reduce(.searchLoaded(query: "ferry", []))
    #expect(state.message == "No article matches ferry")
    let hit = SearchHit(
      path: "harbour.txt", title: "Harbour", date: nil, snippet: "…ferry…", score: 1, matchOffset: 120)
    state.reduce(.searchLoaded(query: "ferry", [hit]))
    #expect(state.pane == .results)
    #expect(F.press([.enter], &state) == [.load(.file("harbour.txt"))])
    state.reduce(.loaded(F.article()))
    let doc = state.document!
    let line = doc.layout.line(containing: 120)
    #expect(line >= doc.top && line < doc.top + state.paneRows, "the match is on screen")
  }

  @Test func listCursorClamps() {
    var cursor = ListCursor()
    cursor.move(to: 50, count: 10, visible: 4)
    #expect(cursor.selection == 9 && cursor.top == 6)
    cursor.move(to: -3, count: 10, visible: 4)
    #expect(cursor.selection == 0 && cursor.top == 0)
    cursor.move(to: 3, count: 0, visible: 4)
    #expect(cursor.selection == 0)
  }
}
