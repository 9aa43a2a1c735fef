import QuothModel

/// Draws the library: one row per article with date, title and source, the selection marked.
public struct LibraryList {
  /// The articles.
  public var entries: [LibraryEntry]
  /// The selected row.
  public var selection: Int
  /// The first row on screen.
  public var top: Int

  /// Creates the widget.
  public init(entries: [LibraryEntry], selection: Int, top: Int) {
    self.entries = entries
    self.selection = selection
    self.top = top
  }

  /// Renders a header row and the visible rows into `area`.
  public func render(into buffer: inout ScreenBuffer, area: Rect) {
    buffer.fill(area, style: .body)
    guard area.height > 0 else { return }
    let dateWidth = area.width >= 50 ? 12 : 0
    let sourceWidth = area.width >= 70 ? min(22, area.width / 5) : 0
    let titleWidth = max(1, area.width - dateWidth - sourceWidth - 2)
    let header =
      TextFit.pad(dateWidth > 0 ? "Date" : "", width: dateWidth) + TextFit.pad("Title", width: titleWidth + 1)
      + (sourceWidth > 0 ? TextFit.pad("Source", width: sourceWidth) : "")
    buffer.put(" " + header, x: area.x, y: area.y, style: CellStyle(.listDetail), limit: area.maxX)
    if entries.isEmpty {
      buffer.put(
        " No articles here.", x: area.x, y: area.y + 1, style: CellStyle(.listDetail), limit: area.maxX)
      return
    }
    for row in 0..<(area.height - 1) {
      let index = top + row
      guard index < entries.count else { break }
      let entry = entries[index]
      let y = area.y + 1 + row
      let selected = index == selection
      let rowStyle = CellStyle(selected ? .focus : .listRow)
      let detailStyle = selected ? rowStyle : CellStyle(.listDetail)
      if selected { buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: rowStyle) }
      var x = area.x + 1
      if dateWidth > 0 {
        buffer.put(
          TextFit.pad(entry.date ?? "", width: dateWidth), x: x, y: y, style: detailStyle, limit: area.maxX)
        x += dateWidth
      }
      let title = entry.title.isEmpty ? "(untitled) \(entry.path)" : entry.title
      buffer.put(TextFit.fit(title, width: titleWidth), x: x, y: y, style: rowStyle, limit: area.maxX)
      x += titleWidth + 1
      if sourceWidth > 0, let source = entry.source {
        buffer.put(TextFit.fit(source, width: sourceWidth), x: x, y: y, style: detailStyle, limit: area.maxX)
      }
    }
  }
}
