import Foundation
import QuothModel
import QuothView

/// Holds back status-bar updates while the reader scrolls line by line, so that over SSH each
/// step sends the new text line and not also a new position.
///
/// The bar is brought up to date once the scroll keys pause for ``interval``, and at least every
/// ``longestHold`` while a key is held down. Holding from the first step, rather than updating at
/// most every ``interval``, is what keeps a quick burst of `j` from sending a new position every
/// few lines.
struct StatusThrottle {
  /// The quiet time after which the status bar is brought up to date, in seconds.
  static let interval = 0.2
  /// The longest a status bar is held while scrolling goes on, in seconds.
  static let longestHold = 1.0

  /// Commands whose frames may keep the previous status bar for a moment.
  static let scrollCommands: Set<QuothModel.Command> = [.lineDown, .lineUp]

  /// Whether the last key was a line scroll.
  var scrolling = false
  /// Whether the screen shows an out-of-date status bar.
  private(set) var isPending = false
  /// When the status bar on screen started to be out of date.
  private var heldSince: Date?
  private var drawn: ScreenBuffer?

  /// Draws `frame`, keeping the status row already on screen while scrolling quickly.
  mutating func draw(_ frame: ScreenBuffer, on terminal: some TerminalBackend) {
    terminal.draw(self.frame(for: frame))
  }

  /// The frame to draw for `frame` at `now`: `frame` itself, or with the status row already on
  /// screen while line scrolling goes on.
  mutating func frame(for frame: ScreenBuffer, at now: Date = Date()) -> ScreenBuffer {
    var frame = frame
    if scrolling, let drawn, drawn.columns == frame.columns, drawn.rows == frame.rows, frame.rows > 0,
      now.timeIntervalSince(heldSince ?? now) < Self.longestHold
    {
      if frame.copyRow(frame.rows - 1, from: drawn), !isPending {
        isPending = true
        heldSince = now
      }
    } else {
      isPending = false
      heldSince = nil
    }
    scrolling = false
    drawn = frame
    return frame
  }
}
