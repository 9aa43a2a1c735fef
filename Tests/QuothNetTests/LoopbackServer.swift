import Foundation

/// The test HTTP server (`Server/serve.py`) running on 127.0.0.1, on a port it picked itself.
///
/// Starting it waits for the `PORT n` line the server prints once it listens, so the first request
/// never races its start. It stops when this object goes, or at the latest when the test process
/// ends (it exits when its standard input closes). python3 is required: a missing one fails the
/// tests, never skips them.
final class LoopbackServer: Sendable {
  /// Why the server did not start.
  struct StartError: Error, CustomStringConvertible {
    var description: String
  }

  /// One server shared by the tests that do not stop it.
  static let shared = Result { try LoopbackServer() }

  /// The shared server, or the reason it could not start.
  static func running() throws -> LoopbackServer { try shared.get() }

  /// The port it listens on.
  let port: Int
  private let process: Process
  private let input: Pipe

  /// The script beside this file.
  static var script: String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Server/serve.py").path
  }

  init() throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", Self.script]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    // Read the first line, byte by byte: it comes once the socket is listening.
    var line: [UInt8] = []
    let reader = output.fileHandleForReading
    while true {
      guard let byte = try reader.read(upToCount: 1)?.first else { break }
      if byte == UInt8(ascii: "\n") { break }
      line.append(byte)
    }
    let text = String(decoding: line, as: UTF8.self)
    guard text.hasPrefix("PORT "), let port = Int(text.dropFirst(5)) else {
      process.terminate()
      throw StartError(description: "\(Self.script) did not start (said: \(text.isEmpty ? "nothing" : text))")
    }
    self.port = port
    self.process = process
    self.input = input
  }

  deinit {
    stop()
  }

  /// The URL of `path` (which starts with `/`) on this server.
  func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

  /// Stops the server and waits until it has exited, so its port refuses connections.
  func stop() {
    try? input.fileHandleForWriting.close()
    if process.isRunning { process.terminate() }
    process.waitUntilExit()
  }
}
