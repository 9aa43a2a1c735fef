/// The measures of a run of text that ``ReadabilityExtractor`` scores with, kept so that a node's
/// measure is its children's joined: the length of its collapsed, trimmed text (``ReadabilityText/innerText(_:)``)
/// and its commas.
///
/// Joining two measures needs only whether white space stands at their edges, so ``HTMLDocument``
/// caches each subtree's measure and a parent's costs one step per child instead of a walk over
/// all the text below it.
struct TextMeasure: Equatable {
  /// The UTF-16 length of the text with white space runs made one space and the ends trimmed.
  var length = 0
  /// Commas of every script.
  var commas = 0
  /// ASCII commas only.
  var asciiCommas = 0
  /// Whether the text holds anything but white space.
  var hasText = false
  /// Whether white space comes before the first character that is not white space.
  var leadingSpace = false
  /// Whether white space comes after the last character that is not white space.
  var trailingSpace = false
  /// Whether the text holds any white space.
  var anySpace = false

  /// The measure of nothing: joining it changes nothing.
  static let empty = TextMeasure()

  /// Measures one text node's text: the valid UTF-8 in `bytes[range]`.
  ///
  /// - Complexity: O(n) in the bytes; ASCII takes a short path.
  init(utf8 bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
    var run = 0
    var index = range.lowerBound
    while index < range.upperBound {
      let byte = bytes[index]
      guard byte >= 0x80 else {
        index += 1
        if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
          if !hasText { leadingSpace = true }
          anySpace = true
          run += 1
          continue
        }
        if hasText, run > 0 { length += 1 }
        run = 0
        hasText = true
        length += 1
        if byte == 0x2C {
          commas += 1
          asciiCommas += 1
        }
        continue
      }
      let (scalar, size) = UTF8Scalars.decode(bytes, at: index)
      index += size
      if ReadabilityText.isSpace(scalar) {
        if !hasText { leadingSpace = true }
        anySpace = true
        run += 1
        continue
      }
      if hasText, run > 0 { length += 1 }
      run = 0
      hasText = true
      length += scalar.value > 0xFFFF ? 2 : 1
      switch scalar.value {
      case 0x60C, 0xFE50, 0xFE10, 0xFE11, 0x2E41, 0x2E34, 0x2E32, 0xFF0C: commas += 1
      default: break
      }
    }
    trailingSpace = hasText && run > 0
  }

  init() {}

  /// The measure of this text followed by `next`.
  func joined(with next: TextMeasure) -> TextMeasure {
    guard hasText else {
      var result = next
      if anySpace {
        result.leadingSpace = true
        result.anySpace = true
      }
      return result
    }
    guard next.hasText else {
      var result = self
      if next.anySpace {
        result.trailingSpace = true
        result.anySpace = true
      }
      return result
    }
    var result = self
    result.length += next.length + (trailingSpace || next.leadingSpace ? 1 : 0)
    result.commas += next.commas
    result.asciiCommas += next.asciiCommas
    result.trailingSpace = next.trailingSpace
    result.anySpace = anySpace || next.anySpace
    return result
  }
}
