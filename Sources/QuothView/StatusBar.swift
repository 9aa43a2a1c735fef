import QuothModel

/// Draws the bottom row: the prompt while one is typed, else the file, a message and the position.
public struct StatusBar {
  /// The reader's state.
  public var state: ReaderState

  /// Creates the widget.
  public init(state: ReaderState) {
    self.state = state
  }

  /// The position text at the right: `line 12–34/340 · 10%` (the lines on screen, and how far
  /// through the article the bottom line is, as less's `-M` shows it), where the selected quote
  /// is (`at line 40/340`) in the quotes view, or `3/840` in a list.
  public var position: String {
    switch state.screen {
    case .article:
      guard let doc = state.document else { return "" }
      if let selected = state.quoteListSelection {
        // Where the selected quote is in the article.
        let line = doc.layout.line(containing: doc.analysis.quotes[selected].span.start)
        return "at line \(line + 1)/\(doc.layout.lines.count)"
      }
      let total = doc.layout.lines.count
      guard total > 0 else { return "empty" }
      let first = min(doc.top + 1, total)
      let last = min(total, doc.top + state.paneRows)
      return "line \(first)–\(last)/\(total) · \(state.percent(doc))%"
    case .library:
      if let panel = state.resultsPanel { return "\(panel.cursor.selection + 1)/\(panel.count)" }
      if let panel = state.speakersPanel {
        return panel.shown.isEmpty ? "0/0" : "\(panel.cursor.selection + 1)/\(panel.shown.count)"
      }
      let rows = state.libraryRowCount
      if state.isFeedLibrary { return rows == 0 ? "0 feeds" : "\(state.selection + 1)/\(rows)" }
      return rows == 0 ? "0 articles" : "\(state.selection + 1)/\(rows)"
    }
  }

  /// The quote status: `quote 3/12 · Xi Jinping · direct` for the current quote (in the quotes
  /// view, the selected one), or `Xi Jinping 2/9` with a restriction (`Xi Jinping 2/9 · direct`
  /// in the quotes view, which then lists only that speaker's quotes).
  public var quoteStatus: (text: String, speaker: Int?)? {
    guard state.screen == .article, let doc = state.document else { return nil }
    if doc.analysisPending { return ("finding quotes…", nil) }
    if let list = state.quoteList, let selected = state.quoteListSelection {
      guard let speaker = doc.speakerFilter else { return describe(selected, in: doc) }
      let name = doc.analysis.speakers[speaker].name
      let kind = doc.analysis.quotes[selected].kind.rawValue
      return ("\(name) \(list.selection + 1)/\(state.quoteListQuotes.count) · \(kind)", speaker)
    }
    if let speaker = doc.speakerFilter {
      let visits = doc.visitableQuotes
      let name = doc.analysis.speakers[speaker].name
      let position = doc.currentQuote.flatMap { visits.firstIndex(of: $0) }.map { String($0 + 1) } ?? "–"
      return ("\(name) \(position)/\(visits.count)", speaker)
    }
    guard let current = doc.currentQuote else { return nil }
    return describe(current, in: doc)
  }

  private func describe(_ index: Int, in doc: Document) -> (text: String, speaker: Int?) {
    let quotes = doc.analysis.quotes
    let quote = quotes[index]
    let name = quote.speaker.map { doc.analysis.speakers[$0].name } ?? "unknown speaker"
    return ("quote \(index + 1)/\(quotes.count) · \(name) · \(quote.kind.rawValue)", quote.speaker)
  }

  /// The name at the left: the article's title, date and source (as many as fit in `width`, the
  /// title cut last), or the library.
  public func name(width: Int) -> String {
    if state.screen == .article, let doc = state.document {
      let article = doc.article
      let path = article.path
      let file = path.split(separator: "/").last.map(String.init) ?? path
      let title = article.title.isEmpty ? file : Sanitizer.field(article.title)
      let fields = [title, article.date, article.source.map(Sanitizer.field)].compactMap { $0 }
      for count in stride(from: fields.count, to: 1, by: -1) {
        let text = fields.prefix(count).joined(separator: " · ")
        if DisplayWidth.of(text) <= width { return text }
      }
      return TextFit.fit(title, width: width)
    }
    if state.isFeedLibrary { return "quoth · " + state.feedLibrarySummary }
    let articles = "quoth · \(state.entries.count) article\(state.entries.count == 1 ? "" : "s")"
    if let read = state.rowsRead { return articles + " · reading \(read)/\(state.entries.count)" }
    if case .building(let done, let total) = state.index { return articles + " · indexing \(done)/\(total)" }
    return articles
  }

  /// Renders the bar into the one-row `area`, placing the cursor when a prompt is open.
  public func render(into buffer: inout ScreenBuffer, area: Rect) {
    guard area.height > 0 else { return }
    if let prompt = state.prompt {
      buffer.fill(area, style: CellStyle(.prompt))
      let text = prompt.lead + prompt.text
      let shown = DisplayWidth.of(text) < area.width ? text : String(text.suffix(area.width - 1))
      let end = buffer.put(shown, x: area.x, y: area.y, style: CellStyle(.prompt), limit: area.maxX)
      buffer.cursor = (min(end, area.maxX - 1), area.y)
      return
    }
    let barStyle = CellStyle(.statusBar)
    buffer.fill(area, style: barStyle)
    let right = position
    let rightWidth = DisplayWidth.of(right)
    let room = area.width - rightWidth - 2
    var x = area.x + 1
    if let message = state.message {
      let style = CellStyle(state.messageIsError ? .statusError : .statusBar)
      x = buffer.put(
        TextFit.fit(message, width: max(1, room - 1)), x: x, y: area.y, style: style, limit: area.maxX)
    } else if let progress = state.feedProgress {
      // An update in the background shows how far it is until it ends (or a message covers it).
      x = buffer.put(
        TextFit.fit(progress.description, width: max(1, room - 1)), x: x, y: area.y, style: barStyle,
        limit: area.maxX)
    } else if let quote = quoteStatus {
      let style = CellStyle(.statusBar, speaker: quote.speaker)
      x = buffer.put(
        TextFit.fit(quote.text, width: max(1, room - 1)), x: x, y: area.y, style: style, limit: area.maxX)
    } else {
      x = buffer.put(
        TextFit.fit(name(width: max(1, room - 1)), width: max(1, room - 1)), x: x, y: area.y, style: barStyle,
        limit: area.maxX)
    }
    if rightWidth + 1 < area.width - (x - area.x) {
      buffer.put(right, x: area.maxX - rightWidth - 1, y: area.y, style: barStyle, limit: area.maxX)
    }
  }
}
