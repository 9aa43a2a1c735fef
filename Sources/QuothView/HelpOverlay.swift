import QuothModel

/// Draws the key help in a box over the pane: every binding of the current pane, from the key table.
public struct HelpOverlay {
  /// The key table.
  public var keymap: Keymap
  /// The pane whose keys are listed.
  public var pane: Pane
  /// The first binding shown.
  public var top: Int

  /// Creates the widget.
  public init(keymap: Keymap, pane: Pane, top: Int) {
    self.keymap = keymap
    self.pane = pane
    self.top = top
  }

  /// The rows of help: keys, then what they do.
  public var rows: [(keys: String, help: String)] {
    keymap.bindings.filter { $0.panes.contains(pane) }.map { binding in
      (binding.keys.prefix(3).map(\.description).joined(separator: " "), binding.help)
    }
  }

  /// Renders the box centred in `area`.
  public func render(into buffer: inout ScreenBuffer, area: Rect) {
    let rows = self.rows
    let width = min(area.width, 76)
    let height = min(area.height, rows.count + 2)
    guard width >= 8, height >= 3 else { return }
    let box = Rect(
      x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width,
      height: height)
    let style = CellStyle(.overlay)
    Frame(title: " Keys: \(pane.rawValue) ").render(into: &buffer, area: box)
    let keyWidth = min(20, (width - 4) / 2)
    let visible = height - 2
    let first = min(top, max(0, rows.count - visible))
    for index in 0..<visible where first + index < rows.count {
      let y = box.y + 1 + index
      let row = rows[first + index]
      buffer.put(TextFit.pad(row.keys, width: keyWidth), x: box.x + 2, y: y, style: CellStyle(.overlayKey))
      buffer.put(
        TextFit.fit(row.help, width: width - keyWidth - 5), x: box.x + 3 + keyWidth, y: y, style: style)
    }
  }
}
