import Foundation
import Testing

/// A private sshd on 127.0.0.1, with throwaway host and user keys in a temporary folder.
final class PrivateSSHServer {
  static let sshd = "/usr/sbin/sshd"

  /// Whether the SSH test runs: always under `CI=true` (where a missing sshd must fail), else
  /// when sshd, ssh and tmux are installed.
  static var enabled: Bool {
    if ProcessInfo.processInfo.environment["CI"] == "true" { return true }
    return FileManager.default.isExecutableFile(atPath: sshd) && Tmux.which("ssh") != nil && Tmux.enabled
  }

  let folder: URL
  let port: Int
  let user: String
  private var pid: pid_t = 0

  /// Writes keys and a config, and starts `sshd -D` on a free port.
  init() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "quoth-sshd-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    user = String(cString: getpwuid(getuid())!.pointee.pw_name)
    port = try Self.freePort()
    let keygen = Tmux.which("ssh-keygen") ?? "/usr/bin/ssh-keygen"
    for name in ["host_key", "user_key"] {
      _ = try Tmux.run(keygen, ["-q", "-t", "ed25519", "-N", "", "-C", "quoth-test", "-f", path(name)])
    }
    try FileManager.default.copyItem(atPath: path("user_key.pub"), toPath: path("authorized_keys"))
    let config = """
      ListenAddress 127.0.0.1
      Port \(port)
      HostKey \(path("host_key"))
      PidFile \(path("sshd.pid"))
      AuthorizedKeysFile \(path("authorized_keys"))
      PermitRootLogin prohibit-password
      PubkeyAuthentication yes
      PasswordAuthentication no
      KbdInteractiveAuthentication no
      StrictModes no
      UsePAM no
      PrintMotd no
      PrintLastLog no
      LogLevel ERROR
      """
    try config.write(toFile: path("sshd_config"), atomically: true, encoding: .utf8)
    // sshd insists on its privilege-separation folder.
    try? FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true)
    pid = try Self.spawn(
      Self.sshd, ["-D", "-f", path("sshd_config"), "-p", "\(port)", "-E", path("sshd.log")])
    var status: Int32 = 0
    let started = Tmux.poll(timeout: 10) {
      Self.accepts(port: port) || waitpid(pid, &status, WNOHANG) == pid
    }
    guard started, Self.accepts(port: port) else {
      let log = (try? String(contentsOfFile: path("sshd.log"), encoding: .utf8)) ?? ""
      stop()
      throw POSIXError(.ECONNREFUSED, userInfo: [NSLocalizedDescriptionKey: "sshd did not start: \(log)"])
    }
  }

  deinit {
    stop()
    try? FileManager.default.removeItem(at: folder)
  }

  func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

  /// The ssh command that runs `command` on this server in a terminal (`-tt`).
  func sshCommand(_ command: String) -> String {
    "ssh -tt -i '\(path("user_key"))' -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null "
      + "-o LogLevel=ERROR -o ServerAliveInterval=0 -p \(port) \(user)@127.0.0.1 \(command)"
  }

  func stop() {
    guard pid > 0 else { return }
    kill(pid, SIGTERM)
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    pid = 0
  }

  /// A port nobody listens on now: bind port 0 and see what the kernel picked.
  static func freePort() throws -> Int {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { throw POSIXError(.EMFILE) }
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
        bind(fd, pointer, length) == 0 && getsockname(fd, pointer, &length) == 0
      }
    }
    guard bound else { throw POSIXError(.EADDRINUSE) }
    return Int(UInt16(bigEndian: address.sin_port))
  }

  /// Whether something accepts connections on 127.0.0.1:`port`.
  static func accepts(port: Int) -> Bool {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = UInt16(port).bigEndian
    return withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
      }
    }
  }

  /// Starts a program without waiting for it; its output goes to /dev/null.
  static func spawn(_ program: String, _ arguments: [String]) throws -> pid_t {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([program] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let spawned = Tmux.withCleanSignals { posix_spawn(&pid, program, &actions, &$0, argv, environ) }
    guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL) }
    return pid
  }

  /// The processes running `binary` whose command line mentions `marker`.
  static func processes(running binary: String, mentioning marker: String) -> [String] {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return entries.filter { entry in
      guard Int(entry) != nil,
        let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(entry)/exe"),
        exe == binary || exe.hasPrefix(binary + " "),
        let cmdline = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline")
      else { return false }
      return String(decoding: cmdline, as: UTF8.self).contains(marker)
    }
  }
}

/// quoth over a real SSH connection: read, scroll, search, jump to a quote, resize, then drop the
/// connection.
@Suite(
  .enabled(if: PrivateSSHServer.enabled, "needs sshd, ssh and tmux (always runs under CI=true)"), .serialized)
struct SSHEndToEndTests {
  @Test func droppedConnectionLeavesNoProcess() throws {
    let server = try PrivateSSHServer()
    let binary = URL(fileURLWithPath: Tmux.quoth).resolvingSymlinksInPath().path
    let article = server.path("over-ssh-\(UUID().uuidString.prefix(8)).txt")
    try ReaderEndToEndTests.article.write(toFile: article, atomically: true, encoding: .utf8)
    let remote = "env LANG=C.UTF-8 XDG_STATE_HOME='\(server.path("state"))' '\(binary)' '\(article)'"
    // The dropped session never restores the local screen, so the status starts on a fresh line.
    let tmux = try Tmux(
      server.sshCommand(remote) + "; status=$?; echo; echo SSH_EXIT=$status", columns: 80, rows: 20)
    try tmux.wait(for: "Lighthouse keepers return", timeout: 30)
    #expect(PrivateSSHServer.processes(running: binary, mentioning: article).count == 1)

    try tmux.send("j", "j", "j")
    try tmux.wait(for: "line 4–")
    try tmux.send("/")
    try tmux.type("allan")
    try tmux.send("Enter")
    try tmux.wait(for: "match 1/3")
    // Jump to the next quote over the wire.
    try tmux.send("]")
    try tmux.wait(for: "quote 1/")
    try tmux.resize(columns: 50, rows: 14)
    // At 50 columns the article is 40 lines; the status bar says so once quoth has redrawn.
    try tmux.wait(for: "reflowed over ssh") { $0.contains("/40 ") && $0.split(separator: "\n").count <= 14 }
    try tmux.resize(columns: 100, rows: 30)
    try tmux.send("G")
    try tmux.wait(for: "Visitors can reach the point")

    // Drop the connection the way a person would: Enter, then the escape `~.`.
    try tmux.send("Enter")
    try tmux.type("~.")
    try tmux.wait(for: "SSH_EXIT=255", timeout: 15)
    var left: [String] = []
    Tmux.poll(timeout: 10) {
      left = PrivateSSHServer.processes(running: binary, mentioning: article)
      return left.isEmpty
    }
    #expect(left.isEmpty, "no quoth process is left after the connection dropped: pids \(left)")
    #expect(
      FileManager.default.fileExists(atPath: server.path("state/quoth/state.json")),
      "the place was saved on the way out")
  }
}
