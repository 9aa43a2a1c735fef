extension ReaderState {
  /// Results from the library index, reported by the run loop.
  mutating func receive(_ action: Action) -> [Effect] {
    switch action {
    case .indexProgress(let done, let total):
      index = .building(done: done, total: total)
    case .indexReady(let problems):
      index = .ready
      if let first = problems.first {
        show(problems.count == 1 ? first : "\(first) (and \(problems.count - 1) more)", error: true)
      }
    case .indexFailed(let reason):
      index = .unavailable
      show(reason, error: true)
      // The counts then come from parsing each article.
      libraryIndexed = false
      return hasLibrary ? [libraryCounts] : []
    case .speakersLoaded(let speakers):
      speakersPanel = SpeakersPanel(all: speakers)
      resultsPanel = nil
      message = nil
    case .speakerQuotesLoaded(let speaker, let quotes):
      resultsPanel = ResultsPanel(rows: .quotes(speaker, quotes))
      message = nil
    case .searchLoaded(let query, let hits):
      libraryHits = hits.map(\.ref)
      if hits.isEmpty {
        show("No article matches \(query)", error: true)
      } else {
        resultsPanel = ResultsPanel(rows: .search(query: query, hits))
        message = nil
      }
    case .queryFailed(let reason):
      show(reason, error: true)
    default:
      break
    }
    return []
  }

  /// Moves `cursor` for a movement command; returns false for any other command.
  func moveCursor(_ cursor: inout ListCursor, _ command: Command, count: Int?, rows: Int) -> Bool {
    let visible = paneRows - 1
    let target: Int
    switch command {
    case .lineDown: target = cursor.selection + (count ?? 1)
    case .lineUp: target = cursor.selection - (count ?? 1)
    case .pageDown: target = cursor.selection + visible
    case .pageUp: target = cursor.selection - visible
    case .top: target = 0
    case .bottom: target = rows - 1
    default: return false
    }
    cursor.move(to: target, count: rows, visible: visible)
    return true
  }

  /// The library commands of the speakers view and of the results lists.
  mutating func runInLibraryPanel(_ command: Command, count: Int?) -> [Effect] {
    if pane == .results, var panel = resultsPanel {
      if moveCursor(&panel.cursor, command, count: count, rows: panel.count) {
        resultsPanel = panel
      } else if command == .chooseQuote, let target = panel.target(panel.cursor.selection) {
        // A search hit opens with the query's matches marked, n and N going on from this one.
        if case .search(let query, _) = panel.rows { pendingQuery = query }
        return openAt(target.ref, offset: target.offset)
      }
      return []
    }
    guard var panel = speakersPanel else { return [] }
    if moveCursor(&panel.cursor, command, count: count, rows: panel.shown.count) {
      speakersPanel = panel
      return []
    }
    switch command {
    case .sortSpeakers:
      let orders = MergedSpeaker.Order.allCases
      panel.order = orders[(orders.firstIndex(of: panel.order)! + 1) % orders.count]
      panel.refresh()
      panel.cursor.move(to: 0, count: panel.shown.count, visible: paneRows - 1)
      speakersPanel = panel
      show("Sorted by \(panel.order.rawValue)")
    case .chooseSpeaker:
      guard panel.shown.indices.contains(panel.cursor.selection) else { return [] }
      let speaker = panel.shown[panel.cursor.selection]
      show("Finding \(speaker.name)'s quotes…")
      return [.querySpeakerQuotes(speaker)]
    default: break
    }
    return []
  }

  /// Opens the speakers view, or says why it cannot.
  mutating func openSpeakers() -> [Effect] {
    switch index {
    case .unavailable:
      show("No library index (started with --no-cache or the cache could not be opened)", error: true)
      return []
    case .building(let done, let total):
      show("Still indexing the library (\(done)/\(total))…", error: true)
      return []
    case .ready:
      show("Loading speakers…")
      return [.querySpeakers]
    }
  }

  /// Closes the innermost library panel; returns false when none was open.
  mutating func closeLibraryPanel() -> Bool {
    if resultsPanel != nil {
      resultsPanel = nil
      return true
    }
    if speakersPanel != nil {
      speakersPanel = nil
      return true
    }
    return false
  }

  /// Applies a speakers filter as it is typed.
  mutating func setSpeakerFilter(_ text: String) {
    guard var panel = speakersPanel else { return }
    panel.filter = text
    panel.refresh()
    panel.cursor.move(to: 0, count: panel.shown.count, visible: paneRows - 1)
    speakersPanel = panel
  }

  /// Opens `ref`, bringing `offset` (and the quote there) into view.
  mutating func openAt(_ ref: ArticleRef, offset: Int?) -> [Effect] {
    pendingFocus = offset
    if let document, document.article.ref == ref {
      screen = .article
      applyPendingQuery()
      applyPendingFocus()
      return []
    }
    loading = ref
    show("Opening \(ref)…")
    return [.load(ref)]
  }

  /// Marks the matches of the library query the article was opened for, the one at the pending
  /// offset (or the first) current, and makes the query the search `n` and `N` continue.
  mutating func applyPendingQuery() {
    guard let query = pendingQuery, var doc = document else { return }
    pendingQuery = nil
    let pattern = SearchPattern.query(query)
    guard findMatches(&doc, pattern), !doc.matches.isEmpty else { return }
    lastSearch = Search(pattern: pattern, forward: true)
    let offset = pendingFocus ?? 0
    let current = doc.matches.firstIndex { $0.end > offset } ?? 0
    doc.currentMatch = current
    // With an offset the focus that follows scrolls there; without one, show the first match.
    if pendingFocus == nil {
      doc.top = clampTop(doc.layout.line(containing: doc.matches[current].start) - min(2, paneRows / 4), doc)
    }
    document = doc
    show("match \(current + 1)/\(doc.matches.count): \(query)")
  }

  /// Scrolls to the pending offset and makes the quote there current.
  mutating func applyPendingFocus() {
    guard let offset = pendingFocus, var doc = document else { return }
    if let quote = doc.analysis.quotes.firstIndex(where: {
      $0.span.contains(offset) || $0.span.start == offset
    }) {
      doc.currentQuote = quote
      document = doc
      scrollToQuote(quote)
    } else {
      let line = doc.layout.line(containing: offset)
      doc.top = clampTop(line - min(2, paneRows / 4), doc)
      document = doc
    }
    if !doc.analysisPending { pendingFocus = nil }
  }
}
