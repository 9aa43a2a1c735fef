import Foundation
import QuothModel
import QuothView
import Synchronization

/// The interactive reader's run loop: events in, reducer, effects, a frame out.
public final class ReaderApp {
  /// Reads an article by path; throws ``ArticleError`` with a message naming the file.
  public typealias Loader = @Sendable (String) throws -> Article

  private var state: ReaderState
  private let loader: Loader
  private let theme: Theme
  private let themes: [String: Theme]
  private let colorMode: ColorMode?
  private let mouse: Bool
  private let summarize: (@Sendable (String) -> QuoteSummary?)?
  private let initialPath: String?
  private let queries: (any LibraryQueries)?
  private let rows: LibraryRowReader?
  private let inbox = Inbox()
  private var status = StatusThrottle()
  /// Remembers the reader's place between runs; `nil` remembers nothing.
  public var tracker: ReadingTracker?

  /// Creates the app; `themes` are those ``Effect/setTheme(_:)`` can switch to, by name. With
  /// `rows`, the state's library rows are placeholders that it fills in from a background thread,
  /// before the quote counts and the index.
  public init(
    state: ReaderState, theme: Theme = .standard, themes: [String: Theme] = [:], colorMode: ColorMode? = nil,
    mouse: Bool = false, summarize: (@Sendable (String) -> QuoteSummary?)? = nil,
    open initialPath: String? = nil,
    queries: (any LibraryQueries)? = nil,
    rows: LibraryRowReader? = nil,
    loader: @escaping Loader
  ) {
    self.initialPath = initialPath
    self.queries = queries
    self.rows = rows
    self.state = state
    self.loader = loader
    self.theme = theme
    self.themes = themes
    self.colorMode = colorMode
    self.mouse = mouse
    self.summarize = summarize
  }

  /// Runs until the reader quits or a terminating signal arrives, then restores the terminal.
  ///
  /// - Returns: the signal that ended the loop, or 0 when the reader quit.
  /// - Throws: ``TerminalError`` when the terminal cannot be opened.
  @discardableResult
  public func run() throws -> Int32 {
    let terminal = try Terminal(theme: theme, colorMode: colorMode, mouse: mouse)
    defer {
      terminal.close()
      tracker?.finish(state)
    }
    let size = terminal.size
    state.reduce(.resize(columns: size.columns, rows: size.rows))
    defer { inbox.cancel() }
    if state.hasLibrary {
      // With an index the library's quote counts come from it; without one, from parsing here.
      // Rows still to read come first, so that titles fill in before anything else competes.
      var work: @Sendable (@escaping @Sendable (Action) -> Void) -> Void = summarizer()
      if let queries { work = indexing(queries) }
      if let rows {
        let counts = work
        work = { [inbox] post in
          rows.run(post: post, isCancelled: { inbox.isCancelled })
          if !inbox.isCancelled { counts(post) }
        }
      }
      inbox.spawn(work)
    }
    var dirty = true
    if let path = initialPath, perform([.load(path: path)], terminal: terminal) { return 0 }
    state.greet()
    tracker?.selectLastArticle(in: &state)
    tracker?.follow(&state)
    while true {
      var effects: [Effect] = []
      for action in inbox.drain() {
        effects += state.reduce(action)
        dirty = true
      }
      if perform(effects, terminal: terminal) { return 0 }
      tracker?.follow(&state)
      if dirty {
        status.draw(ReaderView(state: state).render(), on: terminal)
        dirty = false
      }
      let timeout: Int32 = status.isPending ? Int32(StatusThrottle.interval * 1000) : inbox.isBusy ? 50 : 250
      guard let event = terminal.nextEvent(timeout: timeout) else {
        if status.isPending { dirty = true }
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
        status.scrolling = command.map(StatusThrottle.scrollCommands.contains) ?? false
      }
      dirty = true
      if perform(effects, terminal: terminal) { return 0 }
      tracker?.follow(&state)
    }
  }

  /// Work for a background thread that brings the library index up to date, reporting
  /// progress, then posts the quote counts it holds.
  private func indexing(_ queries: any LibraryQueries)
    -> @Sendable (@escaping @Sendable (Action) -> Void) -> Void
  {
    state.reduce(.indexProgress(done: 0, total: state.entries.count))
    let summarize = summarizer()
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
        summarize(post)
      }
    }
  }

  /// A function that parses each library article in turn and posts its quote summary, stopping
  /// when the loop cancels background work.
  private func summarizer() -> @Sendable (@escaping @Sendable (Action) -> Void) -> Void {
    let paths = state.entries.map(\.path)
    let summarize = self.summarize
    return { [inbox] post in
      guard let summarize else { return }
      for path in paths {
        if inbox.isCancelled { return }
        if let summary = summarize(path) { post(.summary(path: path, summary)) }
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

  /// Carries out effects; returns true when the reader should quit.
  private func perform(_ effects: [Effect], terminal: Terminal) -> Bool {
    var queue = effects
    while !queue.isEmpty {
      let effect = queue.removeFirst()
      switch effect {
      case .quit: return true
      case .redraw: terminal.invalidate()
      case .setTheme(let name): themes[name].map(terminal.setTheme)
      case .load(let path):
        do {
          queue += state.reduce(.loaded(try loader(path)))
        } catch {
          queue += state.reduce(.loadFailed(String(describing: error)))
        }
      case .analyze(let path):
        guard let article = state.document?.article, article.path == path else { break }
        inbox.spawn { post in post(.analyzed(path: path, QuoteExtractor.analyze(article))) }
      case .querySpeakers:
        ask { queries in .speakersLoaded(try queries.speakers()) }
      case .querySpeakerQuotes(let speaker):
        ask { queries in .speakerQuotesLoaded(speaker, try queries.quotes(of: speaker.key)) }
      case .searchLibrary(let query):
        ask { queries in .searchLoaded(query: query, try queries.search(query)) }
      case .copy(let text):
        let insideTmux = ProcessInfo.processInfo.environment["TMUX"].map { !$0.isEmpty } ?? false
        terminal.sendRaw(Clipboard.sequence(for: text, insideTmux: insideTmux))
        queue += state.reduce(.notify("Copied: \(text)", isError: false))
      case .export(let markdown, let slug):
        do {
          let path = try QuoteExporter.write(
            markdown: markdown, slug: slug, in: FileManager.default.currentDirectoryPath)
          queue += state.reduce(.notify("Exported quotes to \(path)", isError: false))
        } catch {
          queue += state.reduce(
            .notify("Could not export quotes: \(error.localizedDescription)", isError: true))
        }
      }
    }
    return false
  }
}
