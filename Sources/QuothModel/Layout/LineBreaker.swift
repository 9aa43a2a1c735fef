/// Wraps a run of text to a number of display columns: the greedy line breaker behind
/// ``ArticleLayout`` and ``PlainTextRenderer``.
///
/// Rules:
/// - Lines break at white space (space, tab, line feed, carriage return, ZWSP, the Unicode spaces and
///   the ideographic space). White space at a break is part of no line; white space inside a line
///   is shown (tab and line feed as a space, carriage return hidden). Leading white space of the
///   text is skipped.
/// - Lines may also break after a hyphen or dash that follows a letter (`well-|known`, `1990–|2000`),
///   before an em dash, and before or after a wide character (CJK has no spaces), except before
///   closing punctuation (`。`, `」`, `,`) and after opening punctuation (`「`, `(`).
/// - A word longer than the line is broken hard, between clusters: a combining mark, variation
///   selector or other zero-width code point stays with its base, and the code point after a ZWJ
///   stays with the ZWJ. A cluster wider than the whole line (a wide character at width 1) gets a
///   line of its own and overflows it.
///
/// Widths are measured with ``DisplayWidth/shown(_:)``.
public enum LineBreaker {
  /// Wraps `text[range]` to `width` columns, calling `emit` with each line's span and width.
  ///
  /// Emits at least one line, empty when the range holds only white space.
  /// - Complexity: O(n) in the length of the range (O(n log r) for non-ASCII text).
  @inlinable
  public static func wrap(
    _ text: UnsafeBufferPointer<Unicode.Scalar>, range: Range<Int>, width: Int,
    emit: (TextSpan, Int) -> Void
  ) {
    let limit = max(1, width)
    let end = min(range.upperBound, text.count)
    var index = max(0, range.lowerBound)
    while index < end, isBreakSpace(text[index].value) { index += 1 }
    if index >= end {
      emit(TextSpan(start: index, end: index), 0)
      return
    }
    var lineStart = index
    var lineWidth = 0
    // The last break opportunity on the current line: where the line's text would end, its width
    // there, where the next line would start and the width of the line up to that start.
    var breakEnd = -1
    var breakWidth = 0
    var breakNext = 0
    var breakNextWidth = 0
    // The base code points of the previous two clusters (0x20 after white space or at line start).
    var previous: UInt32 = 0x20
    var beforePrevious: UInt32 = 0x20

    while index < end {
      let value = text[index].value
      if isBreakSpace(value) {
        let contentEnd = index
        let widthBefore = lineWidth
        var runWidth = 0
        while index < end, isBreakSpace(text[index].value) {
          runWidth += DisplayWidth.shown(text[index])
          index += 1
        }
        if index >= end {
          emit(TextSpan(start: lineStart, end: contentEnd), widthBefore)
          return
        }
        if widthBefore + runWidth >= limit {
          emit(TextSpan(start: lineStart, end: contentEnd), widthBefore)
          lineStart = index
          lineWidth = 0
          breakEnd = -1
        } else {
          breakEnd = contentEnd
          breakWidth = widthBefore
          breakNext = index
          breakNextWidth = widthBefore + runWidth
          lineWidth = breakNextWidth
        }
        previous = 0x20
        beforePrevious = 0x20
        continue
      }

      // One cluster: a base and the zero-width code points that follow it.
      let clusterStart = index
      var clusterWidth = DisplayWidth.shown(text[index])
      var joined = value == 0x200D
      index += 1
      while index < end {
        let next = text[index]
        if isBreakSpace(next.value) { break }
        let nextWidth = DisplayWidth.shown(next)
        guard joined || nextWidth == 0 else { break }
        joined = next.value == 0x200D
        clusterWidth += nextWidth
        index += 1
      }

      if lineWidth > 0, previous != 0x20, canBreak(between: previous, and: value, after: beforePrevious) {
        breakEnd = clusterStart
        breakWidth = lineWidth
        breakNext = clusterStart
        breakNextWidth = lineWidth
      }
      if lineWidth > 0, lineWidth + clusterWidth > limit {
        if breakEnd > lineStart {
          emit(TextSpan(start: lineStart, end: breakEnd), breakWidth)
          lineStart = breakNext
          lineWidth -= breakNextWidth
        }
        breakEnd = -1
        if lineWidth > 0, lineWidth + clusterWidth > limit {
          emit(TextSpan(start: lineStart, end: clusterStart), lineWidth)
          lineStart = clusterStart
          lineWidth = 0
        }
      }
      lineWidth += clusterWidth
      beforePrevious = previous
      previous = value
    }
    emit(TextSpan(start: lineStart, end: end), lineWidth)
  }

  /// Wraps `text[span]` to `width` columns.
  ///
  /// - Returns: Each line's span and width, at least one line.
  /// - Complexity: O(n) in the length of the span.
  public static func wrap(_ text: [Unicode.Scalar], span: TextSpan, width: Int) -> [(
    span: TextSpan, width: Int
  )] {
    var lines: [(span: TextSpan, width: Int)] = []
    text.withUnsafeBufferPointer { buffer in
      wrap(buffer, range: span.start..<span.end, width: width) { lines.append((span: $0, width: $1)) }
    }
    return lines
  }

  /// Whether `value` is white space a line may break at.
  @inlinable
  public static func isBreakSpace(_ value: UInt32) -> Bool {
    if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
    switch value {
    case 0x1680, 0x2000...0x2006, 0x2008...0x200B, 0x2028, 0x2029, 0x205F, 0x3000: return true
    default: return false
    }
  }

  /// Whether a line may break between a cluster based on `before` and one based on `after`, with no
  /// white space between them; `beforeThat` is the cluster before `before` (0x20 if none).
  @inlinable
  static func canBreak(between before: UInt32, and after: UInt32, after beforeThat: UInt32) -> Bool {
    if isNoBreakBefore(after) || isNoBreakAfter(before) { return false }
    // A hyphen-minus breaks only inside a word (`well-|known`), not as a minus sign (`-5`).
    if before == 0x2D { return isWordLike(beforeThat) && isWordLike(after) }
    if before < 0x80 && after < 0x80 { return false }
    switch before {
    case 0x2010, 0x2013, 0x2014: return beforeThat != 0x20 && !isDash(after)
    default: break
    }
    if after == 0x2014 { return !isDash(before) }
    return isWide(before) || isWide(after)
  }

  /// Whether `value` is a letter or digit of a spaced script: ASCII letters and digits, and the
  /// narrow letters from U+00C0 on (outside general punctuation).
  @inlinable
  static func isWordLike(_ value: UInt32) -> Bool {
    if value < 0x80 { return isASCIIAlphanumeric(value) }
    return value >= 0xC0 && value != 0xD7 && value != 0xF7 && !(0x2000...0x206F).contains(value)
      && !isWide(value)
  }

  @inlinable
  static func isASCIIAlphanumeric(_ value: UInt32) -> Bool {
    (value >= 0x30 && value <= 0x39) || (value | 0x20 >= 0x61 && value | 0x20 <= 0x7A)
  }

  @inlinable
  static func isDash(_ value: UInt32) -> Bool {
    value == 0x2D || (value >= 0x2010 && value <= 0x2015)
  }

  @inlinable
  static func isWide(_ value: UInt32) -> Bool {
    value >= 0x1100 && DisplayWidth.tableWidth(value) == 2
  }

  /// Closing punctuation, which never starts a line after a break without space.
  @inlinable
  static func isNoBreakBefore(_ value: UInt32) -> Bool {
    switch value {
    case 0x21, 0x22, 0x25, 0x27, 0x29, 0x2C, 0x2E, 0x3A, 0x3B, 0x3F, 0x5D, 0x7D,
      0x2019, 0x201D, 0x2026, 0x3001, 0x3002, 0x3009, 0x300B, 0x300D, 0x300F, 0x3011, 0x3015, 0x3017,
      0x3019, 0x301B, 0x301E, 0x301F, 0x30FC, 0xFF01, 0xFF09, 0xFF0C, 0xFF0E, 0xFF1A, 0xFF1B, 0xFF1F,
      0xFF3D, 0xFF5D, 0xFF60, 0xFF61, 0xFF63, 0xFF64:
      return true
    default: return false
    }
  }

  /// Opening punctuation, which never ends a line before a break without space.
  @inlinable
  static func isNoBreakAfter(_ value: UInt32) -> Bool {
    switch value {
    case 0x22, 0x27, 0x28, 0x5B, 0x7B, 0x2018, 0x201C, 0x3008, 0x300A, 0x300C, 0x300E, 0x3010, 0x3014,
      0x3016, 0x3018, 0x301A, 0x301D, 0xFF08, 0xFF3B, 0xFF5B, 0xFF5F, 0xFF62:
      return true
    default: return false
    }
  }
}
