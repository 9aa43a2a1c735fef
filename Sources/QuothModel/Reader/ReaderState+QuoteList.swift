extension ReaderState {
  /// One row of the quotes view (`v`): the speaker label, the quote's text in lines (one, or up
  /// to ``quoteListMaxLines`` wrapped in wide windows), the column the text starts at, and the kind.
  public struct QuoteListRow: Equatable, Sendable {
    /// `Speaker: `.
    public var label: String
    /// The quote's words (direct ones in quotation marks, mixed ones with the article's own marks,
    /// reported speech without), wrapped; the last line of a quote
    /// longer than the lines allow ends in `…`.
    public var lines: [String]
    /// The column, from the row's text start, where the words start on every line.
    public var indent: Int
    /// ` direct`, ` mixed` or ` indirect`.
    public var kind: String
  }

  /// The most lines one quote takes in the quotes view: long quotes wrap in windows of 120
  /// columns and more.
  public var quoteListMaxLines: Int { columns >= 120 ? 4 : 1 }

  /// The quotes the quotes view lists, in text order: every quote, or with a speaker chosen in
  /// the sidebar only that speaker's (``Document/visitableQuotes``).
  public var quoteListQuotes: [Int] { document?.visitableQuotes ?? [] }

  /// The quote on row `row` of the quotes view, if there is one.
  public func quoteListQuote(_ row: Int) -> Int? {
    let quotes = quoteListQuotes
    return quotes.indices.contains(row) ? quotes[row] : nil
  }

  /// The quote selected in the quotes view, when it is open.
  public var quoteListSelection: Int? { quoteList.flatMap { quoteListQuote($0.selection) } }

  /// The quotes view's row `row`, laid out for the window.
  public func quoteListRow(_ row: Int) -> QuoteListRow {
    guard let doc = document, let index = quoteListQuote(row) else {
      return QuoteListRow(label: "", lines: [], indent: 0, kind: "")
    }
    let quote = doc.analysis.quotes[index]
    let kind = " \(quote.kind.rawValue)"
    let name = quote.speaker.map { doc.analysis.speakers[$0].name } ?? "Unknown"
    let shown = QuoteCitation.shown(quote, in: doc.article)
    let room = max(4, columns - 2 - kind.count)
    var label = name + ": "
    if DisplayWidth.of(label) > room / 3 { label = TextFit.fit(name, width: max(2, room / 3 - 2)) + ": " }
    let indent = DisplayWidth.of(label)
    let lines = Self.wrap(shown, width: max(1, room - indent), maxLines: quoteListMaxLines)
    return QuoteListRow(label: label, lines: lines, indent: indent, kind: kind)
  }

  /// How many screen lines row `row` takes in the quotes view.
  func quoteListHeight(_ row: Int) -> Int { max(1, quoteListRow(row).lines.count) }

  /// `text` in lines of at most `width` columns broken between words (a longer word is cut),
  /// at most `maxLines`, the last ending in `…` when text is left over.
  static func wrap(_ text: String, width: Int, maxLines: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    var used = 0
    let words = text.split(separator: " ", omittingEmptySubsequences: true)
    for word in words {
      let size = DisplayWidth.of(word)
      if used > 0, used + 1 + size > width {
        lines.append(line)
        if lines.count == maxLines {
          lines[lines.count - 1] = ellipsis(line, width: width)
          return lines
        }
        line = ""
        used = 0
      }
      if used > 0 {
        line += " "
        used += 1
      }
      line += word
      used += size
      if used > width {
        // A word wider than the line: cut it, and go on on the next line.
        lines.append(ellipsis(line, width: width))
        if lines.count == maxLines { return lines }
        line = ""
        used = 0
      }
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }

  /// `line` marked as going on: ` …` after it, or cut to end in `…`.
  private static func ellipsis(_ line: String, width: Int) -> String {
    TextFit.fit(line + " …", width: width)
  }

  /// Scrolls the quotes view so that the selected quote shows whole, however many lines the
  /// quotes above it take.
  mutating func fitQuoteList() {
    guard var list = quoteList, quoteListMaxLines > 1 else { return }
    let visible = max(1, paneRows - 1)
    if list.selection < list.top { list.top = list.selection }
    func used(_ top: Int) -> Int { (top...list.selection).reduce(0) { $0 + quoteListHeight($1) } }
    while list.top < list.selection, used(list.top) > visible { list.top += 1 }
    quoteList = list
  }
}
