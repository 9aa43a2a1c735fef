import Foundation
import Testing

/// The built binary, driven in tmux as a person would use it.
@Suite(.enabled(if: Tmux.enabled, "needs tmux (always runs under CI=true)"), .serialized)
struct ReaderEndToEndTests {
  static let article = """
     date 2024-02-20 Lighthouse keepers return to Skerry Point

    February 20, 2024 By Owen Price and Mei Tanaka ( Island Gazette

    The lamp room of the Skerry Point lighthouse, restored last year. [Photo/GAZETTE]

    A volunteer crew will staff the light through the winter

    Volunteers will keep the Skerry Point light burning through the winter, the island trust said on Monday.

    "A lighthouse with nobody in it is only a tower," said Ruth Allan, chair of the trust.

    Allan said twelve volunteers had signed up, more than the trust had hoped for.

    The light was automated in 1994 and has been unmanned since then.

    The trust plans guided visits in the summer, according to its website.

    "We want children to climb the stairs and see the lens," Allan added.

    Fishing crews said the light had been dim during storms last year.

    A grant from the county council paid for the new lamp and for the repairs to the gallery.

    The keepers will work in pairs, on shifts of three days.

    Visitors can reach the point on foot at low tide.
    """

  func start(
    _ arguments: String = "article.txt", columns: Int = 80, rows: Int = 24,
    environment: [String: String] = [:]
  )
    throws -> Tmux
  {
    try Tmux(
      "'\(Tmux.quoth)' \(arguments)", columns: columns, rows: rows, environment: environment,
      files: ["article.txt": Self.article])
  }

  @Test func opensScrollsAndQuits() throws {
    let tmux = try start()
    let first = try tmux.wait(for: "Lighthouse keepers return")
    #expect(first.contains("]: next quote · s: speakers · h: keys · q: quit"), "a first hint")
    #expect(first.contains("line 1–"))
    #expect(try tmux.display("#{alternate_on}") == "1")
    try tmux.send("j", "j", "j")
    let scrolled = try tmux.wait(for: "line 4–")
    #expect(!scrolled.contains("]: next quote · s: speakers"), "the first key clears the hint")
    try tmux.send("G")
    try tmux.wait(for: "100%")
    try tmux.send("g")
    try tmux.wait(for: "line 1–")
    try tmux.send("q")
    let after = try tmux.wait(for: "QUOTH_EXIT=0")
    #expect(!after.contains("Lighthouse keepers"), "the alternate screen is left")
    #expect(try tmux.display("#{alternate_on}") == "0")
    #expect(try tmux.display("#{cursor_flag}") == "1", "the cursor is visible again")
  }

  @Test func searchHighlightsAndMoves() throws {
    let tmux = try start(columns: 80, rows: 10)
    try tmux.wait(for: "Lighthouse keepers")
    try tmux.send("/")
    try tmux.type("allan")
    try tmux.wait(for: "/allan")
    try tmux.send("Enter")
    try tmux.wait(for: "match 1/3")
    let painted = try tmux.screen(escapes: true)
    #expect(painted.contains("\u{1B}["), "the match is painted")
    try tmux.send("n")
    try tmux.wait(for: "match 2/3")
    try tmux.send("N")
    try tmux.wait(for: "match 1/3")
    try tmux.send("/")
    try tmux.type("walrus")
    try tmux.send("Enter")
    try tmux.wait(for: "Pattern not found: walrus")
    try tmux.send("Q")
    try tmux.wait(for: "QUOTH_EXIT=0")
  }

  @Test func helpOverlayOpensAndCloses() throws {
    let tmux = try start()
    try tmux.wait(for: "Lighthouse keepers")
    try tmux.send("h")
    try tmux.wait(for: "the help with its keys") {
      $0.contains("Keys: article") && $0.contains("search forward")
    }
    try tmux.send("h")
    try tmux.wait(for: "help closes") { !$0.contains("Keys: article") }
    try tmux.send("F1")
    try tmux.wait(for: "Keys: article")
    try tmux.send("Escape")
    try tmux.wait(for: "Esc closes help") { !$0.contains("Keys: article") }
    try tmux.send("q")
    try tmux.wait(for: "QUOTH_EXIT=0")
  }

  @Test func resizeAtAnySize() throws {
    let tmux = try start()
    try tmux.wait(for: "Lighthouse keepers")
    try tmux.send("=")
    try tmux.wait(for: "words")
    try tmux.send("C-l")
    try tmux.resize(columns: 40, rows: 12)
    let narrow = try tmux.wait(for: "reflowed to 40 columns") { screen in
      screen.contains("line 1–") && screen.split(separator: "\n").count <= 12
    }
    for line in narrow.split(separator: "\n") { #expect(line.count <= 40) }
    try tmux.resize(columns: 12, rows: 4)
    try tmux.wait(for: "20x6")
    try tmux.resize(columns: 160, rows: 50)
    try tmux.wait(for: "Visitors can reach the point")
    try tmux.send("q")
    try tmux.wait(for: "QUOTH_EXIT=0")
  }

  @Test func libraryOpensAndGoesBack() throws {
    let tmux = try Tmux(
      "'\(Tmux.quoth)' shelf",
      files: [
        "shelf/one.txt": "Harbour reopens\n\nThe harbour reopened on Monday.\n",
        "shelf/two.txt":
          " date 2024-01-05 Orchard wins prize\n\nJanuary 05, 2024 By Ana Ruiz ( Farm Weekly\n\nThe orchard won.\n",
        "shelf/three.txt":
          " date 2023-06-01 Old mill restored\n\nJune 01, 2023 By Ben Ode ( Mill News\n\nThe mill turns again.\n",
      ])
    let list = try tmux.wait(for: "Old mill restored")
    #expect(list.contains("Orchard wins prize") && list.contains("Harbour reopens"))
    #expect(list.contains("1/3"))
    let orchard = list.range(of: "Orchard")!.lowerBound
    let mill = list.range(of: "Old mill")!.lowerBound
    #expect(orchard < mill, "newest first")
    try tmux.send("Enter")
    try tmux.wait(for: "The orchard won.")
    try tmux.send("q")
    try tmux.wait(for: "back in the library") { $0.contains("Old mill restored") && $0.contains("1/3") }
    try tmux.send("j", "j", "Enter")
    try tmux.wait(for: "The harbour reopened on Monday.")
    try tmux.send("Escape")
    try tmux.wait(for: "3/3")
    try tmux.send("q")
    try tmux.wait(for: "QUOTH_EXIT=0")
  }

  @Test(arguments: [("C-c", "130")])
  func interruptRestoresTheTerminal(key: String, status: String) throws {
    // The shell ignores SIGINT so that it lives on to print quoth's status; quoth sets its own handler.
    let tmux = try Tmux("trap '' INT; '\(Tmux.quoth)' article.txt", files: ["article.txt": Self.article])
    try tmux.wait(for: "Lighthouse keepers")
    try tmux.send(key)
    try tmux.wait(for: "QUOTH_EXIT=\(status)")
    #expect(try tmux.display("#{alternate_on}") == "0")
    #expect(try tmux.display("#{cursor_flag}") == "1")
  }

  @Test(arguments: [("TERM", "143"), ("HUP", "129")])
  func signalsRestoreTheTerminal(signal: String, status: String) throws {
    let tmux = try Tmux(
      "'\(Tmux.quoth)' article.txt & echo $! > quoth.pid; wait $!", files: ["article.txt": Self.article])
    try tmux.wait(for: "Lighthouse keepers")
    let pid = try String(contentsOf: tmux.directory.appendingPathComponent("quoth.pid"), encoding: .utf8)
      .trimmingCharacters(in: .whitespacesAndNewlines)
    _ = try Tmux.run("/bin/kill", ["-\(signal)", pid])
    try tmux.wait(for: "QUOTH_EXIT=\(status)")
    #expect(try tmux.display("#{alternate_on}") == "0")
    #expect(!FileManager.default.fileExists(atPath: "/proc/\(pid)"), "no quoth process is left")
  }

  @Test func unknownTermIsAClearError() throws {
    let tmux = try start(environment: ["TERM": "no-such-terminal"])
    let screen = try tmux.wait(for: "QUOTH_EXIT=1")
    #expect(screen.contains("terminal type \"no-such-terminal\" is not known; try TERM=xterm-256color"))
  }
}
