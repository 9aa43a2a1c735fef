import QuothModel
import QuothView

/// The interactive reader's run loop: events in, reducer, effects, a frame out.
public final class ReaderApp {
  /// Reads an article by path; throws ``ArticleError`` with a message naming the file.
  public typealias Loader = @Sendable (String) throws -> Article

  private var state: ReaderState
  private let loader: Loader
  private let theme: Theme
  private let colorMode: ColorMode?
  private let mouse: Bool
  /// Remembers the reader's place between runs; `nil` remembers nothing.
  public var tracker: ReadingTracker?

  /// Creates the app.
  public init(
    state: ReaderState, theme: Theme = .standard, colorMode: ColorMode? = nil, mouse: Bool = false,
    loader: @escaping Loader
  ) {
    self.state = state
    self.loader = loader
    self.theme = theme
    self.colorMode = colorMode
    self.mouse = mouse
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
    tracker?.selectLastArticle(in: &state)
    tracker?.follow(&state)
    var dirty = true
    while true {
      if dirty {
        terminal.draw(ReaderView(state: state).render())
        dirty = false
      }
      guard let event = terminal.nextEvent(timeout: 250) else { continue }
      let effects: [Effect]
      switch event {
      case .signal(let signal):
        return signal
      case .resize(let columns, let rows):
        effects = state.reduce(.resize(columns: columns, rows: rows))
      case .key(let key):
        effects = state.reduce(.key(key))
      }
      dirty = true
      if perform(effects, terminal: terminal) { return 0 }
      tracker?.follow(&state)
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
      case .load(let path):
        do {
          queue += state.reduce(.loaded(try loader(path)))
        } catch {
          queue += state.reduce(.loadFailed(String(describing: error)))
        }
      }
    }
    return false
  }
}
