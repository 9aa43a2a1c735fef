extension ReaderState {
  /// Applies `action` and returns the work the run loop must do.
  ///
  /// - Complexity: O(1) for movement; a search is O(n) in the article's length, a resize O(n) to
  ///   lay the article out again.
  @discardableResult
  public mutating func reduce(_ action: Action) -> [Effect] {
    let before = readingPosition
    let top = document?.top
    var effects = apply(action)
    // The reader moved: the place kept across resizes is where the screen is now.
    if document?.top != top, !action.isResize { document?.place = nil }
    // Leaving an article (for the library, another article, or the end) saves the place in it.
    if let before, readingPosition?.ref != before.ref {
      effects.insert(.savePosition(before.ref, offset: before.offset), at: 0)
    }
    return effects
  }

  private mutating func apply(_ action: Action) -> [Effect] {
    switch action {
    case .key(let key): return loading == nil ? handle(key: key) : typeAhead(key)
    case .command(let command, let count): return run(command, count: count)
    case .resize(let newColumns, let newRows): return resize(columns: newColumns, rows: newRows)
    case .start(let indexed): return start(indexed: indexed)
    case .configureThemes(let cycle):
      themes = cycle
      return []
    case .configureExport(let folder):
      exportFolder = folder
      return []
    case .selectEntry(let ref):
      selectEntry(ref)
      return []
    case .open(let ref):
      return openAt(ref, offset: nil)
    case .configureFeeds(let groups, let read):
      isFeedLibrary = true
      readArticles = read
      setFeeds(groups)
      select(firstArticleRow)
      return []
    case .feedsProgress(let done, let total):
      if feedProgress != nil { feedProgress = FeedProgress(done: done, total: total) }
      return []
    case .feedsRefreshed(let groups, let newItems, let report, let failed):
      finishRefresh(groups, newItems: newItems, report: report, failed: failed)
      return []
    case .shutdown:
      return readingPosition.map { [.savePosition($0.ref, offset: $0.offset)] } ?? []
    case .loaded(let article, let analysis, let savedOffset):
      loading = nil
      readArticles.insert(article.ref)
      message = nil
      var effects: [Effect] = []
      if let analysis {
        open(article, analysis: analysis)
      } else {
        // Paint the text first; the quotes follow from a background thread.
        open(article, analysis: QuoteAnalysis())
        document?.analysisPending = true
        effects.append(.analyze(article))
      }
      if let savedOffset { restore(offset: savedOffset) }
      if let warning = article.warnings.first { show(warning, error: true) }
      applyPendingQuery()
      applyPendingFocus()
      return effects + replayTypeahead()
    case .analyzed(let ref, let analysis):
      guard var doc = document, doc.article.ref == ref else { return [] }
      doc.analysis = analysis
      doc.analysisPending = false
      document = doc
      summaries[ref] = QuoteSummary(analysis)
      applyPendingFocus()
      return []
    case .loadFailed(let reason):
      loading = nil
      show(reason, error: true)
      guard hasLibrary || document != nil else {
        closingError = reason
        return [.quit]
      }
      return replayTypeahead()
    case .indexProgress, .indexReady, .indexFailed, .speakersLoaded, .speakerQuotesLoaded, .searchLoaded,
      .queryFailed:
      return receive(action)
    case .notify(let text, let isError):
      show(text, error: isError)
      return []
    case .summary(let ref, let summary):
      summaries[ref] = summary
      return []
    case .summaries(let found):
      summaries.merge(found) { _, new in new }
      return []
    case .rowsRead(let start, let rows):
      fillRows(start: start, rows)
      return []
    case .rowsDone:
      finishRows()
      if let search = pendingLibrarySearch, screen == .library, prompt == nil {
        findInLibrary(search.pattern, forward: search.forward)
      }
      return [libraryCounts]
    }
  }

  /// Greets the reader and asks for the library's rows, then its quote counts.
  private mutating func start(indexed: Bool) -> [Effect] {
    greet()
    guard hasLibrary else { return [] }
    libraryIndexed = indexed
    if indexed { index = .building(done: 0, total: entries.count) }
    // A feed library fetched never before starts by fetching. Its items are not counted ahead
    // (that would fetch every page): counts come as items are read, and those read in earlier
    // runs are counted again from their cached pages.
    if isFeedLibrary {
      let fetched = feedGroups.contains { $0.status != .notFetched }
      let read = entries.map(\.ref).filter { readArticles.contains($0) && summaries[$0] == nil }
      return (read.isEmpty ? [] : [.summarize(read)]) + (fetched || feedGroups.isEmpty ? [] : refreshFeeds())
    }
    // Rows still to read come first, so that titles fill in before anything else competes.
    return [rowsRead != nil ? .readRows : libraryCounts]
  }

  /// The work that finds the library's quote counts: the index when there is one (which holds
  /// them), else parsing each article.
  var libraryCounts: Effect { libraryIndexed ? .updateIndex : .summarize(entries.map(\.ref)) }

  /// Holds a key pressed while an article loads; `Q` still quits at once, and so does `q` while
  /// the only article there is still loads (nothing else to go back to).
  private mutating func typeAhead(_ key: Key) -> [Effect] {
    let command = prompt == nil ? keymap.command(for: key, in: pane) : nil
    if command == .quitNow || (command == .back && !hasLibrary && document == nil) { return [.quit] }
    typeahead.append(key)
    return []
  }

  /// Applies the keys held while an article loaded.
  private mutating func replayTypeahead() -> [Effect] {
    let keys = typeahead
    typeahead = []
    return keys.flatMap { apply(.key($0)) }
  }

  /// Articles longer than this many code points open before their quotes are found; shorter ones
  /// are loaded with their quotes.
  public static let backgroundAnalysisThreshold = 400_000

  /// Opens `article` at its top with quotes already found.
  mutating func open(_ article: Article, analysis: QuoteAnalysis) {
    screen = .article
    helpTop = nil
    quoteList = nil
    sidebarFocused = false
    sidebarOverlayOpen = false
    sidebarSelection = 0
    summaries[article.ref] = QuoteSummary(analysis)
    document = Document(article: article, layout: makeLayout(article), analysis: analysis)
  }

  /// Lays `article` out for the current article pane and measure.
  func makeLayout(_ article: Article) -> ArticleLayout {
    ArticleLayout(article: article, width: layoutWidth, measure: measure)
  }

  /// Lays the open article out again (the pane changed width), keeping the same text at the top.
  mutating func relayout() {
    guard var doc = document else { return }
    let anchor = doc.anchorOffset
    if doc.place == nil {
      doc.place = anchor
      // Blank and header lines have no text offset: count those from the top down to the text.
      var above = 0
      while doc.top + above < doc.layout.lines.count, doc.layout.lines[doc.top + above].isOutsideText {
        above += 1
      }
      doc.placeLinesAbove = above
    }
    let oldTop = doc.top
    doc.layout = makeLayout(doc.article)
    if doc.layout.width == document?.layout.width {
      // Same lines: keep the top line itself (a blank top line has no text offset of its own, so
      // going through the anchor would move it down by one).
      let top = clampTop(oldTop, doc)
      document?.top = top
      return
    }
    var top = doc.layout.line(containing: anchor)
    var above = doc.placeLinesAbove
    while above > 0, top > 0, doc.layout.lines[top - 1].isOutsideText {
      top -= 1
      above -= 1
    }
    doc.top = clampTop(top, doc)
    document = doc
    if let current = doc.currentQuote { scrollToQuote(current) }
  }

  /// Shows the first hint for a new reader, which the first key clears.
  mutating func greet() {
    guard message == nil else { return }
    show(
      screen == .library
        ? "Enter: open · /: find · h: keys · q: quit" : "]: next quote · s: speakers · h: keys · q: quit")
  }

  mutating func show(_ text: String, error: Bool = false) {
    message = text
    messageIsError = error
  }

  private mutating func handle(key: Key) -> [Effect] {
    if prompt != nil { return promptKey(key) }
    pendingLibrarySearch = nil
    message = nil
    messageIsError = false
    if helpTop != nil { return helpKey(key) }
    if pendingColon {
      pendingColon = false
      guard case .char(let scalar) = key, let command = keymap.command(for: .colon(scalar), in: pane) else {
        return []
      }
      return run(command, count: nil)
    }
    if key == .char(":"), keymap.hasColonCommands(in: pane) {
      pendingColon = true
      show(":")
      return []
    }
    if case .char(let scalar) = key, let digit = Int(String(scalar)), scalar.isASCII {
      let count = (pendingCount ?? 0) * 10 + digit
      pendingCount = min(count, 10_000_000)
      return []
    }
    let count = pendingCount
    pendingCount = nil
    guard let command = keymap.command(for: key, in: pane) else { return [] }
    return run(command, count: count)
  }

  private mutating func run(_ command: Command, count: Int?) -> [Effect] {
    switch command {
    case .quitNow: return [.quit]
    case .redraw: return [.redraw]
    case .help:
      helpTop = 0
      return []
    case .back:
      return back()
    case .goBack:
      let effects = back()
      return effects.contains(.quit) ? [] : effects
    case .nextArticle, .previousArticle:
      return stepArticle(forward: command == .nextArticle)
    case .searchForward, .searchBackward:
      prompt = Prompt(
        purpose: pane == .speakers ? .filter : .search(forward: command == .searchForward), text: "")
      return []
    case .cycleTheme:
      guard let name = themes.advance() else { return [] }
      show("theme: \(name)")
      return [.setTheme(name)]
    case .refreshFeeds:
      guard isFeedLibrary else {
        show("R fetches feeds: this library is not the feed list (run quoth with no PATH)", error: true)
        return []
      }
      return refreshFeeds()
    default: break
    }
    switch pane {
    case .library: return runInLibrary(command, count: count)
    case .article: return runInArticle(command, count: count)
    case .sidebar: return runInSidebar(command, count: count)
    case .quotes: return runInQuoteList(command, count: count)
    case .speakers, .results: return runInLibraryPanel(command, count: count)
    }
  }

  private mutating func back() -> [Effect] {
    switch pane {
    case .quotes:
      quoteList = nil
    case .sidebar:
      if sidebarOverlay {
        sidebarOverlayOpen = false
        sidebarFocused = false
      } else if document?.speakerFilter != nil {
        clearSpeakerFilter()
      } else {
        sidebarFocused = false
      }
    case .article:
      if document?.speakerFilter != nil {
        clearSpeakerFilter()
      } else if hasLibrary {
        screen = .library
      } else {
        return [.quit]
      }
    case .speakers, .results:
      _ = closeLibraryPanel()
    case .library:
      return [.quit]
    }
    return []
  }

  // MARK: Library

  private mutating func runInLibrary(_ command: Command, count: Int?) -> [Effect] {
    let rows = paneRows - 1
    selectionPinned = selectionPinned && !Self.cursorCommands.contains(command)
    switch command {
    case .lineDown: select(selection + (count ?? 1))
    case .lineUp: select(selection - (count ?? 1))
    case .pageDown: select(selection + max(1, rows - 1))
    case .pageUp: select(selection - max(1, rows - 1))
    case .halfPageDown: select(selection + max(1, rows / 2))
    case .halfPageUp: select(selection - max(1, rows / 2))
    case .top: select(count.map { $0 - 1 } ?? 0)
    case .bottom: select(count.map { $0 - 1 } ?? libraryRowCount - 1)
    case .open:
      // A feed's heading is no article: Enter folds or unfolds the feed.
      if let index = article(atRow: selection) { return openEntry(index) }
      if selection < libraryRowCount, case .feed(let group) = libraryRow(selection) { toggleFold(group) }
    case .nextMatch, .previousMatch:
      guard let search = lastSearch else {
        show("No previous search", error: true)
        return []
      }
      let forward = search.forward == (command == .nextMatch)
      if case .query = search.pattern, !libraryHits.isEmpty {
        stepThroughHits(forward: forward, label: search.pattern.label)
      } else {
        findInLibrary(search.pattern, forward: forward)
      }
    case .fileInfo:
      show(isFeedLibrary ? feedLibrarySummary : "\(entries.count) article\(entries.count == 1 ? "" : "s")")
    case .speakersView:
      return openSpeakers()
    default: break
    }
    return []
  }

  /// Opens the library's article `index` of ``entries`` (at once when it is the open document),
  /// selecting its row.
  mutating func openEntry(_ index: Int) -> [Effect] {
    guard entries.indices.contains(index) else { return [] }
    selectArticle(index)
    selectionPinned = true
    let ref = entries[index].ref
    if let document, document.article.ref == ref {
      screen = .article
      return []
    }
    loading = ref
    show("Opening \(ref)…")
    return [.load(ref)]
  }

  /// Opens the article after (or before) the open one in library order (`:n`, `:p`).
  private mutating func stepArticle(forward: Bool) -> [Effect] {
    guard hasLibrary, let document, !entries.isEmpty else {
      show("No library: quoth was opened on one article", error: true)
      return []
    }
    let current = entries.firstIndex { $0.ref == document.article.ref } ?? article(atRow: selection) ?? 0
    let next = current + (forward ? 1 : -1)
    guard entries.indices.contains(next) else {
      show(
        forward ? "This is the library's last article" : "This is the library's first article", error: true)
      return []
    }
    quoteList = nil
    return openEntry(next)
  }

  /// The commands that move the library's cursor by rows.
  static let cursorCommands: Set<Command> = [
    .lineDown, .lineUp, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .top, .bottom,
  ]

  mutating func select(_ row: Int) {
    let count = libraryRowCount
    guard count > 0 else {
      selection = 0
      libraryTop = 0
      return
    }
    selection = min(max(0, row), count - 1)
    let visible = max(1, paneRows - 1)
    if selection < libraryTop { libraryTop = selection }
    if selection >= libraryTop + visible { libraryTop = selection - visible + 1 }
    libraryTop = max(0, min(libraryTop, count - visible))
  }

  /// Moves the cursor to the next (or previous) article whose title, source or path `pattern`
  /// matches; feed headings are skipped, and an item of a folded feed unfolds it.
  private mutating func findInLibrary(_ pattern: SearchPattern, forward: Bool) {
    pendingLibrarySearch = nil
    guard !entries.isEmpty else { return }
    do {
      for index in articlesFromCursor(forward: forward) {
        let entry = entries[index]
        for field in [entry.title, entry.source ?? "", entry.path] {
          let scalars = Array(field.unicodeScalars)
          if try !pattern.matches(in: scalars, within: [TextSpan(start: 0, end: scalars.count)]).isEmpty {
            selectArticle(index)
            selectionPinned = true
            return
          }
        }
      }
    } catch {
      show(error.description, error: true)
      return
    }
    if let read = rowsRead {
      // Rows still show file names: look again once they are all read.
      pendingLibrarySearch = Search(pattern: pattern, forward: forward)
      show("Searching for \(pattern.label): \(read) of \(entries.count) rows read…")
      return
    }
    show("Pattern not found: \(pattern.label)", error: true)
  }

  /// Moves the library's cursor to the next (or previous) article, in list order, that the last
  /// library search found.
  private mutating func stepThroughHits(forward: Bool, label: String) {
    let hits = Set(libraryHits)
    for index in articlesFromCursor(forward: forward) {
      guard hits.contains(entries[index].ref) else { continue }
      selectArticle(index)
      selectionPinned = true
      let rank = libraryHits.firstIndex(of: entries[index].ref).map { $0 + 1 } ?? 0
      show("hit \(rank)/\(libraryHits.count): \(label)")
      return
    }
    show("No article in this list matches \(label)", error: true)
  }

  // MARK: Article

  private mutating func runInArticle(_ command: Command, count: Int?) -> [Effect] {
    guard var doc = document else { return [] }
    let page = paneRows
    switch command {
    case .lineDown: doc.top += count ?? 1
    case .lineUp: doc.top -= count ?? 1
    case .pageDown: doc.top += count ?? max(1, page - 1)
    case .pageUp: doc.top -= count ?? max(1, page - 1)
    case .halfPageDown: doc.top += count ?? max(1, page / 2)
    case .halfPageUp: doc.top -= count ?? max(1, page / 2)
    case .top: doc.top = (count ?? 1) - 1
    case .bottom: doc.top = count.map { $0 - 1 } ?? Int.max / 2
    case .percent:
      let lines = doc.layout.lines.count
      doc.top = lines * min(count ?? 0, 100) / 100
    case .nextMatch, .previousMatch:
      guard let search = lastSearch else {
        show("No previous search", error: true)
        return []
      }
      let forward = search.forward == (command == .nextMatch)
      if doc.matchesPattern != search.pattern {
        // The search was made elsewhere (in the library, or in another article): find it here.
        guard findMatches(&doc, search.pattern) else { return [] }
        step(&doc, forward: forward, pattern: search.pattern.label, fromScreen: true)
      } else {
        step(&doc, forward: forward, pattern: search.pattern.label)
      }
    case .fileInfo:
      show(fileInfo(doc))
    default:
      return runQuoteCommand(command)
    }
    doc.top = clampTop(doc.top, doc)
    document = doc
    return []
  }

  func clampTop(_ top: Int, _ doc: Document) -> Int {
    max(0, min(top, doc.layout.lines.count - paneRows))
  }

  private func fileInfo(_ doc: Document) -> String {
    let total = doc.layout.lines.count
    let last = min(total, doc.top + paneRows)
    return
      "\(doc.article.path) · lines \(min(doc.top + 1, total))-\(last) of \(total) · \(percent(doc))% · \(doc.article.wordCount) words"
  }

  /// How far through the article the bottom of the screen is, as less shows it.
  public func percent(_ doc: Document) -> Int {
    let total = doc.layout.lines.count
    guard total > 0 else { return 100 }
    return min(100, (min(total, doc.top + paneRows) * 100) / total)
  }

  // MARK: Search

  private mutating func promptKey(_ key: Key) -> [Effect] {
    guard var current = prompt else { return [] }
    switch key {
    case .escape, .ctrl("c"), .ctrl("g"):
      prompt = nil
      if current.purpose == .filter { setSpeakerFilter("") }
      return []
    case .enter where current.purpose == .filter:
      prompt = nil
      return []
    case .enter where current.purpose == .exportPath:
      prompt = nil
      guard let doc = document, !current.text.isEmpty else { return [] }
      return [
        .export(
          markdown: QuoteCitation.markdown(
            article: doc.article, analysis: doc.analysis, speaker: doc.speakerFilter),
          path: current.text)
      ]
    case .enter where screen == .library && index == .ready && speakersPanel == nil && resultsPanel == nil:
      prompt = nil
      guard !current.text.isEmpty else { return [] }
      lastSearch = Search(pattern: .query(current.text), forward: true)
      show("Searching the library for \(current.text)…")
      return [.searchLibrary(current.text)]
    case .enter:
      prompt = nil
      guard let pattern = current.text.isEmpty ? lastSearch?.pattern : SearchPattern(typed: current.text)
      else {
        return []
      }
      lastSearch = Search(pattern: pattern, forward: current.forward)
      search(pattern, forward: current.forward)
      return []
    case .backspace:
      if current.text.isEmpty {
        prompt = nil
        return []
      }
      current.text.removeLast()
    case .ctrl("u"):
      current.text = ""
    case .char(let scalar):
      current.text.unicodeScalars.append(scalar)
    default:
      break
    }
    prompt = current
    if current.purpose == .filter { setSpeakerFilter(current.text) }
    return []
  }

  private mutating func search(_ pattern: SearchPattern, forward: Bool) {
    pendingCount = nil
    guard screen == .article, var doc = document else {
      findInLibrary(pattern, forward: forward)
      return
    }
    guard findMatches(&doc, pattern) else { return }
    step(&doc, forward: forward, pattern: pattern.label, fromScreen: true)
    document = doc
  }

  /// Finds `pattern` in the document's text; false (with the reason shown) when it cannot be used.
  mutating func findMatches(_ doc: inout Document, _ pattern: SearchPattern) -> Bool {
    do {
      // Byline blocks are not shown (the header shows them cleaned), so they are not searched.
      let shown = doc.article.blocks.filter { $0.kind != .byline }.map(\.span)
      doc.matches = try pattern.matches(in: doc.article.text, within: shown)
    } catch {
      show(error.description, error: true)
      return false
    }
    doc.matchesPattern = pattern
    doc.currentMatch = nil
    return true
  }

  /// Moves to the next match after (or before) the screen or the current match.
  private mutating func step(_ doc: inout Document, forward: Bool, pattern: String, fromScreen: Bool = false)
  {
    guard !doc.matches.isEmpty else {
      show("Pattern not found: \(pattern)", error: true)
      return
    }
    let lines = doc.layout.lines
    let next: Int?
    if let current = doc.currentMatch, !fromScreen {
      next = forward ? current + 1 : current - 1
    } else {
      // From the screen: forward starts at the top line, backward at the bottom line.
      let topOffset = doc.top < lines.count ? lines[doc.top].span.start : 0
      let bottomLine = min(lines.count - 1, doc.top + paneRows - 1)
      let bottomOffset = bottomLine >= 0 ? lines[bottomLine].span.end : 0
      if forward {
        next = doc.matches.firstIndex { $0.start >= topOffset }
      } else {
        next = doc.matches.lastIndex { $0.end <= bottomOffset }
      }
    }
    guard let index = next, doc.matches.indices.contains(index) else {
      show(forward ? "No more matches below" : "No more matches above", error: true)
      return
    }
    doc.currentMatch = index
    let line = doc.layout.line(containing: doc.matches[index].start)
    if line < doc.top || line >= doc.top + paneRows {
      doc.top = clampTop(line - min(2, paneRows / 4), doc)
    }
    show("match \(index + 1)/\(doc.matches.count): \(pattern)")
  }

  // MARK: Resize

  private mutating func resize(columns newColumns: Int, rows newRows: Int) -> [Effect] {
    columns = max(1, newColumns)
    rows = max(1, newRows)
    select(selection)
    relayout()
    if let list = quoteList { moveQuoteList(to: list.selection) }
    if let top = helpTop { helpTop = min(top, max(0, helpLineCount - helpVisibleLines)) }
    return [.redraw]
  }
}
