import QuothModel

/// Draws the quotes view (`v`): the article's quotes as `Speaker: “…”` rows with their kind; in
/// wide windows a long quote wraps onto a few lines.
public struct QuoteListView {
  /// The reader's state: the open document, the view's cursor and the window's size.
  public var state: ReaderState

  /// Creates the widget.
  public init(state: ReaderState) {
    self.state = state
  }

  /// Renders a header row and the visible quote rows into `area`.
  public func render(into buffer: inout ScreenBuffer, area: Rect) {
    buffer.fill(area, style: .body)
    guard area.height > 0, let document = state.document, let list = state.quoteList else { return }
    let quotes = document.analysis.quotes
    let rows = state.quoteListQuotes
    // With a speaker chosen the view lists that speaker's quotes and says whose they are.
    let whose = document.speakerFilter.map {
      "Quotes by \(document.analysis.speakers[$0].name) (\(rows.count) of \(quotes.count))"
    }
    let header = (whose ?? "Quotes (\(quotes.count))") + " · Enter: go to the quote · q: back"
    buffer.put(
      TextFit.fit(header, width: area.width - 1), x: area.x + 1, y: area.y, style: CellStyle(.listDetail))
    var y = area.y + 1
    var index = list.top
    while y < area.maxY, index < rows.count {
      let quote = quotes[rows[index]]
      let row = state.quoteListRow(index)
      let selected = index == list.selection
      let height = min(row.lines.count, area.maxY - y)
      if selected {
        buffer.fill(Rect(x: area.x, y: y, width: area.width, height: height), style: CellStyle(.focus))
      }
      buffer.put(
        row.label, x: area.x + 1, y: y,
        style: CellStyle(selected ? .focus : .directQuote, speaker: quote.speaker))
      let role: StyleRole =
        quote.kind == .indirect ? .indirectQuote : quote.kind == .mixed ? .mixedQuote : .body
      for (offset, line) in row.lines.prefix(height).enumerated() {
        buffer.put(
          line, x: area.x + 1 + row.indent, y: y + offset, style: CellStyle(selected ? .focus : role),
          limit: area.maxX - row.kind.count - 1)
      }
      buffer.put(
        row.kind, x: area.maxX - row.kind.count - 1, y: y, style: CellStyle(selected ? .focus : .listDetail))
      y += height
      index += 1
    }
  }
}
