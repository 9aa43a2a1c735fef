import Testing

@testable import QuothModel
@testable import QuothView

@Suite struct ReaderViewTests {
  static let articleText = """
     date 2024-05-02 Night trains return to the valley

    May 02, 2024 By Ines Varga ( Valley Courier

    A sleeper carriage waits at the east platform. [Photo/COURIER]

    Two routes reopen this summer

    The regional rail company will run night trains through the valley again from June, its chief executive said on Thursday.

    "People asked for this for years," said Petra Lind, chief executive of the company.

    Tickets go on sale next week.
    """

  func state(columns: Int, rows: Int) -> ReaderState {
    var state = ReaderState(entries: [], hasLibrary: false, columns: columns, rows: rows)
    let article = ArticleParser.parse(
      path: "/tmp/night-trains.txt", text: Array(Self.articleText.unicodeScalars))
    state.reduce(.loaded(article, analysis: QuoteExtractor.analyze(article)))
    return state
  }

  @Test(arguments: [(80, 24), (40, 12)])
  func articleFitsTheWindow(columns: Int, rows: Int) {
    let buffer = ReaderView(state: state(columns: columns, rows: rows)).render()
    #expect(buffer.columns == columns && buffer.rows == rows)
    for line in buffer.lines { #expect(DisplayWidth.of(line) <= columns) }
    #expect(buffer.lines.contains { $0.contains("Night trains") })
    let status = buffer.line(rows - 1)
    #expect(status.contains("Night trains"), "the article's title, not its file name")
    #expect(status.contains("line 1–"), "the lines on screen, top to bottom")
    #expect(buffer.styleRuns(rows - 1).first?.hasSuffix("statusBar") == true)
  }

  @Test func theStatusBarShowsTitleDateAndSourceAsFarAsTheyFit() {
    let wide = ReaderView(state: state(columns: 120, rows: 24)).render().line(23)
    #expect(wide.contains(" Night trains return to the valley · 2024-05-02 · Valley Courier "))
    let narrow = ReaderView(state: state(columns: 80, rows: 24)).render().line(23)
    #expect(narrow.contains(" Night trains return to the valley · 2024-05-02 "))
    #expect(narrow.hasSuffix("line 1–15/15 · 100%"), "the whole article is on screen: 100%")
    let short = ReaderView(state: state(columns: 80, rows: 8)).render().line(7)
    #expect(short.hasSuffix("line 1–7/15 · 46%"), "the percentage is the bottom line's, as less -M shows")
  }

  @Test func headerBlocksAreStyledApart() {
    let buffer = ReaderView(state: state(columns: 80, rows: 24)).render()
    let titleRow = buffer.lines.firstIndex { $0.contains("Night trains return") }!
    #expect(buffer.styleRuns(titleRow).contains { $0.hasSuffix(" title") })
    let bylineRow = buffer.lines.firstIndex { $0.contains("Ines Varga") }!
    #expect(buffer.styleRuns(bylineRow).contains { $0.hasSuffix(" byline") })
    let captionRow = buffer.lines.firstIndex { $0.contains("sleeper carriage") }!
    #expect(buffer.styleRuns(captionRow).contains { $0.hasSuffix(" caption") })
    let deckRow = buffer.lines.firstIndex { $0.contains("Two routes reopen") }!
    #expect(buffer.styleRuns(deckRow).contains { $0.hasSuffix(" deck") })
  }

  @Test func searchMatchesArePainted() {
    var s = state(columns: 80, rows: 24)
    for key in [Key.char("/")] + "tickets".unicodeScalars.map(Key.char) + [.enter] { s.reduce(.key(key)) }
    let buffer = ReaderView(state: s).render()
    let row = buffer.lines.firstIndex { $0.contains("Tickets go on sale") }!
    let column = buffer.line(row).firstRange(of: "Tickets")!.lowerBound.utf16Offset(in: buffer.line(row))
    #expect(buffer.styleRuns(row).contains("\(column)-\(column + 6) currentMatch"))
    #expect(buffer.line(23).contains("match 1/1"))
  }

  @Test func promptShowsWithCursor() {
    var s = state(columns: 80, rows: 24)
    for key in [Key.char("/"), .char("r"), .char("a")] { s.reduce(.key(key)) }
    let buffer = ReaderView(state: s).render()
    #expect(buffer.line(23) == "/ra")
    #expect(buffer.cursor?.x == 3 && buffer.cursor?.y == 23)
  }

  @Test func helpOverlayListsEveryArticleKey() {
    var s = state(columns: 80, rows: 40)
    s.reduce(.key(.char("h")))
    let text = ReaderView(state: s).render().lines.joined(separator: "\n")
    #expect(text.contains("Keys: article"))
    for binding in Keymap.standard.bindings where binding.panes.contains(.article) {
      for key in binding.keys { #expect(text.contains(key.description), "help shows the key \(key)") }
      for word in binding.help.split(separator: " ") {
        #expect(text.contains(word), "help shows \(binding.command)")
      }
    }
  }

  @Test func helpScrollsLikeAListWithAMoreMarker() {
    var s = state(columns: 50, rows: 16)
    s.reduce(.key(.char("h")))
    var screen = ReaderView(state: s).render()
    #expect(screen.lines.contains { $0.contains("more · j/k G g") }, "a marker says more lines are below")
    s.reduce(.key(.char("G")))
    #expect(s.helpTop == s.helpLineCount - s.helpVisibleLines, "G goes to the last lines, not out of help")
    screen = ReaderView(state: s).render()
    #expect(!screen.lines.contains { $0.contains("more · j/k") })
    #expect(screen.lines.contains { $0.contains("↑") && $0.contains("more") })
    #expect(screen.lines.joined().contains("Ctrl-L"))
    s.reduce(.key(.char("g")))
    #expect(s.helpTop == 0)
    s.reduce(.key(.char("h")))
    #expect(s.helpTop == nil)
  }

  @Test func libraryListRows() {
    let entries = [
      LibraryEntry(
        path: "a.txt", title: "Valley trains return", date: "2024-05-02", source: "Valley Courier"),
      LibraryEntry(
        path: "b.txt", title: "A very long headline that will certainly not fit in a narrow window at all",
        date: "2024-05-01"),
    ]
    var s = ReaderState(entries: entries, columns: 80, rows: 24)
    s.reduce(.key(.char("j")))
    let buffer = ReaderView(state: s).render()
    #expect(
      buffer.line(0).contains("Date") && buffer.line(0).contains("Title") && buffer.line(0).contains("Source")
    )
    #expect(buffer.line(1).contains("2024-05-02") && buffer.line(1).contains("Valley trains return"))
    #expect(buffer.line(1).contains("Valley Courier"))
    #expect(buffer.styleRuns(2).first == "0-79 focus", "the selected row is marked across the width")
    #expect(buffer.line(23).contains("2/2"))
    let narrow = ReaderView(state: ReaderState(entries: entries, columns: 40, rows: 12)).render()
    #expect(narrow.line(2).hasSuffix("…"))
    for line in narrow.lines { #expect(DisplayWidth.of(line) <= 40) }
  }

  @Test func placeholderRowsShowFileNamesUntilRead() {
    let paths = ["/news/2024-05-02_valley.txt", "/news/b.txt", "/news/c.txt"]
    var s = ReaderState(
      entries: ReaderState.placeholders(for: paths), columns: 80, rows: 8, rowsPending: true)
    s.reduce(.rowsRead(start: 0, [LibraryEntry(path: paths[0], title: "Valley trains return")]))
    let buffer = ReaderView(state: s).render()
    #expect(buffer.line(1).contains("Valley trains return"))
    #expect(buffer.line(2).contains("b.txt") && !buffer.line(2).contains("untitled"))
    #expect(buffer.styleRuns(2).contains { $0.hasSuffix("listDetail") })
    #expect(buffer.line(7).contains("3 articles · reading 1/3"))
    s.reduce(.rowsRead(start: 1, [nil, LibraryEntry(path: paths[2], title: "Choir")]))
    s.reduce(.rowsDone)
    let done = ReaderView(state: s).render()
    // In library order (undated, by title), the unreadable file gone.
    #expect(done.line(1).contains("Choir") && done.line(2).contains("Valley"))
    #expect(!done.lines.joined().contains("b.txt"))
    #expect(done.line(7).contains("quoth · 2 articles"))
  }

  @Test func tooSmallShowsANotice() {
    var s = state(columns: 80, rows: 24)
    s.reduce(.resize(columns: 15, rows: 4))
    let buffer = ReaderView(state: s).render()
    #expect(buffer.line(0) == "need 20x6")
    s.reduce(.resize(columns: 60, rows: 5))
    #expect(ReaderView(state: s).render().line(0) == "quoth needs 20x6 (now 60x5)")
  }

  @Test func wideAndCombiningCharacters() {
    var buffer = ScreenBuffer(columns: 6, rows: 1)
    buffer.put("e\u{301}中文x", x: 0, y: 0, style: .body)
    #expect(buffer[0, 0].text == "e\u{301}")
    #expect(buffer[1, 0].text == "中")
    #expect(buffer[2, 0].isContinuation)
    #expect(buffer.line(0) == "e\u{301}中文x")
    var clipped = ScreenBuffer(columns: 2, rows: 1)
    clipped.put("a中", x: 0, y: 0, style: .body)
    #expect(clipped.line(0) == "a", "a wide character never splits at the edge")
  }

  @Test func controlCharactersNeverReachTheBuffer() {
    var buffer = ScreenBuffer(columns: 20, rows: 1)
    buffer.put("a\u{1B}[31mb\u{9B}c\u{202E}", x: 0, y: 0, style: .body)
    #expect(buffer.line(0) == "a\u{241B}[31mb\u{2426}c\u{2426}", "one-column Sanitizer stand-ins")
    #expect(
      !buffer.cells.contains { $0.text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B } })
  }
}
