import QuothModel

/// Composes the whole screen from the reader's state: the pane, the status bar and any overlay.
public struct ReaderView {
  /// The state to draw.
  public var state: ReaderState

  /// Creates the view.
  public init(state: ReaderState) {
    self.state = state
  }

  /// A buffer the size of the window with everything drawn.
  public func render() -> ScreenBuffer {
    var buffer = ScreenBuffer(columns: state.columns, rows: state.rows)
    render(into: &buffer)
    return buffer
  }

  /// Draws into `buffer`, which must be the window's size.
  public func render(into buffer: inout ScreenBuffer) {
    if state.isTooSmall {
      let min = ReaderState.minimumSize
      let full = "quoth needs \(min.columns)x\(min.rows) (now \(state.columns)x\(state.rows))"
      let notice = [full, "need \(min.columns)x\(min.rows)", "\(min.columns)x\(min.rows)"].first {
        DisplayWidth.of($0) <= buffer.columns
      } ?? ""
      buffer.put(notice, x: 0, y: 0, style: CellStyle(.statusError))
      return
    }
    let pane = Rect(x: 0, y: 0, width: state.columns, height: state.paneRows)
    switch state.screen {
    case .library:
      LibraryList(entries: state.entries, selection: state.selection, top: state.libraryTop)
        .render(into: &buffer, area: pane)
    case .article:
      if let document = state.document { ArticlePane(document: document).render(into: &buffer, area: pane) }
    }
    if let top = state.helpTop {
      HelpOverlay(keymap: state.keymap, pane: state.pane, top: top).render(into: &buffer, area: pane)
    }
    StatusBar(state: state).render(
      into: &buffer, area: Rect(x: 0, y: state.rows - 1, width: state.columns, height: 1))
  }
}
