/// Remembers the reader's place: follows a ``ReaderState`` as it changes, restores the saved
/// position when an article opens, and saves the position of the one left.
///
/// The run loop calls ``follow(_:)`` after every change and ``finish(_:)`` on the way out (quit or
/// signal). Saves happen when an article is left and at the end, not on every key.
public struct ReadingTracker: Sendable {
  /// Where the state is kept.
  public let store: StateStore
  /// The key of the library being read (see ``StateStore/libraryKey(for:)``).
  public let libraryKey: String
  /// What was stored when the reader started.
  public private(set) var saved: ReadingState
  /// Problems met loading or saving, for the caller to print once the terminal is restored.
  public private(set) var problems: [StateError]
  private var open: (key: String, offset: Int)?
  private var changes = ReadingState()

  /// Loads the stored state.
  public init(store: StateStore, libraryKey: String) {
    self.store = store
    self.libraryKey = libraryKey
    (saved, problems) = store.load()
  }

  /// Selects the library's last article in the library list, when it has one.
  public func selectLastArticle(in state: inout ReaderState) {
    guard state.document == nil, let last = saved.libraries[libraryKey]?.path else { return }
    if let entry = state.entries.first(where: { StateStore.articleKey(for: $0.path) == last }) {
      state.selectEntry(path: entry.path)
    }
  }

  /// Notices an article opened, scrolled or closed: restores a newly opened article's saved
  /// position, and records (and saves) the position of one that was left.
  public mutating func follow(_ state: inout ReaderState) {
    let current = state.readingPosition
    let key = current.map { StateStore.articleKey(for: $0.path) }
    if let open, open.key != key {
      record(open.key, offset: open.offset)
      flush()
    }
    guard let current, let key else {
      open = nil
      return
    }
    if open?.key != key {
      let stored = changes.articles[key] ?? saved.articles[key]
      if let offset = stored?.offset { state.restore(offset: offset) }
      changes.libraries[libraryKey] = ReadingState.LastArticle(path: key)
      open = (key, state.readingPosition?.offset ?? current.offset)
    } else {
      open = (key, current.offset)
    }
  }

  /// Records the open article's position and saves everything not yet saved.
  public mutating func finish(_ state: ReaderState) {
    if let current = state.readingPosition {
      record(StateStore.articleKey(for: current.path), offset: current.offset)
    }
    flush()
  }

  private mutating func record(_ key: String, offset: Int) {
    guard key != "-" else { return }
    changes.articles[key] = ReadingState.Position(offset: offset)
  }

  private mutating func flush() {
    guard !changes.articles.isEmpty || !changes.libraries.isEmpty else { return }
    problems += store.save(changes)
    saved = saved.merged(with: changes)
    changes = ReadingState()
  }
}
