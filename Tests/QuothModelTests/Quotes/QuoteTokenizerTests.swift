import Testing

@testable import QuothModel

@Suite struct QuoteTokenizerTests {
  /// The words of `text` with the paragraph (line) index of each.
  func lines(_ text: String, _ paragraphs: [TextSpan]? = nil) -> [(String, Int)] {
    let scalars = Array(text.unicodeScalars)
    let spans = paragraphs ?? [TextSpan(start: 0, end: scalars.count)]
    return QuoteTokenizer.tokenize(scalars, paragraphs: spans).map {
      (String(scalars: scalars[$0.start..<$0.end]), $0.paragraph)
    }
  }

  @Test func eachNonEmptyLineIsAParagraph() {
    let tokens = lines("One two\nthree\n\nfour\n   \nfive")
    #expect(tokens.map(\.0) == ["One", "two", "three", "four", "five"])
    // The line of spaces counts as a line; the empty one between two breaks does not.
    #expect(tokens.map(\.1) == [0, 0, 1, 2, 4])
  }

  @Test func paragraphsContinueTheCount() {
    let text = "a b\nc d"
    let tokens = lines(text + "\n\n" + text, [TextSpan(start: 0, end: 7), TextSpan(start: 9, end: 16)])
    #expect(tokens.map(\.1) == [0, 0, 1, 1, 2, 2, 3, 3])
  }

  @Test func wordsFoldCaseAndKeepInnerMarks() {
    let scalars = Array("Don’t U.S. well-known “Quote”".unicodeScalars)
    let tokens = QuoteTokenizer.tokenize(scalars, paragraphs: [TextSpan(start: 0, end: scalars.count)])
    #expect(
      tokens.map { String(scalars: scalars[$0.start..<$0.end]) } == [
        "Don’t", "U.S", ".", "well-known", "“", "Quote", "”",
      ])
    #expect(tokens[0].hash == WordHash("don't"))
    #expect(tokens[0].isCapitalized && !tokens[3].isCapitalized)
    #expect(tokens[4].kind == .mark && tokens[4].side == .open)
    #expect(tokens[6].kind == .mark && tokens[6].side == .close)
  }

  /// Room is first made for a token per four code points; denser text (a token per code point)
  /// runs out and is tokenized again with more room, with the same tokens as sparse text.
  @Test(arguments: [0, 1, 40, 83, 84, 300, 2_000])
  func textDenserThanTheFirstGuessGivesEveryToken(pairs: Int) {
    let scalars = Array(String(repeating: "x,", count: pairs).unicodeScalars)
    let tokens = QuoteTokenizer.tokenize(scalars, paragraphs: [TextSpan(start: 0, end: scalars.count)])
    #expect(tokens.count == 2 * pairs)
    #expect(tokens.indices.allSatisfy { tokens[$0].start == $0 && tokens[$0].end == $0 + 1 })
    #expect(tokens.indices.allSatisfy { tokens[$0].kind == ($0 % 2 == 0 ? .word : .punct) })
    #expect(tokens.allSatisfy { $0.paragraph == 0 && !$0.spaceAfter || $0.end == scalars.count })
    let spaced = Array(String(repeating: "x, ", count: pairs).unicodeScalars)
    let sparse = QuoteTokenizer.tokenize(spaced, paragraphs: [TextSpan(start: 0, end: spaced.count)])
    #expect(sparse.map(\.hash) == tokens.map(\.hash), "the same words and marks, spaced out")
  }
}
