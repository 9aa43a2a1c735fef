/// An article wrapped to a width: the lines, and the map between lines and text offsets.
///
/// Each block is wrapped by ``LineBreaker`` to the effective width, `min(width, measure)`; blocks
/// are separated by one blank line. Every text line's span covers exactly the code points it shows,
/// so a column on screen maps back to an offset in ``Article/text`` (see
/// ``offset(atColumn:inLine:text:)``) and an offset (a search hit, a quote) maps to its line with
/// ``line(containing:)``.
///
/// Under the title come the header lines (``ArticleHeader``: `date · source`, then the byline),
/// built from the article's cleaned fields. They are not article text: each has an empty span, like
/// a blank line, and its text in ``header``. Byline blocks (a seed file's raw dateline) are not laid
/// out, since the header shows them cleaned.
public struct ArticleLayout: Sendable {
  /// One wrapped line of the header: what it shows and in which role.
  public struct HeaderLine: Hashable, Sendable {
    /// ``Block/Kind/title`` or ``Block/Kind/byline``: how the line is styled.
    public var kind: Block.Kind
    /// The text shown, already sanitized (no control characters).
    public var text: String
    /// The display columns it takes.
    public var width: Int
  }

  /// The reading measure used when none is given: at most 80 columns of text.
  public static let defaultMeasure = 80

  /// The width lines were wrapped to (the measure, or the window if narrower); at least 1.
  public let width: Int
  /// The laid-out lines, blocks separated by one blank line.
  public let lines: [LayoutLine]
  /// For each block of the article, the indices of its lines in ``lines`` (empty for a byline
  /// block, which the header replaces).
  public let blockLines: [Range<Int>]
  /// The header's wrapped lines; ``LayoutLine/header`` indexes into it.
  public let header: [HeaderLine]

  /// Lays out `article` to `min(width, measure)` columns.
  ///
  /// - Parameters:
  ///   - width: The columns available (the window's width).
  ///   - measure: The longest line wanted for reading, ``defaultMeasure`` unless given.
  /// - Complexity: O(n) in the length of the article's text.
  public init(article: Article, width: Int, measure: Int = ArticleLayout.defaultMeasure) {
    let effective = max(1, min(width, max(1, measure)))
    self.width = effective
    var lines: [LayoutLine] = []
    lines.reserveCapacity(article.blocks.count * 2 + article.text.count / max(8, effective / 2))
    var blockLines: [Range<Int>] = []
    blockLines.reserveCapacity(article.blocks.count)
    var header: [HeaderLine] = []
    let headerAt = ArticleHeader.position(in: article.blocks)
    func appendHeader() {
      // Empty spans where the header stands keep the lines' spans in text order.
      let at = lines.last?.span.end ?? 0
      for line in Self.headerLines(article, width: effective) {
        lines.append(
          LayoutLine(block: nil, span: TextSpan(start: at, end: at), width: line.width, header: header.count))
        header.append(line)
      }
    }
    article.text.withUnsafeBufferPointer { text in
      for (index, block) in article.blocks.enumerated() {
        if index == headerAt { appendHeader() }
        if block.kind == .byline {
          blockLines.append(lines.count..<lines.count)
          continue
        }
        if !lines.isEmpty {
          let start = min(block.span.start, text.count)
          lines.append(LayoutLine(block: nil, span: TextSpan(start: start, end: start), width: 0))
        }
        let first = lines.count
        LineBreaker.wrap(text, range: block.span.start..<block.span.end, width: effective) {
          span, lineWidth in
          lines.append(LayoutLine(block: index, span: span, width: lineWidth))
        }
        blockLines.append(first..<lines.count)
      }
      if headerAt == article.blocks.count, !article.blocks.isEmpty { appendHeader() }
    }
    self.lines = lines
    self.blockLines = blockLines
    self.header = header
  }

  /// The header of `article` wrapped to `width` columns and sanitized.
  static func headerLines(_ article: Article, width: Int) -> [HeaderLine] {
    var result: [HeaderLine] = []
    for line in ArticleHeader.lines(for: article) {
      let scalars = Array(Sanitizer.sanitize(line.text).unicodeScalars)
      for wrapped in LineBreaker.wrap(scalars, span: TextSpan(start: 0, end: scalars.count), width: width) {
        let text = String(scalars: scalars[wrapped.span.start..<wrapped.span.end])
        result.append(HeaderLine(kind: line.kind, text: text, width: wrapped.width))
      }
    }
    return result
  }

  /// The indices in ``lines`` of the lines of block `block` (empty if there is no such block).
  public func lines(for block: Int) -> Range<Int> {
    blockLines.indices.contains(block) ? blockLines[block] : lines.endIndex..<lines.endIndex
  }

  /// The index of the first line of block `block`, or `nil` if there is no such block.
  public func firstLine(ofBlock block: Int) -> Int? {
    blockLines.indices.contains(block) ? blockLines[block].lowerBound : nil
  }

  /// The index of the text line showing `offset`; for an offset no line shows (white space at a
  /// wrap point, between blocks), the next text line; past the end, the last line. 0 when there are
  /// no lines.
  ///
  /// - Complexity: O(log n) in the number of lines.
  public func line(containing offset: Int) -> Int {
    guard !lines.isEmpty else { return 0 }
    var low = 0
    var high = lines.count
    while low < high {
      let middle = (low + high) / 2
      if lines[middle].span.end <= offset {
        low = middle + 1
      } else {
        high = middle
      }
    }
    while low < lines.count, lines[low].block == nil { low += 1 }
    return min(low, lines.count - 1)
  }

  /// The offset that stands for line `index` when the layout changes (on resize): its first code
  /// point. Pass it to ``line(anchoredAt:)`` of the new layout.
  public func anchorOffset(ofLine index: Int) -> Int {
    guard !lines.isEmpty else { return 0 }
    return lines[max(0, min(index, lines.count - 1))].span.start
  }

  /// The line to show at the top after a re-layout, so that the reader stays on the same text: the
  /// line that now shows `offset` (an old top line's ``anchorOffset(ofLine:)``). A blank separator
  /// as the old top line anchors to the next block's first line.
  ///
  /// - Complexity: O(log n).
  public func line(anchoredAt offset: Int) -> Int {
    line(containing: offset)
  }

  /// The text offset shown at display column `column` of line `index` (0-based): the code point whose
  /// cells cover that column, the line's end past its last column.
  ///
  /// - Complexity: O(length of the line).
  public func offset(atColumn column: Int, inLine index: Int, text: [Unicode.Scalar]) -> Int {
    let span = lines[index].span
    var used = 0
    var offset = span.start
    while offset < span.end {
      let next = used + DisplayWidth.shown(text[offset])
      if next > column { return offset }
      used = next
      offset += 1
    }
    return span.end
  }

  /// The display column where `offset` starts on line `index` (the line's width past its end).
  ///
  /// - Complexity: O(length of the line).
  public func column(ofOffset offset: Int, inLine index: Int, text: [Unicode.Scalar]) -> Int {
    let span = lines[index].span
    var used = 0
    for position in span.start..<min(max(offset, span.start), span.end) {
      used += DisplayWidth.shown(text[position])
    }
    return used
  }
}
