/// An input to ``ReaderState/reduce(_:)``: a key, a command, or an event from the run loop.
public enum Action: Sendable {
  /// A key press, looked up in the ``Keymap`` (or typed into the prompt when one is open).
  case key(Key)
  /// A command, as if its key had been pressed, with an optional count.
  case command(Command, count: Int? = nil)
  /// The window is now this size.
  case resize(columns: Int, rows: Int)
  /// An article finished loading.
  case loaded(Article)
  /// An article could not be loaded; the message names the file and the reason.
  case loadFailed(String)
  /// Something the run loop did (or failed to do) to report in the status bar.
  case notify(String, isError: Bool)
  /// The quotes of a large open article were found in the background.
  case analyzed(path: String, QuoteAnalysis)
  /// Background extraction finished for an article in the library.
  case summary(path: String, QuoteSummary)
}
