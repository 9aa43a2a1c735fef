import ArgumentParser
import Foundation
import QuothIO
import QuothModel
import QuothNet

/// Turning PATH arguments into a library, with every problem reported on standard error.
enum Inputs {
  /// The library for `paths`, or the embedded samples when there are none. Warnings and errors
  /// are printed, one line each naming the file and the reason.
  /// Web addresses among `paths` are fetched through `web` (or read from its cache).
  static func library(
    _ paths: [String], maxSize: Int = ArticleLoader.defaultMaxSize, wholePages: Bool = true,
    web: WebArticles? = nil
  ) -> Library {
    guard !paths.isEmpty else { return Library.sample }
    var scanner = LibraryScanner(maxSize: maxSize)
    scanner.readsPagesWhole = wholePages
    let files = paths.filter { !ArticleRef.isWebAddress($0) }
    var library = files.isEmpty ? Library(entries: []) : scanner.scan(files)
    let addresses = paths.filter(ArticleRef.isWebAddress)
    if !addresses.isEmpty { library = adding(addresses, to: library, web: web ?? defaultWeb) }
    for problem in library.warnings + library.errors { warn(problem.description) }
    return library
  }

  /// Web pages read online with the default options and the user's cache.
  static var defaultWeb: WebArticles {
    WebArticles(fetcher: Fetcher(), cache: HTTPCache.standard(), mode: .online)
  }

  /// `library` with the pages at `addresses` fetched (several at once) and kept as articles;
  /// a page that cannot be had is an error naming its address, and a note such as "offline:
  /// showing cached copy" is printed as a warning.
  static func adding(_ addresses: [String], to library: Library, web: WebArticles) -> Library {
    let unique = addresses.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
    let pages = ResultSlots<Result<Article, ArticleError>>(count: unique.count)
    DispatchQueue.concurrentPerform(iterations: unique.count) { index in
      pages[index] = Result { () throws(ArticleError) in try web.article(for: .url(unique[index])) }
    }
    var articles: [Article] = []
    var errors = library.errors
    for index in unique.indices {
      switch pages[index]! {
      case .success(var article):
        article.warnings.forEach(warn)
        article.warnings = []
        articles.append(article)
      case .failure(let error): errors.append(error)
      }
    }
    return Library(
      entries: library.entries + articles.map { LibraryEntry(article: $0) }, errors: errors,
      warnings: library.warnings, loaded: Array(library.loaded.values) + articles,
      lineOffsets: library.lineOffsets)
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
