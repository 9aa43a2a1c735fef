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
  /// For a feed library, its rows (feed headings and items) and feeds; `nil` lists ``entries``
  /// one per row.
  public var feeds: Feeds?

  /// What a feed library adds: its rows, feeds, folds and new items.
  public struct Feeds {
    /// The rows, headings and items (see ``ReaderState/libraryRow(_:)``).
    public var rows: [LibraryRow]
    /// The feeds the headings name.
    public var groups: [FeedGroup]
    /// The feeds folded under their heading, by address.
    public var folded: Set<String>
    /// The items updates brought that no update had seen before.
    public var new: Set<ArticleRef>

    /// Creates the feed rows.
    public init(rows: [LibraryRow], groups: [FeedGroup], folded: Set<String> = [], new: Set<ArticleRef> = [])
    {
      self.rows = rows
      self.groups = groups
      self.folded = folded
      self.new = new
    }
  }

  /// Creates the widget.
  public init(
    entries: [LibraryEntry], selection: Int, top: Int, summaries: [ArticleRef: QuoteSummary] = [:],
    rowsRead: Int? = nil, read: Set<ArticleRef>? = nil, feeds: Feeds? = nil
  ) {
    self.entries = entries
    self.selection = selection
    self.top = top
    self.summaries = summaries
    self.rowsRead = rowsRead
    self.read = read
    self.feeds = feeds
  }

  /// The widget for the library of `state`.
  public init(state: ReaderState) {
    self.init(
      entries: state.entries, selection: state.selection, top: state.libraryTop, summaries: state.summaries,
      rowsRead: state.rowsRead, read: state.isFeedLibrary ? state.readArticles : nil,
      feeds: state.isFeedLibrary
        ? Feeds(
          rows: state.feedRows, groups: state.feedGroups,
          folded: state.foldedFeeds, new: state.newArticles) : nil)
  }

  /// How many rows the list has.
  var rowCount: Int { feeds?.rows.count ?? entries.count }

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
    // Under a feed's heading the source is the feed: the column names the authors instead.
    let sourceLabel = feeds == nil ? "Source" : "By"
    if columns.source > 0 { header += " " + TextFit.pad(sourceLabel, width: columns.source) }
    buffer.put(" " + header, x: area.x, y: area.y, style: CellStyle(.listDetail), limit: area.maxX)
    if rowCount == 0 {
      let empty = feeds == nil ? " No articles here." : " No feeds in the feed list."
      buffer.put(empty, x: area.x, y: area.y + 1, style: CellStyle(.listDetail), limit: area.maxX)
      return
    }
    for row in 0..<(area.height - 1) {
      let rowIndex = top + row
      guard rowIndex < rowCount else { break }
      let y = area.y + 1 + row
      let selected = rowIndex == selection
      let rowStyle = CellStyle(selected ? .focus : .listRow)
      let detailStyle = selected ? rowStyle : CellStyle(.listDetail)
      if selected { buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: rowStyle) }
      let index: Int
      switch feeds?.rows[rowIndex] ?? .article(rowIndex) {
      case .feed(let group):
        renderHeading(group, into: &buffer, x: area.x, y: y, maxX: area.maxX, selected: selected)
        continue
      case .article(let article): index = article
      }
      let entry = entries[index]
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
      let source = feeds == nil ? entry.source ?? "" : entry.authors.joined(separator: ", ")
      cell(source, width: columns.source, style: detailStyle, gap: 1)
    }
  }

  /// Draws the heading row of feed `group`: `▾` (`▸` when folded), the title and what it holds.
  private func renderHeading(
    _ group: Int, into buffer: inout ScreenBuffer, x: Int, y: Int, maxX: Int, selected: Bool
  ) {
    guard let feeds else { return }
    let feed = feeds.groups[group]
    let marker = feeds.folded.contains(feed.url) ? "▸ " : "▾ "
    let text = feed.heading(read: read ?? [], new: feeds.new)
    let failed: Bool
    if case .failed = feed.status { failed = true } else { failed = false }
    let style = CellStyle(selected ? .focus : failed ? .statusError : .heading)
    buffer.put(
      TextFit.fit(marker + text, width: max(1, maxX - x - 2)), x: x + 1, y: y, style: style, limit: maxX)
  }
}
