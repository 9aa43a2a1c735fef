import Foundation
import Testing

/// Bytes on the wire while scrolling: what a slow SSH link pays for every `j`.
@Suite(.enabled(if: Tmux.enabled, "needs tmux (always runs under CI=true)"), .serialized)
struct WireBytesEndToEndTests {
  /// A quote-dense article written for this test: nearly every line is inside a quote, with a
  /// speaker mention and a cue, as in wire-service reporting.
  static let article = """
     date 2025-03-14 Harbour town votes to keep its ferry running

    March 14, 2025 By Lena Okafor ( Coastal Ledger

    The council of Brennock voted on Thursday to fund the island ferry for another five years.

    "Without the ferry the island is a place you look at, not a place you live," said Mara Quinn, who runs the island's only shop.

    Council leader Tomas Reyes said the vote was the hardest decision of his first term and that the town could not leave two hundred people without a daily crossing.

    "We looked at every other way of doing this, and none of them was cheaper or kinder," Reyes said. "The boat stays."

    The harbour master, Ines Dahl, said the ferry had missed only four crossings last winter, all of them in storms that closed the harbour to every other vessel too.

    According to the council's own figures, the service carried more than forty thousand passengers last year, most of them children going to school on the mainland.

    "My daughter has taken that boat every morning since she was five," said Owen Hart, a fisherman. "It is her school bus, and it is never late."

    Reyes added that the council would ask the regional government to pay for a new engine, which he said would cut the ferry's fuel bill by a third.

    Opposition councillor Bea Lund said the plan was "a promise with no money behind it" and that the town should have asked for the regional funds first.

    "We have voted to spend money we do not have yet," Lund said. "I hope the region is listening, because the harbour cannot wait another five years."

    Quinn said the island's shop would stay open longer on ferry days, and that she had already ordered more bread for the summer.

    Dahl said a second, smaller boat would be kept in reserve for the school run, and that the crews had been trained to swap between them within an hour.

    "People here do not ask for much," Hart said. "A boat, a school and a shop. Now we have all three for a while longer."

    The council will publish the full budget for the service next month, a spokesman said, along with a timetable for the summer crossings.

    Reyes said he would sail to the island on the first summer crossing to meet the families who had written to the council, and that he expected to hear more complaints than thanks.

    "The ferry is older than I am, and it still starts every morning," said its captain, Ruth Amsel, who has worked on the crossing for thirty-one years.

    Amsel said the crew had patched the hull twice since the autumn and that a proper refit would take the boat out of service for at least six weeks.

    According to the harbour office, the reserve boat can carry forty passengers but no vehicles, which would leave the island without deliveries during a refit.

    "We will bring the bread over in crates if we have to," Quinn said. "We did it in the winter of the big storm, and nobody went hungry."

    Lund said she would ask the council to set aside money for the refit in next year's budget, so that the repairs did not depend on the region alone.

    The island's school, which has eleven pupils, said in a letter to the council that a daily crossing was the only reason families with children could stay.

    "Every family that leaves takes a child out of the school," the letter said, "and every child that leaves brings the day the school closes a little closer."
    """

  /// Lines `j` scrolls in, starting from the top of the article.
  static let scrolled = 40

  @Test func scrollingSendsLittleMoreThanTheTextScrolledIn() throws {
    let environment = ["TERM": "screen", "XDG_CONFIG_HOME": "config"]
    // The lines that scroll in, read from one tall window at the same width: layout depends only
    // on the width, so rows 24 to 63 there are the 40 lines `j` brings in at 80x24.
    let tall = try Tmux(
      "'\(Tmux.quoth)' article.txt", columns: 80, rows: 70, environment: environment,
      files: ["article.txt": Self.article])
    let reference = try tall.wait(for: "Harbour town votes").split(
      separator: "\n", omittingEmptySubsequences: false
    )
    .map(String.init)
    #expect(reference[63..<69].contains { !$0.isEmpty }, "the article is long enough to scroll 40 lines")
    let incoming = reference[23..<(23 + Self.scrolled)]
    let textBytes = incoming.reduce(0) { $0 + $1.utf8.count + 1 }
    try tall.send("q")
    try tall.wait(for: "QUOTH_EXIT=0")

    let tmux = try Tmux(
      "'\(Tmux.quoth)' article.txt", columns: 80, rows: 24, environment: environment,
      files: ["article.txt": Self.article])
    try tmux.wait(for: "Harbour town votes")
    let recording = try tmux.startRecording(to: "scroll.bytes")
    try tmux.send(contentsOf: Array(repeating: "j", count: Self.scrolled))
    // The status bar's position is the last thing drawn: once it shows the line, all is sent.
    let screen = try tmux.wait(for: "line \(Self.scrolled + 1)–")
    let sent = try tmux.stopRecording(recording).count

    // What is on screen is what a fresh draw at that place shows.
    let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(Array(lines[0..<23]) == Array(reference[Self.scrolled..<(Self.scrolled + 23)]))
    // less sends the text plus about 10 bytes a line. quoth may add what its quote colours cost
    // and a few status bars (each under 100 bytes); scrolling itself is a line feed. Before the
    // status row was written apart from curses, each line cost about 38 bytes of scroll region and
    // cursor moves alone, which would send this article's 40 lines for about 1,500 more.
    let allowance = 16 * Self.scrolled + 3 * 100
    #expect(
      sent <= textBytes + allowance,
      "sent \(sent) bytes for \(textBytes) bytes of text (allowed \(textBytes + allowance))")
    try tmux.send("q")
    try tmux.wait(for: "QUOTH_EXIT=0")
  }
}

extension Tmux {
  /// Sends keys as tmux names them, all in one command, so that they arrive together.
  func send(contentsOf keys: [String]) throws {
    try tmux(["send-keys", "-t", "main"] + keys)
  }
}
