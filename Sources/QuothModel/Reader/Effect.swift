/// Work the reducer asks the run loop to do: data, so that every key can be tested without a terminal.
public enum Effect: Hashable, Sendable {
  /// Read and parse the article at this path, then send ``Action/loaded(_:)`` or ``Action/loadFailed(_:)``.
  case load(path: String)
  /// Find the quotes of the open article at this path off the main loop, then send
  /// ``Action/analyzed(path:_:)``.
  case analyze(path: String)
  /// Repaint the whole screen from scratch.
  case redraw
  /// Leave the run loop and restore the terminal.
  case quit
  /// Put this text on the clipboard (OSC 52, which reaches the user's own machine over SSH).
  case copy(String)
  /// Write this Markdown to `quoth-<slug>.md` in the current folder, never overwriting.
  case export(markdown: String, slug: String)
  /// Paint with the theme of this name from now on.
  case setTheme(String)
}
