import Foundation
import Testing

/// Web pages through the built binary, from the loopback server the network tests use: read,
/// cached, read again with the server gone, and refused offline when never fetched.
@Suite(.enabled(if: Tmux.enabled, "needs tmux (always runs under CI=true)"))
struct WebPageEndToEndTests {
  /// The loopback HTTP server (Tests/QuothNetTests/Server/serve.py) on a free port.
  final class Server {
    let port: Int
    private let process = Process()
    private let input = Pipe()

    init() throws {
      let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("QuothNetTests/Server/serve.py").path
      let output = Pipe()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      process.arguments = ["python3", script]
      process.standardInput = input
      process.standardOutput = output
      try process.run()
      // The first line, `PORT n`, comes once the socket listens.
      var line: [UInt8] = []
      while let byte = try output.fileHandleForReading.read(upToCount: 1)?.first, byte != 0x0A {
        line.append(byte)
      }
      port = Int(String(decoding: line, as: UTF8.self).dropFirst("PORT ".count)) ?? 0
      #expect(port > 0, "the loopback server started")
    }

    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    func stop() {
      try? input.fileHandleForWriting.close()
      // Children of the test process (tmux servers) may hold the pipe open, and may have been
      // started with SIGTERM blocked, which the server inherits: end it for certain.
      if process.isRunning { kill(process.processIdentifier, SIGKILL) }
      process.waitUntilExit()
    }

    deinit { stop() }
  }

  @Test func aPageIsReadThenReadAgainFromTheCacheOnceTheServerIsGone() throws {
    let server = try Server()
    let cache = FileManager.default.temporaryDirectory.appendingPathComponent(
      "quoth-web-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: cache) }
    let page = server.url("/story/ferry")
    let first = try CommandLineEndToEndTests.quoth(arguments: ["quotes", page], cache: cache)
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stdout.contains("Tom Reyes (mayor): “We are glad to have the Aurora back,”"))
    #expect(!first.stdout.contains("cookies"), "page furniture is left out")
    let missing = try CommandLineEndToEndTests.quoth(
      arguments: ["dump", server.url("/status/404")], cache: cache)
    #expect(missing.status == 1)
    #expect(missing.errorLines.contains("quoth: \(server.url("/status/404")): HTTP 404 Not Found"))
    server.stop()
    let again = try CommandLineEndToEndTests.quoth(arguments: ["dump", page], cache: cache)
    #expect(again.status == 0)
    #expect(again.stdout.contains("Harbour ferry returns (ferry)"))
    #expect(again.errorLines.contains { $0.hasPrefix("quoth: \(page): offline: showing cached copy from ") })
    let offline = try CommandLineEndToEndTests.quoth(arguments: ["list", "--offline", page], cache: cache)
    #expect(offline.status == 0)
    #expect(offline.stdout.contains("Harbour ferry returns (ferry)\t2024-03-14\tLoopback Ledger\tAnn Lee"))
    let never = try CommandLineEndToEndTests.quoth(
      arguments: ["list", "--offline", server.url("/story/other")], cache: cache)
    #expect(never.status == 1)
    #expect(
      never.errorLines.contains(
        "quoth: \(server.url("/story/other")): not in the cache (offline: nothing is fetched)"))
  }

  @Test func theReaderOpensAPageAtItsHeader() throws {
    let server = try Server()
    let tmux = try Tmux(
      "XDG_CACHE_HOME=cache '\(Tmux.quoth)' '\(server.url("/story/reader"))'", columns: 80, rows: 24)
    let screen = try tmux.wait(for: "By Ann Lee")
    #expect(screen.contains("Harbour ferry returns (reader)"))
    #expect(screen.contains("2024-03-14 · Loopback Ledger"))
    #expect(screen.contains("Tom Reyes"), "the sidebar lists the speaker")
    try tmux.send("q")
    try tmux.wait(for: "QUOTH_EXIT=0")
  }

  @Test func aStallingServerNeverHoldsTheScreenAndAFailedPageIsReported() throws {
    let server = try Server()
    // The screen opens at once and says what it waits for; `q` leaves without waiting 30 s.
    let stalled = try Tmux(
      "XDG_CACHE_HOME=cache '\(Tmux.quoth)' '\(server.url("/stall"))'", columns: 80, rows: 24)
    try stalled.wait(for: "Opening \(server.url("/stall"))…")
    try stalled.send("q")
    try stalled.wait(for: "QUOTH_EXIT=0")
    // A page that cannot be had closes the reader and is named on standard error.
    let missing = try Tmux(
      "XDG_CACHE_HOME=cache '\(Tmux.quoth)' '\(server.url("/status/404"))'", columns: 80, rows: 24)
    let screen = try missing.wait(for: "QUOTH_EXIT=1")
    #expect(screen.contains("quoth: \(server.url("/status/404")): HTTP 404 Not Found"))
  }
}
