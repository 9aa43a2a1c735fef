import Foundation
import QuothModel
import Testing

@testable import QuothTerminal
@testable import QuothView

/// The status bar is held while `j`/`k` scroll, and brought up to date when they pause.
@Suite struct ScrollThrottleTests {
  /// A 20×3 frame: `text` on the first row, `status` on the last.
  static func frame(_ text: String, status: String) -> ScreenBuffer {
    var buffer = ScreenBuffer(columns: 20, rows: 3)
    buffer.put(text, x: 0, y: 0, style: .body)
    buffer.put(status, x: 0, y: 2, style: CellStyle(.statusBar))
    return buffer
  }

  @Test func theFirstScrollStepAlreadyKeepsTheStatusBar() {
    var throttle = ScrollThrottle()
    let start = Date()
    _ = throttle.frame(for: Self.frame("one", status: "line 1"), at: start)
    throttle.scrolling = true
    // Long after the last update: a throttle would let this step's position through.
    let step = throttle.frame(for: Self.frame("two", status: "line 2"), at: start.addingTimeInterval(5))
    #expect(step.line(0) == "two", "the text scrolls")
    #expect(step.line(2) == "line 1", "the status bar waits")
    #expect(throttle.isPending)
  }

  @Test func aPauseBringsTheStatusBarUpToDate() {
    var throttle = ScrollThrottle()
    let start = Date()
    _ = throttle.frame(for: Self.frame("one", status: "line 1"), at: start)
    for step in 1...5 {
      throttle.scrolling = true
      let frame = throttle.frame(
        for: Self.frame("\(step)", status: "line \(step + 1)"),
        at: start.addingTimeInterval(Double(step) * 0.03))
      #expect(frame.line(2) == "line 1")
    }
    // The run loop redraws once no key came for `interval`; that frame is not a scroll step.
    let settled = throttle.frame(for: Self.frame("5", status: "line 6"), at: start.addingTimeInterval(0.4))
    #expect(settled.line(2) == "line 6")
    #expect(!throttle.isPending)
  }

  @Test func aHeldKeyStillMovesThePositionNowAndThen() {
    var throttle = ScrollThrottle()
    let start = Date()
    _ = throttle.frame(for: Self.frame("0", status: "line 1"), at: start)
    var shown: [String] = []
    for step in 1...60 {
      throttle.scrolling = true
      let frame = throttle.frame(
        for: Self.frame("\(step)", status: "line \(step + 1)"),
        at: start.addingTimeInterval(Double(step) * 0.04))
      shown.append(frame.line(2))
    }
    // 2.4 s of scrolling: the position moves at most every `longestHold` seconds, and does move.
    let updates = zip(shown, shown.dropFirst()).filter { $0 != $1 }.count
    #expect(updates >= 1 && updates <= Int(2.4 / ScrollThrottle.longestHold))
  }

  @Test func otherKeysAndNewSizesUpdateAtOnce() {
    var throttle = ScrollThrottle()
    let start = Date()
    _ = throttle.frame(for: Self.frame("one", status: "line 1"), at: start)
    let search = throttle.frame(for: Self.frame("one", status: "match 1/3"), at: start)
    #expect(search.line(2) == "match 1/3", "not a scroll key")
    throttle.scrolling = true
    var wider = ScreenBuffer(columns: 30, rows: 3)
    wider.put("line 9", x: 0, y: 2, style: CellStyle(.statusBar))
    #expect(throttle.frame(for: wider, at: start).line(2) == "line 9")
  }
}

/// The docked sidebar is left where the terminal's scrolling moved it while `j`/`k` scroll, and
/// repaired when they pause: only the rows whose sidebar cells differ from what the scroll left.
@Suite struct SidebarHoldTests {
  /// The screen with the text from line `top` beside the speakers, and the status row.
  static func screen(from top: Int, status: String = "status") -> ScreenBuffer {
    var frame = PaneScrollTests.screen(PaneScrollTests.text(from: top), sidebar: PaneScrollTests.speakers)
    frame.put(status, x: 0, y: 8, style: CellStyle(.statusBar))
    return frame
  }

  /// The rows in which `shown` and `wanted` differ, and whether all of those cells are the sidebar's.
  static func repairs(_ shown: ScreenBuffer, _ wanted: ScreenBuffer) -> (rows: [Int], sidebarOnly: Bool) {
    let cells = (0..<wanted.rows).flatMap { y in (0..<wanted.columns).map { (x: $0, y: y) } }
      .filter { shown[$0.x, $0.y] != wanted[$0.x, $0.y] }
    return (Array(Set(cells.map(\.y))).sorted(), cells.allSatisfy { $0.x >= 13 })
  }

  @Test func whileScrollingTheSidebarMovesWithTheText() {
    var throttle = ScrollThrottle()
    let start = Date()
    let first = throttle.frame(for: Self.screen(from: 0), at: start)
    throttle.scrolling = true
    let step = throttle.frame(for: Self.screen(from: 1), at: start.addingTimeInterval(0.03))
    // Whole rows moved up: curses sends a line feed and the row that came in, nothing else.
    for y in 0..<7 { #expect(step.row(y) == first.row(y + 1), "row \(y) is the row below it, moved up") }
    #expect(step.row(7) == Self.screen(from: 1).row(7), "the row that came in is the frame's")
    #expect(Terminal.scrollShift(from: first, to: step, rows: 8) == 1)
    #expect(throttle.isPending)
    throttle.scrolling = true
    let back = throttle.frame(for: Self.screen(from: 0), at: start.addingTimeInterval(0.06))
    for y in 1..<8 { #expect(back.row(y) == step.row(y - 1), "`k` moves row \(y - 1) down whole") }
  }

  @Test func aPauseRepairsOnlyTheSidebarRowsThatDiffer() {
    var throttle = ScrollThrottle()
    let start = Date()
    _ = throttle.frame(for: Self.screen(from: 0), at: start)
    var shown = Self.screen(from: 0)
    for top in 1...2 {
      throttle.scrolling = true
      shown = throttle.frame(for: Self.screen(from: top), at: start.addingTimeInterval(Double(top) * 0.03))
    }
    let wanted = Self.screen(from: 2)
    // Two lines up, the speakers in rows 0-3 stand in rows 0-1: rows 0-3 need their sidebar
    // again; the blank sidebar rows and the border moved onto their like and need nothing.
    let repairs = Self.repairs(shown, wanted)
    #expect(repairs.rows == [0, 1, 2, 3])
    #expect(repairs.sidebarOnly, "the text is already right")
    // The run loop draws again once no key came for `interval`; that frame is not a scroll step.
    let settled = throttle.frame(for: wanted, at: start.addingTimeInterval(0.4))
    #expect(settled == wanted)
    #expect(!throttle.isPending)
  }

  @Test func aSidebarThatMovedOntoItsLikeIsNotPending() {
    // No speakers: the sidebar is blank and the border the same on every row, so the screen
    // scrolled whole is the frame itself and nothing waits for a pause.
    var throttle = ScrollThrottle()
    let start = Date()
    let blank = { (top: Int) in PaneScrollTests.screen(PaneScrollTests.text(from: top)) }
    _ = throttle.frame(for: blank(0), at: start)
    throttle.scrolling = true
    #expect(throttle.frame(for: blank(1), at: start.addingTimeInterval(0.03)) == blank(1))
    #expect(!throttle.isPending)
  }

  @Test func aHeldKeyRepairsTheSidebarNowAndThen() {
    var throttle = ScrollThrottle()
    let start = Date()
    // A long text read straight down: the speakers scrolled away never come back on their own.
    // Each row differs from the next all along, as prose does.
    let text = (0..<80).map {
      "\($0)" + String(repeating: Character(Unicode.Scalar(97 + $0 % 26)!), count: 10)
    }
    let at = { (top: Int) in
      PaneScrollTests.screen(Array(text[top..<(top + 8)]), sidebar: PaneScrollTests.speakers)
    }
    _ = throttle.frame(for: at(0), at: start)
    var repaired = 0
    for step in 1...60 {
      throttle.scrolling = true
      let wanted = at(step)
      if throttle.frame(for: wanted, at: start.addingTimeInterval(Double(step) * 0.04)) == wanted {
        repaired += 1
      }
    }
    // 2.4 s of scrolling: the whole frame goes out at most every `longestHold` seconds, and does.
    #expect(repaired >= 1 && repaired <= Int(2.4 / ScrollThrottle.longestHold))
  }

  @Test func framesThatDoNotScrollGoOutWhole() {
    var throttle = ScrollThrottle()
    let start = Date()
    _ = throttle.frame(for: Self.screen(from: 0), at: start)
    throttle.scrolling = true
    _ = throttle.frame(for: Self.screen(from: 1), at: start.addingTimeInterval(0.03))
    // A search jumps: not a scroll key, so the real frame goes out, sidebar and all.
    let jump = Self.screen(from: 4, status: "match 1/3")
    #expect(throttle.frame(for: jump, at: start.addingTimeInterval(0.06)) == jump)
    #expect(!throttle.isPending)
    // A page of text that shares no row with the screen is drawn whole even while scrolling.
    throttle.scrolling = true
    let page = PaneScrollTests.screen((0..<8).map { "other \($0)" }, sidebar: ["Other"])
    let held = throttle.frame(for: page, at: start.addingTimeInterval(0.09))
    #expect(Self.repairs(held, page).rows == [8], "all but the held status row is the frame's")
  }
}
