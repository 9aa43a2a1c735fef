import Testing

@testable import QuothModel

@Suite struct ParagraphSplitterTests {
  /// The splitter's rule written the slow, obvious way: lines, blank lines, trimmed runs.
  func reference(_ text: [Unicode.Scalar], _ range: Range<Int>) -> [TextSpan] {
    var lines: [Range<Int>] = []
    var start = range.lowerBound
    var i = range.lowerBound
    while i < range.upperBound {
      if text[i] == "\n" || text[i] == "\r" {
        lines.append(start..<i)
        if text[i] == "\r", i + 1 < range.upperBound, text[i + 1] == "\n" { i += 1 }
        start = i + 1
      }
      i += 1
    }
    lines.append(start..<range.upperBound)
    var result: [TextSpan] = []
    var open: (start: Int, end: Int)? = nil
    for line in lines {
      let content = line.filter { !ParagraphSplitter.isBlank(text[$0]) }
      if let first = content.first, let last = content.last {
        open = (open?.start ?? first, last + 1)
      } else if let paragraph = open {
        result.append(TextSpan(start: paragraph.start, end: paragraph.end))
        open = nil
      }
    }
    if let paragraph = open { result.append(TextSpan(start: paragraph.start, end: paragraph.end)) }
    return result
  }

  @Test func examples() {
    let text = Array(" Title \r\n\r\nOne line\nand more.  \n \t \n\u{3000}Two\u{A0}\n".unicodeScalars)
    let spans = ParagraphSplitter.paragraphs(in: text, range: 0..<text.count)
    let strings = spans.map { String(scalars: text[$0.start..<$0.end]) }
    #expect(strings == ["Title", "One line\nand more.", "Two"])
  }

  @Test func matchesTheObviousRuleOnRandomText() {
    let alphabet = Array("ab .,\n\r\t \u{A0}\u{3000}\u{FEFF}é“”".unicodeScalars)
    var generator = SplitMix(seed: 42)
    for _ in 0..<500 {
      let text = (0..<Int.random(in: 0..<80, using: &generator)).map { _ in
        alphabet.randomElement(using: &generator)!
      }
      let lower = Int.random(in: 0...text.count, using: &generator)
      let range = lower..<Int.random(in: lower...text.count, using: &generator)
      #expect(ParagraphSplitter.paragraphs(in: text, range: range) == reference(text, range))
    }
  }
}
