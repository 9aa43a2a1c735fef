/// Splits text into paragraphs: runs of non-blank lines separated by blank lines.
public enum ParagraphSplitter {
  /// The spans of the paragraphs in `text[range]`, each trimmed of surrounding white space.
  ///
  /// Lines end at LF, CR LF or a lone CR. A line holding only white space is blank.
  /// - Complexity: O(n) in the length of the range.
  public static func paragraphs(in text: [Unicode.Scalar], range: Range<Int>) -> [TextSpan] {
    var result: [TextSpan] = []
    var paragraphStart: Int? = nil
    var lastContentEnd = range.lowerBound
    var lineHasContent = false
    var index = range.lowerBound
    func endLine() {
      if !lineHasContent, let start = paragraphStart {
        result.append(TextSpan(start: start, end: lastContentEnd))
        paragraphStart = nil
      }
      lineHasContent = false
    }
    while index < range.upperBound {
      let scalar = text[index]
      if scalar == "\n" || scalar == "\r" {
        // CR LF is one line break, not two.
        if scalar == "\r", index + 1 < range.upperBound, text[index + 1] == "\n" { index += 1 }
        endLine()
      } else if !isBlank(scalar) {
        if paragraphStart == nil { paragraphStart = index }
        lineHasContent = true
        lastContentEnd = index + 1
      }
      index += 1
    }
    if let start = paragraphStart { result.append(TextSpan(start: start, end: lastContentEnd)) }
    return result
  }

  /// Whether a code point is white space that is not a line break (including the BOM).
  public static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20, 0x09, 0x0B, 0x0C, 0xA0, 0xFEFF, 0x2000...0x200B, 0x3000: return true
    default: return false
    }
  }
}
