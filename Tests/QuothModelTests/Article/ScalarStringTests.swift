import Testing

@testable import QuothModel

@Suite struct ScalarStringTests {
  /// Every UTF-8 length (1–4 bytes), at the edges of each range.
  @Test func encodesEveryLengthLikeTheStandardLibrary() {
    let values: [UInt32] = [
      0x00, 0x41, 0x7F, 0x80, 0xE9, 0x7FF, 0x800, 0x201C, 0xD7FF, 0xE000, 0xFFFD, 0xFFFF, 0x1_0000,
      0x1_F600, 0x10_FFFF,
    ]
    let scalars = values.compactMap(Unicode.Scalar.init)
    #expect(String(scalars: scalars) == String(String.UnicodeScalarView(scalars)))
    #expect(Array(String(scalars: scalars).unicodeScalars) == scalars)
  }

  @Test func slicesAndEmptyInput() {
    let text = Array("“Quote,” she said — 中文 😀".unicodeScalars)
    #expect(String(scalars: text[1..<6]) == "Quote")
    #expect(String(scalars: text[text.count - 1..<text.count]) == "😀")
    #expect(String(scalars: text[3..<3]).isEmpty)
  }

  @Test func randomScalarsRoundTrip() {
    var generator = SplitMix(seed: 11)
    for _ in 0..<200 {
      let scalars = (0..<Int.random(in: 0..<64, using: &generator)).compactMap { _ in
        Unicode.Scalar(UInt32.random(in: 0...0x10_FFFF, using: &generator))
      }
      #expect(Array(String(scalars: scalars).unicodeScalars) == scalars)
    }
  }
}
