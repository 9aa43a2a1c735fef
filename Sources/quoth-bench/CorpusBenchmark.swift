import Foundation
import QuothIO

/// `quoth-bench --corpus FOLDER`: a JSON Lines corpus of about `--corpus-mb` megabytes (100 by
/// default), built from FOLDER's articles repeated, streamed through the built `quoth quotes
/// --format jsonl -` on standard input; then the same articles, one file each, through `quoth
/// quotes --format jsonl FOLDER`. Both run as child processes of the release binary beside
/// quoth-bench, so the figures are the command's own: wall time, input speed, articles a second
/// and peak resident memory (the child's `ru_maxrss`). The bars: the stream no slower than the
/// files, and under 100 MB resident.
enum CorpusBenchmark {
  /// One child's run.
  struct Run {
    var seconds: Double
    var peakKilobytes: Int
    var outputLines: Int
  }

  static func run(folder: String, megabytes: Int, quoth: String, report: (String, String) -> Void) {
    let texts = PathExpander.files(for: [folder]).files.sorted().compactMap { path in
      (try? ArticleLoader.readBytes(path: path)).map { String(decoding: $0, as: UTF8.self) }
    }
    guard !texts.isEmpty else { fatalError("quoth-bench: no articles in \(folder)") }
    let work = FileManager.default.temporaryDirectory.appendingPathComponent(
      "quoth-bench-corpus-\(UUID().uuidString)")
    let files = work.appendingPathComponent("files")
    defer { try? FileManager.default.removeItem(at: work) }
    do {
      try FileManager.default.createDirectory(at: files, withIntermediateDirectories: true)
    } catch {
      fatalError("quoth-bench: cannot create \(files.path): \(error)")
    }
    // The corpus: records as news-please writes them, until the size is reached; each record is
    // also written as a file of its own, so both runs read the same articles. Records are written
    // as they are made: a child's peak resident size (`ru_maxrss`) starts from this process's
    // peak when it is spawned, which must stay below the child's own.
    let corpusFile = work.appendingPathComponent("corpus.jsonl")
    guard FileManager.default.createFile(atPath: corpusFile.path, contents: nil),
      let corpus = FileHandle(forWritingAtPath: corpusFile.path)
    else { fatalError("quoth-bench: cannot write \(corpusFile.path)") }
    var corpusBytes = 0
    var textBytes = 0
    var count = 0
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    while corpusBytes < megabytes * 1_000_000 {
      let text = texts[count % texts.count]
      let title = text.prefix { $0 != "\n" }
      let record = [
        "id": "bench-\(count)", "title": String(title), "text": text, "source_domain": "example.com",
      ]
      guard var line = try? encoder.encode(record) else { fatalError("quoth-bench: cannot encode a record") }
      line.append(0x0A)
      corpus.write(line)
      corpusBytes += line.count
      let file = files.appendingPathComponent(String(format: "%06d.txt", count))
      guard FileManager.default.createFile(atPath: file.path, contents: Data(text.utf8)) else {
        fatalError("quoth-bench: cannot write \(file.path)")
      }
      textBytes += text.utf8.count
      count += 1
    }
    try? corpus.close()
    let stream = spawn(quoth, ["quotes", "--format", "jsonl", "-"], input: corpusFile.path)
    let separate = spawn(quoth, ["quotes", "--format", "jsonl", files.path], input: "/dev/null")
    for (name, run, bytes) in [
      ("corpus stream, stdin", stream, corpusBytes), ("same articles as files", separate, textBytes),
    ] {
      guard run.outputLines == count else {
        fatalError("quoth-bench: \(name) printed \(run.outputLines) lines for \(count) articles")
      }
      report(
        name,
        String(
          format: "%.2f s, %.1f MB/s, %.0f articles/s, %d MB peak (%d articles, %.1f MB)", run.seconds,
          Double(bytes) / 1e6 / run.seconds, Double(count) / run.seconds, run.peakKilobytes / 1024, count,
          Double(bytes) / 1e6))
    }
  }

  /// Runs `program` with `arguments`, standard input from `input` and standard output counted in
  /// lines; returns its wall time and peak resident size.
  static func spawn(_ program: String, _ arguments: [String], input: String) -> Run {
    var pipe: [Int32] = [0, 0]
    guard Foundation.pipe(&pipe) == 0 else { fatalError("quoth-bench: pipe failed") }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
    posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
    posix_spawn_file_actions_addclose(&actions, pipe[0])
    posix_spawn_file_actions_addclose(&actions, pipe[1])
    let argv = ([program] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let start = ContinuousClock.now
    guard posix_spawn(&pid, program, &actions, nil, argv, environ) == 0 else {
      fatalError("quoth-bench: cannot run \(program)")
    }
    close(pipe[1])
    var lines = 0
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let read = buffer.withUnsafeMutableBytes { Foundation.read(pipe[0], $0.baseAddress, $0.count) }
      if read <= 0 { break }
      lines += buffer[0..<read].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }
    close(pipe[0])
    var status: Int32 = 0
    var usage = rusage()
    _ = wait4(pid, &status, 0, &usage)
    let elapsed = ContinuousClock.now - start
    guard status == 0 else {
      fatalError("quoth-bench: \(program) \(arguments.joined(separator: " ")) failed")
    }
    return Run(
      seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
      peakKilobytes: usage.ru_maxrss, outputLines: lines)
  }
}
