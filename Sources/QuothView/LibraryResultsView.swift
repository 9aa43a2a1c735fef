import QuothModel

/// Draws a list that opens articles at a place: a speaker's quotes across the library (date,
/// title, quote), or library search hits (date, title, snippet).
public struct LibraryResultsView {
  /// The panel to draw.
  public var panel: ResultsPanel

  /// Creates the widget.
  public init(panel: ResultsPanel) {
    self.panel = panel
  }

  /// Renders a header row and the visible rows into `area`.
  public func render(into buffer: inout ScreenBuffer, area: Rect) {
    buffer.fill(area, style: .body)
    guard area.height > 0, area.width > 10 else { return }
    let header: String
    switch panel.rows {
    case .quotes(let speaker, let quotes):
      header =
        "\(speaker.name): \(quotes.count) quote\(quotes.count == 1 ? "" : "s") · Enter: open at the quote"
    case .search(let query, let hits):
      header = "\(hits.count) article\(hits.count == 1 ? "" : "s") match \(query) · Enter: open at the match"
    }
    buffer.put(
      TextFit.fit(header, width: area.width - 2), x: area.x + 1, y: area.y, style: CellStyle(.heading))
    let dateWidth = area.width >= 60 ? 11 : 0
    let titleWidth = max(8, (area.width - dateWidth - 2) * 2 / 5)
    for row in 0..<(area.height - 1) {
      let index = panel.cursor.top + row
      guard index < panel.count else { break }
      let y = area.y + 1 + row
      let selected = index == panel.cursor.selection
      if selected {
        buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: CellStyle(.focus))
      }
      let (date, title, text, role): (String?, String, String, StyleRole)
      switch panel.rows {
      case .quotes(_, let quotes):
        let quote = quotes[index]
        let words = quote.text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        (date, title, text, role) = (
          quote.date, quote.title, quote.kind == .indirect ? words : "“\(words.trimmingQuoteMarks())”",
          quote.kind == .indirect ? .indirectQuote : .directQuote
        )
      case .search(_, let hits):
        let hit = hits[index]
        (date, title, text, role) = (hit.date, hit.title, hit.snippet, .body)
      }
      var x = area.x + 1
      if dateWidth > 0 {
        buffer.put(
          date ?? "", x: x, y: y, style: CellStyle(selected ? .focus : .listDetail), limit: area.maxX)
        x += dateWidth
      }
      buffer.put(
        TextFit.fit(title, width: titleWidth - 1), x: x, y: y, style: CellStyle(selected ? .focus : .listRow))
      x += titleWidth + 1
      buffer.put(
        TextFit.fit(text, width: max(0, area.maxX - x - 1)), x: x, y: y,
        style: CellStyle(selected ? .focus : role))
    }
  }
}

extension String {
  /// The string without quotation marks and a trailing comma at its ends.
  func trimmingQuoteMarks() -> String {
    let marks: Set<Character> = ["\"", "“", "”", "«", "»", "„", "「", "」", "‘", "’", "'", "`"]
    var text = Substring(self)
    while let first = text.first, marks.contains(first) { text = text.dropFirst() }
    while let last = text.last, marks.contains(last) || last == "," { text = text.dropLast() }
    return String(text)
  }
}
