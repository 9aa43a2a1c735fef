import Testing

@testable import QuothModel

/// The whole-text lookups the speaker resolver asks of the scanner pass over the tokens' memory
/// with a cheap test first; they must answer as plain readings of their rules do.
@Suite struct QuoteScannerLookupTests {
  static let text = """
    Ann Lee spoke first. Later Lee’s aide, Tom Lee, said lee is a word here too. Dr. A. Lee and \
    the LEES met. Mr. Ross's dog barked, Ross said. Lees and Ross' cats.
    """

  func scanner(_ text: String) -> QuoteScanner {
    let scalars = Array(text.unicodeScalars)
    return QuoteScanner(text: scalars, paragraphs: [TextSpan(start: 0, end: scalars.count)])
  }

  @Test func lowerCaseWordsAgreeWithAPlainReading() {
    let s = scanner(Self.text)
    var asked = 0
    for t in s.tokens {
      let plain = s.tokens.contains { $0.kind == .word && !$0.isCapitalized && $0.hash == t.hash }
      #expect(s.writesInLowerCase(t.hash.value) == plain)
      asked += plain ? 1 : 0
    }
    #expect(asked > 0 && asked < s.tokens.count)
  }

  @Test func surnameCandidatesHoldEveryCapitalizedWordOrPossessive() {
    let s = scanner(Self.text)
    for surname in ["lee", "ross", "lees", "ann", "tom"].map({ WordHash($0).value }) {
      let candidates = Set(s.surnameCandidates(surname))
      for (t, token) in s.tokens.enumerated() where t > 0 && token.kind == .word && token.isCapitalized {
        let possessive =
          token.end - token.start > 3
          && WordHash(s.text, token.start..<(token.end - 2)).value == surname
          && ["'s", "’s", "'S", "’S"].contains(String(scalars: s.text[(token.end - 2)..<token.end]))
        if token.hash.value == surname || possessive { #expect(candidates.contains(t)) }
      }
    }
  }

  @Test func namesEndingWithASurname() {
    let s = scanner(Self.text)
    func names(_ surname: String) -> [String] {
      s.names(endingWith: WordHash(surname).value).map {
        String(scalars: s.text[$0.span.start..<$0.span.end])
      }
    }
    #expect(names("lee") == ["Ann Lee", "Tom Lee", "A. Lee"])
    #expect(names("ross") == [])
  }
}
