import Foundation
import Testing

/// Scrolling beside the docked speaker sidebar: the terminal scrolls the whole width and quoth
/// repairs the sidebar rows, so the screen must end up exactly as a full redraw paints it.
@Suite(.enabled(if: Tmux.enabled, "needs tmux (always runs under CI=true)"), .serialized)
struct SidebarScrollEndToEndTests {
  /// Two quoths on the same article: one scrolled as a user would, one redrawn whole (Ctrl-L)
  /// after every key, compared cell by cell, colours and attributes included, after each key.
  @Test(arguments: ["screen", "tmux-256color", "xterm-256color"])
  func scrollingBesideTheSidebarLeavesWhatAFullRedrawPaints(term: String) throws {
    let (scrolled, redrawn) = try Self.twoQuoths(term: term)
    let keys =
      Array(repeating: "j", count: 12) + ["k", "k", "k"] + Array(repeating: "j", count: 6) + ["C-d", "k"]
    var line = Self.position(try redrawn.screen())
    for (step, key) in keys.enumerated() {
      try scrolled.send(key)
      try redrawn.send(key)
      try redrawn.send("C-l")
      // The status bar's position catches up once the keys stop, after the redraw.
      let moved = try redrawn.wait(for: "the position to move from line \(line ?? 0)") {
        Self.position($0) != nil && Self.position($0) != line
      }
      line = Self.position(moved)
      try scrolled.wait(for: "line \(line ?? 0)") { Self.position($0) == line }
      let same = try scrolled.waitForScreen(equalTo: try redrawn.screen(escapes: true))
      #expect(same, "after key \(step + 1) (\(key)) with TERM=\(term), the screen differs from a full redraw")
      if !same { break }
    }
    for tmux in [scrolled, redrawn] {
      try tmux.send("q")
      try tmux.wait(for: "QUOTH_EXIT=0")
    }
  }

  /// A burst of `j` faster than the pause that repairs the sidebar: the sidebar scrolls with the
  /// text meanwhile, and once the keys stop the screen is exactly what a full redraw paints.
  @Test(arguments: ["screen", "xterm-256color"])
  func aBurstOfScrollsLeavesTheSidebarAsAFullRedrawPaintsIt(term: String) throws {
    let (scrolled, redrawn) = try Self.twoQuoths(term: term)
    let burst = Array(repeating: "j", count: WireBytesEndToEndTests.scrolled)
    let line = burst.count + 1
    try scrolled.send(contentsOf: burst)
    try redrawn.send(contentsOf: burst + ["C-l"])
    // The position, like the sidebar, catches up once the keys pause.
    try redrawn.wait(for: "line \(line)") { Self.position($0) == line }
    try scrolled.wait(for: "line \(line)") { Self.position($0) == line }
    let same = try scrolled.waitForScreen(equalTo: try redrawn.screen(escapes: true))
    #expect(same, "after \(burst.count) j with TERM=\(term), the screen differs from a full redraw")
    for tmux in [scrolled, redrawn] {
      try tmux.send("q")
      try tmux.wait(for: "QUOTH_EXIT=0")
    }
  }

  /// Scrolling 40 lines beside the sidebar costs the lines that come in and one repair of the
  /// sidebar rows that hold a speaker once the keys pause, not a rewrite of every row of text
  /// (about 2 KB a line at 100x30) nor a repair of the sidebar for every line (about 800 bytes).
  @Test func scrollingBesideTheSidebarCostsTheNewLinesAndOneRepair() throws {
    let environment = ["TERM": "screen", "XDG_CONFIG_HOME": "config"]
    let tmux = try Tmux(
      Self.command, columns: 100, rows: 30, environment: environment,
      files: ["article.txt": WireBytesEndToEndTests.article])
    try tmux.wait(for: "line 1") { Self.position($0) == 1 }
    let recording = try tmux.startRecording(to: "scroll.bytes")
    let lines = WireBytesEndToEndTests.scrolled
    try tmux.send(contentsOf: Array(repeating: "j", count: lines))
    try tmux.wait(for: "line \(lines + 1)") { Self.position($0) == lines + 1 }
    // The position is drawn with the repair, in the frame after the pause: all is sent.
    let sent = try tmux.stopRecording(recording).count
    // A line of text is at most 66 columns here, about 80 bytes with its colours; the header and
    // the 11 speakers' rows cost about 70 bytes each to repair (a cursor move, the name in its
    // colour, the role, the counts). The keys arrive together, so one repair is due; two are
    // allowed, for a machine slow enough to draw some lines after a pause of 0.2 s.
    let allowance = lines * 80 + 2 * 12 * 70
    #expect(sent <= allowance, "sent \(sent) bytes for \(lines) lines (allowed \(allowance))")
    try tmux.send("q")
    try tmux.wait(for: "QUOTH_EXIT=0")
  }
}

extension SidebarScrollEndToEndTests {
  /// Runs quoth on `article.txt`, which the test writes before the session starts.
  static let command = "'\(Tmux.quoth)' article.txt"

  /// Two quoths at 100x30 on the test article with `TERM=term`, both showing its first line: one
  /// to scroll as a user would, one to redraw whole to compare with.
  static func twoQuoths(term: String) throws -> (scrolled: Tmux, redrawn: Tmux) {
    let environment = ["TERM": term, "XDG_CONFIG_HOME": "config"]
    let files = ["article.txt": WireBytesEndToEndTests.article]
    let scrolled = try Tmux(command, columns: 100, rows: 30, environment: environment, files: files)
    let redrawn = try Tmux(command, columns: 100, rows: 30, environment: environment, files: files)
    for tmux in [scrolled, redrawn] {
      try tmux.wait(for: "line 1") { position($0) == 1 }
    }
    return (scrolled, redrawn)
  }

  /// The top line's number the status bar shows (`line 12/80`, `line 12–40/80`), if any.
  static func position(_ screen: String) -> Int? {
    guard let match = screen.firstMatch(of: /line (\d+)(?:[–-]\d+)?\//) else { return nil }
    return Int(match.1)
  }
}

extension Tmux {
  /// Waits until the screen looks like `expected` cell by cell (see ``Tmux/looks(of:)``); returns
  /// whether it came to that, recording the rows that differ when not.
  func waitForScreen(equalTo expected: String, timeout: TimeInterval = 5) throws -> Bool {
    let want = Self.looks(of: expected)
    var now = ""
    _ = try Self.poll(timeout: timeout) {
      now = try screen(escapes: true)
      return Self.looks(of: now) == want
    }
    let have = Self.looks(of: now)
    guard have != want else { return true }
    let haveLines = now.split(separator: "\n", omittingEmptySubsequences: false)
    let wantLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let rows = (0..<max(have.count, want.count)).filter {
      ($0 < have.count ? have[$0] : []) != ($0 < want.count ? want[$0] : [])
    }
    let report = rows.prefix(4).map { y in
      "row \(y):\n  have \(y < haveLines.count ? String(haveLines[y]) : "")"
        + "\n  want \(y < wantLines.count ? String(wantLines[y]) : "")"
    }
    Issue.record("rows \(rows) differ:\n\(report.joined(separator: "\n"))")
    return false
  }

  /// What each cell of a `capture-pane -e` screen looks like, row by row: its character and the
  /// SGR state it is drawn in, where a blank keeps only its background, underline and reverse
  /// video; blanks at the end of a row that look like a cleared cell are dropped. tmux prints a
  /// written space and a cleared cell differently, though they look the same.
  static func looks(of capture: String) -> [[String]] {
    var state: [String: String] = [:]
    return capture.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      var row: [String] = []
      var rest = Substring(line)
      while let first = rest.first {
        if first == "\u{1B}", let match = rest.prefixMatch(of: /\x1B\[([0-9;:]*)m/) {
          apply(String(match.1), to: &state)
          rest = rest[match.range.upperBound...]
          continue
        }
        let look = first == " " ? state.filter { ["bg", "4", "7"].contains($0.key) } : state
        row.append(
          "\(first)" + look.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ","))
        rest = rest.dropFirst()
      }
      while row.last == " " { row.removeLast() }
      return row
    }
  }

  /// Applies one SGR sequence's parameters to `state` (keys: fg, bg, and attribute numbers).
  private static func apply(_ parameters: String, to state: inout [String: String]) {
    var values = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
    if values.isEmpty { values = [0] }
    var index = 0
    while index < values.count {
      let value = values[index]
      switch value {
      case 0: state = [:]
      case 38, 48:
        let kind = index + 1 < values.count ? values[index + 1] : 0
        let count = kind == 5 ? 1 : 3
        let colour = values[min(values.count, index + 2)..<min(values.count, index + 2 + count)]
        state[value == 38 ? "fg" : "bg"] = "x" + colour.map(String.init).joined(separator: ",")
        index += 1 + count
      case 39: state["fg"] = nil
      case 49: state["bg"] = nil
      case 30...37, 90...97: state["fg"] = "\(value)"
      case 40...47, 100...107: state["bg"] = "\(value)"
      case 22:
        state["1"] = nil
        state["2"] = nil
      case 23, 24, 27: state["\(value - 20)"] = nil
      default: state["\(value)"] = "on"
      }
      index += 1
    }
  }
}
