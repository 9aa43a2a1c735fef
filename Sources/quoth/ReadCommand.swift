import ArgumentParser
import Foundation
import QuothModel
import QuothTerminal

struct ReadCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "read",
    abstract: "Browse articles interactively (the default command).",
    discussion:
      "With no PATH, opens the embedded sample articles. When standard output is not a terminal, prints the articles as plain text instead."
  )

  @Argument(help: "Files, folders, or - for standard input.")
  var paths: [String] = []

  @Option(help: "The widest the text column gets, in columns.")
  var measure: Int = 80

  @Flag(help: "Scroll with the mouse wheel (turns off the terminal's own text selection).")
  var mouse = false

  @Flag(help: "Draw with attributes only, no colour (as NO_COLOR does).")
  var noColor = false

  func validate() throws {
    guard measure >= 10 else { throw ValidationError("--measure must be at least 10") }
  }

  func run() throws {
    let (files, problems) = PathExpander.files(for: paths)
    problems.forEach(warn)
    var entries: [LibraryEntry] = []
    var articles: [String: Article] = [:]
    var failed = !problems.isEmpty
    for path in files {
      do {
        let article = try ArticleLoader.load(path: path)
        articles[path] = article
        entries.append(
          LibraryEntry(
            path: path, title: article.title, date: article.date, source: article.source,
            authors: article.authors, words: article.wordCount))
      } catch {
        warn(error.description)
        failed = true
      }
    }
    if entries.isEmpty {
      if paths.isEmpty { throw ValidationError("no PATH given") }
      throw ExitCode(1)
    }
    entries.sort { ($0.date ?? "", $1.title) > ($1.date ?? "", $0.title) }
    let single = entries.count == 1 && (files.count == 1)
    var state = ReaderState(entries: entries, hasLibrary: !single, measure: measure)
    if single, let article = articles[entries[0].path] { state.open(article) }
    let loaded = articles
    let noColorWanted = noColor || ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } == true
    let app = ReaderApp(state: state, colorMode: noColorWanted ? ColorMode.none : nil, mouse: mouse) { path in
      if let article = loaded[path] { return article }
      return try ArticleLoader.load(path: path)
    }
    do {
      let signal = try app.run()
      if signal != 0 { throw ExitCode(128 + signal) }
    } catch let error as TerminalError {
      warn(error.description)
      throw ExitCode(1)
    }
    if failed { throw ExitCode(1) }
  }
}
