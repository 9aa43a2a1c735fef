import Testing

@testable import QuothModel

/// The fast decoder gives the same code points and repair count as the standard library's
/// one-scalar-at-a-time UTF-8 decoder, on valid, invalid and mixed bytes.
@Suite struct TextDecoderReferenceTests {
  static func reference(_ bytes: [UInt8]) -> (scalars: [Unicode.Scalar], invalid: Int) {
    var scalars: [Unicode.Scalar] = []
    var invalid = 0
    var iterator = bytes.makeIterator()
    var decoder = Unicode.UTF8()
    loop: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar): scalars.append(scalar)
      case .emptyInput: break loop
      case .error:
        invalid += 1
        scalars.append("\u{FFFD}")
      }
    }
    return (scalars, invalid)
  }

  @Test(arguments: [
    Array("plain ASCII text\n".utf8), Array("“curly” — 习近平 👍🏽 e\u{301}".utf8),
    [0x61, 0xFF, 0x62], [0xC3], [0xE2, 0x80], [0xF0, 0x9F, 0x98], [0xED, 0xA0, 0x80],
    [0xEF, 0xBF, 0xBD, 0x80, 0xEF, 0xBF, 0xBD], [0xC0, 0xAF, 0xE0, 0x80, 0xAF], [0xF4, 0x90, 0x80, 0x80],
    [0x00, 0x41, 0xFE, 0xFE], [0xEF, 0xBB, 0xBF, 0x41],
  ])
  func matchesTheReference(bytes: [UInt8]) {
    let fast = TextDecoder.decode(bytes)
    let slow = Self.reference(bytes)
    #expect(fast.scalars == slow.scalars)
    #expect(fast.invalidSequences == slow.invalid)
  }

  @Test func randomBytes() {
    var generator = SplitMix(seed: 7)
    for _ in 0..<2000 {
      let length = Int.random(in: 0..<40, using: &generator)
      let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
      let fast = TextDecoder.decode(bytes)
      let slow = Self.reference(bytes)
      #expect(fast.scalars == slow.scalars, "\(bytes)")
      #expect(fast.invalidSequences == slow.invalid, "\(bytes)")
    }
  }

  /// Mostly ASCII, so that runs of eight ASCII bytes (read eight at a time) meet multi-byte
  /// sequences, invalid bytes and NULs at every offset within a run.
  @Test func mostlyASCII() {
    var generator = SplitMix(seed: 11)
    let rare: [UInt8] = [0x00, 0x80, 0xC3, 0xA9, 0xE2, 0x80, 0x9C, 0xF0, 0xFF]
    for _ in 0..<2000 {
      let length = Int.random(in: 0..<100, using: &generator)
      let bytes = (0..<length).map { _ in
        Int.random(in: 0..<12, using: &generator) == 0
          ? rare.randomElement(using: &generator)! : UInt8.random(in: 0x01...0x7F, using: &generator)
      }
      let fast = TextDecoder.decode(bytes)
      let slow = Self.reference(bytes)
      #expect(fast.scalars == slow.scalars, "\(bytes)")
      #expect(fast.invalidSequences == slow.invalid, "\(bytes)")
      #expect(fast.hasNUL == bytes.contains(0), "\(bytes)")
    }
  }
}
