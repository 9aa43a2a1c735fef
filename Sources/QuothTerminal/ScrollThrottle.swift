import Foundation
import QuothModel
import QuothView

/// Holds back what is dear to send while the reader scrolls line by line, so that over SSH each
/// step sends little more than the line that came in: the status bar's new position, and the
/// repair of a docked sidebar that the terminal's scrolling moved along with the text.
///
/// Everything held is brought up to date once the scroll keys pause for ``interval``, and at
/// least every ``longestHold`` while a key is held down. Holding from the first step, rather than
/// updating at most every ``interval``, is what keeps a quick burst of `j` from sending a new
/// position, or a sidebar, every few lines.
///
/// The sidebar: when the text moves beside rows that stay (``PaneScroll``), a full frame costs
/// the line that came in plus a rewrite of every sidebar row that holds something, about 65 bytes
/// each, for every line. While scrolling goes on the frame drawn is instead the screen on show
/// with the whole width scrolled (``PaneScroll/scrolled(_:by:toward:rows:)``): the terminal
/// scrolls and writes the rows that came in, and the sidebar moves with the text. At the pause
/// the real frame goes out, and curses rewrites only the sidebar cells that differ from what the
/// scrolling left there (blank rows and the border, moved onto their like, cost nothing): one
/// repair per burst instead of one per line.
struct ScrollThrottle {
  /// The quiet time after which everything held is brought up to date, in seconds.
  static let interval = 0.2
  /// The longest anything is held while scrolling goes on, in seconds.
  static let longestHold = 1.0

  /// Commands whose frames may keep the previous status bar and sidebar for a moment.
  static let scrollCommands: Set<QuothModel.Command> = [.lineDown, .lineUp]

  /// Whether the last key was a line scroll.
  var scrolling = false
  /// Whether the screen shows something out of date (the status bar, the sidebar).
  private(set) var isPending = false
  /// When the screen started to be out of date.
  private var heldSince: Date?
  /// The frame last drawn: what is on screen.
  private var drawn: ScreenBuffer?

  /// Draws `frame`, or what is on screen scrolled toward it while scrolling quickly.
  mutating func draw(_ frame: ScreenBuffer, on terminal: some TerminalBackend) {
    terminal.draw(self.frame(for: frame))
  }

  /// The frame to draw for `frame` at `now`: `frame` itself, or, while line scrolling goes on,
  /// `frame` with the status row already on screen and, when the text moved beside rows that
  /// stayed, the screen on show scrolled whole toward it (see ``held(_:over:)``).
  mutating func frame(for frame: ScreenBuffer, at now: Date = Date()) -> ScreenBuffer {
    var shown = frame
    if scrolling, let drawn, now.timeIntervalSince(heldSince ?? now) < Self.longestHold {
      shown = Self.held(frame, over: drawn)
    }
    if shown == frame {
      isPending = false
      heldSince = nil
    } else if !isPending {
      isPending = true
      heldSince = now
    }
    scrolling = false
    drawn = shown
    return shown
  }

  /// What to draw for `frame` over `drawn` while scrolling goes on: `frame` with `drawn`'s status
  /// row (the last) and, when the text above it moved beside rows that stayed, `drawn` scrolled
  /// by as much over the whole width with the rows that came in taken from `frame`. `frame`
  /// itself when the two differ in size.
  static func held(_ frame: ScreenBuffer, over drawn: ScreenBuffer) -> ScreenBuffer {
    guard drawn.columns == frame.columns, drawn.rows == frame.rows, frame.rows > 0 else { return frame }
    var shown = frame
    _ = shown.copyRow(frame.rows - 1, from: drawn)
    let rows = frame.rows - 1
    if let shift = PaneScroll.shift(from: drawn, to: shown, rows: rows) {
      shown = PaneScroll.scrolled(drawn, by: shift, toward: shown, rows: rows)
    }
    return shown
  }
}
