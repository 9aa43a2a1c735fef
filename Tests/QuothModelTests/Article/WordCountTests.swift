import Testing

@testable import QuothModel

@Suite struct WordCountTests {
  /// Runs of letters (any script) and ASCII digits, one code point at a time.
  static func reference(_ scalars: [Unicode.Scalar]) -> Int {
    var count = 0
    var inWord = false
    for scalar in scalars {
      let isWord =
        scalar.isASCII
        ? (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) : scalar.properties.isAlphabetic
      if isWord && !inWord { count += 1 }
      inWord = isWord
    }
    return count
  }

  @Test func everyASCIICodeBetweenLetters() {
    for value in UInt8(0)..<0x80 {
      let scalars = Array("a\(Unicode.Scalar(value))b \(Unicode.Scalar(value))".unicodeScalars)
      #expect(Article.countWords(in: scalars[...]) == Self.reference(scalars), "\(value)")
    }
  }

  @Test func generalPunctuationHoldsNoLetter() {
    for value in UInt32(0x2000)...0x206F {
      #expect(Unicode.Scalar(value).map { !$0.properties.isAlphabetic } ?? true, "\(value)")
    }
  }

  @Test func randomText() {
    var generator = SplitMix(seed: 3)
    let pieces: [Unicode.Scalar] = [
      "a", "Z", "0", "9", " ", "\n", "-", "'", "é", "’", "—", "\u{2071}", "字", "\u{301}", "٣", "@", "[", "`",
      "{",
    ]
    for _ in 0..<500 {
      let scalars = (0..<Int.random(in: 0..<60, using: &generator)).map { _ in
        pieces.randomElement(using: &generator)!
      }
      #expect(Article.countWords(in: scalars[...]) == Self.reference(scalars))
      #expect(
        Article.countWords(in: scalars.dropFirst(min(3, scalars.count)))
          == Self.reference(Array(scalars.dropFirst(3))))
    }
  }
}
