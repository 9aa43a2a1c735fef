import CCurl
import Foundation
import Synchronization

/// Runs fetches in one libcurl multi handle on a thread of its own, at most `concurrency` at once.
///
/// Callers hand in ``FetchJob``s from any thread; the engine's thread starts when there is work
/// and ends when there is none, so an idle fetcher holds no thread. libcurl does the waiting
/// (`curl_multi_poll`), so many slow servers cost one thread, not one each, and no caller's
/// thread ever blocks on the network.
final class CurlEngine: Sendable {
  private struct Queue {
    var waiting: [FetchJob] = []
    var threadRunning = false
  }

  private let options: FetchOptions
  private let queue = Mutex(Queue())
  /// Touched only by the engine's thread, except for `curl_multi_wakeup`, which is thread-safe.
  private nonisolated(unsafe) let multi: UnsafeMutableRawPointer

  /// Loads libcurl and initialises it, once. Without libcurl no fetch can run: quoth says why
  /// on one line and exits, as the dynamic loader did when libcurl was linked.
  private static let globalInit: Void = {
    if let reason = quoth_curl_load() {
      FileHandle.standardError.write(Data("quoth: cannot load libcurl: \(String(cString: reason))\n".utf8))
      exit(1)
    }
    _ = quoth_curl_global_init(Int(CURL_GLOBAL_DEFAULT))
  }()

  /// The version of the libcurl quoth runs with (`7.88.1`), for the `User-Agent`.
  static let libraryVersion: String = {
    quoth_curl_version().map { String(cString: $0) } ?? "unknown"
  }()

  init(options: FetchOptions) {
    Self.globalInit
    self.options = options
    multi = quoth_curl_multi_init()
  }

  deinit {
    quoth_curl_multi_cleanup(multi)
  }

  /// Queues `job`; it starts as soon as fewer than `concurrency` fetches are running.
  func submit(_ job: FetchJob) {
    let start = queue.withLock { queue in
      queue.waiting.append(job)
      defer { queue.threadRunning = true }
      return !queue.threadRunning
    }
    if start {
      let thread = Thread { self.run() }
      thread.name = "quoth-fetch"
      thread.start()
    } else {
      wake()
    }
  }

  /// Makes the engine's thread look at its queue and at cancelled jobs now.
  func wake() {
    _ = quoth_curl_multi_wakeup(multi)
  }

  /// The engine's thread: admit waiting jobs, drive the transfers, report the finished ones,
  /// until nothing is left.
  private func run() {
    var active: [ObjectIdentifier: CurlTransfer] = [:]
    while true {
      admit(into: &active)
      if active.isEmpty {
        let idle = queue.withLock { queue in
          if queue.waiting.isEmpty { queue.threadRunning = false }
          return !queue.threadRunning
        }
        if idle { return }
        continue
      }
      var running: Int32 = 0
      _ = quoth_curl_multi_perform(multi, &running)
      collectFinished(from: &active)
      for transfer in active.values where transfer.job.isCancelled {
        end(transfer, .failure(.cancelled(url: transfer.job.request.url)), in: &active)
      }
      if !active.isEmpty { _ = quoth_curl_multi_poll(multi, nil, 0, 1000, nil) }
    }
  }

  /// Starts waiting jobs while there is room; cancelled ones end without a transfer.
  private func admit(into active: inout [ObjectIdentifier: CurlTransfer]) {
    let room = max(1, options.concurrency) - active.count
    guard room > 0 else { return }
    let jobs = queue.withLock { queue in
      let taken = Array(queue.waiting.prefix(room))
      queue.waiting.removeFirst(taken.count)
      return taken
    }
    for job in jobs {
      if job.isCancelled {
        job.complete(.failure(.cancelled(url: job.request.url)))
      } else if let failure = Self.precheck(job.request.url) {
        job.complete(.failure(failure))
      } else if let transfer = CurlTransfer(job: job, options: options) {
        active[ObjectIdentifier(transfer)] = transfer
        _ = quoth_curl_multi_add_handle(multi, transfer.handle)
      } else {
        job.complete(.failure(.transfer(url: job.request.url, reason: "libcurl could not start a transfer")))
      }
    }
  }

  /// Refuses a URL that is not http or https before any transfer starts.
  static func precheck(_ url: String) -> FetchError? {
    let lower = url.lowercased()
    if lower.hasPrefix("http://") || lower.hasPrefix("https://") { return nil }
    return lower.contains(":") ? .unsupportedScheme(url: url, target: nil) : .invalidURL(url: url)
  }

  /// Reports every transfer libcurl has finished, or sends it on to its redirect.
  private func collectFinished(from active: inout [ObjectIdentifier: CurlTransfer]) {
    var left: Int32 = 0
    while let message = quoth_curl_multi_info_read(multi, &left) {
      guard message.pointee.msg == CURLMSG_DONE, let handle = message.pointee.easy_handle else { continue }
      var context: UnsafeMutableRawPointer?
      _ = quoth_curl_getinfo_pointer(handle, CURLINFO_PRIVATE, &context)
      guard let context else { continue }
      let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
      let code = message.pointee.data.result
      // The message is invalid once the handle is removed: read it first.
      _ = quoth_curl_multi_remove_handle(multi, handle)
      switch transfer.finished(code: code) {
      case .redirect: _ = quoth_curl_multi_add_handle(multi, handle)
      case .done(let result): end(transfer, result, in: &active)
      }
    }
  }

  private func end(
    _ transfer: CurlTransfer, _ result: Result<FetchOutcome, FetchError>,
    in active: inout [ObjectIdentifier: CurlTransfer]
  ) {
    _ = quoth_curl_multi_remove_handle(multi, transfer.handle)
    active[ObjectIdentifier(transfer)] = nil
    transfer.job.complete(result)
  }
}
