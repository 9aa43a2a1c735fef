import QuothModel

/// Draws the bottom row: the prompt while one is typed, else the file, a message and the position.
public struct StatusBar {
  /// The reader's state.
  public var state: ReaderState

  /// Creates the widget.
  public init(state: ReaderState) {
    self.state = state
  }

  /// The position text at the right: `line 12/340 · 42%` or `3/840`.
  public var position: String {
    switch state.screen {
    case .article:
      guard let doc = state.document else { return "" }
      let total = doc.layout.lines.count
      return "line \(min(doc.top + 1, max(total, 1)))/\(total) · \(state.percent(doc))%"
    case .library:
      if let panel = state.resultsPanel { return "\(panel.cursor.selection + 1)/\(panel.count)" }
      if let panel = state.speakersPanel {
        return panel.shown.isEmpty ? "0/0" : "\(panel.cursor.selection + 1)/\(panel.shown.count)"
      }
      return state.entries.isEmpty ? "0 articles" : "\(state.selection + 1)/\(state.entries.count)"
    }
  }

  /// The quote status: `quote 3/12 · Xi Jinping · direct`, or `Xi Jinping 2/9` with a restriction.
  public var quoteStatus: (text: String, speaker: Int?)? {
    guard state.screen == .article, let doc = state.document else { return nil }
    if doc.analysisPending { return ("finding quotes…", nil) }
    let quotes = doc.analysis.quotes
    if let speaker = doc.speakerFilter {
      let visits = doc.visitableQuotes
      let name = doc.analysis.speakers[speaker].name
      let position = doc.currentQuote.flatMap { visits.firstIndex(of: $0) }.map { String($0 + 1) } ?? "–"
      return ("\(name) \(position)/\(visits.count)", speaker)
    }
    guard let current = doc.currentQuote else { return nil }
    let quote = quotes[current]
    let name = quote.speaker.map { doc.analysis.speakers[$0].name } ?? "unknown speaker"
    return ("quote \(current + 1)/\(quotes.count) · \(name) · \(quote.kind.rawValue)", quote.speaker)
  }

  /// The name at the left: the article's file or the library.
  public var name: String {
    if state.screen == .article, let doc = state.document {
      let path = doc.article.path
      let file = path.split(separator: "/").last.map(String.init) ?? path
      return [file, doc.article.date, doc.article.source].compactMap { $0 }.joined(separator: " · ")
    }
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
    } else if let quote = quoteStatus {
      let style = CellStyle(.statusBar, speaker: quote.speaker)
      x = buffer.put(
        TextFit.fit(quote.text, width: max(1, room - 1)), x: x, y: area.y, style: style, limit: area.maxX)
    } else {
      x = buffer.put(
        TextFit.fit(name, width: max(1, room - 1)), x: x, y: area.y, style: barStyle, limit: area.maxX)
    }
    if rightWidth + 1 < area.width - (x - area.x) {
      buffer.put(right, x: area.maxX - rightWidth - 1, y: area.y, style: barStyle, limit: area.maxX)
    }
  }
}
