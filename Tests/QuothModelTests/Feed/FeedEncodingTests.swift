import Foundation
import Glibc
import Testing

@testable import QuothModel

/// Feeds in encodings that are not ASCII-compatible, or not the one they declare.
@Suite struct FeedEncodingTests {
  /// `text` in the encoding `name`, by the C library's converter (independent of the parser's).
  private func encoded(_ text: String, as name: String) throws -> [UInt8] {
    let converter = iconv_open(name, "UTF-8")
    try #require(converter != iconv_t(bitPattern: -1))
    defer { iconv_close(converter) }
    var input = Array(text.utf8).map { CChar(bitPattern: $0) }
    var output = [CChar](repeating: 0, count: input.count * 4 + 16)
    var inLeft = input.count
    var outLeft = output.count
    let status = input.withUnsafeMutableBufferPointer { inBuffer in
      output.withUnsafeMutableBufferPointer { outBuffer in
        var inPointer = inBuffer.baseAddress
        var outPointer = outBuffer.baseAddress
        return iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
      }
    }
    try #require(status != -1)
    return output[..<(output.count - outLeft)].map { UInt8(bitPattern: $0) }
  }

  private func title(of document: String, in encoding: String) throws -> String? {
    try FeedParser.parse(encoded(document, as: encoding)).items.first?.title
  }

  @Test func ebcdicFeedIsFoundAndRead() throws {
    let document =
      "<?xml version=\"1.0\" encoding=\"IBM037\"?>\n<rss version=\"2.0\"><channel><item>"
      + "<title>Ça coûte 5 ¢ &amp; plus</title></item></channel></rss>"
    let bytes = try encoded(document, as: "IBM037")
    #expect(FeedParser.sniff(bytes) == .rss)
    #expect(try FeedParser.parse(bytes).items.first?.title == "Ça coûte 5 ¢ & plus")
  }

  @Test func statefulEncodingKeepsItsEscapes() throws {
    // ISO-2022-JP switches character sets with ESC sequences: they must be decoded, not dropped.
    let document =
      "<?xml version=\"1.0\" encoding=\"ISO-2022-JP\"?><rss><channel><item><title>東京の天気</title>"
      + "</item></channel></rss>"
    #expect(try title(of: document, in: "ISO-2022-JP") == "東京の天気")
  }

  @Test func mislabelledUTF8IsReadAsUTF8() throws {
    let document =
      "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><rss><channel><item><title>Crème “brûlée”</title>"
      + "</item></channel></rss>"
    #expect(try FeedParser.parse(Array(document.utf8)).items.first?.title == "Crème “brûlée”")
    let japanese = document.replacingOccurrences(of: "Crème “brûlée”", with: "日本語の題名")
    #expect(try title(of: japanese, in: "Shift_JIS") == "日本語の題名")
  }
}
