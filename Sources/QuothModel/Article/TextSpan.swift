/// A half-open range of Unicode code point offsets into an article's text.
///
/// Every span the model keeps (a block, a quote, a cue, a speaker mention) is a `TextSpan`, so
/// offsets mean the same thing everywhere: code points, not UTF-8 bytes or grapheme clusters,
/// with `end` exclusive.
public struct TextSpan: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
  /// The offset of the first code point in the span.
  public var start: Int
  /// The offset one past the last code point in the span.
  public var end: Int

  /// Creates a span; `end` must not be less than `start`.
  public init(start: Int, end: Int) {
    precondition(end >= start, "TextSpan end \(end) < start \(start)")
    self.start = start
    self.end = end
  }

  /// The number of code points in the span.
  public var count: Int { end - start }

  /// Whether the span holds no code point.
  public var isEmpty: Bool { end == start }

  /// Whether `offset` lies inside the span.
  public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }

  /// Whether the two spans share at least one code point.
  public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }

  public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
    lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
  }

  public var description: String { "\(start)..<\(end)" }
}
