import Testing

@testable import QuothModel

@Suite("Sanitizer")
struct SanitizerTests {
  @Test(
    "stand-ins",
    arguments: [
      ("\u{1B}[31mred", "\u{241B}[31mred"), ("bell\u{07}", "bell\u{2407}"), ("nul\u{0}", "nul\u{2400}"),
      ("del\u{7F}", "del\u{2421}"), ("c1\u{9B}2J", "c1\u{2426}2J"), ("nel\u{85}", "nel\u{2426}"),
      ("\u{202E}evil\u{202C}", "\u{2426}evil\u{2426}"), ("\u{2066}iso\u{2069}", "\u{2426}iso\u{2426}"),
      ("tab\there", "tab here"), ("ls\u{2028}ps\u{2029}", "ls ps "), ("line\r\nbreak", "line break"),
      ("soft\u{AD}hyphen", "softhyphen"),
      ("plain text, 中文, 😀, e\u{301}", "plain text, 中文, 😀, e\u{301}"),
    ]
  )
  func standIns(_ input: String, _ expected: String) {
    #expect(Sanitizer.sanitize(input) == expected)
  }

  @Test("nothing a terminal acts on survives")
  func noControls() {
    var all = String.UnicodeScalarView()
    for value in UInt32(0)..<0x200 { all.append(Unicode.Scalar(value)!) }
    all.append(
      contentsOf: "\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}\u{2066}\u{2067}\u{2068}\u{2069}".unicodeScalars)
    let shown = Sanitizer.sanitize(String(all))
    for scalar in shown.unicodeScalars {
      #expect(scalar.value >= 0x20 && !(0x7F..<0xA0).contains(scalar.value))
      #expect(!Sanitizer.isBidiControl(scalar.value))
    }
  }

  @Test("each code point maps to at most one")
  func oneToOne() {
    #expect(Sanitizer.display("a") == "a")
    #expect(Sanitizer.display("\r") == nil)
    #expect(Sanitizer.display("\u{1B}") == "\u{241B}")
    #expect(Sanitizer.needsStandIn("\u{1B}"))
    #expect(!Sanitizer.needsStandIn("中"))
  }
}
