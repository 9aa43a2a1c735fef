import Testing

@testable import QuothModel

@Suite struct RecordFramingTests {
  /// The whole output for `records` in `format`.
  static func framed(_ records: [String], _ format: QuoteExport.Format) -> String {
    var framing = RecordFraming(format: format, csvHeader: "a,b")
    return framing.header() + records.map { framing.record($0) }.joined() + framing.footer()
  }

  @Test func jsonIsOneArrayAsQuotesWritesIt() {
    #expect(Self.framed(["{\"a\":1}", "{\"a\":2}"], .json) == "[\n{\"a\":1},\n{\"a\":2}\n]\n")
    #expect(Self.framed([], .json) == "[]\n")
    var report = QuoteReport(subject: .speakers, format: .json)
    #expect(
      report.header() + report.separator() + "{}" + report.separator() + "{}" + report.footer()
        == Self.framed(["{}", "{}"], .json))
  }

  @Test func csvHasItsHeaderAndCRLF() {
    #expect(Self.framed(["1,2", "3,4"], .csv) == "a,b\r\n1,2\r\n3,4\r\n")
    #expect(Self.framed([], .csv) == "a,b\r\n")
  }

  @Test func textAndJSONLinesAreOneLineEach() {
    #expect(Self.framed(["x", "y"], .text) == "x\ny\n")
    #expect(Self.framed(["{}"], .jsonl) == "{}\n")
    #expect(Self.framed([], .text).isEmpty)
  }
}
