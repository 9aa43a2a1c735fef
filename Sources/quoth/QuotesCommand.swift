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
  /// How many files are in flight at once.
  static let batchSize = 64

  static func run(
    subject: QuoteReport.Subject, format: QuoteExport.Format, paths: [String],
    maxSize: Int = ArticleLoader.defaultMaxSize, web: WebArticles = Inputs.defaultWeb
  ) throws {
    var report = QuoteReport(subject: subject, format: format)
    var articles = 0
    var output = OutputBuffer()
    // Web addresses stay where they were named; files and folders are expanded in place.
    var inputs: [String] = []
    for path in paths {
      guard !ArticleRef.isWebAddress(path) else {
        inputs.append(path)
        continue
      }
      let expanded = PathExpander.files(for: [path])
      for problem in expanded.problems {
        output.error(problem)
        report.noteProblem()
      }
      inputs += expanded.files
    }
    output.write(report.header())
    if paths.isEmpty {
      // No PATH: the embedded sample articles, as for every other command.
      for article in SampleLibrary.articles { output.write(report.entry(for: article)) }
    }
    // Files are read and analysed on every core, a batch at a time so that memory stays bounded;
    // the output keeps the order of the files. A corpus (a .jsonl file, or JSON Lines on
    // standard input) streams: one output per line, in order, one batch in memory.
    let formatter = report
    let emit = { (results: [Result<[UInt8], ArticleError>]) in
      for result in results {
        switch result {
        case .success(let body):
          output.write(report.separator())
          output.write(bytes: body)
          articles += 1
        case .failure(let error):
          output.error(error.description)
          report.noteProblem()
        }
      }
    }
    var batch: [String] = []
    let flush = {
      guard !batch.isEmpty else { return }
      let files = batch
      batch.removeAll()
      let results = ResultSlots<Result<[UInt8], ArticleError>>(count: files.count)
      DispatchQueue.concurrentPerform(iterations: files.count) { index in
        results[index] = Result { () throws(ArticleError) in
          formatter.bodyBytes(for: try ArticleLoader.load(path: files[index], maxSize: maxSize))
        }
      }
      emit((0..<files.count).map { results[$0]! })
    }
    for file in inputs {
      if ArticleRef.isWebAddress(file) {
        flush()
        do {
          let article = try web.article(for: .url(file))
          article.warnings.forEach { output.error($0) }
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
    output.write(report.footer())
    output.flush()
    if report.hadProblems { throw ExitCode(1) }
    if !paths.isEmpty { try Inputs.requireArticles(articles, paths: paths) }
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

  mutating func error(_ line: String) {
    flush()
    FileHandle.standardError.write(("quoth: " + Sanitizer.field(line) + "\n").data(using: .utf8)!)
  }

  mutating func flush() {
    guard !buffer.isEmpty else { return }
    FileHandle.standardOutput.write(Data(buffer))
    buffer.removeAll(keepingCapacity: true)
  }
}
