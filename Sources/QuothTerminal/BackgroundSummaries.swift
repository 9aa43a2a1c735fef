import Foundation
import QuothModel
import Synchronization

/// Finds the quotes of every library article on a background thread, so that the library list
/// fills in quote counts and speakers while the reader scrolls and opens articles.
final class BackgroundSummaries: Sendable {
  /// Reads and summarises one article; `nil` when it cannot be read.
  typealias Summarize = @Sendable (String) -> QuoteSummary?

  private let pending = Mutex<[(path: String, summary: QuoteSummary)]>([])
  private let state = Mutex<(cancelled: Bool, finished: Bool)>((false, false))

  /// Starts summarising `paths` in order.
  init(paths: [String], summarize: @escaping Summarize) {
    let thread = Thread { [self] in
      for path in paths {
        if state.withLock({ $0.cancelled }) { break }
        if let summary = summarize(path) { pending.withLock { $0.append((path, summary)) } }
      }
      state.withLock { $0.finished = true }
    }
    thread.qualityOfService = .utility
    thread.start()
  }

  /// Whether results may still arrive.
  var isRunning: Bool {
    let now = state.withLock { $0 }
    return !now.finished && !now.cancelled
  }

  /// The summaries found since the last call.
  func drain() -> [(path: String, summary: QuoteSummary)] {
    pending.withLock { results in
      defer { results.removeAll() }
      return results
    }
  }

  /// Asks the thread to stop after the article it is on.
  func cancel() {
    state.withLock { $0.cancelled = true }
  }
}
