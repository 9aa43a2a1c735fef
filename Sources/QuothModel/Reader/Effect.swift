/// Work the reducer asks the run loop to do: data, so that every key can be tested without a terminal.
public enum Effect: Hashable, Sendable {
  /// Read and parse the article at this path, then send ``Action/loaded(_:)`` or ``Action/loadFailed(_:)``.
  case load(path: String)
  /// Repaint the whole screen from scratch.
  case redraw
  /// Leave the run loop and restore the terminal.
  case quit
  /// Paint with the theme of this name from now on.
  case setTheme(String)
}
