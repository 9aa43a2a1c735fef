import ArgumentParser
import Foundation
import QuothIO
import QuothModel

/// Turning PATH arguments into a library, with every problem reported on standard error.
enum Inputs {
  /// The library for `paths`, or the embedded samples when there are none. Warnings and errors
  /// are printed, one line each naming the file and the reason.
  static func library(
    _ paths: [String], maxSize: Int = ArticleLoader.defaultMaxSize, wholePages: Bool = true
  ) -> Library {
    guard !paths.isEmpty else { return Library.sample }
    var scanner = LibraryScanner(maxSize: maxSize)
    scanner.readsPagesWhole = wholePages
    let library = scanner.scan(paths)
    for problem in library.warnings + library.errors { warn(problem.description) }
    return library
  }

  /// Fails with status 1 and one line saying why when inputs that could all be read (their
  /// problems, if any, were only warnings) held no article: a folder of binaries, an empty file.
  /// - Parameter count: how many articles the inputs gave.
  static func requireArticles(_ count: Int, paths: [String]) throws {
    guard count == 0 else { return }
    warnNoArticles(paths)
    throw ExitCode(1)
  }

  /// Says that `paths` held no article.
  static func warnNoArticles(_ paths: [String]) {
    warn(paths.isEmpty ? "no articles" : "no articles found in \(paths.joined(separator: " "))")
  }

  /// Whether standard output is a terminal.
  static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) != 0 }

  /// Prints each article of `library` as plain text, separated by a rule; returns false if one
  /// could not be read.
  /// Prints each article as one JSON line (``Article/jsonLine``), in order; returns whether all
  /// could be read. Articles are parsed on every core, a batch at a time.
  static func dumpJSONLines(_ library: Library, entries: [LibraryEntry], maxSize: Int) -> Bool {
    var ok = true
    var start = 0
    while start < entries.count {
      let batch = Array(entries[start..<min(entries.count, start + 64)])
      let lines = ResultSlots<Result<(line: String, warnings: [String]), ArticleError>>(count: batch.count)
      DispatchQueue.concurrentPerform(iterations: batch.count) { index in
        lines[index] = Result { () throws(ArticleError) in
          let article = try library.article(for: batch[index], maxSize: maxSize)
          return (article.jsonLine + "\n", article.warnings)
        }
      }
      for index in batch.indices {
        switch lines[index]! {
        case .success(let (line, warnings)):
          warnings.forEach(warn)
          FileHandle.standardOutput.write(Data(line.utf8))
        case .failure(let error):
          warn(error.description)
          ok = false
        }
      }
      start += batch.count
    }
    return ok
  }

  static func dump(
    _ library: Library, entries: [LibraryEntry]? = nil, renderer: PlainTextRenderer, markQuotes: Bool = false,
    maxSize: Int = ArticleLoader.defaultMaxSize
  ) -> Bool {
    var ok = true
    var printed = 0
    for entry in entries ?? library.entries {
      let article: Article
      do {
        article = try library.article(for: entry, maxSize: maxSize)
      } catch {
        warn(error.description)
        ok = false
        continue
      }
      article.warnings.forEach(warn)
      var text = printed > 0 ? "\n\(renderer.rule)\n\n" : ""
      text += renderer.render(
        markQuotes ? QuoteMarkup.marked(article, analysis: QuoteExtractor.analyze(article)) : article)
      FileHandle.standardOutput.write(Data(text.utf8))
      printed += 1
    }
    return ok
  }
}
