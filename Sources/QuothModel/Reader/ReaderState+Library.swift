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
    case .speakersLoaded(let speakers):
      speakersPanel = SpeakersPanel(all: speakers)
      resultsPanel = nil
      message = nil
    case .speakerQuotesLoaded(let speaker, let quotes):
      resultsPanel = ResultsPanel(rows: .quotes(speaker, quotes))
      message = nil
    case .searchLoaded(let query, let hits):
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

  /// The library commands of the speakers view and of the results lists.
  mutating func runInLibraryPanel(_ command: Command, count: Int?) -> [Effect] {
    let visible = paneRows - 1
    if pane == .results, var panel = resultsPanel {
      let rows = panel.count
      switch command {
      case .lineDown:
        panel.cursor.move(to: panel.cursor.selection + (count ?? 1), count: rows, visible: visible)
      case .lineUp:
        panel.cursor.move(to: panel.cursor.selection - (count ?? 1), count: rows, visible: visible)
      case .pageDown: panel.cursor.move(to: panel.cursor.selection + visible, count: rows, visible: visible)
      case .pageUp: panel.cursor.move(to: panel.cursor.selection - visible, count: rows, visible: visible)
      case .top: panel.cursor.move(to: 0, count: rows, visible: visible)
      case .bottom: panel.cursor.move(to: rows - 1, count: rows, visible: visible)
      case .chooseQuote:
        guard let target = panel.target(panel.cursor.selection) else { return [] }
        return openAt(path: target.path, offset: target.offset)
      default: break
      }
      resultsPanel = panel
      return []
    }
    guard var panel = speakersPanel else { return [] }
    let rows = panel.shown.count
    switch command {
    case .lineDown:
      panel.cursor.move(to: panel.cursor.selection + (count ?? 1), count: rows, visible: visible)
    case .lineUp: panel.cursor.move(to: panel.cursor.selection - (count ?? 1), count: rows, visible: visible)
    case .pageDown: panel.cursor.move(to: panel.cursor.selection + visible, count: rows, visible: visible)
    case .pageUp: panel.cursor.move(to: panel.cursor.selection - visible, count: rows, visible: visible)
    case .top: panel.cursor.move(to: 0, count: rows, visible: visible)
    case .bottom: panel.cursor.move(to: rows - 1, count: rows, visible: visible)
    case .sortSpeakers:
      let orders = MergedSpeaker.Order.allCases
      panel.order = orders[(orders.firstIndex(of: panel.order)! + 1) % orders.count]
      panel.refresh()
      panel.cursor.move(to: 0, count: panel.shown.count, visible: visible)
      show("Sorted by \(panel.order.rawValue)")
    case .chooseSpeaker:
      guard panel.shown.indices.contains(panel.cursor.selection) else { return [] }
      let speaker = panel.shown[panel.cursor.selection]
      show("Finding \(speaker.name)'s quotes…")
      speakersPanel = panel
      return [.querySpeakerQuotes(speaker)]
    default: break
    }
    speakersPanel = panel
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

  /// Opens the article at `path`, bringing `offset` (and the quote there) into view.
  mutating func openAt(path: String, offset: Int?) -> [Effect] {
    pendingFocus = offset
    if let document, document.article.path == path {
      screen = .article
      applyPendingFocus()
      return []
    }
    loading = path
    show("Opening \(path)…")
    return [.load(path: path)]
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
