import Dispatch
import Foundation
import QuothIO
import QuothNet
import Synchronization

/// `quoth-bench --net`: `quoth update` of 50 feeds, and before it fetching 50 feeds of 50 items each from the loopback test server, 8 at
/// a time, into an empty cache (every feed a 200) and then again (every feed a 304), as
/// `quoth update` will. The server is the tests' own (`Tests/QuothNetTests/Server/serve.py`,
/// run with python3 from the repository's root); nothing leaves 127.0.0.1.
enum NetBenchmark {
  static func run(script: String, rounds: Int, report: (String, String) -> Void) {
    let server = Process()
    server.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    server.arguments = ["python3", script]
    let input = Pipe()
    let output = Pipe()
    server.standardInput = input
    server.standardOutput = output
    do {
      try server.run()
    } catch {
      fatalError("quoth-bench: cannot start python3 \(script): \(error)")
    }
    defer {
      try? input.fileHandleForWriting.close()
      server.terminate()
      server.waitUntilExit()
    }
    // The server's first line, `PORT n`, comes once it listens.
    var line = Data()
    while let byte = try? output.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data([0x0A])
    {
      line.append(byte)
    }
    guard let text = String(data: line, encoding: .utf8), text.hasPrefix("PORT "),
      let port = Int(text.dropFirst(5))
    else { fatalError("quoth-bench: \(script) did not start") }
    let urls = (0..<50).map { "http://127.0.0.1:\(port)/feed/\($0)?items=50" }
    let fetcher = Fetcher()
    let clock = ContinuousClock()
    var cold = Double.infinity
    var warm = Double.infinity
    var bytes = 0
    for _ in 0..<rounds {
      let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
        "quoth-bench-\(UUID().uuidString)")
      defer { try? FileManager.default.removeItem(at: folder) }
      let cache = HTTPCache(folder: folder.path)
      for pass in 0..<2 {
        var results: [Result<CachedFetch, FetchError>] = []
        let time = clock.measure {
          results = wait { await fetcher.cachedOrFetchAll(urls, cache: cache, mode: .online) }
        }
        let failed = results.filter { (try? $0.get()) == nil }.count
        if failed > 0 { fatalError("quoth-bench: \(failed) of 50 feeds failed") }
        let seconds = Double(time.components.seconds) + Double(time.components.attoseconds) / 1e18
        if pass == 0 {
          cold = min(cold, seconds)
          bytes = results.reduce(0) { $0 + ((try? $1.get())?.resource.body.count ?? 0) }
        } else {
          warm = min(warm, seconds)
        }
      }
    }
    let (updateCold, updateWarm, newItems) = update(urls, rounds: rounds, clock: clock)
    report(
      "fetch 50 feeds x 50 items",
      String(format: "%.3f s (200s, %.1f MB, 8 at a time)", cold, Double(bytes) / 1e6))
    report("revalidate 50 feeds", String(format: "%.3f s (all 304)", warm))
    report(
      "update 50 feeds x 50 items",
      String(format: "%.3f s (fetch, parse, %d new items saved as seen)", updateCold, newItems))
    report("update again", String(format: "%.3f s (all 304, 0 new)", updateWarm))
  }

  /// `quoth update`'s work, as the command does it: the seen items loaded, every feed fetched
  /// and read (``FeedUpdate``), the seen items saved; into an empty cache and state, then again.
  ///
  /// - Returns: the best times of the two passes, and the new items the first found.
  private static func update(_ urls: [String], rounds: Int, clock: ContinuousClock) -> (Double, Double, Int) {
    var cold = Double.infinity
    var warm = Double.infinity
    var newItems = 0
    for _ in 0..<rounds {
      let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
        "quoth-bench-update-\(UUID().uuidString)")
      defer { try? FileManager.default.removeItem(at: folder) }
      let update = FeedUpdate(fetcher: Fetcher(), cache: HTTPCache(folder: folder.path + "/http"))
      let store = FeedSeenStore(folder: folder.path + "/state")
      for pass in 0..<2 {
        var outcomes: [FeedUpdate.Outcome] = []
        let time = clock.measure {
          let seen = store.load().seen
          outcomes = update.runWaiting(urls, seen: seen)
          let read = outcomes.reduce(into: FeedSeenStore.Seen()) { $0[$1.url] = $1.itemKeys }
          if let problem = store.save(read, keepingOnly: Set(urls)) { fatalError("quoth-bench: \(problem)") }
        }
        if outcomes.contains(where: \.failed) { fatalError("quoth-bench: \(outcomes.summary)") }
        let seconds = Double(time.components.seconds) + Double(time.components.attoseconds) / 1e18
        if pass == 0 {
          cold = min(cold, seconds)
          newItems = outcomes.reduce(0) { $0 + $1.newItems }
        } else {
          warm = min(warm, seconds)
        }
      }
    }
    return (cold, warm, newItems)
  }

  /// Runs `body` as a task and blocks this (main) thread until it ends.
  private static func wait<Value: Sendable>(_ body: @escaping @Sendable () async -> Value) -> Value {
    let box = Box<Value>()
    let done = DispatchSemaphore(value: 0)
    Task {
      let value = await body()
      box.value.withLock { $0 = value }
      done.signal()
    }
    done.wait()
    return box.value.withLock { $0! }
  }
}

/// A value handed from a task to the thread waiting for it.
private final class Box<Value: Sendable>: Sendable {
  let value = Mutex<Value?>(nil)
}
