import Dispatch
import Synchronization

/// Fetches `http:` and `https:` URLs with libcurl, many at once.
///
/// Each fetch follows up to ``FetchOptions/maxRedirects`` redirects (only to http and https),
/// undoes gzip and deflate, stops at ``FetchOptions/maxSize``, gives up after the connect and
/// total timeouts, and sends quoth's `User-Agent`. A request carrying validators is a
/// conditional GET whose 304 comes back as ``FetchOutcome/notModified(_:)``. At most
/// ``FetchOptions/concurrency`` fetches run at once; the others wait in order.
///
/// All transfers run on one thread of the fetcher's own, so no caller blocks: the reader can
/// start fetches from its run loop with ``start(_:completion:)`` and post the results to its
/// inbox, and async code awaits ``fetch(_:)`` or ``fetchAll(_:progress:)``.
public final class Fetcher: Sendable {
  /// The options every fetch uses.
  public let options: FetchOptions
  /// Made at the first fetch: a command that is handed a fetcher but reads only files never
  /// loads libcurl or initialises TLS.
  private let lazyEngine = Mutex<CurlEngine?>(nil)

  /// A fetcher with `options`.
  public init(options: FetchOptions = FetchOptions()) {
    self.options = options
  }

  /// The engine, made on first use.
  private var engine: CurlEngine {
    lazyEngine.withLock { engine in
      if let engine { return engine }
      let made = CurlEngine(options: options)
      engine = made
      return made
    }
  }

  /// Starts fetching `request`; `completion` gets the outcome on the fetcher's thread (keep it
  /// short: post the result somewhere and return).
  ///
  /// - Returns: a handle that cancels the fetch.
  @discardableResult
  public func start(
    _ request: FetchRequest, completion: @escaping @Sendable (Result<FetchOutcome, FetchError>) -> Void
  ) -> FetchHandle {
    let job = FetchJob(request: request, completion: completion)
    let engine = engine
    engine.submit(job)
    return FetchHandle(job: job, engine: engine)
  }

  /// Fetches `request`. Cancelling the task cancels the transfer.
  ///
  /// - Throws: ``FetchError`` naming the URL and the reason.
  public func fetch(_ request: FetchRequest) async throws(FetchError) -> FetchOutcome {
    try await result(of: request).get()
  }

  /// Fetches `request`; cancelling the task cancels the transfer.
  private func result(of request: FetchRequest) async -> Result<FetchOutcome, FetchError> {
    let handle = Mutex<FetchHandle?>(nil)
    return await withTaskCancellationHandler {
      await withCheckedContinuation { continuation in
        let started = start(request) { continuation.resume(returning: $0) }
        handle.withLock { $0 = started }
        // A cancellation that came before the handle existed is passed on here.
        if Task.isCancelled { started.cancel() }
      }
    } onCancel: {
      handle.withLock { $0 }?.cancel()
    }
  }

  /// Fetches every request, ``FetchOptions/concurrency`` at a time; one failing never stops the
  /// others.
  ///
  /// - Parameter progress: called after each fetch ends with how many have ended and the total.
  /// - Returns: the outcomes in the order of `requests`.
  public func fetchAll(
    _ requests: [FetchRequest], progress: ((_ done: Int, _ total: Int) -> Void)? = nil
  ) async -> [Result<FetchOutcome, FetchError>] {
    await Self.concurrently(requests, progress: progress) { await self.result(of: $0) }
  }

  /// `work` for every item, all started at once (the engine limits how many transfers run),
  /// with the results in the order of `items`.
  static func concurrently<Item: Sendable, Value: Sendable>(
    _ items: [Item], progress: ((_ done: Int, _ total: Int) -> Void)?,
    _ work: @escaping @Sendable (Item) async -> Value
  ) async -> [Value] {
    await withTaskGroup(of: (Int, Value).self) { group in
      for (index, item) in items.enumerated() {
        group.addTask { (index, await work(item)) }
      }
      var results = [Value?](repeating: nil, count: items.count)
      var done = 0
      for await (index, result) in group {
        results[index] = result
        done += 1
        progress?(done, items.count)
      }
      return results.map { $0! }
    }
  }

  /// Fetches `request` and waits for the outcome, blocking the calling thread.
  ///
  /// For command-line tools that have nothing else to do meanwhile; never call it on a UI thread
  /// or from a task (it would hold one of the few threads async code runs on).
  /// - Throws: ``FetchError`` naming the URL and the reason.
  public func fetchWaiting(_ request: FetchRequest) throws(FetchError) -> FetchOutcome {
    let outcome = Mutex<Result<FetchOutcome, FetchError>?>(nil)
    let finished = DispatchSemaphore(value: 0)
    start(request) { result in
      outcome.withLock { $0 = result }
      finished.signal()
    }
    finished.wait()
    return try outcome.withLock { $0! }.get()
  }
}
