import Foundation
import Testing

extension Tmux {
  /// Runs `script` with sh in the test's folder, outside tmux, and returns what it printed
  /// (standard output and standard error together).
  func shell(_ script: String) throws -> String {
    try Self.run("/bin/sh", ["-c", "cd '\(directory.path)' && { \(script) ; } 2>&1"])
  }
}

/// Hostile articles, odd terminals and locales, signals: driven in tmux, checked on the bytes
/// quoth sends and on the screen.
@Suite(.enabled(if: Tmux.enabled, "needs tmux (always runs under CI=true)"), .serialized)
struct HostileEndToEndTests {
  /// Terminal sequences an article might carry; none may reach the terminal.
  static let sequences: [(name: String, bytes: [UInt8])] = [
    ("OSC 52 clipboard", Array("\u{1B}]52;c;aGVsbG8=\u{07}".utf8)),
    ("OSC 0 title", Array("\u{1B}]0;owned-title\u{07}".utf8)),
    ("SGR true colour", Array("\u{1B}[38;2;1;2;3m".utf8)),
    ("C1 CSI", [0xC2, 0x9B] + Array("2J".utf8)),
    ("raw C1 byte", [0x9B]),
    ("RLO bidi override", [0xE2, 0x80, 0xAE]),
    ("LRI bidi isolate", [0xE2, 0x81, 0xA6]),
    ("bell", [0x07]),
  ]

  /// The hostile article's bytes: every sequence, then a quote.
  static var hostileArticle: [UInt8] {
    var bytes = Array("Hostile article\n\nIt tries ".utf8)
    for sequence in sequences { bytes += sequence.bytes + Array(" and ".utf8) }
    bytes += Array("nothing else.\n\n\"We won,\" said Ada Lovelace.\n".utf8)
    return bytes
  }

  /// The sequences quoth's own drawing never sends (the first four bytes of each are enough).
  static func leaks(in output: [UInt8]) -> [String] {
    var found: [String] = []
    // C1 controls and bidi controls as decoded characters (their bytes also occur inside other
    // UTF-8 characters, such as the stand-in U+241B, so they are checked as text).
    for scalar in String(decoding: output, as: UTF8.self).unicodeScalars {
      if (0x80...0x9F).contains(scalar.value) { found.append("C1 U+\(String(scalar.value, radix: 16))") }
      if (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value) {
        found.append("bidi U+\(String(scalar.value, radix: 16))")
      }
    }
    for sequence in sequences where sequence.name != "bell" && sequence.name != "raw C1 byte" {
      let needle = Array(sequence.bytes.prefix(4))
      if contains(output, needle) { found.append(sequence.name) }
    }
    if contains(output, Array("\u{1B}]".utf8)) { found.append("any OSC") }
    if output.contains(0x07) { found.append("bell") }
    return found
  }

  static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard !needle.isEmpty, haystack.count >= needle.count else { return false }
    for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
      if Array(haystack[start..<(start + needle.count)]) == needle { return true }
    }
    return false
  }

  func writeBytes(_ tmux: Tmux, _ name: String, _ bytes: [UInt8]) throws {
    try Self.writeBytes(tmux, name, bytes)
  }

  static func writeBytes(_ tmux: Tmux, _ name: String, _ bytes: [UInt8]) throws {
    let url = tmux.directory.appendingPathComponent(name)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: url)
  }

  @Test func noArticleSequenceReachesTheTerminal() throws {
    let tmux = try Tmux(
      "'\(Tmux.quoth)' hostile.txt", columns: 60, rows: 12, recording: "pane.bytes",
      prepare: { try Self.writeBytes($0, "hostile.txt", Self.hostileArticle) })
    let screen = try tmux.wait(for: "Hostile article")
    #expect(screen.contains("\u{241B}]52;c;"), "ESC shows as a visible stand-in")
    try tmux.send("G")
    try tmux.wait(for: "said Ada Lovelace")
    try tmux.send("/")
    try tmux.type("owned")
    try tmux.send("Enter")
    try tmux.wait(for: "match 1/1")
    try tmux.send("q")
    try tmux.wait(for: "QUOTH_EXIT=0")
    let output = try tmux.stopRecording(tmux.recording!)
    #expect(output.count > 500, "the pane's bytes were recorded")
    #expect(Self.leaks(in: output) == [])
    #expect(try tmux.display("#{pane_title}") != "owned-title")
  }

  @Test func dumpListAndErrorsPrintNoSequences() throws {
    let tmux = try Tmux("true")
    try writeBytes(tmux, "shelf/hostile.txt", Self.hostileArticle)
    // A file name holding an escape sequence, and binary content, so its warning names it.
    try writeBytes(tmux, "shelf/titled.txt", Array("Red \u{1B}]52;c;eA==\u{07} title\n\nBody.\n".utf8))
    try writeBytes(tmux, "shelf/evil\u{1B}]0;owned\u{07}.txt", [0, 1, 2, 0xFF, 0])
    let dump = try tmux.shell("'\(Tmux.quoth)' dump shelf/hostile.txt")
    #expect(dump.contains("said Ada Lovelace"))
    #expect(Self.leaks(in: Array(dump.utf8)) == [])
    let list = try tmux.shell("'\(Tmux.quoth)' list shelf")
    #expect(list.contains("Hostile article"))
    #expect(list.contains("Red \u{241B}]52;c;eA==\u{2407} title"))
    #expect(list.contains("looks like a binary file"), "the binary file is named in a warning")
    #expect(Self.leaks(in: Array(list.utf8)) == [])
    let read = try tmux.shell("'\(Tmux.quoth)' read shelf/hostile.txt | cat")
    #expect(Self.leaks(in: Array(read.utf8)) == [])
    for format in ["text", "csv", "jsonl", "json"] {
      for command in ["quotes", "speakers"] {
        let output = try tmux.shell(
          "'\(Tmux.quoth)' \(command) --format \(format) shelf/hostile.txt shelf/titled.txt")
        #expect(output.contains("Hostile article") || format == "csv", "\(command) \(format)")
        #expect(Self.leaks(in: Array(output.utf8)) == [], "\(command) --format \(format)")
      }
    }
    let json = try tmux.shell("'\(Tmux.quoth)' list --format jsonl shelf")
    #expect(json.contains("Red \\u001B]52;c;eA==\\u0007 title"), "JSON escapes the controls")
    #expect(Self.leaks(in: Array(json.utf8)) == [])
  }

  @Test func binaryNamedIsRefusedAndTheSizeCapIsClear() throws {
    let tmux = try Tmux("true")
    try writeBytes(tmux, "blob.txt", [0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 1] + Array(repeating: 0, count: 200))
    try tmux.write("article.txt", String(repeating: "Plain words for a size test. ", count: 100))
    let binary = try tmux.shell("'\(Tmux.quoth)' dump blob.txt; echo status=$?")
    #expect(binary.contains("quoth: blob.txt: looks like a binary file, not an article"))
    #expect(binary.contains("status=1"))
    let capped = try tmux.shell("'\(Tmux.quoth)' dump --max-size 1K article.txt; echo status=$?")
    #expect(capped.contains("article.txt: 2900 bytes is over the 1024-byte limit (see --max-size)"))
    #expect(capped.contains("status=1"))
    let bad = try tmux.shell("'\(Tmux.quoth)' list --max-size lots article.txt; echo status=$?")
    #expect(bad.contains("--max-size 'lots' is not a size"))
    #expect(bad.contains("status=2"))
    let fine = try tmux.shell("'\(Tmux.quoth)' dump --max-size 3000 article.txt; echo status=$?")
    #expect(fine.contains("status=0"))
  }

  @Test func aFileThatVanishesIsReportedAndTheReaderCarriesOn() throws {
    let tmux = try Tmux(
      "'\(Tmux.quoth)' shelf",
      files: [
        "shelf/one.txt": "Harbour reopens\n\nThe harbour reopened.\n",
        "shelf/two.txt": "Orchard wins\n\nThe orchard won.\n",
      ])
    try tmux.wait(for: "Orchard wins")
    try FileManager.default.removeItem(at: tmux.directory.appendingPathComponent("shelf/one.txt"))
    try FileManager.default.removeItem(at: tmux.directory.appendingPathComponent("shelf/two.txt"))
    try tmux.send("Enter")
    try tmux.wait(for: "no such file")
    try tmux.send("j", "Enter")
    try tmux.wait(for: "no such file")
    try tmux.send("q")
    try tmux.wait(for: "QUOTH_EXIT=0")
  }

  @Test(arguments: ["xterm", "xterm-256color", "screen", "tmux-256color", "vt100", "linux"])
  func worksOnCommonTerminals(term: String) throws {
    let tmux = try Tmux(
      "'\(Tmux.quoth)' article.txt", environment: ["TERM": term],
      files: ["article.txt": ReaderEndToEndTests.article])
    try tmux.wait(for: "Lighthouse keepers return")
    try tmux.send("j", "j")
    try tmux.wait(for: "line 3–")
    try tmux.send("q")
    try tmux.wait(for: "QUOTH_EXIT=0")
    #expect(try tmux.display("#{cursor_flag}") == "1")
  }

  @Test func missingTermIsAClearError() throws {
    let tmux = try Tmux(
      "env -u TERM '\(Tmux.quoth)' article.txt", files: ["article.txt": ReaderEndToEndTests.article])
    let screen = try tmux.wait(for: "QUOTH_EXIT=1")
    #expect(screen.contains("quoth: TERM is not set; try TERM=xterm-256color"))
    let foo = try Tmux(
      "'\(Tmux.quoth)' article.txt", environment: ["TERM": "foo"],
      files: ["article.txt": ReaderEndToEndTests.article])
    let text = try foo.wait(for: "QUOTH_EXIT=1")
    #expect(text.contains("quoth: terminal type \"foo\" is not known; try TERM=xterm-256color"))
  }

  @Test func asciiStandInsUnderTheCLocale() throws {
    let tmux = try Tmux(
      "'\(Tmux.quoth)' wide.txt", columns: 60, rows: 10, environment: ["LC_ALL": "C", "LANG": "C"],
      files: ["wide.txt": "Curly “quotes” — and… 中文\n\n“We won,” said Ada Lovelace — twice… in 北京.\n"],
      recording: "pane.bytes")
    let screen = try tmux.wait(for: "\"We won,\" said Ada Lovelace - twice. in ????.")
    #expect(screen.contains("Curly \"quotes\" - and. ????"))
    try tmux.send("q")
    try tmux.wait(for: "QUOTH_EXIT=0")
    let output = try tmux.stopRecording(tmux.recording!)
    #expect(!output.contains { $0 >= 0x80 }, "only ASCII is sent under LC_ALL=C")
  }

  @Test func ctrlZStopsAndFgRedraws() throws {
    let tmux = try Tmux(
      "PS1='shell$ ' bash --norc --noprofile -i", files: ["article.txt": ReaderEndToEndTests.article])
    try tmux.wait(for: "shell$")
    try tmux.type("'\(Tmux.quoth)' article.txt")
    try tmux.send("Enter")
    try tmux.wait(for: "Lighthouse keepers return")
    try tmux.send("j", "j", "j")
    try tmux.wait(for: "line 4–")
    try tmux.send("C-z")
    try tmux.wait(for: "Stopped")
    #expect(try tmux.display("#{alternate_on}") == "0", "the alternate screen is left")
    #expect(try tmux.display("#{cursor_flag}") == "1", "the cursor is visible")
    // Echo is back on: what is typed shows, and a command runs.
    try tmux.type("echo sane-$((40+2))")
    try tmux.send("Enter")
    try tmux.wait(for: "sane-42")
    let typed = try tmux.screen()
    #expect(typed.contains("echo sane-$((40+2))"), "typed characters are echoed")
    try tmux.type("fg")
    try tmux.send("Enter")
    let back = try tmux.wait(for: "line 4–")
    #expect(back.contains("Lighthouse") || back.contains("lighthouse"), "the article is drawn again")
    #expect(!back.contains("sane-42"), "the whole screen is redrawn")
    #expect(try tmux.display("#{alternate_on}") == "1")
    try tmux.send("q")
    try tmux.wait(for: "quit after fg") { $0.contains("shell$") && !$0.contains("line 4–") }
    #expect(try tmux.display("#{alternate_on}") == "0")
  }

  @Test func aBurstOfResizesSettlesOnTheLastSize() throws {
    let tmux = try Tmux(
      "'\(Tmux.quoth)' article.txt & echo $! > quoth.pid; wait $!",
      files: ["article.txt": ReaderEndToEndTests.article])
    try tmux.wait(for: "Lighthouse keepers")
    for round in 0..<60 {
      try tmux.resize(columns: 30 + (round * 37) % 120, rows: 8 + (round * 13) % 40)
    }
    try tmux.resize(columns: 50, rows: 14)
    // At 50 columns the article is 40 lines; the status bar says so once quoth has caught up.
    let settled = try tmux.wait(for: "drawn at 50x14") { screen in
      let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
      return screen.contains("/40 ") && lines.allSatisfy { $0.count <= 50 }
    }
    #expect(settled.split(separator: "\n").count <= 14)
    try tmux.send("g", "j")
    try tmux.wait(for: "line 2 of 40") { $0.contains("line 2–") && $0.contains("/40 ") }
    try tmux.send("q")
    try tmux.wait(for: "QUOTH_EXIT=0")
  }

  @Test func reopeningReturnsToThePlace() throws {
    let tmux = try Tmux(
      "'\(Tmux.quoth)' article.txt; '\(Tmux.quoth)' article.txt", columns: 80, rows: 10,
      files: ["article.txt": ReaderEndToEndTests.article])
    try tmux.wait(for: "line 1–")
    try tmux.send("9", "j")
    try tmux.wait(for: "line 10–")
    try tmux.send("q")
    try tmux.wait(for: "the second run opens where the first left") { $0.contains("line 10–") }
    try tmux.send("q")
    try tmux.wait(for: "QUOTH_EXIT=0")
    let state = tmux.directory.appendingPathComponent("state/quoth/state.json")
    let json = try String(contentsOf: state, encoding: .utf8)
    #expect(json.contains("article.txt"))
  }

  @Test func aCorruptStateFileIsSetAside() throws {
    let tmux = try Tmux(
      "'\(Tmux.quoth)' article.txt",
      files: ["article.txt": ReaderEndToEndTests.article, "state/quoth/state.json": "{ this is not json"])
    try tmux.wait(for: "Lighthouse keepers")
    try tmux.send("q")
    let after = try tmux.wait(for: "QUOTH_EXIT=0")
    let names = try FileManager.default.contentsOfDirectory(
      atPath: tmux.directory.appendingPathComponent("state/quoth").path)
    #expect(names.contains { $0.hasPrefix("state.json.corrupt-") })
    #expect(names.contains("state.json"))
    #expect(after.contains("state.json: the state file was corru"), "a warning on stderr")
  }
}
