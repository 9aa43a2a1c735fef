import QuothModel

/// Draws the library: one row per article with date, title and source, the selection marked.
public struct LibraryList {
  /// The articles.
  public var entries: [LibraryEntry]
  /// The selected row.
  public var selection: Int
  /// The first row on screen.
  public var top: Int
  /// Quote counts and top speakers by path, as background extraction finds them.
  public var summaries: [ArticleRef: QuoteSummary]
  /// While rows are being read: how many, from the top, are; the others show their file names.
  public var rowsRead: Int?
  /// For a feed library, the items already read: the others get an `N` (for new, as in
  /// newsboat) in the left margin, and no `…` while their quotes are not counted.
  public var read: Set<ArticleRef>?

  /// Creates the widget.
  public init(
    entries: [LibraryEntry], selection: Int, top: Int, summaries: [ArticleRef: QuoteSummary] = [:],
    rowsRead: Int? = nil, read: Set<ArticleRef>? = nil
  ) {
    self.entries = entries
    self.selection = selection
    self.top = top
    self.summaries = summaries
    self.rowsRead = rowsRead
    self.read = read
  }

  /// The columns shown at a width: date, title, quotes, speakers, source.
  struct Columns {
    var date = 0
    var title = 0
    var quotes = 0
    var speakers = 0
    var source = 0

    init(width: Int) {
      date = width >= 50 ? 12 : 0
      quotes = width >= 60 ? 7 : 0
      source = width >= 80 ? min(22, width / 5) : 0
      speakers = width >= 110 ? min(40, width / 4) : 0
      title = max(
        1, width - 2 - date - quotes - source - speakers - (source > 0 ? 1 : 0) - (speakers > 0 ? 1 : 0))
    }
  }

  /// Renders a header row and the visible rows into `area`.
  public func render(into buffer: inout ScreenBuffer, area: Rect) {
    buffer.fill(area, style: .body)
    guard area.height > 0 else { return }
    let columns = Columns(width: area.width)
    var header = TextFit.pad(columns.date > 0 ? "Date" : "", width: columns.date)
    header += TextFit.pad("Title", width: columns.title)
    if columns.quotes > 0 { header += TextFit.pad(" Quotes", width: columns.quotes) }
    if columns.speakers > 0 { header += " " + TextFit.pad("Most quoted", width: columns.speakers) }
    if columns.source > 0 { header += " " + TextFit.pad("Source", width: columns.source) }
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
      func cell(_ text: String, width: Int, style: CellStyle, gap: Int = 0) {
        guard width > 0 else { return }
        x += gap
        buffer.put(TextFit.fit(text, width: width), x: x, y: y, style: style, limit: area.maxX)
        x += width
      }
      let summary = summaries[entry.ref]
      let pending = index >= rowsRead ?? Int.max
      if let read, !read.contains(entry.ref) {
        buffer.put("N", x: area.x, y: y, style: rowStyle, limit: area.maxX)
      }
      cell(entry.date ?? "", width: columns.date, style: detailStyle)
      if pending {
        cell(entry.displayTitle, width: columns.title - 1, style: detailStyle)
      } else {
        cell(
          entry.title.isEmpty ? "(untitled) \(entry.path)" : entry.title, width: columns.title - 1,
          style: rowStyle)
      }
      x += 1
      let count = summary.map { String($0.quotes) } ?? (read == nil ? "…" : "")
      cell(
        String(repeating: " ", count: max(0, columns.quotes - 1 - count.count)) + count,
        width: columns.quotes - 1, style: detailStyle)
      x += columns.quotes > 0 ? 1 : 0
      cell(
        summary?.topSpeakers.joined(separator: ", ") ?? "", width: columns.speakers, style: rowStyle, gap: 1)
      cell(entry.source ?? "", width: columns.source, style: detailStyle, gap: 1)
    }
  }
}
