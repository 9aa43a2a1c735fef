import Testing

@testable import QuothModel

@Suite struct TextDecoderTests {
  @Test func bomIsKeptAsOneCodePoint() {
    let decoded = TextDecoder.decode([0xEF, 0xBB, 0xBF, 0x41])
    #expect(decoded.scalars == ["\u{FEFF}", "A"])
    #expect(decoded.invalidSequences == 0)
  }

  @Test func invalidBytesBecomeReplacementWithAWarning() {
    let bytes: [UInt8] = Array("Title\n\nBad ".utf8) + [0xFF, 0xC3] + Array(" byte.".utf8)
    let decoded = TextDecoder.decode(bytes)
    #expect(decoded.invalidSequences == 2)
    #expect(decoded.scalars.filter { $0 == "\u{FFFD}" }.count == 2)
    let article = ArticleParser.parse(path: "bad.txt", bytes: bytes)
    #expect(article.warnings.count == 1)
    #expect(article.warnings.first?.hasPrefix("bad.txt: 2 invalid UTF-8 sequences") == true)
    #expect(article.title == "Title")
  }

  @Test func binaryDetection() {
    let nul = TextDecoder.decode([0x41, 0x00, 0x42])
    #expect(TextDecoder.looksBinary(nul, byteCount: 3))
    let noise: [UInt8] = (0..<100).map { UInt8(0x80 + $0 % 64) }
    #expect(TextDecoder.looksBinary(TextDecoder.decode(noise), byteCount: noise.count))
    let text = Array("plain words".utf8)
    #expect(!TextDecoder.looksBinary(TextDecoder.decode(text), byteCount: text.count))
  }

  @Test func incompleteTailIsDropped() {
    let han = Array("李".utf8)  // three bytes
    #expect(
      Array(TextDecoder.droppingIncompleteTail((Array("ab".utf8) + han.prefix(2))[...])) == Array("ab".utf8))
    #expect(
      Array(TextDecoder.droppingIncompleteTail((Array("ab".utf8) + han)[...])) == Array("ab".utf8) + han)
    #expect(Array(TextDecoder.droppingIncompleteTail(Array("abc".utf8)[...])) == Array("abc".utf8))
  }
}
