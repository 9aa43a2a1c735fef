import QuothModel

/// Draws the open article: its laid-out lines from the document's top, with the title and the
/// header lines (``ArticleHeader``) styled apart and search matches marked.
public struct ArticlePane {
  /// The document to draw.
  public var document: Document

  /// Creates the widget.
  public init(document: Document) {
    self.document = document
  }

  /// The role a block's text is drawn in.
  static func role(for kind: Block.Kind) -> StyleRole {
    switch kind {
    case .title: return .title
    case .byline: return .byline
    case .caption: return .caption
    case .deck: return .deck
    case .heading: return .heading
    case .paragraph: return .body
    }
  }

  /// Renders the visible lines into `area`, the text column centred when the area is wider.
  public func render(into buffer: inout ScreenBuffer, area: Rect) {
    buffer.fill(area, style: .body)
    let layout = document.layout
    let left = area.x + max(0, (area.width - layout.width) / 2)
    let text = document.article.text
    let lastLine = min(layout.lines.count, document.top + area.height)
    if layout.lines.isEmpty, area.height > 0 {
      buffer.put(
        TextFit.fit("This article is empty: the file holds no text.", width: area.width - 2), x: area.x + 1,
        y: area.y, style: CellStyle(.listDetail))
      return
    }
    guard document.top < lastLine else { return }
    let visible = TextSpan(
      start: layout.lines[document.top].span.start,
      end: max(layout.lines[document.top].span.start, layout.lines[lastLine - 1].span.end))
    let marks = QuoteMarks(document: document, visible: visible)
    var styles: [CellStyle] = []
    for row in 0..<(lastLine - document.top) {
      let line = layout.lines[document.top + row]
      if let header = line.header {
        let shown = layout.header[header]
        buffer.put(
          shown.text, x: left, y: area.y + row, style: CellStyle(Self.role(for: shown.kind)), limit: area.maxX
        )
        continue
      }
      guard let blockIndex = line.block else { continue }
      let base = CellStyle(Self.role(for: document.article.blocks[blockIndex].kind))
      styles.removeAll(keepingCapacity: true)
      styles.append(contentsOf: repeatElement(base, count: line.span.count))
      marks.paint(&styles, line: line.span)
      var column = left
      let y = area.y + row
      for offset in line.span.start..<line.span.end {
        let scalar = text[offset]
        if scalar == "\r" { continue }
        let shown: Unicode.Scalar = scalar == "\n" || scalar == "\t" ? " " : scalar
        if !buffer.put(
          shown, column: &column, y: y, style: styles[offset - line.span.start], right: area.maxX)
        {
          break
        }
      }
    }
  }
}

/// The styled spans over the visible text: quotes by kind in their speaker's colour, cues, speaker
/// mentions, the current quote, and search matches on top.
struct QuoteMarks {
  /// Spans with their style, painted in order so later ones win.
  private(set) var spans: [(span: TextSpan, style: CellStyle)] = []

  /// The longest quote looked back for when finding quotes that reach into the screen.
  static let longestQuote = 50_000

  init(document: Document, visible: TextSpan) {
    let quotes = document.analysis.quotes
    // Quotes are sorted by start: find those starting before the screen's end, then walk back.
    var high = quotes.count
    var low = 0
    while low < high {
      let mid = (low + high) / 2
      if quotes[mid].span.start < visible.end { low = mid + 1 } else { high = mid }
    }
    var onScreen: [Int] = []
    var index = low - 1
    while index >= 0, quotes[index].span.start + Self.longestQuote > visible.start {
      if quotes[index].span.end > visible.start { onScreen.append(index) }
      index -= 1
    }
    onScreen.reverse()
    for index in onScreen {
      let quote = quotes[index]
      let role: StyleRole =
        index == document.currentQuote
        ? .currentQuote
        : quote.kind == .direct ? .directQuote : quote.kind == .mixed ? .mixedQuote : .indirectQuote
      for part in quote.parts { spans.append((part, CellStyle(role, speaker: quote.speaker))) }
    }
    for index in onScreen {
      let quote = quotes[index]
      if let cue = quote.cue { spans.append((cue, CellStyle(.cue))) }
      if let mention = quote.mention { spans.append((mention, CellStyle(.mention, speaker: quote.speaker))) }
    }
    let matches = document.matches
    var match = ArticlePane.firstMatch(in: matches, endingAfter: visible.start)
    while match < matches.count, matches[match].start < visible.end {
      spans.append((matches[match], CellStyle(match == document.currentMatch ? .currentMatch : .searchMatch)))
      match += 1
    }
  }

  /// Paints the spans that touch `line` into `styles`, one style per code point of the line.
  func paint(_ styles: inout [CellStyle], line: TextSpan) {
    for (span, style) in spans where span.start < line.end && span.end > line.start {
      for offset in max(span.start, line.start)..<min(span.end, line.end) {
        styles[offset - line.start] = style
      }
    }
  }
}

extension ArticlePane {
  static func firstMatch(in matches: [TextSpan], endingAfter offset: Int) -> Int {
    var low = 0
    var high = matches.count
    while low < high {
      let mid = (low + high) / 2
      if matches[mid].end <= offset { low = mid + 1 } else { high = mid }
    }
    return low
  }
}
