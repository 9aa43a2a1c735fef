import Testing

@testable import QuothModel

@Suite struct LibraryListFormatTests {
  static let entry = LibraryEntry(
    path: "dir/a\tb.txt", title: "Bell\u{07} and \u{1B}[31mred\u{1B}[0m \"quoted\" \\ \u{85}",
    date: "2024-01-02",
    source: nil, authors: ["Ann Lee", "Bo Chen"], words: 120, wordsAreEstimated: true, format: .text)

  @Test func textRowHasNoRawControlCharacters() {
    let row = LibraryListFormat.text.line(for: Self.entry)
    let fields = row.split(separator: "\t", omittingEmptySubsequences: false)
    #expect(fields.count == 6)
    #expect(fields[0] == "dir/a\u{2409}b.txt")
    #expect(fields[1] == "Bell\u{2407} and \u{241B}[31mred\u{241B}[0m \"quoted\" \\ \u{2426}")
    #expect(fields[2...] == ["2024-01-02", "-", "Ann Lee; Bo Chen", "~120"])
    #expect(
      !row.unicodeScalars.contains { $0.value < 0x20 && $0 != "\t" || (0x7F...0x9F).contains($0.value) })
  }

  @Test func jsonLineEscapesControls() {
    let line = LibraryListFormat.jsonl.line(for: Self.entry)
    #expect(
      line
        == #"{"path":"dir/a\tb.txt","title":"Bell\u0007 and \u001B[31mred\u001B[0m \"quoted\" \\ \u0085","#
        + #""date":"2024-01-02","source":null,"authors":["Ann Lee","Bo Chen"],"words":120,"#
        + #""words_estimated":true,"format":"text"}"#)
    #expect(!line.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
  }

  @Test func csvRowQuotesAsRFC4180AndKeepsTheJSONKeys() {
    #expect(LibraryListFormat.csvHeader.split(separator: ",").count == 8)
    let row = LibraryListFormat.csv.line(for: Self.entry)
    #expect(
      row
        == "dir/a\tb.txt,\"Bell\u{2407} and \u{241B}[31mred\u{241B}[0m \"\"quoted\"\" \\ \u{2426}\","
        + "2024-01-02,,Ann Lee; Bo Chen,120,true,text")
    #expect(LibraryListFormat.json.line(for: Self.entry) == LibraryListFormat.jsonl.line(for: Self.entry))
  }

  @Test(arguments: QuoteExport.Format.allCases) func everyOutputFormatHasAListFormat(
    format: QuoteExport.Format
  ) {
    #expect(LibraryListFormat(format).rawValue == format.rawValue)
  }

  @Test func fieldsLeaveOrdinaryTextAlone() {
    #expect(Sanitizer.field("Plain “curly” 李明华 café") == "Plain “curly” 李明华 café")
    #expect(Sanitizer.field("\u{7F}\u{202E}x") == "\u{2421}\u{2426}x")
  }
}
