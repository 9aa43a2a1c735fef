import QuothModel
import Testing

@testable import QuothTerminal
@testable import QuothView

/// Scrolling the text beside a sidebar that stays: when to scroll the whole width and repair the
/// sidebar, and what curses is given first.
@Suite struct PaneScrollTests {
  /// A screen of `text` rows in a 12-column pane, a border, and `sidebar` rows beside it (blank
  /// where missing), then a status row.
  static func screen(_ text: [String], sidebar: [String] = []) -> ScreenBuffer {
    var buffer = ScreenBuffer(columns: 20, rows: text.count + 1)
    for (y, line) in text.enumerated() {
      buffer.put(line, x: 0, y: y, style: .body)
      buffer.put("│", x: 12, y: y, style: CellStyle(.border))
      buffer.fill(Rect(x: 13, y: y, width: 7, height: 1), style: CellStyle(.sidebar))
      if y < sidebar.count { buffer.put(sidebar[y], x: 13, y: y, style: CellStyle(.sidebar)) }
    }
    buffer.put("status", x: 0, y: text.count, style: CellStyle(.statusBar))
    return buffer
  }

  /// Rows of text that differ from one another all along, as wrapped prose does.
  static let lines = [
    "The council", "of Brennock", "voted to", "fund a ferry", "for five", "more years,",
    "which its", "harbour", "master says", "has missed", "only four", "crossings.",
  ]
  static let speakers = ["Speaker", "Ada", "Bea", "Cy"]

  static func text(from top: Int, rows: Int = 8) -> [String] { Array(lines[top..<(top + rows)]) }

  @Test func textMovingBesideASidebarThatStaysScrollsTheWholeWidth() {
    let before = Self.screen(Self.text(from: 0), sidebar: Self.speakers)
    let after = Self.screen(Self.text(from: 1), sidebar: Self.speakers)
    #expect(PaneScroll.shift(from: before, to: after, rows: 8) == 1)
    let back = Self.screen(Self.text(from: 0), sidebar: Self.speakers)
    #expect(PaneScroll.shift(from: after, to: back, rows: 8) == -1)
    let further = Self.screen(Self.text(from: 3), sidebar: Self.speakers)
    #expect(PaneScroll.shift(from: before, to: further, rows: 8) == 3)
  }

  @Test func theFirstStepMovesEveryRowAndTakesTheRowsThatCameInFromTheFrame() {
    let before = Self.screen(Self.text(from: 0), sidebar: Self.speakers)
    let after = Self.screen(Self.text(from: 2), sidebar: Self.speakers)
    let step = PaneScroll.scrolled(before, by: 2, toward: after, rows: 8)
    for y in 0..<6 { #expect(step.row(y) == before.row(y + 2), "row \(y) moved up whole") }
    for y in 6..<9 { #expect(step.row(y) == after.row(y), "row \(y) came in") }
    // Curses sees whole rows move, so it scrolls; then only sidebar cells differ from the frame.
    #expect(Terminal.scrollShift(from: before, to: step, rows: 8) == 2)
    for y in 0..<8 {
      let differing = (0..<20).filter { step[$0, y] != after[$0, y] }
      #expect(differing.allSatisfy { $0 >= 13 }, "row \(y): only the sidebar is repaired")
    }
    let down = PaneScroll.scrolled(after, by: -2, toward: before, rows: 8)
    for y in 2..<8 { #expect(down.row(y) == after.row(y - 2)) }
    for y in 0..<2 { #expect(down.row(y) == before.row(y)) }
  }

  @Test func wholeRowsMovingAreLeftToCurses() {
    let before = Self.screen(Self.text(from: 0))
    #expect(PaneScroll.shift(from: before, to: Self.screen(Self.text(from: 1)), rows: 8) == nil)
    #expect(PaneScroll.shift(from: before, to: before, rows: 8) == nil, "nothing changed")
  }

  @Test func aFrameThatDidNotScrollIsDrawnDirectly() {
    let before = Self.screen(Self.text(from: 0), sidebar: Self.speakers)
    // One row changed (a search hit, a selection): scrolling would cost more.
    var changed = Self.text(from: 0)
    changed[4] = "LINE 4 OF THE TEXT"
    #expect(PaneScroll.shift(from: before, to: Self.screen(changed, sidebar: Self.speakers), rows: 8) == nil)
    // A page down: nothing in common.
    let page = Self.screen(Array(Self.lines[4..<12]), sidebar: Self.speakers)
    #expect(PaneScroll.shift(from: before, to: page, rows: 8) == nil)
  }

  @Test func aSidebarFullOfSpeakersCanCostMoreThanTheTextItSaves() {
    // Every sidebar row holds a long, different entry and the text is short: repairing the
    // sidebar would cost more than rewriting the text.
    let full = ["aaaaaaa", "bbbbbbb", "ccccccc", "ddddddd", "eeeeeee", "fffffff", "ggggggg", "hhhhhhh"]
    let text = (0..<12).map { "\($0)" }
    let before = Self.screen(Array(text[0..<8]), sidebar: full)
    let after = Self.screen(Array(text[1..<9]), sidebar: full)
    #expect(PaneScroll.shift(from: before, to: after, rows: 8) == nil)
  }

  @Test func theCostOfARowIsItsChangedSpan() {
    var a = ScreenBuffer(columns: 10, rows: 2)
    a.put("abcdefghij", x: 0, y: 0, style: .body)
    a.put("abcXefgYij", x: 0, y: 1, style: .body)
    #expect(PaneScroll.cost(from: a.row(0), to: a.row(0)) == 0)
    #expect(PaneScroll.cost(from: a.row(0), to: a.row(1)) == 5 + PaneScroll.rowCost)
  }
}
