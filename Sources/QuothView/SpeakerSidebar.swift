import QuothModel

/// Draws the speakers of an article: one row each with name, role and counts, the current
/// quote's speaker marked, the selection shown when the sidebar has the focus.
public struct SpeakerSidebar {
  /// The article's quotes and speakers.
  public var analysis: QuoteAnalysis
  /// The selected row.
  public var selection: Int
  /// Whether the sidebar has the focus.
  public var focused: Bool
  /// The current quote's speaker.
  public var current: Int?
  /// The speaker `]` is restricted to.
  public var restricted: Int?

  /// Creates the widget.
  public init(analysis: QuoteAnalysis, selection: Int, focused: Bool, current: Int?, restricted: Int?) {
    self.analysis = analysis
    self.selection = selection
    self.focused = focused
    self.current = current
    self.restricted = restricted
  }

  /// The header over the counts: direct quotes, then reported ones (mixed and indirect).
  static let countsHeader = " quoted/reported"

  /// The counts column, `direct/reported` as ``countsHeader`` says, right-aligned.
  static func counts(_ speaker: Speaker) -> String {
    let counts = "\(speaker.direct)/\(speaker.mixed + speaker.indirect)"
    return String(repeating: " ", count: max(0, 7 - counts.count)) + counts
  }

  /// Renders into `area`: a header, then a row per speaker, scrolled to keep the selection shown.
  public func render(into buffer: inout ScreenBuffer, area: Rect) {
    buffer.fill(area, style: CellStyle(.sidebar))
    guard area.height > 0, area.width > 4 else { return }
    let header = "Speakers (\(analysis.speakers.count))"
    let legend = Self.countsHeader
    buffer.put(
      TextFit.fit(header, width: area.width - legend.count - 1), x: area.x + 1, y: area.y,
      style: CellStyle(.heading))
    buffer.put(
      legend, x: area.maxX - legend.count, y: area.y, style: CellStyle(.listDetail), limit: area.maxX)
    if analysis.speakers.isEmpty {
      buffer.put(
        TextFit.fit(" No quoted speakers", width: area.width), x: area.x, y: area.y + 1,
        style: CellStyle(.listDetail))
      return
    }
    let rows = area.height - 1
    let marked = focused ? selection : (current ?? restricted ?? 0)
    let top = max(0, min(marked - rows / 2, analysis.speakers.count - rows))
    for row in 0..<rows {
      let index = top + row
      guard index < analysis.speakers.count else { break }
      let speaker = analysis.speakers[index]
      let y = area.y + 1 + row
      let selected = focused && index == selection
      if selected {
        buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: CellStyle(.focus))
      }
      let marker = index == current ? "▶" : index == restricted ? "•" : " "
      var x = buffer.put(
        marker, x: area.x, y: y, style: CellStyle(selected ? .focus : .sidebar, speaker: index))
      let counts = Self.counts(speaker)
      let nameRoom = area.width - 1 - counts.count - 1
      let name = TextFit.fit(speaker.name, width: nameRoom)
      x = buffer.put(name, x: x, y: y, style: CellStyle(selected ? .focus : .directQuote, speaker: index))
      if let role = speaker.role, x - area.x < nameRoom - 2 {
        let room = nameRoom - (x - area.x) + 1
        buffer.put(
          TextFit.fit(", " + role, width: room), x: x, y: y, style: CellStyle(selected ? .focus : .listDetail)
        )
      }
      buffer.put(
        counts, x: area.maxX - counts.count, y: y, style: CellStyle(selected ? .focus : .sidebar),
        limit: area.maxX)
    }
  }
}
