import ArgumentParser
import Foundation
import QuothIO
import QuothModel
import QuothNet

struct QuotesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "quotes", abstract: "List the quotes of articles with their speakers.")

  @OptionGroup var output: FormatOption

  @OptionGroup var sizeLimit: SizeLimit

  @Argument(parsing: .allUnrecognized, help: "Files, folders, or - for standard input (none: the samples).")
  var paths: [String] = []

  func validate() throws { try QuoteCommandRunner.rejectOptions(in: paths) }

  func run() throws {
    try QuoteCommandRunner.run(
      subject: .quotes, format: output.format, paths: paths, maxSize: sizeLimit.bytes, web: sizeLimit.web)
  }
}

/// Shared wiring of `quoth quotes` and `quoth speakers`: paths in, report out, exit codes.
enum QuoteCommandRunner {
  /// How many files one fan-out takes. A file's output waits only for the files before it (see
  /// ``OrderedDelivery``), so this bounds memory, not the work in flight: each fan-out ends with
  /// one core idle while the other finishes the last file.
  static let batchSize = 1024

  static func run(
    subject: QuoteReport.Subject, format: QuoteExport.Format, paths: [String],
    maxSize: Int = ArticleLoader.defaultMaxSize, web: WebArticles = Inputs.defaultWeb
  ) throws {
    var emission = Emission(report: QuoteReport(subject: subject, format: format))
    // Web addresses stay where they were named; files and folders are expanded in place.
    var inputs: [String] = []
    for path in paths {
      guard !ArticleRef.isWebAddress(path) else {
        inputs.append(path)
        continue
      }
      let expanded = PathExpander.files(for: [path])
      for problem in expanded.problems {
        emission.output.error(problem)
        emission.report.noteProblem()
      }
      inputs += expanded.files
    }
    emission.output.write(emission.report.header())
    if paths.isEmpty {
      // No PATH: the embedded sample articles, as for every other command.
      for article in SampleLibrary.articles { emission.output.write(emission.report.entry(for: article)) }
    }
    // Files are read and analysed on every core, a batch at a time so that memory stays bounded;
    // each file's output is written, in the order of the files, as soon as the files before it
    // are done. A corpus (a .jsonl file, or JSON Lines on standard input) streams: one output per
    // line, in order, one batch in memory.
    let formatter = emission.report
    let emit = { (results: [Result<[UInt8], ArticleError>]) in
      for result in results { emission.take(result) }
    }
    var batch: [String] = []
    let flush = {
      guard !batch.isEmpty else { return }
      let files = batch
      batch.removeAll()
      let delivery = OrderedDelivery(count: files.count, state: emission) { $0.take($1) }
      DispatchQueue.concurrentPerform(iterations: files.count) { index in
        let result = Result { () throws(ArticleError) in
          formatter.bodyBytes(for: try ArticleLoader.load(path: files[index], maxSize: maxSize))
        }
        delivery.deliver(result, at: index)
      }
      emission = delivery.state
    }
    for file in inputs {
      if ArticleRef.isWebAddress(file) {
        flush()
        do {
          let article = try web.article(for: .url(file))
          article.warnings.forEach { emission.output.error($0) }
          emit([.success(formatter.bodyBytes(for: article))])
        } catch {
          emit([.failure(error)])
        }
        continue
      }
      guard file == "-" || Corpus.isCorpusFile(file) else {
        batch.append(file)
        if batch.count == batchSize { flush() }
        continue
      }
      flush()
      do {
        if file == "-" {
          try StandardInput.read(maxSize: maxSize, transform: { formatter.bodyBytes(for: $0) }, body: emit)
        } else {
          try Corpus.stream(
            file: file, maxLine: maxSize, transform: { formatter.bodyBytes(for: $0) }, body: emit)
        }
      } catch {
        emit([.failure(error)])
      }
    }
    flush()
    emission.output.write(emission.report.footer())
    emission.output.flush()
    if emission.report.hadProblems { throw ExitCode(1) }
    if !paths.isEmpty { try Inputs.requireArticles(emission.articles, paths: paths) }
  }

  /// What writing the report changes: the output, the report's problems, the articles written.
  struct Emission {
    var output = OutputBuffer()
    var report: QuoteReport
    var articles = 0

    /// Writes one article's output, or its error on standard error.
    mutating func take(_ result: Result<[UInt8], ArticleError>) {
      switch result {
      case .success(let body):
        output.write(report.separator())
        output.write(array: body)
        articles += 1
      case .failure(let error):
        output.error(error.description)
        report.noteProblem()
      }
    }
  }

  /// Paths are taken with `.allUnrecognized` (so that `-` reads standard input): an unknown
  /// option among them is bad usage, said as argument-parser says it for the other commands.
  static func rejectOptions(in paths: [String]) throws {
    if let option = paths.first(where: { $0.hasPrefix("-") && $0 != "-" }) {
      throw ValidationError("Unknown option '\(option)'")
    }
  }
}

/// Buffered standard output; error lines flush it first so the two streams stay in order.
struct OutputBuffer {
  private var buffer: [UInt8] = []

  mutating func write(_ s: String) { write(bytes: s.utf8) }

  mutating func write(bytes: some Collection<UInt8>) {
    buffer.append(contentsOf: bytes)
    if buffer.count > 1 << 16 { flush() }
  }

  /// Writes `bytes`; a large array goes out as it is, after what the buffer holds, rather than
  /// being copied into the buffer first.
  mutating func write(array bytes: [UInt8]) {
    guard bytes.count >= 1 << 12 else { return write(bytes: bytes) }
    flush()
    bytes.withUnsafeBytes { bytes in
      guard let base = bytes.baseAddress else { return }
      FileHandle.standardOutput.write(
        Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: bytes.count, deallocator: .none))
    }
  }

  mutating func error(_ line: String) {
    flush()
    FileHandle.standardError.write(("quoth: " + Sanitizer.field(line) + "\n").data(using: .utf8)!)
  }

  mutating func flush() {
    guard !buffer.isEmpty else { return }
    // Handed over without a copy: the buffer outlives the write.
    buffer.withUnsafeMutableBytes { bytes in
      FileHandle.standardOutput.write(
        Data(bytesNoCopy: bytes.baseAddress!, count: bytes.count, deallocator: .none))
    }
    buffer.removeAll(keepingCapacity: true)
  }
}
