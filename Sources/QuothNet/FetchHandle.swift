/// A fetch started with ``Fetcher/start(_:completion:)``: cancel it when its result is no longer
/// wanted (the reader moved on).
public struct FetchHandle: Sendable {
  let job: FetchJob
  let engine: CurlEngine

  /// Stops the fetch; its completion is called with ``FetchError/cancelled(url:)`` unless it has
  /// already finished.
  public func cancel() {
    job.cancel()
    engine.wake()
  }
}
