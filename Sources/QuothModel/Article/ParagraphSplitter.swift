/// Splits text into paragraphs: runs of non-blank lines separated by blank lines.
public enum ParagraphSplitter {
  /// The spans of the paragraphs in `text[range]`, each trimmed of surrounding white space.
  ///
  /// Lines end at LF, CR LF or a lone CR. A line holding only white space is blank.
  /// - Complexity: O(n) in the length of the range.
  public static func paragraphs(in text: [Unicode.Scalar], range: Range<Int>) -> [TextSpan] {
    var result: [TextSpan] = []
    text.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      var paragraphStart = -1
      var lastContentEnd = range.lowerBound
      var lineHasContent = false
      var index = range.lowerBound
      let end = range.upperBound
      while index < end {
        let value = buffer[index].value
        if value > 0x20 && value < 0x7F {
          // The common case: a run of visible ASCII and spaces, in a tight loop that only
          // classifies; the run's content ends before the spaces it ends with.
          if paragraphStart < 0 { paragraphStart = index }
          lineHasContent = true
          index += 1
          index = PrintableASCII.runEnd(base, from: index, end: end)
          lastContentEnd = index
          while buffer[lastContentEnd - 1].value == 0x20 { lastContentEnd -= 1 }
          continue
        } else if value == 0x0A || value == 0x0D {
          // CR LF is one line break, not two.
          if value == 0x0D, index + 1 < end, buffer[index + 1] == "\n" { index += 1 }
          if !lineHasContent, paragraphStart >= 0 {
            result.append(TextSpan(start: paragraphStart, end: lastContentEnd))
            paragraphStart = -1
          }
          lineHasContent = false
        } else if !isBlank(buffer[index]) {
          if paragraphStart < 0 { paragraphStart = index }
          lineHasContent = true
          lastContentEnd = index + 1
        }
        index += 1
      }
      if paragraphStart >= 0 { result.append(TextSpan(start: paragraphStart, end: lastContentEnd)) }
    }
    return result
  }

  /// Whether a code point is white space that is not a line break (including the BOM).
  @inline(__always)
  public static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20, 0x09, 0x0B, 0x0C, 0xA0, 0xFEFF, 0x2000...0x200B, 0x3000: return true
    default: return false
    }
  }
}
