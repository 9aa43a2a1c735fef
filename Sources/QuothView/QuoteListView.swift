import QuothModel

/// Draws the quotes view (`v`): the article's quotes as `Speaker: “…”` rows with their kind.
public struct QuoteListView {
  /// The open document.
  public var document: Document
  /// The selected row.
  public var selection: Int
  /// The first row on screen.
  public var top: Int

  /// Creates the widget.
  public init(document: Document, selection: Int, top: Int) {
    self.document = document
    self.selection = selection
    self.top = top
  }

  /// Renders a header row and the visible quote rows into `area`.
  public func render(into buffer: inout ScreenBuffer, area: Rect) {
    buffer.fill(area, style: .body)
    guard area.height > 0 else { return }
    let quotes = document.analysis.quotes
    let header = "Quotes (\(quotes.count)) · Enter: go to the quote · q: back"
    buffer.put(
      TextFit.fit(header, width: area.width - 1), x: area.x + 1, y: area.y, style: CellStyle(.listDetail))
    for row in 0..<(area.height - 1) {
      let index = top + row
      guard index < quotes.count else { break }
      let quote = quotes[index]
      let y = area.y + 1 + row
      let selected = index == selection
      if selected {
        buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: CellStyle(.focus))
      }
      let kind = " \(quote.kind.rawValue)"
      let name = quote.speaker.map { document.analysis.speakers[$0].name } ?? "Unknown"
      let words = QuoteCitation.words(of: quote, in: document.article)
      let shown = quote.kind == .direct ? "“\(words)”" : QuoteCitation.shown(quote, in: document.article)
      let room = area.width - 2 - kind.count
      var x = buffer.put(
        TextFit.fit(name + ": ", width: room), x: area.x + 1, y: y,
        style: CellStyle(selected ? .focus : .directQuote, speaker: quote.speaker))
      let role: StyleRole =
        quote.kind == .indirect ? .indirectQuote : quote.kind == .mixed ? .mixedQuote : .body
      x = buffer.put(
        TextFit.fit(shown, width: max(0, room - (x - area.x - 1))), x: x, y: y,
        style: CellStyle(selected ? .focus : role))
      buffer.put(kind, x: area.maxX - kind.count - 1, y: y, style: CellStyle(selected ? .focus : .listDetail))
    }
  }
}
