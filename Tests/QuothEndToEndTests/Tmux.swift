import Foundation
import Testing

/// Runs the built `quoth` binary inside a private tmux server, types keys and reads the screen.
///
/// Each instance has its own server socket, so tests run side by side without seeing each other.
final class Tmux {
  /// Whether end-to-end tests run: always under `CI=true` (where a missing tmux must fail), else
  /// when tmux is installed.
  static var enabled: Bool {
    ProcessInfo.processInfo.environment["CI"] == "true" || which("tmux") != nil
  }

  static func which(_ name: String) -> String? {
    for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
      let path = "\(dir)/\(name)"
      if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return nil
  }

  /// The `quoth` executable built beside the test bundle.
  static var quoth: String {
    let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    var dir = runner.deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = dir.appendingPathComponent("quoth").path
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
      dir = dir.deletingLastPathComponent()
    }
    return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent(".build/debug/quoth").path
  }

  let socket = "quoth-test-\(UUID().uuidString.prefix(8))"
  let directory: URL

  /// Starts `command` (run by sh) in a window of the given size; the exit status is printed after it.
  init(_ command: String, columns: Int = 80, rows: Int = 24, environment: [String: String] = [:]) throws {
    directory = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let env = environment.map { "\($0.key)='\($0.value)'" }.joined(separator: " ")
    // Reading state goes to the test's own folder, never the user's ~/.local/state.
    let state = "export XDG_STATE_HOME='\(directory.path)/state';"
    let script =
      "cd '\(directory.path)'; \(state) \(env.isEmpty ? "" : "export \(env);") \(command); echo QUOTH_EXIT=$?; sleep 600"
    try tmux(["new-session", "-d", "-s", "main", "-x", "\(columns)", "-y", "\(rows)", "sh", "-c", script])
    let pid = try tmux(["display-message", "-p", "#{pid}"])
    serverPID = pid_t(pid.trimmingCharacters(in: .whitespacesAndNewlines))
  }

  /// The tmux server's process, ended by signal if `kill-server` leaves it running (it has, now
  /// and then, left one server per test alive for its `sleep 600`).
  private var serverPID: pid_t?

  deinit {
    _ = try? tmux(["kill-server"])
    if let pid = serverPID, pid > 1 {
      kill(pid, SIGTERM)
      for _ in 0..<20 where kill(pid, 0) == 0 { usleep(10_000) }
      if kill(pid, 0) == 0 { kill(pid, SIGKILL) }
    }
    try? FileManager.default.removeItem(at: directory)
  }

  /// Writes a file into the test's folder and returns its path.
  @discardableResult
  func write(_ name: String, _ text: String) throws -> String {
    let url = directory.appendingPathComponent(name)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
    return url.path
  }

  /// Runs a tmux command on this test's server and returns what it printed.
  @discardableResult
  func tmux(_ arguments: [String]) throws -> String {
    try Self.run(Self.which("tmux") ?? "/usr/bin/tmux", ["-L", socket, "-f", "/dev/null"] + arguments)
  }

  /// Runs a program and returns its standard output.
  ///
  /// Uses posix_spawn and waitpid rather than Foundation's Process, whose exit monitoring can miss
  /// a child here; output goes through a file, not a pipe, because the server that `new-session`
  /// starts would inherit a pipe and hold it open.
  static func run(_ program: String, _ arguments: [String]) throws -> String {
    let output = FileManager.default.temporaryDirectory.appendingPathComponent(
      "quoth-run-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: output) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, output.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([program] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, program, &actions, nil, argv, environ)
    guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    return (try? String(contentsOf: output, encoding: .utf8)) ?? ""
  }

  /// Sends keys as tmux names them (`j`, `Enter`, `C-c`, `Space`).
  func send(_ keys: String...) throws {
    try tmux(["send-keys", "-t", "main"] + keys)
  }

  /// Types text literally.
  func type(_ text: String) throws {
    try tmux(["send-keys", "-t", "main", "-l", text])
  }

  /// The screen as text; with `escapes`, with colour and attribute sequences.
  func screen(escapes: Bool = false) throws -> String {
    try tmux(["capture-pane", "-p", "-t", "main"] + (escapes ? ["-e"] : []))
  }

  /// A tmux format value of the pane, e.g. `#{cursor_flag}`.
  func display(_ format: String) throws -> String {
    try tmux(["display-message", "-p", "-t", "main", format]).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Waits until the screen satisfies `condition`, and returns it; records an issue on time-out.
  @discardableResult
  func wait(
    for description: String, timeout: TimeInterval = 15, sourceLocation: SourceLocation = #_sourceLocation,
    _ condition: (String) -> Bool
  ) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var text = ""
    while Date() < deadline {
      text = try screen()
      if condition(text) {
        // A frame may be caught half written: return once two reads 50 ms apart agree.
        Thread.sleep(forTimeInterval: 0.05)
        let again = try screen()
        if again == text { return text }
        continue
      }
      Thread.sleep(forTimeInterval: 0.05)
    }
    Issue.record("timed out waiting for \(description); screen:\n\(text)", sourceLocation: sourceLocation)
    return text
  }

  /// Waits until the screen shows `text`.
  @discardableResult
  func wait(for text: String, timeout: TimeInterval = 15, sourceLocation: SourceLocation = #_sourceLocation)
    throws
    -> String
  {
    try wait(for: "\"\(text)\"", timeout: timeout, sourceLocation: sourceLocation) { $0.contains(text) }
  }

  /// Resizes the window.
  func resize(columns: Int, rows: Int) throws {
    try tmux(["resize-window", "-t", "main", "-x", "\(columns)", "-y", "\(rows)"])
  }
}
