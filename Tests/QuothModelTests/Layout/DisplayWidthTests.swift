import Testing

@testable import QuothModel

@Suite("Display width")
struct DisplayWidthTests {
  @Test(
    "one code point",
    arguments: [
      ("a", 1), ("~", 1), (" ", 1), ("é", 1), ("Ω", 1), ("—", 1),
      ("中", 2), ("國", 2), ("あ", 2), ("カ", 2), ("한", 2), ("Ａ", 2), ("。", 2), ("，", 2), ("「", 2),
      ("\u{3000}", 2), ("\u{1100}", 2), ("\u{20000}", 2),
      ("😀", 2), ("👍", 2), ("🥰", 2), ("🫠", 2), ("🚀", 2), ("⌚", 2),
      ("\u{0301}", 0), ("\u{20DD}", 0), ("\u{200D}", 0), ("\u{200B}", 0), ("\u{FEFF}", 0), ("\u{FE0F}", 0),
      ("\u{E0100}", 0), ("\u{00AD}", 0), ("\u{1161}", 0), ("\u{202E}", 0),
      ("\u{1B}", 0), ("\u{0}", 0), ("\u{7F}", 0), ("\u{85}", 0), ("\n", 0),
      ("\u{0903}", 1), ("❤", 1), ("\u{1F321}", 1),
    ] as [(Unicode.Scalar, Int)]
  )
  func scalar(_ scalar: Unicode.Scalar, _ width: Int) {
    #expect(DisplayWidth.of(scalar) == width)
  }

  @Test(
    "strings",
    arguments: [
      ("hello", 5), ("", 0), ("中文", 4), ("日本語のテキスト", 16), ("한국어", 6),
      ("e\u{0301}", 1), ("Cafe\u{0301} nai\u{0308}ve", 10), ("❤️", 1), ("👍🏽", 4),
      ("👨\u{200D}👩\u{200D}👧", 6), ("\u{1100}\u{1161}\u{11A8}", 2), ("Ｈｉ!", 5),
    ]
  )
  func string(_ text: String, _ width: Int) {
    #expect(DisplayWidth.of(text) == width)
  }

  @Test("shown width counts stand-ins and hides carriage returns")
  func shown() {
    #expect(DisplayWidth.shown("\u{1B}" as Unicode.Scalar) == 1)
    #expect(DisplayWidth.shown("\u{7F}" as Unicode.Scalar) == 1)
    #expect(DisplayWidth.shown("\u{9B}" as Unicode.Scalar) == 1)
    #expect(DisplayWidth.shown("\u{202E}" as Unicode.Scalar) == 1)
    #expect(DisplayWidth.shown("\t" as Unicode.Scalar) == 1)
    #expect(DisplayWidth.shown("\n" as Unicode.Scalar) == 1)
    #expect(DisplayWidth.shown("\r" as Unicode.Scalar) == 0)
    #expect(DisplayWidth.shown("\u{AD}" as Unicode.Scalar) == 0)
    #expect(DisplayWidth.shown("a\r\nb中".unicodeScalars) == 5)
  }

  @Test("the table is sorted, disjoint, and never says 1")
  func table() {
    var previousLast: UInt32? = nil
    for range in DisplayWidth.table {
      #expect(range.first <= range.last)
      if let previousLast { #expect(previousLast < range.first) }
      #expect(range.width == 0 || range.width == 2)
      previousLast = range.last
    }
  }

  @Test("shown width is the width of what the sanitizer shows")
  func shownMatchesSanitizer() {
    for value in UInt32(0)..<0x3000 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let expected = Sanitizer.display(scalar).map { DisplayWidth.of($0) } ?? 0
      #expect(DisplayWidth.shown(scalar) == expected, "U+\(String(value, radix: 16))")
    }
  }
}
