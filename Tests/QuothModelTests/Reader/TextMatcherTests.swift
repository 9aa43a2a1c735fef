import Testing

@testable import QuothModel

@Suite struct TextMatcherTests {
  func find(_ pattern: String, in text: String) -> [String] {
    let scalars = Array(text.unicodeScalars)
    return TextMatcher(pattern: pattern).matches(
      in: scalars, within: [TextSpan(start: 0, end: scalars.count)]
    ).map {
      String(String.UnicodeScalarView(scalars[$0.start..<$0.end]))
    }
  }

  @Test func smartCase() {
    #expect(find("ada", in: "Ada met ADA and ada") == ["Ada", "ADA", "ada"])
    #expect(find("Ada", in: "Ada met ADA and ada") == ["Ada"])
  }

  @Test func spacesMatchLineBreaks() {
    #expect(find("north pier", in: "the north\n  pier at dawn") == ["north\n  pier"])
  }

  @Test func nonASCII() {
    #expect(find("zürich", in: "ZÜRICH and Zürich") == ["ZÜRICH", "Zürich"])
    #expect(find("习近平", in: "主席习近平说") == ["习近平"])
  }

  @Test func onlyInsideSpans() {
    let scalars = Array("abc abc abc".unicodeScalars)
    let hits = TextMatcher(pattern: "abc").matches(in: scalars, within: [TextSpan(start: 4, end: 11)])
    #expect(hits == [TextSpan(start: 4, end: 7), TextSpan(start: 8, end: 11)])
  }

  @Test func emptyPatternFindsNothing() {
    #expect(find("", in: "anything").isEmpty)
  }
}
