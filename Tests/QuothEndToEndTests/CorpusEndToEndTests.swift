import Foundation
import Testing

/// Whether tests that need GNU parallel run.
enum GNUParallel {
  /// Always under `CI=true` (where a missing `parallel` must fail), else when it is installed.
  static var enabled: Bool {
    ProcessInfo.processInfo.environment["CI"] == "true" || Tmux.which("parallel") != nil
  }
}

/// JSON Lines corpora through the built binary: streamed one output line per input line, in
/// order, and sharded over processes by GNU parallel with the same result as one process.
@Suite(.enabled(if: GNUParallel.enabled, "needs GNU parallel (always runs under CI=true)"))
struct CorpusEndToEndTests {
  /// A corpus of `count` invented articles, each with a direct quote by a named speaker and an
  /// `id`, in news-please's field names.
  static func corpus(_ count: Int) -> String {
    (1...count).map { index in
      let speaker = ["Ana Ortiz", "Ben Okafor", "Chen Wei", "Dana Moss"][index % 4]
      let body =
        "The harbour board met on day \(index) to discuss the ferry timetable.\n"
        + "\"We will run \(index) extra boats this summer,\" said \(speaker), the board's chair.\n"
        + "Residents said the plan came too late."
      let record: [String: Any] = [
        "id": "story-\(index)", "title": "Ferry plan, part \(index)", "maintext": body,
        "date_publish": "2024-05-\(String(format: "%02d", index % 28 + 1)) 08:00:00",
        "source_domain": "harbour.test", "authors": ["Kim Lee"],
      ]
      let data = try! JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])
      return String(decoding: data, as: UTF8.self)
    }.joined(separator: "\n") + "\n"
  }

  /// Runs `script` with sh in `folder`, returning its standard output; fails on a non-zero status.
  static func shell(_ script: String, in folder: URL) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", script]
    process.currentDirectoryURL = folder
    var environment = ProcessInfo.processInfo.environment
    for name in ["XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"] { environment[name] = folder.path }
    environment["QUOTH"] = Tmux.quoth
    process.environment = environment
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(script) exited \(process.terminationStatus)")
    return String(decoding: data, as: UTF8.self)
  }

  @Test func parallelShardsGiveTheSameOutputAsOneProcess() throws {
    let folder = try CommandLineEndToEndTests.folder(["corpus.jsonl": Array(Self.corpus(300).utf8)])
    defer { try? FileManager.default.removeItem(at: folder) }
    let single = try Self.shell("\"$QUOTH\" quotes --format jsonl - < corpus.jsonl", in: folder)
    // Blocks of 4 KB: the 300 lines go to many processes, at most 4 at a time.
    let sharded = try Self.shell(
      "parallel --will-cite --pipe -k --block 4k -j 4 \"$QUOTH\" quotes --format jsonl - < corpus.jsonl",
      in: folder)
    let lines = single.split(separator: "\n")
    #expect(lines.count == 300, "one output line per input line")
    #expect(sharded == single, "the shards' output, kept in order, is the one process's")
    // In input order, each line the article of the same input line, with its quote and speaker.
    for (index, line) in lines.enumerated() {
      let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      #expect(object["path"] as? String == "story-\(index + 1)")
      let quotes = try #require(object["quotes"] as? [[String: Any]])
      let speaker = ["Ana Ortiz", "Ben Okafor", "Chen Wei", "Dana Moss"][(index + 1) % 4]
      #expect(quotes.contains { $0["speaker"] as? String == speaker && $0["kind"] as? String == "direct" })
    }
  }

  @Test func aBadLineIsReportedAndTheRestGoOn() throws {
    let corpus = Self.corpus(3).split(separator: "\n")
    let text = [corpus[0], "{\"title\": \"no text\"}", "not json", corpus[1], corpus[2]].joined(
      separator: "\n")
    let folder = try CommandLineEndToEndTests.folder(["c.jsonl": Array(text.utf8)])
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try CommandLineEndToEndTests.quoth("speakers", "--format", "jsonl", folder.path + "/c.jsonl")
    #expect(run.status == 1)
    #expect(run.stdout.split(separator: "\n").count == 3)
    #expect(
      run.errorLines.contains { $0.hasSuffix("c.jsonl:2: cannot read: no text (text, maintext or body)") })
    #expect(run.errorLines.contains { $0.hasSuffix("c.jsonl:3: cannot read: not a JSON object") })
    let list = try CommandLineEndToEndTests.quoth("list", "--format", "jsonl", folder.path + "/c.jsonl")
    #expect(list.stdout.split(separator: "\n").count == 3, "the library has a row per good line")
    #expect(list.stdout.contains("\"path\":\"\(folder.path)/c.jsonl:5\""))
  }
}
