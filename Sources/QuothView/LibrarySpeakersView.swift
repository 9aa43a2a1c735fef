import QuothModel

/// Draws the library's speakers view: merged speakers with roles, article and quote counts.
public struct LibrarySpeakersView {
  /// The panel to draw.
  public var panel: SpeakersPanel

  /// Creates the widget.
  public init(panel: SpeakersPanel) {
    self.panel = panel
  }

  /// Renders a header row and the visible speaker rows into `area`.
  public func render(into buffer: inout ScreenBuffer, area: Rect) {
    buffer.fill(area, style: .body)
    guard area.height > 0, area.width > 10 else { return }
    var header = "Speakers (\(panel.shown.count)) · by \(panel.order.rawValue)"
    if !panel.filter.isEmpty { header += " · filter: \(panel.filter)" }
    let counts = " articles quotes"
    buffer.put(
      TextFit.fit(header, width: area.width - counts.count - 2), x: area.x + 1, y: area.y,
      style: CellStyle(.heading))
    buffer.put(counts, x: area.maxX - counts.count - 1, y: area.y, style: CellStyle(.listDetail))
    if panel.shown.isEmpty {
      buffer.put(
        " No speakers match.", x: area.x, y: area.y + 1, style: CellStyle(.listDetail), limit: area.maxX)
      return
    }
    for row in 0..<(area.height - 1) {
      let index = panel.cursor.top + row
      guard index < panel.shown.count else { break }
      let speaker = panel.shown[index]
      let y = area.y + 1 + row
      let selected = index == panel.cursor.selection
      if selected {
        buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: CellStyle(.focus))
      }
      let numbers = TextFit.right(speaker.articles, width: 9) + " " + TextFit.right(speaker.quotes, width: 6)
      let room = area.width - numbers.count - 3
      var x = buffer.put(
        TextFit.fit(speaker.name, width: room), x: area.x + 1, y: y,
        style: CellStyle(selected ? .focus : .title))
      if !speaker.roles.isEmpty, x - area.x < room - 2 {
        x = buffer.put(
          TextFit.fit(" · " + speaker.roles.joined(separator: "; "), width: room - (x - area.x - 1)), x: x,
          y: y,
          style: CellStyle(selected ? .focus : .listDetail))
      }
      buffer.put(
        numbers, x: area.maxX - numbers.count - 1, y: y, style: CellStyle(selected ? .focus : .listRow))
    }
  }
}
