import QuothModel

/// Draws the open article: its laid-out lines from the document's top, with header blocks styled
/// apart and search matches marked.
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
    let matches = document.matches
    // The first match that could touch the screen.
    let firstOffset = document.top < layout.lines.count ? layout.lines[document.top].span.start : 0
    var matchIndex = Self.firstMatch(in: matches, endingAfter: firstOffset)
    for row in 0..<area.height {
      let lineIndex = document.top + row
      guard lineIndex < layout.lines.count else { break }
      let line = layout.lines[lineIndex]
      guard let blockIndex = line.block else { continue }
      let base = CellStyle(Self.role(for: document.article.blocks[blockIndex].kind))
      var column = left
      let y = area.y + row
      for offset in line.span.start..<line.span.end {
        let scalar = text[offset]
        if scalar == "\r" { continue }
        while matchIndex < matches.count, matches[matchIndex].end <= offset { matchIndex += 1 }
        var style = base
        if matchIndex < matches.count, matches[matchIndex].contains(offset) {
          style = CellStyle(matchIndex == document.currentMatch ? .currentMatch : .searchMatch)
        }
        let shown: Unicode.Scalar = scalar == "\n" || scalar == "\t" ? " " : scalar
        if !buffer.put(shown, column: &column, y: y, style: style, right: area.maxX) { break }
      }
    }
  }

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
