import Dispatch
import Foundation
import QuothIO
import QuothModel
import QuothView
import Synchronization

/// The interactive reader's shell: events in, reducer, effects carried out, a frame out.
///
/// ``ReaderState/reduce(_:)`` is the only place the state changes. Everything that reads files,
/// parses, queries the index or saves the reading position is an ``Effect`` carried out here on a
/// background thread and answered with an ``Action`` through the inbox, which the loop drains
/// between keys; so no key waits for a slow disk or a large article.
public final class ReaderApp {
  /// Finds an article's quotes.
  public typealias Analyzer = @Sendable (Article) -> QuoteAnalysis
  /// Updates every feed of the feed list, reporting (done, total) as feeds end, and returns the
  /// library's feeds as ``Action/feedsRefreshed(_:newItems:report:failed:)``.
  public typealias FeedRefresher = @Sendable (_ progress: @escaping @Sendable (Int, Int) -> Void) -> Action

  private var state: ReaderState
  private let articles: ArticleSource
  private let counted: ArticleSource
  private let theme: Theme
  private let themes: [String: Theme]
  private let colorMode: ColorMode?
  private let mouse: Bool
  private let summarizes: Bool
  private let refreshFeeds: FeedRefresher?
  private let initialArticle: ArticleRef?
  private let queries: (any LibraryQueries)?
  private let rows: LibraryRowReader?
  private let tracker: ReadingTracker?
  private let exportFolder: String
  private let insideTmux: Bool
  private let inbox = Inbox()
  private var throttle = ScrollThrottle()

  /// Creates the app reading articles from `source`; `themes` are those ``Effect/setTheme(_:)``
  /// can switch to, by name. With `summarize`, library rows without an index get their quote
  /// counts by reading each article in the background. With
  /// `rows`, the state's library rows are placeholders that it fills in from a background thread,
  /// before the quote counts and the index. `tracker` remembers the reading position between
  /// runs; `e` offers to export quotes into `exportFolder` (by default `$XDG_DOCUMENTS_DIR`
  /// when it is a folder, else the current one). `feeds` updates a feed library (`R`); quote
  /// counts are read through `counts` when given (which also asks for them, as `summarize`
  /// does), else through `source`.
  public init(
    state: ReaderState, theme: Theme = .standard, themes: [String: Theme] = [:], colorMode: ColorMode? = nil,
    mouse: Bool = false, summarize: Bool = false,
    open initialArticle: ArticleRef? = nil,
    queries: (any LibraryQueries)? = nil,
    rows: LibraryRowReader? = nil,
    tracker: ReadingTracker? = nil,
    exportFolder: String? = nil,
    feeds refreshFeeds: FeedRefresher? = nil,
    environment: [String: String] = ProcessInfo.processInfo.environment,
    analyze: @escaping Analyzer = { QuoteExtractor.analyze($0) },
    source: any ArticleProvider,
    counts countSource: (any ArticleProvider)? = nil
  ) {
    self.initialArticle = initialArticle
    self.queries = queries
    self.rows = rows
    self.state = state
    self.articles = ArticleSource(provider: source, analyze: analyze, tracker: tracker)
    self.counted = ArticleSource(provider: countSource ?? source, analyze: analyze, tracker: nil)
    self.theme = theme
    self.themes = themes
    self.colorMode = colorMode
    self.mouse = mouse
    self.summarizes = summarize || countSource != nil
    self.refreshFeeds = refreshFeeds
    self.tracker = tracker
    self.exportFolder = exportFolder ?? Self.documentsFolder(environment: environment)
    insideTmux = environment["TMUX"].map { !$0.isEmpty } ?? false
  }

  /// Why the reader quit on its own, to print once the terminal is restored: the only article
  /// there was could not be loaded (``ReaderState/closingError``).
  public var failure: String? { state.closingError }

  /// Opens the curses terminal and runs on it until the reader quits or a terminating signal
  /// arrives, then restores the terminal.
  ///
  /// - Returns: the signal that ended the loop, or 0 when the reader quit.
  /// - Throws: ``TerminalError`` when the terminal cannot be opened.
  @discardableResult
  public func run() throws -> Int32 {
    let terminal = try Terminal(theme: theme, colorMode: colorMode, mouse: mouse)
    defer { terminal.close() }
    return run(on: terminal)
  }

  /// Runs on `terminal` until the reader quits or a terminating signal arrives; on the way out
  /// the reading position is saved and background work is told to stop.
  ///
  /// - Returns: the signal that ended the loop, or 0 when the reader quit.
  @discardableResult
  public func run(on terminal: some TerminalBackend) -> Int32 {
    defer {
      inbox.cancel()
      _ = perform(state.reduce(.shutdown), terminal: terminal)
      articles.finishSaving()
    }
    let size = terminal.size
    state.reduce(.resize(columns: size.columns, rows: size.rows))
    // One article named on its own is read before the first frame, so that the reader opens on
    // it; a web page is fetched behind the screen instead, which says "Opening …" meanwhile, so
    // a slow server never holds a blank terminal and `q` still quits.
    let remote = initialArticle?.isRemote ?? false
    if let ref = initialArticle, !remote, perform(state.reduce(articles.load(ref)), terminal: terminal) {
      return 0
    }
    state.reduce(.configureExport(folder: exportFolder))
    var effects = state.reduce(.start(indexed: queries != nil))
    if let ref = initialArticle, remote { effects += state.reduce(.open(ref)) }
    if state.hasLibrary, state.document == nil,
      let last = tracker?.lastArticle(among: state.entries.map(\.ref))
    {
      effects += state.reduce(.selectEntry(last))
    }
    if perform(effects, terminal: terminal) { return 0 }
    var dirty = true
    while true {
      effects = []
      for action in inbox.drain() {
        effects += state.reduce(action)
        dirty = true
      }
      if perform(effects, terminal: terminal) { return 0 }
      if dirty {
        throttle.draw(ReaderView(state: state).render(), on: terminal)
        dirty = false
      }
      guard let event = terminal.nextEvent(timeout: timeout) else {
        if throttle.isPending { dirty = true }
        continue
      }
      switch event {
      case .signal(let signal):
        return signal
      case .resize(let columns, let rows):
        effects = state.reduce(.resize(columns: columns, rows: rows))
      case .key(let key):
        let command = state.prompt == nil ? state.keymap.command(for: key, in: state.pane) : nil
        effects = state.reduce(.key(key))
        throttle.scrolling = command.map(ScrollThrottle.scrollCommands.contains) ?? false
      }
      dirty = true
      if perform(effects, terminal: terminal) { return 0 }
    }
  }

  /// Where `e` offers to export quotes: `$XDG_DOCUMENTS_DIR` when it names a folder, else the
  /// current folder.
  static func documentsFolder(environment: [String: String]) -> String {
    var isFolder: ObjCBool = false
    if let documents = environment["XDG_DOCUMENTS_DIR"], documents.hasPrefix("/"),
      FileManager.default.fileExists(atPath: documents, isDirectory: &isFolder), isFolder.boolValue
    {
      return documents
    }
    return FileManager.default.currentDirectoryPath
  }

  /// How long to wait for a key, in milliseconds: briefly while an article loads (it opens as
  /// soon as it is read), then while the status bar or sidebar is held back or background work has news, else longer.
  private var timeout: Int32 {
    if state.loading != nil { return 5 }
    if throttle.isPending { return Int32(ScrollThrottle.interval * 1000) }
    return inbox.isBusy ? 50 : 250
  }

  /// Carries out effects; returns true when the reader should quit.
  private func perform(_ effects: [Effect], terminal: some TerminalBackend) -> Bool {
    var queue = effects
    while !queue.isEmpty {
      let effect = queue.removeFirst()
      switch effect {
      case .quit: return true
      case .redraw: terminal.invalidate()
      case .setTheme(let name):
        themes[name].map(terminal.setTheme)
        articles.saveTheme(name)
      case .load(let ref):
        inbox.spawn { [articles] post in post(articles.load(ref)) }
      case .analyze(let article):
        inbox.spawn { [articles] post in post(.analyzed(article.ref, articles.analyze(article))) }
      case .readRows:
        guard let rows else { break }
        inbox.spawn { [inbox] post in rows.run(post: post, isCancelled: { inbox.isCancelled }) }
      case .updateIndex:
        guard let queries else { break }
        inbox.spawn(indexing(queries, refs: state.entries.map(\.ref)))
      case .summarize(let refs):
        inbox.spawn(summarizing(refs))
      case .refreshFeeds:
        guard let refreshFeeds else { break }
        inbox.spawn { post in
          post(
            refreshFeeds { done, total in post(.feedsProgress(done: done, total: total)) })
        }
      case .savePosition(let ref, let offset):
        articles.save(ref, offset: offset)
      case .querySpeakers:
        ask { queries in .speakersLoaded(try queries.speakers()) }
      case .querySpeakerQuotes(let speaker):
        ask { queries in .speakerQuotesLoaded(speaker, try queries.quotes(of: speaker.key)) }
      case .searchLibrary(let query):
        ask { queries in .searchLoaded(query: query, try queries.search(query)) }
      case .copy(let text):
        terminal.sendRaw(Clipboard.sequence(for: text, insideTmux: insideTmux))
        queue += state.reduce(.notify("Copied: \(text)", isError: false))
      case .export(let markdown, let path):
        do {
          let path = try QuoteExporter.write(markdown: markdown, to: path)
          queue += state.reduce(.notify("Exported quotes to \(path)", isError: false))
        } catch {
          queue += state.reduce(
            .notify("Could not export quotes: \(error.localizedDescription)", isError: true))
        }
      }
    }
    return false
  }

  /// Work for a background thread that brings the library index up to date, reporting
  /// progress, then posts the quote counts it holds (or finds them from `refs` when it cannot
  /// give them).
  private func indexing(_ queries: any LibraryQueries, refs: [ArticleRef])
    -> @Sendable (@escaping @Sendable (Action) -> Void) -> Void
  {
    let summarize = summarizing(refs)
    return { post in
      do {
        let step = Mutex<Int>(0)
        let problems = try queries.updateIndex { done, total in
          // A progress action every 2% keeps the status bar moving without flooding the loop.
          let every = max(1, total / 50)
          let due = step.withLock { last -> Bool in
            guard done - last >= every || done == total else { return false }
            last = done
            return true
          }
          if due { post(.indexProgress(done: done, total: total)) }
        }
        if let found = try? queries.summaries() {
          post(.summaries(found))
        } else {
          summarize(post)
        }
        post(.indexReady(problems: problems))
      } catch {
        post(.indexFailed("Library index: \(error)"))
      }
    }
  }

  /// Work for a background thread that reads each of `refs` in turn and posts its quote
  /// summary, stopping when the loop cancels background work.
  private func summarizing(_ refs: [ArticleRef]) -> @Sendable (@escaping @Sendable (Action) -> Void) -> Void {
    let summarizes = self.summarizes
    return { [inbox, counted] post in
      guard summarizes else { return }
      for ref in refs {
        if inbox.isCancelled { return }
        if let summary = counted.summary(of: ref) { post(.summary(ref, summary)) }
      }
    }
  }

  /// Runs a library query on a background thread and posts its answer.
  private func ask(_ query: @escaping @Sendable (any LibraryQueries) throws -> Action) {
    guard let queries else { return }
    inbox.spawn { post in
      do {
        post(try query(queries))
      } catch {
        post(.queryFailed("\(error)"))
      }
    }
  }
}

/// Loads articles with their quotes and saved positions, and saves positions, from any thread.
///
/// Saves and look-ups of saved positions run in order on one queue, so an article reopened just
/// after it was left comes back where it was left.
struct ArticleSource: Sendable {
  let provider: any ArticleProvider
  let analyze: ReaderApp.Analyzer
  let tracker: ReadingTracker?
  private let positions = DispatchQueue(label: "quoth.reading-position")

  init(provider: any ArticleProvider, analyze: @escaping ReaderApp.Analyzer, tracker: ReadingTracker?) {
    self.provider = provider
    self.analyze = analyze
    self.tracker = tracker
  }

  /// Reads `ref`, with its quotes unless it is large, and its saved position.
  func load(_ ref: ArticleRef) -> Action {
    do {
      let article = try provider.article(for: ref)
      let small = article.text.count <= ReaderState.backgroundAnalysisThreshold
      let offset = tracker.flatMap { tracker in positions.sync { tracker.savedOffset(for: ref) } }
      return .loaded(article, analysis: small ? analyze(article) : nil, savedOffset: offset)
    } catch {
      return .loadFailed(error.description)
    }
  }

  /// The quote counts of `ref`, or `nil` when it cannot be read.
  func summary(of ref: ArticleRef) -> QuoteSummary? {
    guard let article = try? provider.article(for: ref) else { return nil }
    return QuoteSummary(analyze(article))
  }

  /// Saves the place in an article, after every save asked for before.
  func save(_ ref: ArticleRef, offset: Int) {
    guard let tracker else { return }
    positions.async { tracker.save(ref, offset: offset) }
  }

  /// Remembers the theme chosen with `t`, after every save asked for before.
  func saveTheme(_ name: String) {
    guard let tracker else { return }
    positions.async { tracker.saveTheme(name) }
  }

  /// Waits for every save asked for to be written.
  func finishSaving() { positions.sync {} }
}
