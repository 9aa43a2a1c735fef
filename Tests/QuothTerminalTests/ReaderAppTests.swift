import Foundation
import QuothIO
import QuothModel
import QuothView
import Testing

@testable import QuothTerminal

/// The run loop on an in-memory terminal: effects carried out, answers through the inbox, the
/// place saved on the way out, the clipboard and export, signals, redraws and the status bar.
@Suite struct ReaderAppTests {
  static let harbour = """
    Harbour ferry returns

    The harbour ferry returned to service on Thursday after six weeks of repairs, the port authority said.

    "We are glad to have the Aurora back where she belongs," said Maria Keller, director of the port authority.

    Keller said the timetable would stay shorter until the spring.

    """
    + (1...40).map { "Paragraph \($0) tells of the pier, the tide and the crew at dawn." }.joined(
      separator: "\n\n")

  /// Prose whose lines differ all along, as a real article's do, with several speakers.
  static let council = """
    Council keeps the ferry

    The council of Brennock voted on Thursday to fund the island ferry for another five years.

    "Without the ferry the island is a place you look at, not a place you live," said Mara Quinn.

    Council leader Tomas Reyes said the vote was the hardest decision of his first term.

    "We looked at every other way of doing this, and none was cheaper," Reyes said.

    The harbour master, Ines Dahl, said the ferry missed only four crossings last winter.

    According to the council, the service carried forty thousand passengers last year.

    Reyes added that the council would ask the region to pay for a new engine.

    "People here do not ask for much," Quinn said. "A boat, a school and a shop."

    Dahl said a second, smaller boat would be kept in reserve for the school run.

    The budget for the service will be published next month, along with a timetable.

    Quinn said the shop would stay open longer on ferry days all through the summer.

    Opposition members said they would ask again in the autumn whether the money was there.

    Families on the island wrote to the council in their hundreds before the vote.

    The crew has patched the hull twice since the autumn, the harbour office said.

    """

  static let texts = [
    "harbour.txt": harbour, "council.txt": council,
    "bridge.txt": "Bridge reopens\n\nThe bridge reopened on Monday, the council said.\n",
  ]

  static let entries = [
    LibraryEntry(path: "harbour.txt", title: "Harbour ferry returns", date: "2024-03-14", source: "Ledger"),
    LibraryEntry(path: "bridge.txt", title: "Bridge reopens", date: "2024-03-01", source: "Post"),
    LibraryEntry(path: "missing.txt", title: "Gone by now", date: "2024-02-01", source: "Post"),
  ]

  /// Reads the fixture texts; any other file fails as a vanished file does.
  struct Fixtures: ArticleProvider {
    func article(for ref: ArticleRef) throws(ArticleError) -> Article {
      guard let path = ref.filePath, let text = texts[path] else { throw .notFound(path: ref.description) }
      return ArticleParser.parse(path: path, text: Array(text.unicodeScalars), format: .text)
    }
  }

  /// A temporary folder for saved state and exports, removed when the test ends.
  final class Folder {
    let path = NSTemporaryDirectory() + "quoth-app-\(UUID().uuidString)"
    init() throws { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
    deinit { try? FileManager.default.removeItem(atPath: path) }
  }

  static func app(
    library: Bool = true, open path: String? = nil, tracker: ReadingTracker? = nil,
    exportFolder: String = "/",
    environment: [String: String] = [:], themes: [String] = []
  ) -> ReaderApp {
    var state = ReaderState(entries: library ? entries : [], hasLibrary: library)
    if !themes.isEmpty { state.reduce(.configureThemes(ThemeCycle(names: themes))) }
    return ReaderApp(
      state: state, themes: Dictionary(uniqueKeysWithValues: themes.map { ($0, Theme.standard) }),
      open: path.map(ArticleRef.file),
      tracker: tracker, exportFolder: exportFolder, environment: environment, source: Fixtures())
  }

  @Test func anArticleOpensThroughTheInboxAndKeysTypedMeanwhileApplyToIt() throws {
    let terminal = MemoryTerminal(
      columns: 80, rows: 24,
      script: [.waitFor("Harbour ferry returns"), .key(.enter), .key(.char("j")), .key(.char("j"))]
        + [.waitFor("line 3–"), .key(.char("q")), .waitFor("1/3"), .key(.char("q"))])
    #expect(Self.app().run(on: terminal) == 0)
    #expect(terminal.failure == nil)
    #expect(
      terminal.frames.contains { $0.lines.contains { $0.contains("Opening harbour.txt") } }
        || terminal.frames.contains { $0.lines.contains { $0.contains("glad to have the Aurora") } })
  }

  @Test func aFileThatCannotBeReadIsReportedAndTheLibraryStays() {
    let terminal = MemoryTerminal(
      script: [.key(.char("G")), .key(.enter), .waitFor("missing.txt: no such file"), .key(.char("k"))]
        + [.waitFor("2/3"), .key(.char("q"))])
    #expect(Self.app().run(on: terminal) == 0)
    #expect(terminal.failure == nil)
    let report = terminal.frames.first { $0.lines.last?.contains("no such file") == true }
    #expect(report?.lines.first?.isEmpty == false, "the library is still on screen")
  }

  @Test func aSingleArticleThatCannotBeReadEndsTheReader() {
    let terminal = MemoryTerminal(script: [.key(.char("j"))])
    #expect(Self.app(library: false, open: "missing.txt").run(on: terminal) == 0)
    #expect(terminal.frames.isEmpty, "nothing was drawn for an article that never opened")
  }

  @Test func aSignalEndsTheRunAndThePlaceIsSaved() throws {
    let folder = try Folder()
    let store = StateStore(folder: folder.path)
    let tracker = ReadingTracker(store: store, libraryKey: "lib")
    let terminal = MemoryTerminal(
      columns: 60, rows: 12,
      script: [.waitFor("line 1–")] + MemoryTerminal.Step.type("12j") + [
        .waitFor("line 13–"), .event(.signal(SIGTERM)),
      ])
    #expect(Self.app(library: false, open: "harbour.txt", tracker: tracker).run(on: terminal) == SIGTERM)
    let saved = try #require(store.load().state.articles[StateStore.articleKey(for: .file("harbour.txt"))])
    #expect(saved.offset > 0)

    let again = MemoryTerminal(columns: 60, rows: 12, script: [.waitFor("line 13–"), .key(.char("Q"))])
    let next = ReadingTracker(store: store, libraryKey: "lib")
    #expect(Self.app(library: false, open: "harbour.txt", tracker: next).run(on: again) == 0)
    #expect(again.failure == nil, "the article reopens where it was left")
  }

  @Test func leavingForTheLibrarySavesThePlaceAndTheLastArticleIsSelectedNextTime() throws {
    let folder = try Folder()
    let store = StateStore(folder: folder.path)
    let terminal = MemoryTerminal(
      script: [.key(.char("j")), .key(.enter), .waitFor("line 1–"), .key(.char("q")), .key(.char("Q"))])
    let tracker = ReadingTracker(store: store, libraryKey: "lib")
    #expect(Self.app(tracker: tracker).run(on: terminal) == 0)
    #expect(store.load().state.libraries["lib"]?.path == StateStore.articleKey(for: .file("bridge.txt")))

    let again = MemoryTerminal(script: [.waitFor("2/3"), .key(.char("Q"))])
    #expect(Self.app(tracker: ReadingTracker(store: store, libraryKey: "lib")).run(on: again) == 0)
    #expect(again.failure == nil, "the cursor starts on the last article read")
  }

  @Test func copyingSendsTheClipboardSequenceAndSaysSo() {
    let plain = MemoryTerminal(script: [
      .waitFor("line 1–"), .key(.char("]")), .key(.char("y")), .key(.char("Q")),
    ])
    #expect(Self.app(library: false, open: "harbour.txt").run(on: plain) == 0)
    #expect(plain.raw.count == 1)
    #expect(plain.raw.first?.hasPrefix("\u{1B}]52;c;") == true)
    #expect(plain.frames.last?.lines.last?.contains(" Copied: ") == true)

    let tmux = MemoryTerminal(script: [
      .waitFor("line 1–"), .key(.char("]")), .key(.char("y")), .key(.char("Q")),
    ])
    #expect(
      Self.app(library: false, open: "harbour.txt", environment: ["TMUX": "/tmp/t,1,0"]).run(on: tmux) == 0)
    #expect(
      tmux.raw.first?.contains("\u{1B}Ptmux;") == true, "inside tmux the sequence is also passed through")
  }

  @Test func exportAsksForAFileAndNeverOverwrites() throws {
    let folder = try Folder()
    let terminal = MemoryTerminal(
      columns: 200, rows: 24,
      script: [.waitFor("line 1–"), .key(.char("e")), .waitFor("export quotes to: \(folder.path)/quoth-")]
        + [.key(.enter), .waitFor("Exported"), .key(.char("e")), .key(.enter), .waitFor("-2.md")]
        + [.key(.char("e")), .key(.ctrl("u"))] + MemoryTerminal.Step.type("\(folder.path)/mine")
        + [.key(.enter), .waitFor("Exported quotes to \(folder.path)/mine"), .key(.char("Q"))])
    #expect(Self.app(library: false, open: "harbour.txt", exportFolder: folder.path).run(on: terminal) == 0)
    #expect(terminal.failure == nil)
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(files.count == 3, "a second export never overwrites the first: \(files)")
    #expect(files.contains("mine"), "a name typed at the prompt is used as it is")
    #expect(files.filter { $0.hasPrefix("quoth-") && $0.hasSuffix(".md") }.count == 2)
    #expect(
      terminal.frames.contains { $0.lines.last?.contains("Exported quotes to \(folder.path)/quoth-") == true }
    )
  }

  @Test func theThemeChosenWithTIsRemembered() throws {
    let folder = try Folder()
    let store = StateStore(folder: folder.path)
    let terminal = MemoryTerminal(script: [.waitFor("line 1–"), .key(.char("t")), .waitFor("theme: light")])
    let app = Self.app(
      library: false, open: "harbour.txt", tracker: ReadingTracker(store: store, libraryKey: "lib"),
      themes: ["default", "light"])
    #expect(app.run(on: terminal) == SIGHUP)
    #expect(ReadingTracker(store: store, libraryKey: "other").theme == "light")
  }

  @Test func ctrlLRedrawsAndTCyclesThemes() {
    let terminal = MemoryTerminal(
      script: [
        .waitFor("line 1–"), .key(.ctrl("l")), .key(.char("t")), .waitFor("theme: light"), .key(.char("Q")),
      ])
    let app = Self.app(library: false, open: "harbour.txt", themes: ["default", "light"])
    #expect(app.run(on: terminal) == 0)
    #expect(terminal.invalidations == 1)
    #expect(terminal.themeChanges == 1)
  }

  @Test func aResizeLaysTheArticleOutAgain() {
    let terminal = MemoryTerminal(
      columns: 80, rows: 24,
      script: [
        .waitFor("line 1–"), .event(.resize(columns: 40, rows: 10)), .waitFor("line 1–"), .key(.char("Q")),
      ])
    #expect(Self.app(library: false, open: "harbour.txt").run(on: terminal) == 0)
    #expect(terminal.screen?.columns == 40 && terminal.screen?.rows == 10)
    #expect(terminal.invalidations == 1, "a resize repaints the whole screen")
  }

  @Test func theStatusBarWaitsWhileLinesScrollAndCatchesUp() throws {
    let terminal = MemoryTerminal(
      columns: 60, rows: 12,
      script: [
        .waitFor("line 1–"), .key(.char("j")), .key(.char("j")), .key(.char("j")), .waitFor("line 4–"),
      ]
        + [.key(.char("Q"))])
    #expect(Self.app(library: false, open: "harbour.txt").run(on: terminal) == 0)
    #expect(terminal.failure == nil)
    let first = try #require(terminal.frames.firstIndex { $0.line(11).contains("line 1–") })
    let scrolled = terminal.frames[(first + 1)...].prefix(3)
    #expect(scrolled.count == 3)
    #expect(
      scrolled.allSatisfy { $0.line(11).contains("line 1–") }, "each scroll step keeps the old position")
    #expect(scrolled.map { $0.line(0) } != Array(repeating: terminal.frames[first].line(0), count: 3))
  }

  @Test func theDockedSidebarMovesWithABurstOfScrollsAndIsRepairedAtThePause() throws {
    // 100 columns: the speaker sidebar docks beside the text.
    let keys = Array(repeating: MemoryTerminal.Step.key(.char("j")), count: 6)
    let terminal = MemoryTerminal(
      columns: 100, rows: 30,
      script: [.waitFor("line 1–")] + keys + [.waitFor("line 7–"), .key(.ctrl("l")), .key(.char("Q"))])
    #expect(Self.app(library: false, open: "council.txt").run(on: terminal) == 0)
    #expect(terminal.failure == nil)
    let first = try #require(terminal.frames.firstIndex { $0.line(29).contains("line 1–") })
    let settled = try #require(terminal.frames.firstIndex { $0.line(29).contains("line 7–") })
    #expect(terminal.frames[first].line(0).contains("Speakers ("), "the sidebar is docked")
    // While the keys came the sidebar scrolled away with the text: its header left the top row.
    let burst = terminal.frames[(first + 1)..<settled]
    #expect(burst.count == 6)
    #expect(burst.allSatisfy { !$0.line(0).contains("Speakers (") })
    // Once they stopped, the screen is what a full redraw (Ctrl-L) paints.
    let redrawn = try #require(terminal.frames.last)
    #expect(terminal.invalidations == 1)
    #expect(terminal.frames[settled] == redrawn)
    #expect(redrawn.line(0).contains("Speakers ("))
  }

  @Test func aWaitThatNeverComesTrueEndsTheRunWithAFailure() {
    let terminal = MemoryTerminal(script: [.waitFor("no such text")])
    terminal.patience = 0.2
    #expect(Self.app().run(on: terminal) == SIGTERM)
    #expect(terminal.failure?.contains("no such text") == true)
  }
}
