/// One line of an article laid out for the screen.
public struct LayoutLine: Hashable, Sendable {
  /// The index of the block in ``Article/blocks`` this line belongs to, or `nil` for a blank
  /// separator line between blocks.
  public var block: Int?
  /// The code points this line shows, in ``Article/text`` offsets. Line breaks and tabs inside it
  /// show as single spaces, carriage returns not at all (see ``Sanitizer``); white space at a wrap
  /// point is not part of any line. A separator line has an empty span at the next block's start.
  public var span: TextSpan
  /// The display columns the line takes, as ``DisplayWidth/shown(_:)`` counts them.
  public var width: Int

  /// Creates a line.
  public init(block: Int?, span: TextSpan, width: Int) {
    self.block = block
    self.span = span
    self.width = width
  }

  /// Whether this is a blank separator line between blocks.
  public var isSeparator: Bool { block == nil }
}
