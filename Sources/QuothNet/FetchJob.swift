import Synchronization

/// One fetch handed to the engine: the request, who to tell when it ends, and whether it was
/// cancelled. The completion is called exactly once, on the engine's thread.
final class FetchJob: Sendable {
  let request: FetchRequest
  private let completion: @Sendable (Result<FetchOutcome, FetchError>) -> Void
  private let state = Mutex<(cancelled: Bool, completed: Bool)>((false, false))

  init(request: FetchRequest, completion: @escaping @Sendable (Result<FetchOutcome, FetchError>) -> Void) {
    self.request = request
    self.completion = completion
  }

  /// Whether ``cancel()`` was called.
  var isCancelled: Bool { state.withLock { $0.cancelled } }

  /// Marks the job cancelled; the engine ends it at its next turn.
  func cancel() {
    state.withLock { $0.cancelled = true }
  }

  /// Reports the result, once; later calls do nothing.
  func complete(_ result: Result<FetchOutcome, FetchError>) {
    let first = state.withLock { state in
      defer { state.completed = true }
      return !state.completed
    }
    if first { completion(result) }
  }
}
