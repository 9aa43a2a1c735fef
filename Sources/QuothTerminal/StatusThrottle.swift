import Foundation
import QuothModel
import QuothView

/// Holds back status-bar updates while the reader scrolls line by line, so that over SSH each
/// step sends the new text line and not also a new position; the position catches up as soon as
/// the keys pause.
struct StatusThrottle {
  /// The quiet time after which the status bar is brought up to date, in seconds.
  static let interval = 0.2

  /// Commands whose frames may keep the previous status bar for a moment.
  static let scrollCommands: Set<QuothModel.Command> = [.lineDown, .lineUp]

  /// Whether the last key was a line scroll.
  var scrolling = false
  /// Whether the screen shows an out-of-date status bar.
  private(set) var isPending = false
  private var lastUpdate = Date.distantPast
  private var drawn: ScreenBuffer?

  /// Draws `frame`, keeping the status row already on screen while scrolling quickly.
  mutating func draw(_ frame: ScreenBuffer, on terminal: Terminal) {
    var frame = frame
    let now = Date()
    if scrolling, now.timeIntervalSince(lastUpdate) < Self.interval, let drawn,
      drawn.columns == frame.columns, drawn.rows == frame.rows, frame.rows > 0
    {
      if frame.copyRow(frame.rows - 1, from: drawn) { isPending = true }
    } else {
      isPending = false
      lastUpdate = now
    }
    scrolling = false
    terminal.draw(frame)
    drawn = frame
  }
}
