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
  ///
  /// Everything the command reads is in place before it starts: `files` (name to contents) and
  /// whatever `prepare` writes into the test's folder. With `recording`, every byte the pane
  /// receives is copied to that file from the first one on (see ``startRecording(to:)``).
  init(
    _ command: String, columns: Int = 80, rows: Int = 24, environment: [String: String] = [:],
    files: [String: String] = [:], recording: String? = nil, prepare: (Tmux) throws -> Void = { _ in }
  ) throws {
    directory = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    for (name, text) in files { try write(name, text) }
    try prepare(self)
    let env = environment.map { "\($0.key)='\($0.value)'" }.joined(separator: " ")
    // Reading state goes to the test's own folder, never the user's ~/.local/state.
    let state = "export XDG_STATE_HOME='\(directory.path)/state';"
    // With a recording the command waits at a gate until tmux copies the pane's output. After the
    // command, the shell opens a FIFO that nobody writes: the pane stays open, its screen
    // readable, until the server is killed.
    let gate = directory.appendingPathComponent(".gate").path
    let hold = directory.appendingPathComponent(".hold").path
    for fifo in [gate, hold] where mkfifo(fifo, 0o600) != 0 {
      throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
    }
    let wait = recording == nil ? "" : "read go < '\(gate)';"
    let script =
      "\(wait) cd '\(directory.path)'; \(state) \(env.isEmpty ? "" : "export \(env);") \(command); echo QUOTH_EXIT=$?; read end < '\(hold)'"
    try tmux(["new-session", "-d", "-s", "main", "-x", "\(columns)", "-y", "\(rows)", "sh", "-c", script])
    let pid = try tmux(["display-message", "-p", "#{pid}"])
    serverPID = pid_t(pid.trimmingCharacters(in: .whitespacesAndNewlines))
    if let recording {
      self.recording = try startRecording(to: recording)
      // Opening the gate for writing waits for the shell to open it for reading.
      guard let opened = FileHandle(forWritingAtPath: gate) else { throw POSIXError(.EIO) }
      try opened.write(contentsOf: Data("go\n".utf8))
      try opened.close()
    }
  }

  /// The tmux server's process, ended by signal if `kill-server` leaves it running (it has, now
  /// and then, left one server per test alive).
  private var serverPID: pid_t?

  /// The file given as `recording` when the session started.
  private(set) var recording: URL?

  deinit {
    _ = try? tmux(["kill-server"])
    if let pid = serverPID, pid > 1 {
      kill(pid, SIGTERM)
      if !Self.poll(timeout: 0.2, { kill(pid, 0) != 0 }) { kill(pid, SIGKILL) }
    }
    try? FileManager.default.removeItem(at: directory)
  }

  /// Looks at `condition` every 20 ms until it holds or `timeout` seconds have passed, and says
  /// whether it held.
  ///
  /// The only pause in the tests: the interval between two looks at a condition that is what the
  /// test waits for, never a wait that stands in for one.
  @discardableResult
  static func poll(timeout: TimeInterval, _ condition: () throws -> Bool) rethrows -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while true {
      if try condition() { return true }
      if Date() >= deadline { return false }
      usleep(20_000)
    }
  }

  /// Copies every byte the program writes to the pane into `name` in the test's folder (tmux
  /// `pipe-pane`): what a real terminal would have received, before tmux interprets it.
  ///
  /// The copy runs from when this returns until ``stopRecording(_:)``.
  func startRecording(to name: String) throws -> URL {
    let url = directory.appendingPathComponent(name)
    let done = url.path + ".done"
    try tmux(["pipe-pane", "-o", "-t", "main", "cat >> '\(url.path)'; : > '\(done)'"])
    return url
  }

  /// Stops copying the pane's output and returns every byte copied into `url`, once the copy has
  /// written the last of them.
  func stopRecording(_ url: URL, sourceLocation: SourceLocation = #_sourceLocation) throws -> [UInt8] {
    try tmux(["pipe-pane", "-t", "main"])
    let done = url.path + ".done"
    if !Self.poll(timeout: 15, { FileManager.default.fileExists(atPath: done) }) {
      Issue.record("the pane's output was never all written to \(url.path)", sourceLocation: sourceLocation)
    }
    return [UInt8]((try? Data(contentsOf: url)) ?? Data())
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

  /// Spawn attributes that start a program as a login shell would: no signal blocked, every
  /// signal at its default action.
  ///
  /// A test runs on whichever thread the runner picks, and worker threads block most signals; a
  /// tmux server started from one passed that mask to the shell and quoth in its pane, where a
  /// blocked SIGCHLD hung `wait` and a blocked SIGWINCH or SIGTERM went unseen.
  static func withCleanSignals<T>(_ body: (inout posix_spawnattr_t) throws -> T) rethrows -> T {
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t()
    sigemptyset(&none)
    var all = sigset_t()
    sigfillset(&all)
    sigdelset(&all, SIGKILL)
    sigdelset(&all, SIGSTOP)
    posix_spawnattr_setsigmask(&attributes, &none)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    return try body(&attributes)
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
    let spawned = withCleanSignals { posix_spawn(&pid, program, &actions, &$0, argv, environ) }
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
  ///
  /// A frame may be caught half written: the screen counts once two looks in a row agree.
  @discardableResult
  func wait(
    for description: String, timeout: TimeInterval = 15, sourceLocation: SourceLocation = #_sourceLocation,
    _ condition: (String) -> Bool
  ) throws -> String {
    var text = ""
    var previous: String?
    let settled = try Self.poll(timeout: timeout) {
      text = try screen()
      defer { previous = condition(text) ? text : nil }
      return previous == text
    }
    if !settled {
      Issue.record("timed out waiting for \(description); screen:\n\(text)", sourceLocation: sourceLocation)
    }
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
