/// How many terminal columns text takes, computed in pure Swift so that layout is the same on every
/// machine and testable (the C library's `wcwidth` depends on the locale).
///
/// Two measures:
/// - ``of(_:)-(Unicode.Scalar)`` is the width a terminal gives a code point: 2 for East Asian Wide and
///   Fullwidth (CJK ideographs, kana, Hangul syllables, fullwidth forms, CJK punctuation) and for
///   emoji with emoji presentation; 0 for combining marks (Mn, Me), format characters (Cf: ZWJ,
///   ZWSP, U+FEFF, bidi controls, the soft hyphen), variation selectors, conjoining Hangul vowels and
///   finals, and for control characters; 1 for everything else, including spacing marks (Mc) and
///   East Asian Ambiguous characters.
/// - ``shown(_:)`` is the width a code point takes as quoth shows it, after ``Sanitizer`` has
///   replaced it: controls take 1 (their stand-in), a tab or line break inside a paragraph 1 (a
///   space), a carriage return 0 (hidden). Layout measures with this one.
///
/// Choices: VS16 (U+FE0F) after a narrow character counts 0, so `❤️` is 1 column, as `wcwidth` and
/// ncurses count it; an emoji ZWJ sequence counts the sum of its parts. Widths are per code point,
/// not per grapheme cluster, which is what ncurses does when it places the characters.
public enum DisplayWidth {
  /// The columns one code point takes in a terminal: 0, 1, or 2. Controls take 0.
  ///
  /// - Complexity: O(1) for ASCII, O(log r) otherwise, where r is the number of table ranges (~460).
  @inlinable
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value >= 0x20 && value < 0x7F { return 1 }
    if value < 0xA0 { return 0 }
    return tableWidth(value)
  }

  /// The columns a string takes in a terminal: the sum of its code points' widths.
  ///
  /// - Complexity: O(n) in the number of code points.
  public static func of(_ text: some StringProtocol) -> Int {
    var total = 0
    for scalar in text.unicodeScalars { total += of(scalar) }
    return total
  }

  /// The columns one code point takes as quoth shows it: controls and bidi controls take 1 (their
  /// ``Sanitizer`` stand-in), tab and line feed 1 (shown as a space), carriage return and the soft
  /// hyphen 0 (hidden); other code points as ``of(_:)-(Unicode.Scalar)``.
  ///
  /// - Complexity: O(1) for ASCII, O(log r) otherwise.
  @inlinable
  public static func shown(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value >= 0x20 && value < 0x7F { return 1 }
    if value < 0xA0 { return value == 0x0D ? 0 : 1 }
    if Sanitizer.isBidiControl(value) { return 1 }
    return tableWidth(value)
  }

  /// The columns text takes as quoth shows it: the sum of ``shown(_:)`` over its code points.
  public static func shown(_ text: some Sequence<Unicode.Scalar>) -> Int {
    var total = 0
    for scalar in text { total += shown(scalar) }
    return total
  }

  /// The width of a code point from U+00A0 on, from the table.
  @usableFromInline
  static func tableWidth(_ value: UInt32) -> Int {
    table.withUnsafeBufferPointer { ranges in
      var low = 0
      var high = ranges.count
      while low < high {
        let middle = (low + high) / 2
        if ranges[middle].last < value {
          low = middle + 1
        } else {
          high = middle
        }
      }
      if low < ranges.count, ranges[low].first <= value { return Int(ranges[low].width) }
      return 1
    }
  }
}
