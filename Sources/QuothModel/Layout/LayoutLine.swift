/// One line of an article laid out for the screen.
public struct LayoutLine: Hashable, Sendable {
  /// The index of the block in ``Article/blocks`` this line belongs to, or `nil` for a blank
  /// separator line between blocks and for a header line.
  public var block: Int?
  /// The code points this line shows, in ``Article/text`` offsets. Line breaks and tabs inside it
  /// show as single spaces, carriage returns not at all (see ``Sanitizer``); white space at a wrap
  /// point is not part of any line. A separator line has an empty span at the next block's start.
  public var span: TextSpan
  /// The display columns the line takes, as ``DisplayWidth/shown(_:)`` counts them.
  public var width: Int
  /// For a header line (``ArticleHeader``), its index in ``ArticleLayout/header``; the line then
  /// shows no article text and its span is empty.
  public var header: Int?

  /// Creates a line.
  public init(block: Int?, span: TextSpan, width: Int, header: Int? = nil) {
    self.block = block
    self.span = span
    self.width = width
    self.header = header
  }

  /// Whether this is a blank separator line between blocks.
  public var isSeparator: Bool { block == nil && header == nil }

  /// Whether this line shows no article text (a blank separator or a header line).
  public var isOutsideText: Bool { block == nil }
}
