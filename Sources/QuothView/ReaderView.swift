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
      let notice =
        [full, "need \(min.columns)x\(min.rows)", "\(min.columns)x\(min.rows)"].first {
          DisplayWidth.of($0) <= buffer.columns
        } ?? ""
      buffer.put(notice, x: 0, y: 0, style: CellStyle(.statusError))
      return
    }
    let pane = Rect(x: 0, y: 0, width: state.columns, height: state.paneRows)
    switch state.screen {
    case .library:
      if let panel = state.resultsPanel {
        LibraryResultsView(panel: panel).render(into: &buffer, area: pane)
        break
      }
      if let panel = state.speakersPanel {
        LibrarySpeakersView(panel: panel).render(into: &buffer, area: pane)
        break
      }
      LibraryList(state: state).render(into: &buffer, area: pane)
    case .article:
      guard let document = state.document else { break }
      if state.quoteList != nil {
        QuoteListView(state: state).render(into: &buffer, area: pane)
        break
      }
      let articleArea = Rect(x: 0, y: 0, width: state.articleColumns, height: state.paneRows)
      ArticlePane(document: document).render(into: &buffer, area: articleArea)
      let sidebar = SpeakerSidebar(
        analysis: document.analysis, selection: state.sidebarSelection, focused: state.sidebarFocused,
        current: document.currentSpeaker, restricted: document.speakerFilter)
      if state.sidebarDocked {
        for y in 0..<state.paneRows { buffer.put("│", x: articleArea.maxX, y: y, style: CellStyle(.border)) }
        sidebar.render(
          into: &buffer,
          area: Rect(x: articleArea.maxX + 1, y: 0, width: state.sidebarWidth, height: state.paneRows))
      } else if state.sidebarOverlay {
        let width = min(state.columns - 2, 48)
        let height = min(state.paneRows - 2, document.analysis.speakers.count + 3)
        let box = Rect(x: state.columns - width - 1, y: 1, width: width, height: max(3, height))
        Frame(title: " Speakers ").render(into: &buffer, area: box)
        sidebar.render(
          into: &buffer, area: Rect(x: box.x + 1, y: box.y + 1, width: box.width - 2, height: box.height - 2))
      }
    }
    if state.helpTop != nil {
      HelpOverlay(state: state).render(into: &buffer, area: pane)
    }
    StatusBar(state: state).render(
      into: &buffer, area: Rect(x: 0, y: state.rows - 1, width: state.columns, height: 1))
  }
}
