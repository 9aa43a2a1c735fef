import QuothModel
import QuothView

/// What the run loop needs of a terminal: its size, a way to show a finished frame, the next
/// event, and raw bytes for what curses does not draw.
///
/// ``Terminal`` is the curses implementation; ``MemoryTerminal`` records frames and bytes so the
/// run loop's behaviour (effects, signals, redraws, the status bar) is tested without a terminal.
public protocol TerminalBackend: AnyObject {
  /// The window size in columns and rows.
  var size: (columns: Int, rows: Int) { get }
  /// Shows `buffer`, sending only what changed since the last frame.
  func draw(_ buffer: ScreenBuffer)
  /// Waits up to `timeout` milliseconds for an event; `nil` when none came.
  func nextEvent(timeout: Int32) -> TerminalEvent?
  /// Sends bytes straight to the terminal, outside the frame (an OSC 52 clipboard request).
  func sendRaw(_ text: String)
  /// Paints with `theme` from the next frame on.
  func setTheme(_ theme: Theme)
  /// Forgets what is on screen, so that the next frame is drawn whole.
  func invalidate()
}
