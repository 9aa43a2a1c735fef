/// How far the library index is.
public enum IndexStatus: Hashable, Sendable {
  /// No index: speaker and full-text queries are not offered.
  case unavailable
  /// Being built or updated: (done, total) files.
  case building(done: Int, total: Int)
  /// Up to date: queries answer from it.
  case ready
}

/// A selected row and the first row on screen, for a list of `count` rows.
public struct ListCursor: Hashable, Sendable {
  /// The selected row.
  public var selection = 0
  /// The first row on screen.
  public var top = 0

  /// Creates a cursor at the first row.
  public init() {}

  /// Selects `row` (clamped) and scrolls so it shows among `visible` rows.
  public mutating func move(to row: Int, count: Int, visible: Int) {
    let visible = max(1, visible)
    selection = min(max(0, row), max(0, count - 1))
    if selection < top { top = selection }
    if selection >= top + visible { top = selection - visible + 1 }
    top = max(0, min(top, count - visible))
  }
}

/// The library's speakers view: every speaker merged across articles, filtered and sorted.
public struct SpeakersPanel: Hashable, Sendable {
  /// Every speaker, as the index gave them.
  public var all: [MergedSpeaker]
  /// The filter typed so far (case-insensitive substring of name or role).
  public var filter = ""
  /// The sort order.
  public var order: MergedSpeaker.Order = .quotes
  /// The selection.
  public var cursor = ListCursor()
  /// The speakers shown: filtered, then sorted.
  public private(set) var shown: [MergedSpeaker] = []

  /// Creates the panel for `speakers`.
  public init(all: [MergedSpeaker]) {
    self.all = all
    refresh()
  }

  /// Recomputes ``shown`` after the filter or the order changed.
  mutating func refresh() {
    shown = MergedSpeaker.sorted(all.filter { filter.isEmpty || $0.matches(filter) }, by: order)
  }
}

/// A list that opens articles at a place: a speaker's quotes across the library, or search hits.
public struct ResultsPanel: Hashable, Sendable {
  /// What the rows are.
  public enum Rows: Hashable, Sendable {
    /// The quotes of one merged speaker.
    case quotes(MergedSpeaker, [IndexedQuote])
    /// The articles matching a query.
    case search(query: String, [SearchHit])
  }

  /// The rows.
  public var rows: Rows
  /// The selection.
  public var cursor = ListCursor()

  /// Creates the panel.
  public init(rows: Rows) {
    self.rows = rows
  }

  /// The number of rows.
  public var count: Int {
    switch rows {
    case .quotes(_, let quotes): return quotes.count
    case .search(_, let hits): return hits.count
    }
  }

  /// The article and offset that row `index` opens.
  public func target(_ index: Int) -> (ref: ArticleRef, offset: Int?)? {
    switch rows {
    case .quotes(_, let quotes):
      return quotes.indices.contains(index) ? (quotes[index].ref, quotes[index].span.start) : nil
    case .search(_, let hits):
      return hits.indices.contains(index) ? (hits[index].ref, hits[index].matchOffset) : nil
    }
  }
}
