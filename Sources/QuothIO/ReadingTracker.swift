import QuothModel
import Synchronization

/// Remembers the reader's place between runs: the position saved for each article and the last
/// article of each library, kept in a ``StateStore``.
///
/// The reducer says when a place is to be kept (``Effect/savePosition(_:offset:)``, when an
/// article is left or the reader closes); the run loop carries that out with
/// ``save(_:offset:)``, looks up ``savedOffset(for:)`` when it loads an article, and asks
/// ``lastArticle(among:)`` once at start. Any thread may call them; the run loop keeps saves and
/// look-ups in order on one queue.
public final class ReadingTracker: Sendable {
  /// Where the state is kept.
  public let store: StateStore
  /// The key of the library being read (see ``StateStore/libraryKey(for:)``).
  public let libraryKey: String
  private let memory: Mutex<(state: ReadingState, problems: [StateError])>

  /// Loads the stored state.
  public init(store: StateStore, libraryKey: String) {
    self.store = store
    self.libraryKey = libraryKey
    memory = Mutex(store.load())
  }

  /// What is stored, with this run's saves merged in.
  public var saved: ReadingState { memory.withLock { $0.state } }

  /// Problems met loading or saving, for the caller to print once the terminal is restored.
  public var problems: [StateError] { memory.withLock { $0.problems } }

  /// The library's last article among `refs`, when it has one.
  public func lastArticle(among refs: [ArticleRef]) -> ArticleRef? {
    guard let last = memory.withLock({ $0.state.libraries[libraryKey]?.path }) else { return nil }
    return refs.first { StateStore.articleKey(for: $0) == last }
  }

  /// The offset the reader last left `ref` at, if any.
  public func savedOffset(for ref: ArticleRef) -> Int? {
    let key = StateStore.articleKey(for: ref)
    return memory.withLock { $0.state.articles[key]?.offset }
  }

  /// The theme last chosen with `t`, if any.
  public var theme: String? { memory.withLock { $0.state.theme?.name } }

  /// Saves `name` as the theme chosen with `t`, for the next start.
  public func saveTheme(_ name: String) {
    commit(ReadingState(theme: ReadingState.ThemeChoice(name: name)))
  }

  /// Saves `offset` as the place in `ref` (standard input has none) and the article as the
  /// library's last one.
  public func save(_ ref: ArticleRef, offset: Int) {
    let key = StateStore.articleKey(for: ref)
    var changes = ReadingState()
    if ref != .stdin { changes.articles[key] = ReadingState.Position(offset: offset) }
    changes.libraries[libraryKey] = ReadingState.LastArticle(path: key)
    commit(changes)
  }

  /// Writes `changes` to the store and keeps them.
  private func commit(_ changes: ReadingState) {
    let problems = store.save(changes)
    memory.withLock {
      $0.state = $0.state.merged(with: changes)
      $0.problems += problems
    }
  }
}
