/// Finds a typed pattern in text with smart case: case-insensitive unless the pattern has a capital.
///
/// Line breaks and runs of white space in the text match a single space in the pattern, so a phrase
/// is found across a wrapped line.
public struct TextMatcher: Sendable {
  /// The pattern's code points, folded when the search ignores case.
  let pattern: [Unicode.Scalar]
  /// Whether case is ignored.
  public let ignoresCase: Bool

  /// Creates a matcher for `pattern`.
  public init(pattern: String) {
    ignoresCase = !pattern.unicodeScalars.contains { $0.properties.isUppercase }
    let scalars = Array(pattern.unicodeScalars)
    self.pattern = ignoresCase ? scalars.map(Self.fold) : scalars
  }

  /// Lowercases one code point (simple mapping), with an ASCII fast path.
  @inline(__always)
  static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    if scalar.value < 0x80 {
      return scalar.value >= 65 && scalar.value <= 90 ? Unicode.Scalar(scalar.value + 32)! : scalar
    }
    return scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
  }

  @inline(__always)
  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\n" || scalar == "\r" || scalar == "\t" || scalar == "\u{A0}"
  }

  /// Whether `text` holds the pattern.
  public func matches(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    return !matches(in: scalars, within: [TextSpan(start: 0, end: scalars.count)]).isEmpty
  }

  /// The non-overlapping matches in `text` that lie inside one of `spans`, in text order.
  ///
  /// - Complexity: O(n·m) in the worst case for text length n and pattern length m; O(n) in practice.
  public func matches(in text: [Unicode.Scalar], within spans: [TextSpan]) -> [TextSpan] {
    guard !pattern.isEmpty else { return [] }
    var result: [TextSpan] = []
    for span in spans {
      var start = span.start
      while start < span.end {
        if let end = match(at: start, in: text, limit: span.end) {
          result.append(TextSpan(start: start, end: end))
          start = end
        } else {
          start += 1
        }
      }
    }
    return result
  }

  private func match(at start: Int, in text: [Unicode.Scalar], limit: Int) -> Int? {
    var position = start
    var index = 0
    while index < pattern.count {
      guard position < limit else { return nil }
      let wanted = pattern[index]
      let scalar = text[position]
      if Self.isSpace(wanted) {
        guard Self.isSpace(scalar) else { return nil }
        while position < limit, Self.isSpace(text[position]) { position += 1 }
        index += 1
        continue
      }
      let have = ignoresCase ? Self.fold(scalar) : scalar
      guard have == wanted else { return nil }
      position += 1
      index += 1
    }
    return position
  }
}
