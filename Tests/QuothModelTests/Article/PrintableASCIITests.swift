import Testing

@testable import QuothModel

@Suite struct PrintableASCIITests {
  /// Code points at and around every edge the word tests depend on.
  static let edges: [UInt32] = [
    0, 1, 0x09, 0x0A, 0x1F, 0x20, 0x21, 0x41, 0x7E, 0x7F, 0x80, 0x9F, 0xA0, 0xFF, 0x100, 0x17F, 0x2019,
    0xFEFF, 0x1_0000, 0x10_FFFF,
  ]

  static func isPrintable(_ v: UInt32) -> Bool { v >= 0x20 && v <= 0x7E }

  @Test("a word fails exactly when one of its two code points is outside U+0020...U+007E")
  func outsideIsExact() {
    for low in Self.edges {
      for high in Self.edges {
        let word = UInt64(low) | UInt64(high) << 32
        #expect(
          (PrintableASCII.outside(word) != 0) == !(Self.isPrintable(low) && Self.isPrintable(high)),
          "U+\(String(low, radix: 16)) U+\(String(high, radix: 16))")
      }
    }
  }

  @Test("a run ends at the first code point that is not printable ASCII, or at the end")
  func runEndMatchesOneAtATime() {
    var generator = SplitMix(seed: 7)
    for _ in 0..<2000 {
      // Mostly printable, so that runs are long enough for the four-at-a-time steps.
      let text: [Unicode.Scalar] = (0..<Int.random(in: 0..<40, using: &generator)).map { _ in
        let v =
          Int.random(in: 0..<8, using: &generator) == 0
          ? Self.edges.randomElement(using: &generator)! : UInt32.random(in: 0x20...0x7E, using: &generator)
        return Unicode.Scalar(v) ?? "\u{FFFD}"
      }
      let start = Int.random(in: 0...text.count, using: &generator)
      let end = Int.random(in: start...text.count, using: &generator)
      var expected = start
      while expected < end && Self.isPrintable(text[expected].value) { expected += 1 }
      let found = text.withUnsafeBufferPointer { buffer in
        buffer.baseAddress.map { PrintableASCII.runEnd($0, from: start, end: end) } ?? start
      }
      #expect(found == expected, "\(text.map { String($0.value, radix: 16) }) \(start)..<\(end)")
    }
  }
}
