import QuothModel

/// Draws the key help in a box over the pane: every key of every binding of the current pane, from
/// the key table, scrolled like a list, with a marker on the border where more lines are hidden.
public struct HelpOverlay {
  /// The reader's state: its help lines, their scroll and the pane they are for.
  public var state: ReaderState

  /// Creates the widget.
  public init(state: ReaderState) {
    self.state = state
  }

  /// Renders the box centred in `area`.
  public func render(into buffer: inout ScreenBuffer, area: Rect) {
    let lines = state.helpLines
    let width = min(area.width, 76)
    let visible = state.helpVisibleLines
    let height = min(area.height, visible + 2)
    guard width >= 8, height >= 3 else { return }
    let box = Rect(
      x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width,
      height: height)
    let style = CellStyle(.overlay)
    Frame(title: " Keys: \(state.pane.rawValue) ").render(into: &buffer, area: box)
    let keyWidth = state.helpKeyWidth
    let first = min(state.helpTop ?? 0, max(0, lines.count - visible))
    for index in 0..<visible where first + index < lines.count {
      let y = box.y + 1 + index
      let line = lines[first + index]
      buffer.put(TextFit.pad(line.keys, width: keyWidth), x: box.x + 2, y: y, style: CellStyle(.overlayKey))
      buffer.put(
        TextFit.fit(line.help, width: width - keyWidth - 5), x: box.x + 3 + keyWidth, y: y, style: style)
    }
    let marker = CellStyle(.overlayKey)
    if first > 0 {
      let above = " ↑ \(first) more "
      buffer.put(
        above, x: box.maxX - DisplayWidth.of(above) - 2, y: box.y, style: marker, limit: box.maxX - 1)
    }
    let below = lines.count - first - visible
    if below > 0 {
      let more = " ↓ \(below) more · j/k G g "
      buffer.put(
        more, x: box.maxX - DisplayWidth.of(more) - 2, y: box.maxY - 1, style: marker, limit: box.maxX - 1)
    }
  }
}
