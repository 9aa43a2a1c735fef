import Foundation
import QuothModel
import Testing

/// A library of thousands of files: the list is on screen at once and every key works while the
/// rows, the index and the quote counts fill in behind it.
@Suite(.enabled(if: Tmux.enabled, "needs tmux (always runs under CI=true)"), .serialized)
struct LargeLibraryEndToEndTests {
  static let count = 2000

  /// The embedded sample articles again and again, each numbered at the start of its title, in
  /// folders of 500.
  static func write(into tmux: Tmux) throws {
    let samples = SampleLibrary.sources.map { source -> (date: String, title: String, rest: String) in
      let lines = source.text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
      let first = lines[0].split(separator: " ", maxSplits: 2)  // "date", "YYYY-MM-DD", title
      return (String(first[1]), String(first[2]), lines.count > 1 ? String(lines[1]) : "")
    }
    for index in 0..<count {
      let sample = samples[index % samples.count]
      try tmux.write(
        "shelf/part-\(index / 500)/story-\(index).txt",
        " date \(sample.date) No. \(index) \(sample.title)\n\(sample.rest)")
    }
  }

  /// Whether the first `rows` rows of the list show a number in the Quotes column (not `…`).
  static func countsShown(_ screen: String, rows: Int) -> Bool {
    let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
    guard lines.count > rows, let header = lines.first,
      let start = (0..<header.count).first(where: { String(header[$0...].prefix(6)) == "Quotes" })
    else { return false }
    // " Quotes" fills the column's seven cells; a count ends one cell before its end.
    let column = start + 4
    return lines[1...rows].allSatisfy { $0.count > column && $0[column].isNumber }
  }

  /// Quitting at once, while the heads are still being read, still names a named file that
  /// cannot be read and exits 1, as when every head was read first.
  @Test func quittingEarlyStillReportsANamedBadFile() throws {
    let tmux = try Tmux(
      "'\(Tmux.quoth)' --no-cache shelf blob.txt",
      files: ["blob.txt": String(repeating: "\u{0}binary", count: 40)], prepare: Self.write(into:))
    try tmux.wait(for: "the list") { $0.contains("Title") }
    try tmux.send("q")
    let end = try tmux.wait(for: "the exit status") { $0.contains("QUOTH_EXIT=") }
    #expect(end.contains("blob.txt: looks like a binary file"), "\(end)")
    #expect(end.contains("QUOTH_EXIT=1"))
  }

  @Test(arguments: [(80, 24), (200, 50)])
  func keysWorkWhileCountsFillIn(columns: Int, rows: Int) throws {
    let tmux = try Tmux(
      "'\(Tmux.quoth)' --no-cache shelf", columns: columns, rows: rows, prepare: Self.write(into:))
    try tmux.wait(for: "the list") { $0.contains("Title") && $0.contains(" No. ") }
    // The first key clears the greeting; the status bar then shows what is still being done.
    // Whether the rows, counts and index are still filling in when a key comes depends on the
    // machine's speed, so that is not asserted: only that the keys work whenever they come.
    try tmux.send("j")
    try tmux.wait(for: "the cursor on row 2") { $0.contains("2/\(Self.count)") }
    try tmux.send("k")
    try tmux.wait(for: "the cursor back on row 1") { $0.contains("1/\(Self.count)") }
    // The list searches the titles it has read: wait until every head is read (`reading N/M`
    // gone), or the title searched for may still be a file name.
    try tmux.wait(for: "every head read", timeout: 120) {
      $0.contains("quoth · \(Self.count) articles") && !$0.contains("reading")
    }
    // Find an article by its title: through the list while the index builds, through the index
    // (a results list) once it is ready; Enter opens it either way.
    try tmux.send("/")
    try tmux.type("no. 1234")
    try tmux.send("Enter")
    let found = try tmux.wait(for: "No. 1234 found") {
      $0.contains("No. 1234 ") && !$0.contains("/no.") && !$0.contains("Searching")
    }
    #expect(!found.contains("Pattern not found"))
    try tmux.send("Enter")
    try tmux.wait(for: "the article open") { $0.contains("No. 1234 ") && $0.contains("line 1–") }
    try tmux.send("q")
    if try tmux.wait(for: "the list or the results", { $0.contains("Title") || $0.contains("match") })
      .contains("match")
    {
      try tmux.send("q")
    }
    try tmux.wait(for: "the list again") { $0.contains("Title") && $0.contains("/\(Self.count)") }
    // The counts arrive in the end, and the keys still work.
    try tmux.wait(for: "the quote counts", timeout: 240) { Self.countsShown($0, rows: 3) }
    try tmux.send("G")
    try tmux.wait(for: "the last row") { $0.contains("\(Self.count)/\(Self.count)") }
    try tmux.send("Q")
    try tmux.wait(for: "QUOTH_EXIT=0")
  }
}
