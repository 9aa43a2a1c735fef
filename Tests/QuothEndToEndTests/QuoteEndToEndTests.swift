import Foundation
import Testing

/// Quotes in the built binary: sidebar, jumps, restriction, quotes view, copy and export.
@Suite(.enabled(if: Tmux.enabled, "needs tmux (always runs under CI=true)"), .serialized)
struct QuoteEndToEndTests {
  static let article = """
     date 2024-04-02 Lakeside opens its new library

    April 02, 2024 By Jonas Weber ( Lakeside Herald

    Lakeside opened its new public library on Monday after three years of building work.

    "This is a house for every reader in the valley," said Anna Berg, the mayor of Lakeside.

    Berg said the library would stay open until ten at night on weekdays.

    Tom Ortiz, chief librarian at the new building, said the shelves hold 80,000 books.

    "We still need volunteers for the children's corner," Ortiz said. "Anyone who can read aloud is welcome."
    """

  func start(columns: Int = 110, rows: Int = 32) throws -> Tmux {
    let tmux = try Tmux(
      "'\(Tmux.quoth)' library.txt", columns: columns, rows: rows, files: ["library.txt": Self.article])
    try tmux.wait(for: "Lakeside opens its new library")
    return tmux
  }

  @Test func sidebarListsSpeakersNotAuthors() throws {
    let tmux = try start()
    let screen = try tmux.wait(for: "Speakers (2)")
    #expect(screen.contains("Anna Berg, mayor of Lakesi…"), "the role is cut with … to fit")
    #expect(screen.contains("Tom Ortiz, chief librarian"))
    #expect(
      !screen.split(separator: "\n").contains {
        $0.contains("│") && $0.split(separator: "│").last!.contains("Jonas Weber")
      })
    try tmux.send("s")
    try tmux.wait(for: "sidebar hidden") { !$0.contains("Speakers (2)") }
    try tmux.send("q")
    try tmux.wait(for: "QUOTH_EXIT=0")
  }

  @Test func bracketsWalkTheQuotes() throws {
    let tmux = try start()
    try tmux.send("]")
    try tmux.wait(for: "quote 1/4 · Anna Berg · direct")
    try tmux.send("]")
    try tmux.wait(for: "quote 2/4 · Anna Berg · indirect")
    try tmux.send("]", "]")
    try tmux.wait(for: "quote 4/4 · Tom Ortiz · direct")
    try tmux.send("]")
    try tmux.wait(for: "Last quote")
    try tmux.send("{")
    try tmux.wait(for: "quote 3/4 · Tom Ortiz · indirect")
    try tmux.send("q")
    try tmux.wait(for: "QUOTH_EXIT=0")
  }

  @Test func restrictionToOneSpeaker() throws {
    let tmux = try start()
    try tmux.send("Tab", "j", "Enter")
    try tmux.wait(for: "Tom Ortiz 1/2")
    try tmux.send("]")
    try tmux.wait(for: "Tom Ortiz 2/2")
    try tmux.send("]")
    try tmux.wait(for: "Last quote by Tom Ortiz")
    try tmux.send("Escape")
    try tmux.wait(for: "All speakers")
    try tmux.send("q")
    try tmux.wait(for: "QUOTH_EXIT=0")
  }

  @Test func quotesViewReturnsToTheQuote() throws {
    let tmux = try start(columns: 80, rows: 24)
    try tmux.send("v")
    try tmux.wait(for: "the quotes view") {
      $0.contains("Quotes (4)") && $0.contains("Anna Berg: “This is a house for every reader in the valley”")
    }
    try tmux.send("j", "j", "Enter")
    try tmux.wait(for: "quote 3/4 · Tom Ortiz · indirect")
    try tmux.send("q")
    try tmux.wait(for: "QUOTH_EXIT=0")
  }

  @Test func copySendsOSC52AndExportWritesAFile() throws {
    let tmux = try start()
    let capture = try tmux.startRecording(to: "pane.bin")
    try tmux.send("]", "y")
    try tmux.wait(for: "Copied:")
    let citation =
      "“This is a house for every reader in the valley” — Anna Berg, mayor of Lakeside (Lakeside Herald, 2024-04-02)"
    let payload = Data(citation.utf8).base64EncodedString()
    let bytes = String(decoding: try tmux.stopRecording(capture), as: UTF8.self)
    #expect(bytes.contains("\u{1B}]52;c;\(payload)\u{07}"), "the OSC 52 sequence carries the cited quote")
    try tmux.send("e")
    try tmux.wait(for: "export quotes to:")
    try tmux.send("Enter")
    let screen = try tmux.wait(for: "Exported quotes to")
    let file = tmux.directory.appendingPathComponent("quoth-lakeside-opens-its-new-library.md")
    #expect(screen.contains("quoth-lakeside-opens-its-new-library.md"))
    let markdown = try String(contentsOf: file, encoding: .utf8)
    #expect(markdown.contains("## Anna Berg, mayor of Lakeside"))
    try tmux.send("e")
    try tmux.wait(for: "export quotes to:")
    try tmux.send("Enter")
    try tmux.wait(for: "quoth-lakeside-opens-its-new-library-2.md")
    #expect(
      try String(contentsOf: file, encoding: .utf8) == markdown, "the first export is never overwritten")
    try tmux.send("q")
    try tmux.wait(for: "QUOTH_EXIT=0")
  }

  @Test func dumpMarksQuotesInAPipe() throws {
    let tmux = try Tmux(
      "'\(Tmux.quoth)' dump --quotes library.txt | cat", files: ["library.txt": Self.article])
    let screen = try tmux.wait(for: "QUOTH_EXIT=0")
    #expect(screen.contains("«\"This is a house for every reader in the valley,\"»[Anna Berg]"))
  }
}
