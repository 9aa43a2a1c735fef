extension ReaderState {
  /// Quote navigation, the sidebar and the quotes view.
  mutating func runQuoteCommand(_ command: Command) -> [Effect] {
    guard let doc = document else { return [] }
    if doc.analysisPending, command != .toggleSidebar, command != .switchFocus {
      show("Still finding quotes…")
      return []
    }
    switch command {
    case .nextQuote, .previousQuote:
      stepQuote(
        forward: command == .nextQuote, among: doc.visitableQuotes, label: doc.speakerFilter.map(speakerName))
    case .nextSpeakerQuote, .previousSpeakerQuote:
      guard let speaker = doc.currentSpeaker else {
        // With no current quote there is no speaker to follow yet: go to the next quote.
        if doc.currentQuote == nil {
          return runQuoteCommand(command == .nextSpeakerQuote ? .nextQuote : .previousQuote)
        }
        show("The current quote has no known speaker", error: true)
        return []
      }
      let quotes = doc.analysis.quotes
      stepQuote(
        forward: command == .nextSpeakerQuote, among: quotes.indices.filter { quotes[$0].speaker == speaker },
        label: speakerName(speaker))
    case .toggleSidebar:
      if columns >= Self.dockingColumns {
        sidebarHidden.toggle()
        if sidebarHidden { sidebarFocused = false }
        relayout()
      } else {
        sidebarOverlayOpen.toggle()
        sidebarFocused = sidebarOverlayOpen
      }
      syncSidebarSelection()
    case .switchFocus:
      if sidebarDocked || sidebarOverlay {
        sidebarFocused.toggle()
      } else {
        sidebarOverlayOpen = true
        sidebarFocused = true
      }
      syncSidebarSelection()
    case .quoteList:
      if quoteList != nil {
        quoteList = nil
      } else if doc.analysis.quotes.isEmpty {
        show("No quotes found in this article", error: true)
      } else {
        let rows = doc.visitableQuotes
        guard !rows.isEmpty else {
          show("No quotes by \(doc.speakerFilter.map(speakerName) ?? "this speaker")", error: true)
          return []
        }
        quoteList = ListCursor()
        let start = doc.currentQuote ?? firstQuoteOnScreen(doc) ?? 0
        moveQuoteList(to: rows.firstIndex { $0 >= start } ?? rows.count - 1)
      }
    case .copyQuote:
      // In the quotes view the selected row is the quote; with a speaker chosen only that
      // speaker's quotes are copied.
      let chosen = doc.speakerFilter
      let current = (quoteListSelection ?? doc.currentQuote).flatMap {
        chosen == nil || doc.analysis.quotes[$0].speaker == chosen ? $0 : nil
      }
      guard let index = current else {
        let whose = chosen.map { " by \(speakerName($0))" } ?? ""
        show("No current quote\(whose): press ] first", error: true)
        return []
      }
      let citation = QuoteCitation.citation(
        of: doc.analysis.quotes[index], in: doc.article, analysis: doc.analysis)
      return [.copy(citation)]
    case .exportQuotes:
      // Ask where, offering a new file in the export folder; Enter writes, Esc cancels. With a
      // speaker chosen the export holds that speaker's quotes and its name says whose.
      let folder = exportFolder.hasSuffix("/") ? String(exportFolder.dropLast()) : exportFolder
      let speaker = doc.speakerFilter.map(speakerName)
      let slug = QuoteCitation.slug(of: doc.article) + (speaker.map { "-" + QuoteCitation.slug($0) } ?? "")
      prompt = Prompt(purpose: .exportPath, text: "\(folder)/quoth-\(slug).md", speaker: speaker)
      return []
    default: break
    }
    return []
  }

  func speakerName(_ index: Int) -> String {
    guard let doc = document, doc.analysis.speakers.indices.contains(index) else { return "unknown" }
    return doc.analysis.speakers[index].name
  }

  /// The first quote that starts on or below the top line.
  func firstQuoteOnScreen(_ doc: Document) -> Int? {
    let top = doc.top < doc.layout.lines.count ? doc.layout.lines[doc.top].span.start : 0
    return doc.analysis.quotes.firstIndex { $0.span.start >= top }
  }

  /// Moves to the next or previous quote among `candidates` (indices in text order).
  private mutating func stepQuote(forward: Bool, among candidates: [Int], label: String?) {
    guard let doc = document else { return }
    guard !candidates.isEmpty else {
      show(
        doc.analysis.quotes.isEmpty
          ? "No quotes found in this article" : "No quotes by \(label ?? "this speaker")", error: true)
      return
    }
    let target: Int?
    if let current = doc.currentQuote {
      // Quotes are in text order, so index order is reading order.
      target = forward ? candidates.first { $0 > current } : candidates.last { $0 < current }
    } else {
      // From the screen: ] starts at the top line, [ at the bottom line.
      let lines = doc.layout.lines
      let topOffset = doc.top < lines.count ? lines[doc.top].span.start : 0
      let bottom = min(lines.count - 1, doc.top + paneRows - 1)
      let bottomOffset = bottom >= 0 ? lines[bottom].span.end : 0
      let quotes = doc.analysis.quotes
      target =
        forward
        ? candidates.first { quotes[$0].span.start >= topOffset }
        : candidates.last { quotes[$0].span.start < bottomOffset }
    }
    guard let index = target else {
      show(
        forward
          ? "Last quote\(label.map { " by \($0)" } ?? "")" : "First quote\(label.map { " by \($0)" } ?? "")",
        error: true)
      return
    }
    document?.currentQuote = index
    scrollToQuote(index)
    syncSidebarSelection()
  }

  /// Scrolls so the whole quote shows, or its start when it is longer than the screen.
  mutating func scrollToQuote(_ index: Int) {
    guard var doc = document, doc.analysis.quotes.indices.contains(index) else { return }
    let span = doc.analysis.quotes[index].span
    let first = doc.layout.line(containing: span.start)
    let last = doc.layout.line(containing: max(span.start, span.end - 1))
    let rows = paneRows
    if first >= doc.top && last < doc.top + rows { return }
    if last - first + 1 >= rows {
      doc.top = first
    } else {
      doc.top = max(last - rows + 1, first - min(2, (rows - (last - first + 1)) / 2))
    }
    doc.top = clampTop(doc.top, doc)
    document = doc
  }

  /// Points the sidebar at the current quote's speaker.
  mutating func syncSidebarSelection() {
    if let speaker = document?.currentSpeaker, !sidebarFocused { sidebarSelection = speaker }
  }

  mutating func clearSpeakerFilter() {
    document?.speakerFilter = nil
    show("All speakers")
  }

  // MARK: Sidebar

  mutating func runInSidebar(_ command: Command, count: Int?) -> [Effect] {
    guard let doc = document else { return [] }
    let speakers = doc.analysis.speakers.count
    switch command {
    case .lineDown: sidebarSelection = min(max(0, speakers - 1), sidebarSelection + (count ?? 1))
    case .lineUp: sidebarSelection = max(0, sidebarSelection - (count ?? 1))
    case .top: sidebarSelection = 0
    case .bottom: sidebarSelection = max(0, speakers - 1)
    case .chooseSpeaker:
      guard sidebarSelection < speakers else { return [] }
      document?.speakerFilter = sidebarSelection
      document?.currentQuote = nil
      let quotes = doc.analysis.quotes
      guard let first = quotes.indices.first(where: { quotes[$0].speaker == sidebarSelection }) else {
        show("No quotes by \(speakerName(sidebarSelection))", error: true)
        return []
      }
      document?.currentQuote = first
      scrollToQuote(first)
      if sidebarOverlay { sidebarOverlayOpen = false }
      sidebarFocused = false
    default:
      return runQuoteCommand(command)
    }
    return []
  }

  // MARK: Quotes view

  mutating func runInQuoteList(_ command: Command, count: Int?) -> [Effect] {
    guard var list = quoteList else { return [] }
    if moveCursor(&list, command, count: count, rows: quoteListQuotes.count) {
      quoteList = list
      fitQuoteList()
      return []
    }
    guard command == .chooseQuote else { return runQuoteCommand(command) }
    quoteList = nil
    guard let index = quoteListQuote(list.selection) else { return [] }
    document?.currentQuote = index
    scrollToQuote(index)
    syncSidebarSelection()
    return []
  }

  /// Selects row `row` of the quotes view, scrolling it into view.
  mutating func moveQuoteList(to row: Int) {
    guard var list = quoteList else { return }
    list.move(to: row, count: quoteListQuotes.count, visible: paneRows - 1)
    quoteList = list
    fitQuoteList()
  }
}
