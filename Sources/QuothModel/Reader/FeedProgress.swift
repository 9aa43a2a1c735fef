/// How far an update of the feeds in the background has got.
public struct FeedProgress: Hashable, Sendable {
  /// The feeds that have ended (read, not modified or failed).
  public var done: Int
  /// The feeds being updated.
  public var total: Int

  /// Creates the progress.
  public init(done: Int, total: Int) {
    self.done = done
    self.total = total
  }

  /// `Updating feeds 12/42…`, as the status bar shows it.
  public var description: String { "Updating feeds \(done)/\(total)…" }
}
