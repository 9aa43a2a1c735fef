import ArgumentParser
import Foundation
import QuothModel

/// Turning PATH arguments into a library, with every problem reported on standard error.
enum Inputs {
  /// The library for `paths`, or the embedded samples when there are none. Warnings and errors
  /// are printed, one line each naming the file and the reason.
  static func library(_ paths: [String], maxSize: Int = ArticleLoader.defaultMaxSize) -> Library {
    guard !paths.isEmpty else { return Library.sample }
    let library = LibraryScanner(maxSize: maxSize).scan(paths)
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
