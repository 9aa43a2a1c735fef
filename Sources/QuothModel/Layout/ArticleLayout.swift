/// One line of an article laid out for the screen.
public struct LayoutLine: Hashable, Sendable {
  /// The index of the block in ``Article/blocks`` this line belongs to, or `nil` for a blank
  /// separator line between blocks.
  public var block: Int?
  /// The code points this line shows, in ``Article/text`` offsets. Line breaks and tabs inside it
  /// show as single spaces; white space at a wrap point is not part of any line.
  public var span: TextSpan
  /// The display columns the line takes.
  public var width: Int

  /// Creates a line.
  public init(block: Int?, span: TextSpan, width: Int) {
    self.block = block
    self.span = span
    self.width = width
  }
}

/// An article wrapped to a width: the lines, and the map between lines and text offsets.
public struct ArticleLayout: Sendable {
  /// The width lines were wrapped to (the measure, or the window if narrower).
  public let width: Int
  /// The laid-out lines, blocks separated by one blank line.
  public let lines: [LayoutLine]

  /// Lays out `article` to at most `width` columns. (Wrapping lands with issue 2.)
  public init(article: Article, width: Int) {
    self.width = max(1, width)
    var lines: [LayoutLine] = []
    for (index, block) in article.blocks.enumerated() {
      if index > 0 { lines.append(LayoutLine(block: nil, span: TextSpan(start: block.span.start, end: block.span.start), width: 0)) }
      lines.append(LayoutLine(block: index, span: block.span, width: block.span.count))
    }
    self.lines = lines
  }

  /// The index of the line showing `offset`, or the nearest line after it.
  public func line(containing offset: Int) -> Int {
    lines.firstIndex { $0.block != nil && $0.span.end > offset } ?? max(0, lines.count - 1)
  }
}
