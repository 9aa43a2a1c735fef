import Testing

@testable import QuothModel

/// The one-pass scan of corpus lines against Foundation's `JSONDecoder`: where the scan answers,
/// it answers as the decoder does; where it is not sure, it leaves the line to the decoder.
struct CorpusRecordScanTests {
  private func line(_ text: String) -> [UInt8] { Array(text.utf8) }

  /// The scan answers for `text`, and as the decoder does.
  private func agrees(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let scanned = CorpusRecord.scan(line(text))
    #expect(scanned != nil, "the scan reads \(text)", sourceLocation: sourceLocation)
    #expect(scanned == CorpusRecord.decoded(line(text)), "\(text)", sourceLocation: sourceLocation)
  }

  @Test func wellFormedRecordsReadAsTheDecoderReadsThem() {
    agrees(
      #"{"title":"Bridge reopens","text":"The mayor said so.\n\nResidents agreed.","url":"https://example.com/a"}"#
    )
    agrees(#"  {"id": 42, "title": "T", "text": "x", "date": "2024-03-14"}  "#)
    agrees(
      #"{"id":"a-1","text":"caf\u00e9 \u201Cquoted\u201D \ud83d\ude00 \"marks\" back\\slash \/ \t\b\f\r"}"#)
    agrees(#"{"text":"raw UTF-8: café “quoted” 😀 安"}"#)
    agrees(#"{"authors":["Ann Lee",{"name":"Bo Chen","url":"x"}],"text":"t","author":null}"#)
    agrees(#"{"skipped":{"deep":[1,2.5,-3e2,true,false,null,{"a":"b"}]},"text":"t","n":-0.0}"#)
    agrees(#"{"id":1.5e3,"title":"","text":"t","source_domain":"example.com","extra":[]}"#)
    agrees(#"{}"#)
    // An escape or a multi-byte character at every place in a long run of plain bytes.
    let plain = String(repeating: "abcdefgh", count: 5)
    for position in 0...plain.count {
      for insert in [#"\""#, #"\\"#, #"\n"#, "é", "😀", #"\u00e9"#] {
        var text = plain
        text.insert(contentsOf: insert, at: text.index(text.startIndex, offsetBy: position))
        agrees(#"{"text":""# + text + #""}"#)
      }
    }
    agrees(#"{"text":"\u0000 nul and \u001f unit"}"#)
  }

  @Test func linesTheScanIsNotSureOfAreLeftToTheDecoder() {
    for text in [
      #"{"text":"lone \ud800 surrogate"}"#, #"{"text":"low \udc00 first"}"#,
      #"{"text":"t"} trailing"#, #"{"text":"raw"# + "\u{01}" + #" control"}"#,
      #"{"text":"t","text":"again"}"#,
      #"{"id":01,"text":"t"}"#, #"{"id":1e999,"text":"t"}"#, #"{"text":"bad \x escape"}"#, #"{"text":"t",}"#,
      #"["not an object"]"#, #"{"text":"unterminated"#, "",
      "{\"skip\":" + String(repeating: "[", count: 300) + String(repeating: "]", count: 300)
        + ",\"text\":\"t\"}",
    ] {
      #expect(CorpusRecord.scan(line(text)) == nil, "\(text)")
      #expect(CorpusRecord.record(line(text)) == CorpusRecord.decoded(line(text)), "\(text)")
    }
    // Invalid UTF-8 inside a string is the decoder's to judge.
    let invalid: [UInt8] = line(#"{"text":"a"#) + [0xFF, 0xFE] + line(#""}"#)
    #expect(CorpusRecord.scan(invalid) == nil)
  }

  @Test func damagedLinesNeverReadOtherwiseThanByTheDecoder() {
    // Every byte of a record replaced in turn by bytes that matter to JSON: where the scan still
    // answers, the decoder answers the same.
    let record = line(
      #"{"id":7,"title":"A \"B\"","text":"one\n\ntwo \u00e9","authors":["Ann",{"name":"Bo"}],"x":[1,{"y":null}],"n":-1.5e2}"#
    )
    let replacements = Array(#"{}[]":,\u0"e.-+1 "#.utf8) + [0x0A, 0x80, 0xC3]
    var answered = 0
    for position in record.indices {
      for byte in replacements where byte != record[position] {
        var damaged = record
        damaged[position] = byte
        guard let scanned = CorpusRecord.scan(damaged) else { continue }
        answered += 1
        #expect(scanned == CorpusRecord.decoded(damaged), "\(String(decoding: damaged, as: UTF8.self))")
      }
    }
    #expect(answered > 100, "many damaged lines are still valid JSON")
  }
}
