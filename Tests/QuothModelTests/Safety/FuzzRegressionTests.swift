import Testing

@testable import QuothModel

/// Inputs the fuzzer (`scripts/fuzz.sh`) flagged, kept so they stay handled.
///
/// Both were clusters wider than a one-column line. Layout keeps such a cluster whole on a line of
/// its own (it never splits after a ZWJ or before a zero-width code point), so the fuzz target's
/// check was made to match; these pin that behaviour.
@Suite struct FuzzRegressionTests {
  @Test(
    arguments: [
      // A ZWJ before a replacement character.
      "Bad bytes\n\n\"We won,\" said Ada 👩\u{200D}👩\u{200D}\u{FFFD} ok.",
      // A zero-width mark, then a wide character.
      "x\n\nLeft-to-right mark \u{200E}明 before a wide character.",
    ]
  )
  func wideClustersAtWidthOne(_ text: String) {
    let article = ArticleParser.parse(path: "fuzz.txt", text: Array(text.unicodeScalars))
    for width in [1, 2, 7] {
      let layout = ArticleLayout(article: article, width: width)
      var end = 0
      for line in layout.lines {
        #expect(line.span.start >= end)
        end = line.span.end
      }
      #expect(end <= article.text.count)
      let dump = PlainTextRenderer(width: width).lines(for: article)
      #expect(!dump.isEmpty)
    }
  }
}
