import Foundation
import Testing

/// The command-line conventions of the built binary: version, help, manual page, completion
/// scripts, one `quoth: ` prefix on standard error, formats and exit statuses.
@Suite struct CommandLineEndToEndTests {
  /// What a run of `quoth` left behind.
  struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
    /// The lines on standard error.
    var errorLines: [String] { stderr.split(separator: "\n").map(String.init) }
  }

  /// Runs the built binary with `arguments`, standard input empty, the cache and
  /// config folders pointed into a scratch folder so that no test touches the user's.
  static func quoth(_ arguments: String...) throws -> Run { try quoth(arguments: arguments) }

  /// ``quoth(_:)`` with the arguments in an array; with `cache`, the cache folder is that one
  /// (kept from run to run) rather than the run's scratch folder, and with `home`, the cache,
  /// config and state folders are all that one.
  static func quoth(
    arguments: [String], cache: URL? = nil, home: URL? = nil, environment extra: [String: String] = [:]
  ) throws -> Run {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
      "quoth-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let out = scratch.appendingPathComponent("stdout")
    let err = scratch.appendingPathComponent("stderr")
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, out.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, err.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    var environment = ProcessInfo.processInfo.environment
    for name in ["XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"] { environment[name] = scratch.path }
    if let home {
      for name in ["XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"] { environment[name] = home.path }
    }
    if let cache { environment["XDG_CACHE_HOME"] = cache.path }
    environment["COLUMNS"] = "100"
    environment.merge(extra) { $1 }
    let argv = ([Tmux.quoth] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0)=\($1)") } + [nil]
    defer { (argv + envp).forEach { free($0) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, Tmux.quoth, &actions, nil, argv, envp)
    guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    return Run(
      status: (status >> 8) & 0xFF, stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
      stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
  }

  /// A fresh folder holding `files` (name: contents).
  static func folder(_ files: [String: [UInt8]]) throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "quoth-cli-dir-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    for (name, bytes) in files { try Data(bytes).write(to: dir.appendingPathComponent(name)) }
    return dir
  }

  static let article = Array(
    """
    A council vote on the harbour

    "We will rebuild the harbour wall before winter," said Ada Lovelace, the mayor.

    Clinton emails were not discussed at the meeting.
    """.utf8)

  // MARK: - Version, help, manual, completions

  @Test(arguments: ["--version", "-V"]) func version(flag: String) throws {
    let run = try Self.quoth(flag)
    #expect(run.status == 0)
    #expect(
      run.stdout.range(of: #"^quoth \d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil, "\(run.stdout)")
    #expect(run.stderr.isEmpty)
  }

  @Test func helpShowsTheReadersOptions() throws {
    let run = try Self.quoth("--help")
    #expect(run.status == 0)
    for text in [
      "SUBCOMMANDS:", "READER OPTIONS", "--measure <measure>", "--mouse", "--theme <theme>", "-V, --version",
    ] {
      #expect(run.stdout.contains(text), "\(text) in quoth --help")
    }
  }

  @Test func manualPageIsInSyncWithTheParser() throws {
    let run = try Self.quoth("--generate-manual")
    #expect(run.status == 0)
    let checkedIn = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("quoth.1")
    let page = (try? String(contentsOf: checkedIn, encoding: .utf8)) ?? ""
    #expect(
      run.stdout == page,
      "quoth.1 is out of date with the commands' help: refresh it with `swift run quoth --generate-manual > quoth.1`"
    )
    #expect(
      page.contains(".TH QUOTH 1") && page.contains(".SS read (the default)")
        && page.contains("\\-\\-measure"))
  }

  @Test(arguments: ["bash", "zsh", "fish"]) func completionScripts(shell: String) throws {
    let run = try Self.quoth("--generate-completion-script", shell)
    #expect(run.status == 0)
    #expect(run.stdout.contains("quoth") && run.stdout.contains("speakers") && run.stdout.contains("jsonl"))
  }

  // MARK: - Errors

  @Test(arguments: [
    (["dump", "--width", "-5"], "quoth: --width must be at least 1"),
    (["dump", "--width=0"], "quoth: --width must be at least 1"),
    (["dump", "--measure", "-1"], "quoth: --measure must be at least 1"),
    (["--measure", "0"], "quoth: --measure must be at least 10"),
    (["read", "--measure", "-3"], "quoth: --measure must be at least 10"),
    (["list", "--format", "xml"], "quoth: The value 'xml' is invalid for '--format <format>'"),
    (["speakers", "--format", "yaml"], "quoth: The value 'yaml' is invalid for '--format <format>'"),
    (["list", "--bogus"], "quoth: Unknown option '--bogus'"),
    (["quotes", "--bogus"], "quoth: Unknown option '--bogus'"),
    (["speakers", "--library", "-x"], "quoth: Unknown option '-x'"),
    (["search"], "quoth: Missing expected argument '<query>'"),
    (["search", "(("], "quoth: "),
    (["speakers", "--no-cache"], "quoth: --no-cache goes with --library"),
    (["--max-size", "lots"], "quoth: --max-size 'lots' is not a size"),
  ])
  func usageErrors(arguments: [String], message: String) throws {
    let run = try Self.quoth(arguments: arguments)
    #expect(run.status == 2, "\(arguments): \(run.stderr)")
    #expect(run.errorLines.first?.hasPrefix(message) == true, "\(arguments): \(run.stderr)")
    #expect(!run.stderr.contains("Error:"))
    #expect(run.stdout.isEmpty)
  }

  @Test func badInputIsOneLineAndStatusOne() throws {
    let run = try Self.quoth("list", "/nonexistent/quoth-article.txt")
    #expect(run.status == 1)
    #expect(run.errorLines.count == 1 && run.errorLines[0].hasPrefix("quoth: /nonexistent/quoth-article.txt"))
  }

  @Test(arguments: [["dump"], ["list"], ["dump", "--width", "40"]])
  func aFolderOfBinariesHoldsNoArticles(command: [String]) throws {
    let dir = try Self.folder(["a.bin": [0, 1, 2, 0, 0xFF, 0], "b.dat": [0x7F, 0x45, 0x4C, 0x46, 0, 0, 0]])
    defer { try? FileManager.default.removeItem(at: dir) }
    let run = try Self.quoth(arguments: command + [dir.path])
    #expect(run.status == 1, "\(command): \(run.stderr)")
    #expect(run.errorLines.count == 3, "a warning per file, then why: \(run.stderr)")
    #expect(run.errorLines.last == "quoth: no articles found in \(dir.path)", "\(command): \(run.stderr)")
    #expect(run.errorLines.allSatisfy { $0.hasPrefix("quoth: ") })
  }

  @Test(arguments: [["dump"], ["list"], ["quotes"], ["speakers"], ["quotes", "--format", "json"]])
  func anEmptyFolderHoldsNoArticles(command: [String]) throws {
    let dir = try Self.folder([:])
    defer { try? FileManager.default.removeItem(at: dir) }
    let run = try Self.quoth(arguments: command + [dir.path])
    #expect(run.status == 1, "\(command): \(run.stderr)")
    #expect(run.errorLines == ["quoth: no articles found in \(dir.path)"], "\(command)")
  }

  @Test(arguments: [["quotes"], ["speakers"]])
  func binariesInAFolderAreErrorsForQuotes(command: [String]) throws {
    let dir = try Self.folder(["a.bin": [0, 1, 2, 0, 0xFF, 0]])
    defer { try? FileManager.default.removeItem(at: dir) }
    let run = try Self.quoth(arguments: command + [dir.path])
    #expect(run.status == 1, "\(command): \(run.stderr)")
    #expect(run.errorLines.count == 1 && run.errorLines[0].hasPrefix("quoth: \(dir.path)/a.bin: "))
  }

  /// `quoth quotes` and `quoth speakers` read plain arguments themselves (``QuoteArguments`` in the
  /// binary) and leave the rest to argument-parser: every argument list below, plain or not,
  /// gives the same output, messages and status both ways.
  @Test func plainQuoteArgumentsActAsArgumentParserReadsThem() throws {
    let dir = try Self.folder(["council.txt": Self.article, "a.bin": [0, 1, 2, 0, 0xFF, 0]])
    defer { try? FileManager.default.removeItem(at: dir) }
    let article = dir.appendingPathComponent("council.txt").path
    let lists: [[String]] = [
      [dir.path], [article], [], ["-"], [""], ["help"], [article, "/nonexistent/quoth.txt"],
      ["--format", "jsonl", dir.path], [dir.path, "--format", "csv", "--offline"],
      ["--format", "json", article, "--max-size", "1K"], ["--max-size", "10", article],
      ["--max-size", "0", article], ["--max-size", "2k", "--format", "text", article],
      ["--format", "yaml", article], ["--format"], ["--max-size"], ["--format", "--offline", article],
      ["--format", "jsonl", "--format", "csv", article], ["--offline", "--offline", article],
      ["--format=jsonl", article], ["--", article], ["-x", article], ["--library", article],
      ["--no-cache", article], ["--help"], ["-h"],
    ]
    for command in ["quotes", "speakers"] {
      let extra: [[String]] =
        command == "speakers" ? [["--library", "--no-cache", article], ["--no-cache"]] : []
      for list in lists + extra {
        let arguments = [command] + list
        let plain = try Self.quoth(arguments: arguments)
        let parsed = try Self.quoth(arguments: arguments, environment: ["QUOTH_ARGUMENT_PARSER": "1"])
        #expect(plain.status == parsed.status, "\(arguments)")
        #expect(plain.stdout == parsed.stdout, "\(arguments)")
        #expect(plain.stderr == parsed.stderr, "\(arguments)")
      }
    }
  }

  // MARK: - Search

  @Test func searchWithNoHitExitsOne() throws {
    let run = try Self.quoth("search", "--no-cache", "zyxwvutsrq")
    #expect(run.status == 1)
    #expect(run.stdout.isEmpty && run.stderr.isEmpty)
  }

  @Test func searchTakesAQuotedMultiWordQuery() throws {
    let dir = try Self.folder(["council.txt": Self.article])
    defer { try? FileManager.default.removeItem(at: dir) }
    let hit = try Self.quoth("search", "--no-cache", "clinton emails", dir.path)
    #expect(hit.status == 0, "\(hit.stderr)")
    #expect(hit.stdout.hasPrefix(dir.appendingPathComponent("council.txt").path + "\t"))
    let miss = try Self.quoth("search", "--no-cache", "clinton harbourmaster", dir.path)
    #expect(miss.status == 1 && miss.stdout.isEmpty, "every word must appear")
    let split = try Self.quoth("search", "--no-cache", "clinton", "emails", dir.path)
    #expect(split.status == 1)
    #expect(
      split.errorLines.last
        == "quoth: to search for several words, quote them: quoth search 'clinton emails' PATH...")
  }

  // MARK: - Formats

  /// Every listing command, run on the sample articles.
  static let listings: [[String]] = [
    ["list"], ["quotes"], ["speakers"], ["speakers", "--library", "--no-cache"],
    ["search", "--no-cache", "said"],
  ]

  @Test(arguments: listings) func jsonIsOneArray(command: [String]) throws {
    let run = try Self.quoth(arguments: command + ["--format", "json"])
    #expect(run.status == 0, "\(command): \(run.stderr)")
    let value = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
    let array = try #require(value as? [[String: Any]], "\(command)")
    #expect(!array.isEmpty)
  }

  @Test(arguments: listings) func jsonlIsOneObjectPerLine(command: [String]) throws {
    let run = try Self.quoth(arguments: command + ["--format", "jsonl"])
    #expect(run.status == 0, "\(command): \(run.stderr)")
    let lines = run.stdout.split(separator: "\n")
    #expect(!lines.isEmpty)
    for line in lines {
      #expect(
        (try? JSONSerialization.jsonObject(with: Data(line.utf8))) is [String: Any], "\(command): \(line)")
    }
  }

  @Test(arguments: listings) func csvHasAHeaderAndCRLFRows(command: [String]) throws {
    let run = try Self.quoth(arguments: command + ["--format", "csv"])
    #expect(run.status == 0, "\(command): \(run.stderr)")
    let rows = run.stdout.components(separatedBy: "\r\n")
    #expect(rows.count > 2, "a header and rows")
    #expect(rows.last == "", "every row ends in CRLF")
    #expect(rows[0].range(of: #"^[a-z_]+(,[a-z_]+)+$"#, options: .regularExpression) != nil, "\(rows[0])")
  }

  @Test(arguments: listings) func textIsTheDefault(command: [String]) throws {
    let plain = try Self.quoth(arguments: command)
    let text = try Self.quoth(arguments: command + ["--format", "text"])
    #expect(plain.status == 0 && !plain.stdout.isEmpty)
    #expect(plain.stdout == text.stdout)
  }
}
