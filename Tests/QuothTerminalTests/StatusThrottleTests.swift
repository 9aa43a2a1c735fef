import Foundation
import QuothModel
import Testing

@testable import QuothTerminal
@testable import QuothView

/// The status bar is held while `j`/`k` scroll, and brought up to date when they pause.
@Suite struct StatusThrottleTests {
  /// A 20×3 frame: `text` on the first row, `status` on the last.
  static func frame(_ text: String, status: String) -> ScreenBuffer {
    var buffer = ScreenBuffer(columns: 20, rows: 3)
    buffer.put(text, x: 0, y: 0, style: .body)
    buffer.put(status, x: 0, y: 2, style: CellStyle(.statusBar))
    return buffer
  }

  @Test func theFirstScrollStepAlreadyKeepsTheStatusBar() {
    var throttle = StatusThrottle()
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
    var throttle = StatusThrottle()
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
    var throttle = StatusThrottle()
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
    #expect(updates >= 1 && updates <= Int(2.4 / StatusThrottle.longestHold))
  }

  @Test func otherKeysAndNewSizesUpdateAtOnce() {
    var throttle = StatusThrottle()
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
