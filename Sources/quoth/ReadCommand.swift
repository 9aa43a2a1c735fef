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

  @OptionGroup var sizeLimit: SizeLimit

  @Argument(help: "Files, folders, or - for standard input.")
  var paths: [String] = []

  @Option(help: "The widest the text column gets, in columns.")
  var measure: Int = 80

  @Flag(help: "Scroll with the mouse wheel (turns off the terminal's own text selection).")
  var mouse = false

  @Flag(help: "Keep no library index on disk: speakers and search use one built in memory.")
  var noCache = false

  @Flag(help: "Draw with attributes only, no colour (as NO_COLOR does).")
  var noColor = false

  @Option(help: "A theme name (see quoth themes) or a path to a .toml theme.")
  var theme: String?

  func validate() throws {
    guard measure >= 10 else { throw ValidationError("--measure must be at least 10") }
  }

  func run() throws {
    let themes: ThemeSelection
    do {
      themes = try ThemeSelection(option: theme)
    } catch let error as ThemeError {
      warn(error.description)
      throw ExitCode(1)
    }
    let library = Inputs.library(paths, maxSize: sizeLimit.bytes)
    let failed = !library.errors.isEmpty
    guard !library.entries.isEmpty else {
      if !failed {
        warn(paths.isEmpty ? "no articles" : "no articles found in \(paths.joined(separator: " "))")
      }
      throw ExitCode(1)
    }
    if !Inputs.stdoutIsTerminal {
      let renderer = PlainTextRenderer(width: min(measure, 80))
      let ok = Inputs.dump(library, renderer: renderer, maxSize: sizeLimit.bytes)
      if !ok || failed { throw ExitCode(1) }
      return
    }
    // One file named on its own opens straight away; anything else shows the library first.
    let single = paths.count == 1 && library.entries.count == 1 && library.entries[0].path == paths[0]
    var state = ReaderState(entries: library.entries, hasLibrary: !single, measure: measure)
    state.themes = themes.cycle
    // A single article is read before the screen opens, so a bad file is reported plainly.
    var preloaded: Article?
    if single {
      do {
        preloaded = try library.article(for: library.entries[0], maxSize: sizeLimit.bytes)
        preloaded?.warnings.forEach(warn)
      } catch {
        warn(error.description)
        throw ExitCode(1)
      }
    }
    let maxSize = sizeLimit.bytes
    let first = preloaded
    let entries = Dictionary(library.entries.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    let noColorWanted = noColor || ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } == true
    let summarize: @Sendable (String) -> QuoteSummary? = { path in
      guard let entry = entries[path], let article = try? library.article(for: entry, maxSize: maxSize) else {
        return nil
      }
      return QuoteSummary(QuoteExtractor.analyze(article))
    }
    let app = ReaderApp(
      state: state, theme: themes.theme, themes: themes.themes,
      colorMode: noColorWanted ? ColorMode.none : nil, mouse: mouse, summarize: summarize,
      open: single ? library.entries[0].path : nil,
      queries: single ? nil : (try? ReaderIndex(paths: paths, library: library, noCache: noCache))
    ) { path in
      if let first, first.path == path { return first }
      guard let entry = entries[path] else { throw ArticleError.notFound(path: path) }
      return try library.article(for: entry, maxSize: maxSize)
    }
    app.tracker = StateStore.standard().map {
      ReadingTracker(store: $0, libraryKey: StateStore.libraryKey(for: paths))
    }
    let loadProblems = app.tracker?.problems ?? []
    loadProblems.forEach { warn($0.description) }
    defer { app.tracker?.problems.dropFirst(loadProblems.count).forEach { warn($0.description) } }
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
