import QuothModel
import Testing

@testable import QuothIndex

@Suite struct IndexReportTests {
  @Test func searchLinesEscapeControls() {
    let hit = SearchHit(
      path: "a\tb.txt", title: "Red \u{1B}[31m", date: nil, snippet: "…x \"y\"…", score: 3.14159)
    #expect(
      IndexReport.line(for: hit, format: .text) == "a\u{2409}b.txt\t-\tRed \u{241B}[31m\t3.142\t…x \"y\"…")
    #expect(
      IndexReport.line(for: hit, format: .jsonl)
        == #"{"path":"a\tb.txt","title":"Red \u001B[31m","date":null,"snippet":"…x \"y\"…","score":3.142}"#)
    #expect(IndexReport.line(for: hit, format: .json) == IndexReport.line(for: hit, format: .jsonl))
    #expect(IndexReport.line(for: hit, format: .csv) == "a\tb.txt,,Red \u{241B}[31m,3.142,\"…x \"\"y\"\"…\"")
    #expect(IndexReport.searchCSVHeader.split(separator: ",").count == 5)
  }

  @Test func speakerLines() {
    let speaker = MergedSpeaker(
      key: "xi jinping", name: "Xi Jinping", roles: ["president", "leader, party"], kind: .person,
      articles: 2,
      quotes: 5)
    #expect(
      IndexReport.line(for: speaker, format: .text) == "Xi Jinping\tperson\t2\t5\tpresident; leader, party")
    #expect(
      IndexReport.line(for: speaker, format: .csv) == "Xi Jinping,\"president; leader, party\",person,2,5")
    #expect(
      IndexReport.line(for: speaker, format: .jsonl)
        == #"{"name":"Xi Jinping","roles":["president","leader, party"],"kind":"person","articles":2,"quotes":5}"#
    )
  }

  @Test func snippetsLoseTheirMarksAndLineBreaks() {
    let (text, spans) = LibraryIndex.unmark("a \u{1}bc\u{2}\n\n d")
    #expect(text == "a bc d")
    #expect(spans == [TextSpan(start: 2, end: 4)])
  }
}
