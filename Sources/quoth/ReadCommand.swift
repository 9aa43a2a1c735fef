import ArgumentParser
import Foundation
import QuothIO
import QuothModel
import QuothNet
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

  @Option(parsing: .unconditional, help: "The widest the text column gets, in columns.")
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
    // With no PATH and a feed list, quoth opens the feeds, as newsboat does.
    let feeds = paths.isEmpty ? FeedLibrary.standard().flatMap { $0.hasList ? $0 : nil } : nil
    let tracker = StateStore.standard().map {
      ReadingTracker(store: $0, libraryKey: feeds != nil ? "feeds" : StateStore.libraryKey(for: paths))
    }
    let themes: ThemeSelection
    do {
      themes = try ThemeSelection(option: theme, remembered: tracker?.theme)
    } catch let error as ThemeError {
      warn(error.description)
      throw ExitCode(1)
    }
    if let feeds, Inputs.stdoutIsTerminal {
      try read(feeds, themes: themes, tracker: tracker)
      return
    }
    // One web page opens the screen at once and is fetched behind it.
    if paths.count == 1, ArticleRef.isWebAddress(paths[0]), Inputs.stdoutIsTerminal {
      try read(page: paths[0], themes: themes, tracker: tracker)
      return
    }
    // A library of files on disk opens on their names at once; the heads are read behind it.
    if let (rows, expansion) = deferredRows() {
      try read(rows, expansion: expansion, themes: themes, tracker: tracker)
      return
    }
    let library = Inputs.library(paths, maxSize: sizeLimit.bytes, web: sizeLimit.web)
    let failed = !library.errors.isEmpty
    guard !library.entries.isEmpty else {
      if !failed { warnNoArticles() }
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
    state.reduce(.configureThemes(themes.cycle))
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
    try run(
      state: state, library: library, preloaded: preloaded, themes: themes,
      open: single ? library.entries[0].ref : nil, tracker: tracker)
    if failed { throw ExitCode(1) }
  }

  /// The reader of files whose rows can be read behind the list: several files or folders on
  /// disk, shown on a terminal; `nil` for standard input, pipes, corpora, one named file, or no
  /// path.
  private func deferredRows() -> (LibraryRowReader, LibraryScanner.Expansion)? {
    guard !paths.isEmpty, !paths.contains("-"), !paths.contains(where: ArticleRef.isWebAddress),
      Inputs.stdoutIsTerminal
    else { return nil }
    let scanner = LibraryScanner(maxSize: sizeLimit.bytes)
    let expansion = scanner.expand(paths)
    let single = paths.count == 1 && expansion.unique.count == 1 && expansion.unique[0].named
    // A corpus gives many rows from one file: it is read whole before the list shows.
    guard !expansion.hasStreams, !single, !expansion.files.contains(where: Corpus.isCorpusFile) else {
      return nil
    }
    return (LibraryRowReader(expansion: expansion, scanner: scanner), expansion)
  }

  /// Runs the reader on placeholder rows that `rows` fills in from a background thread; the
  /// files that could not be read are reported, as always, once the reader has closed.
  private func read(
    _ rows: LibraryRowReader, expansion: LibraryScanner.Expansion, themes: ThemeSelection,
    tracker: ReadingTracker?
  ) throws {
    guard !rows.files.isEmpty else {
      (expansion.warnings + expansion.errors).forEach { warn($0.description) }
      if expansion.errors.isEmpty { warnNoArticles() }
      throw ExitCode(1)
    }
    var state = ReaderState(entries: rows.placeholders, hasLibrary: true, measure: measure, rowsPending: true)
    state.reduce(.configureThemes(themes.cycle))
    // Quitting before every head was read must not hide a named file that cannot be read: those
    // few are checked now (files found in folders are only warnings, and stay unchecked).
    let maxSize = sizeLimit.bytes
    let namedErrors = {
      guard !rows.isComplete else { return rows.errors }
      let scanner = LibraryScanner(maxSize: maxSize)
      return rows.files.filter(\.named).compactMap { file -> ArticleError? in
        do throws(ArticleError) {
          _ = try scanner.entry(path: file.path)
          return nil
        } catch {
          return error
        }
      }
    }
    let report = { () -> [ArticleError] in
      let unreadable = namedErrors()
      (expansion.warnings + rows.warnings + expansion.errors + unreadable).forEach { warn($0.description) }
      return unreadable
    }
    do {
      try run(
        state: state, library: Library(entries: []), preloaded: nil, themes: themes, open: nil, rows: rows,
        tracker: tracker)
    } catch {
      _ = report()
      throw error
    }
    let unreadable = report()
    let failed = !expansion.errors.isEmpty || !unreadable.isEmpty
    // As when the heads were read before the screen opened: no readable article is a failure.
    let none = rows.isComplete && rows.rowCount == 0
    if none && !failed { warnNoArticles() }
    if failed || none { throw ExitCode(1) }
  }

  /// Runs the interactive reader on `state`, opening `ref` first when given.
  private func run(
    state: ReaderState, library: Library, preloaded: Article?, themes: ThemeSelection, open ref: ArticleRef?,
    rows: LibraryRowReader? = nil, tracker: ReadingTracker?
  ) throws {
    let app = ReaderApp(
      state: state, theme: themes.theme, themes: themes.themes,
      colorMode: colorMode, mouse: mouse, summarize: true, open: ref,
      queries: ref != nil ? nil : (try? ReaderIndex(paths: paths, library: library, noCache: noCache)),
      rows: rows, tracker: tracker,
      source: LibraryArticles(library: library, maxSize: sizeLimit.bytes, preloaded: preloaded))
    let loadProblems = tracker?.problems ?? []
    loadProblems.forEach { warn($0.description) }
    defer { tracker?.problems.dropFirst(loadProblems.count).forEach { warn($0.description) } }
    do {
      let signal = try app.run()
      if signal != 0 { throw ExitCode(128 + signal) }
    } catch let error as TerminalError {
      warn(error.description)
      throw ExitCode(1)
    }
  }

  private func warnNoArticles() { Inputs.warnNoArticles(paths) }

  /// No colour when `--no-color` or a non-empty `NO_COLOR` asks for none; else the terminal's.
  private var colorMode: ColorMode? {
    let noColorWanted = noColor || ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } == true
    return noColorWanted ? ColorMode.none : nil
  }

  /// Runs the reader on one web page, fetched (or read from the cache) in the background while
  /// the screen says "Opening …"; a page that cannot be had closes the reader and is reported
  /// as for a file, with status 1.
  private func read(page address: String, themes: ThemeSelection, tracker: ReadingTracker?) throws {
    let ref = ArticleRef.url(address)
    var state = ReaderState(
      entries: [LibraryEntry(ref: ref, title: Sanitizer.field(address), format: .html)], hasLibrary: false,
      measure: measure)
    state.reduce(.configureThemes(themes.cycle))
    let app = ReaderApp(
      state: state, theme: themes.theme, themes: themes.themes,
      colorMode: colorMode, mouse: mouse, open: ref, tracker: tracker,
      source: sizeLimit.web)
    let signal = try app.run()
    if let failure = app.failure {
      warn(failure)
      throw ExitCode(1)
    }
    if signal != 0 { throw ExitCode(128 + signal) }
  }

  /// Runs the reader on the feed library: the items of every feed fetched before (none yet:
  /// the reader starts by fetching), unread ones marked; Enter fetches an item's page, `R` every
  /// feed again.
  private func read(_ feeds: FeedLibrary, themes: ThemeSelection, tracker: ReadingTracker?) throws {
    let subscriptions: [FeedSubscription]
    do {
      let list = try feeds.subscriptions()
      list.skipped.forEach { warn("\(feeds.listFile):\($0.line): \($0.reason)") }
      subscriptions = list.subscriptions
    } catch {
      warn(error.description)
      throw ExitCode(1)
    }
    let groups = feeds.groups(of: subscriptions)
    let saved = tracker?.saved.articles ?? [:]
    let read = groups.flatMap(\.items).map(\.ref).filter { saved[StateStore.articleKey(for: $0)] != nil }
    var state = ReaderState(entries: [], hasLibrary: true, measure: measure)
    state.reduce(.configureThemes(themes.cycle))
    state.reduce(.configureFeeds(groups, read: Set(read)))
    let web = sizeLimit.web
    let update = FeedListUpdate(feeds: feeds, fetcher: web.fetcher, store: FeedSeenStore.standard())
    // R is quoth update in the background: the list read again, the same seen items, the same
    // summary. --offline never touches the network, so there R only says so.
    let offline = sizeLimit.offline
    let refresh: ReaderApp.FeedRefresher = { progress in
      guard !offline else {
        return .feedsRefreshed(
          feeds.groups(of: subscriptions), newItems: [],
          report: "--offline: the feeds are not updated (quit, then run quoth update)", failed: true)
      }
      let listed = (try? feeds.subscriptions().subscriptions) ?? subscriptions
      let result = update.run(listed.map(\.url)) { _, done, total in progress(done, total) }
      let report = ([result.outcomes.summary] + result.problems.prefix(1)).joined(separator: "; ")
      return .feedsRefreshed(
        feeds.groups(of: listed, outcomes: result.outcomes), newItems: result.newItems, report: report,
        failed: result.failed)
    }
    let app = ReaderApp(
      state: state, theme: themes.theme, themes: themes.themes,
      colorMode: colorMode, mouse: mouse, tracker: tracker, feeds: refresh,
      source: FeedItemArticles(feeds: feeds, web: web),
      // Items read before are counted from their cached pages, never fetched for it.
      counts: FeedItemArticles(
        feeds: feeds, web: WebArticles(fetcher: web.fetcher, cache: web.cache, mode: .offline)))
    let signal = try app.run()
    if signal != 0 { throw ExitCode(128 + signal) }
  }
}
