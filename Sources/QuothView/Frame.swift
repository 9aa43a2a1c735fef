import QuothModel

/// A box with a border and a title, drawn under an overlay's contents.
public struct Frame {
  /// The title shown in the top border.
  public var title: String

  /// Creates the widget.
  public init(title: String) {
    self.title = title
  }

  /// Draws the border around `area` and clears its inside.
  public func render(into buffer: inout ScreenBuffer, area: Rect) {
    guard area.width >= 2, area.height >= 2 else { return }
    let style = CellStyle(.overlay)
    buffer.fill(area, style: style)
    buffer.put("┌" + String(repeating: "─", count: area.width - 2) + "┐", x: area.x, y: area.y, style: style)
    buffer.put(
      "└" + String(repeating: "─", count: area.width - 2) + "┘", x: area.x, y: area.maxY - 1, style: style)
    for y in (area.y + 1)..<(area.maxY - 1) {
      buffer.put("│", x: area.x, y: y, style: style)
      buffer.put("│", x: area.maxX - 1, y: y, style: style)
    }
    buffer.put(
      TextFit.fit(title, width: area.width - 4), x: area.x + 2, y: area.y, style: CellStyle(.overlayKey))
  }
}
