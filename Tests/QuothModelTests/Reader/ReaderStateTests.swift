import Testing

@testable import QuothModel

@Suite struct ReaderStateTests {
  typealias F = ReaderFixtures

  /// A small window so that the article scrolls.
  func small() -> ReaderState { F.articleState(columns: 40, rows: 8) }

  func maxTop(_ state: ReaderState) -> Int {
    max(0, state.document!.layout.lines.count - state.paneRows)
  }

  @Test func opensAtTheTop() {
    let state = small()
    #expect(state.screen == .article)
    #expect(state.document?.top == 0)
    #expect(state.document!.layout.lines.count > state.paneRows)
  }

  @Test(arguments: [Key.char("j"), .down, .ctrl("n"), .ctrl("e"), .wheelDown])
  func lineDownKeys(key: Key) {
    var state = small()
    F.press([key], &state)
    #expect(state.document?.top == 1)
  }

  @Test(arguments: [Key.char("k"), .up, .ctrl("p"), .ctrl("y"), .wheelUp])
  func lineUpKeys(key: Key) {
    var state = small()
    F.press([.char("j"), .char("j"), key], &state)
    #expect(state.document?.top == 1)
  }

  @Test func countPrefixMovesManyLines() {
    var state = small()
    F.press(F.type("3j"), &state)
    #expect(state.document?.top == 3)
    F.press(F.type("2k"), &state)
    #expect(state.document?.top == 1)
    #expect(state.pendingCount == nil)
  }

  @Test(arguments: [Key.char(" "), .char("f"), .pageDown, .ctrl("f")])
  func pageDownKeys(key: Key) {
    var state = small()
    F.press([key], &state)
    #expect(state.document?.top == min(state.paneRows - 1, maxTop(state)))
  }

  @Test(arguments: [Key.char("b"), .pageUp, .ctrl("b")])
  func pageUpKeys(key: Key) {
    var state = small()
    F.press([.char("G"), key], &state)
    #expect(state.document?.top == max(0, maxTop(state) - (state.paneRows - 1)))
  }

  @Test func halfPages() {
    var state = small()
    F.press([.char("d")], &state)
    #expect(state.document?.top == state.paneRows / 2)
    F.press([.char("u")], &state)
    #expect(state.document?.top == 0)
    F.press([.ctrl("d"), .ctrl("u")], &state)
    #expect(state.document?.top == 0)
  }

  @Test func topAndBottomClamp() {
    var state = small()
    F.press([.char("G")], &state)
    #expect(state.document?.top == maxTop(state))
    F.press([.char("j")], &state)
    #expect(state.document?.top == maxTop(state), "never scrolls past the end")
    F.press([.char("g")], &state)
    #expect(state.document?.top == 0)
    F.press([.char("k")], &state)
    #expect(state.document?.top == 0, "never scrolls above the top")
    F.press([.end, .home], &state)
    #expect(state.document?.top == 0)
  }

  @Test func countedGGoesToALine() {
    var state = small()
    F.press(F.type("3G"), &state)
    #expect(state.document?.top == 2)
    F.press(F.type("1g"), &state)
    #expect(state.document?.top == 0)
    F.press(F.type("9999G"), &state)
    #expect(state.document?.top == maxTop(state))
  }

  @Test func percentJumps() {
    var state = small()
    let lines = state.document!.layout.lines.count
    F.press(F.type("50%"), &state)
    #expect(state.document?.top == min(lines / 2, maxTop(state)))
    F.press(F.type("0%"), &state)
    #expect(state.document?.top == 0)
  }

  @Test func searchForwardFindsAndHighlights() {
    var state = small()
    F.press([.char("/")] + F.type("keller"), &state)
    #expect(state.prompt?.text == "keller")
    F.press([.enter], &state)
    #expect(state.prompt == nil)
    let doc = state.document!
    #expect(doc.matches.count == 3, "smart case: lower-case pattern ignores case")
    #expect(doc.currentMatch == 0)
    #expect(state.message?.hasPrefix("match 1/3") == true)
    let line = doc.layout.line(containing: doc.matches[0].start)
    #expect(line >= doc.top && line < doc.top + state.paneRows, "the match is on screen")
  }

  @Test func smartCaseWithCapitals() {
    var state = small()
    F.press([.char("/")] + F.type("The") + [.enter], &state)
    let withCapital = state.document!.matches.count
    F.press([.char("/")] + F.type("the") + [.enter], &state)
    #expect(state.document!.matches.count > withCapital)
  }

  @Test func nextAndPreviousMatch() {
    var state = small()
    F.press([.char("/")] + F.type("keller") + [.enter, .char("n")], &state)
    #expect(state.document?.currentMatch == 1)
    F.press([.char("n")], &state)
    #expect(state.document?.currentMatch == 2)
    F.press([.char("n")], &state)
    #expect(state.document?.currentMatch == 2)
    #expect(state.messageIsError, "no more matches below")
    F.press([.char("N")], &state)
    #expect(state.document?.currentMatch == 1)
  }

  @Test func backwardSearchStartsFromTheBottom() {
    var state = small()
    F.press([.char("G"), .char("?")] + F.type("keller") + [.enter], &state)
    #expect(state.document?.currentMatch == 2)
    F.press([.char("n")], &state)
    #expect(state.document?.currentMatch == 1, "n keeps the backward direction")
  }

  @Test func searchAcrossLineBreaksAndNotFound() {
    var state = small()
    F.press([.char("/")] + F.type("zebra crossing") + [.enter], &state)
    #expect(state.message == "Pattern not found: zebra crossing")
    #expect(state.messageIsError)
    F.press([.char("n")], &state)
    #expect(state.document?.currentMatch == nil)
  }

  @Test func promptEditing() {
    var state = small()
    F.press([.char("/")] + F.type("ab") + [.backspace], &state)
    #expect(state.prompt?.text == "a")
    F.press([.ctrl("u")], &state)
    #expect(state.prompt?.text == "")
    F.press([.backspace], &state)
    #expect(state.prompt == nil, "backspace on an empty prompt closes it")
    F.press([.char("/"), .char("x"), .escape], &state)
    #expect(state.prompt == nil)
    #expect(state.lastSearch == nil, "escape runs no search")
  }

  @Test func nWithoutSearch() {
    var state = small()
    F.press([.char("n")], &state)
    #expect(state.message == "No previous search")
  }

  @Test(arguments: [Key.char("h"), .function(1)])
  func helpToggles(key: Key) {
    var state = small()
    F.press([key], &state)
    #expect(state.helpTop == 0)
    F.press([.char("j")], &state)
    #expect(state.helpTop == 1, "j scrolls the help, not the article")
    #expect(state.document?.top == 0)
    F.press([key], &state)
    #expect(state.helpTop == nil)
    F.press([.char("h"), .escape], &state)
    #expect(state.helpTop == nil)
    #expect(state.screen == .article, "Esc closes help without leaving the article")
  }

  @Test(arguments: [Key.char("="), .ctrl("g")])
  func fileInfo(key: Key) {
    var state = small()
    F.press([key], &state)
    #expect(state.message?.contains("harbour.txt") == true)
    #expect(state.message?.contains("words") == true)
    F.press([.char("j")], &state)
    #expect(state.message == nil, "the next key clears the message")
  }

  @Test func redrawAsksForARepaint() {
    var state = small()
    #expect(F.press([.ctrl("l")], &state) == [.redraw])
  }

  @Test func quitKeys() {
    var state = small()
    #expect(F.press([.char("q")], &state) == [.quit], "q quits a single article")
    state = small()
    #expect(F.press([.escape], &state) == [.quit])
    state = small()
    #expect(F.press([.char("Q")], &state) == [.quit])
  }

  @Test func libraryNavigationAndOpen() {
    var state = ReaderState(entries: F.entries, columns: 80, rows: 24)
    #expect(state.screen == .library)
    F.press([.char("j")], &state)
    #expect(state.selection == 1)
    F.press([.char("G")], &state)
    #expect(state.selection == 2)
    F.press([.char("j")], &state)
    #expect(state.selection == 2)
    F.press([.char("g"), .char("k")], &state)
    #expect(state.selection == 0)
    F.press(F.type("2G"), &state)
    #expect(state.selection == 1)
    let effects = F.press([.enter], &state)
    #expect(effects == [.load(.file("b.txt"))])
    #expect(state.loading == .file("b.txt"))
    state.reduce(.loaded(F.article(), analysis: QuoteAnalysis()))
    #expect(state.screen == .article)
    #expect(state.loading == nil)
    let place = Effect.savePosition(.file("harbour.txt"), offset: state.document!.anchorOffset)
    #expect(F.press([.char("q")], &state) == [place], "q goes back to the library, keeping the place")
    #expect(state.screen == .library)
    #expect(F.press([.char("q")], &state) == [.quit], "q at the library quits")
  }

  @Test func libraryRowsScrollWithSelection() {
    let entries = (0..<50).map { LibraryEntry(path: "\($0).txt", title: "Article \($0)") }
    var state = ReaderState(entries: entries, columns: 80, rows: 10)
    F.press([.char("G")], &state)
    #expect(state.selection == 49)
    #expect(state.libraryTop == 50 - (state.paneRows - 1))
    F.press([.char("g")], &state)
    #expect(state.libraryTop == 0)
    F.press([.char(" ")], &state)
    #expect(state.selection == state.paneRows - 2)
  }

  @Test func librarySearchSelectsATitle() {
    var state = ReaderState(entries: F.entries, columns: 80, rows: 24)
    F.press([.char("/")] + F.type("choir") + [.enter], &state)
    #expect(state.selection == 2)
    F.press([.char("/")] + F.type("nothing like it") + [.enter], &state)
    #expect(state.messageIsError)
    #expect(state.selection == 2)
  }

  @Test func loadFailureIsShown() {
    var state = ReaderState(entries: F.entries, columns: 80, rows: 24)
    F.press([.enter], &state)
    let effects = state.reduce(.loadFailed("a.txt: no such file"))
    #expect(effects.isEmpty)
    #expect(state.message == "a.txt: no such file")
    #expect(state.messageIsError)
    #expect(state.screen == .library)
  }

  @Test func emptyLibraryIsSafe() {
    var state = ReaderState(entries: [], columns: 80, rows: 24)
    #expect(F.press([.char("j"), .char("G"), .enter, .char("k")], &state).isEmpty)
    #expect(state.selection == 0)
  }

  @Test func resizeKeepsTheReaderOnTheSameText() {
    var state = F.articleState(columns: 80, rows: 10)
    F.press([.char("/")] + F.type("commuters") + [.enter], &state)
    let anchor = state.document!.anchorOffset
    let effects = state.reduce(.resize(columns: 30, rows: 10))
    #expect(effects == [.redraw])
    let doc = state.document!
    #expect(doc.layout.width <= 28)
    let topLine = doc.layout.lines[doc.top]
    #expect(topLine.span.start <= anchor && anchor <= topLine.span.end || doc.top == maxTop(state))
  }

  @Test func aResizeToTheSameSizeMovesNothing() {
    var state = F.articleState(columns: 80, rows: 10)
    // Step down until a blank line (between paragraphs) is the top line, then resize in place.
    var blankTop = false
    for _ in 0..<40 where !blankTop {
      state.reduce(.key(.char("j")))
      let doc = state.document!
      blankTop = doc.layout.lines[doc.top].span.isEmpty
    }
    #expect(blankTop, "the fixture has a blank line to stop on")
    for (columns, rows) in [(80, 10), (80, 12), (80, 10)] {
      let top = state.document!.top
      state.reduce(.resize(columns: columns, rows: rows))
      #expect(state.document!.top == top, "\(columns)x\(rows)")
    }
  }

  @Test func tinyWindowsAreSafe() {
    var state = small()
    state.reduce(.resize(columns: 5, rows: 2))
    #expect(state.isTooSmall)
    F.press([.char("j"), .char("G"), .char("/"), .char("x"), .enter], &state)
    state.reduce(.resize(columns: 20, rows: 6))
    #expect(!state.isTooSmall)
  }

  @Test func everyBindingHasHelpAndAKey() {
    for binding in Keymap.standard.bindings {
      #expect(!binding.keys.isEmpty)
      #expect(!binding.help.isEmpty)
    }
    // No key does two things in one pane.
    for pane in Pane.allCases {
      var seen: Set<Key> = []
      for binding in Keymap.standard.bindings where binding.panes.contains(pane) {
        for key in binding.keys {
          #expect(!seen.contains(key), "\(key) bound twice in \(pane)")
          seen.insert(key)
        }
      }
    }
  }
}
