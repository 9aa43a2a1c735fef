import Testing

@testable import QuothModel

/// The sequences hostile articles use, and what must never survive of them.
enum HostileText {
  /// OSC 52 (write the clipboard), OSC 0 (window title), SGR (colour), CSI as the C1 byte, a bidi
  /// override and an isolate, a bell.
  static let sequences = [
    "\u{1B}]52;c;aGVsbG8=\u{07}", "\u{1B}]0;owned\u{07}", "\u{1B}[31m", "\u{9B}2J", "\u{202E}", "\u{2066}",
    "\u{07}", "\u{1B}P+q\u{1B}\\", "\u{90}dcs\u{9C}",
  ]

  /// An article holding all of them, around a quote.
  static let article =
    "Hostile\n\n" + sequences.joined(separator: " x ") + "\n\n\"We won,\" said Ada Lovelace.\n"

  /// Whether `text` holds a code point a terminal would act on (tab and line feed allowed).
  static func isSafe(_ text: String, allowingLineBreaks: Bool = false) -> Bool {
    !text.unicodeScalars.contains { scalar in
      let value = scalar.value
      if allowingLineBreaks, value == 0x0A || value == 0x09 { return false }
      return value < 0x20 || (0x7F...0x9F).contains(value) || Sanitizer.isBidiControl(value)
    }
  }
}

@Suite("Sanitizer output")
struct SanitizerOutputTests {
  @Test(
    "fields",
    arguments: [
      ("a\tb\nc\r", "a\u{2409}b\u{240A}c\u{240D}"), ("\u{1B}]0;t\u{07}", "\u{241B}]0;t\u{2407}"),
      ("\u{9B}31m", "\u{2426}31m"), ("\u{202E}x\u{2069}", "\u{2426}x\u{2426}"),
      ("“Plain” 中文 é", "“Plain” 中文 é"),
    ]
  )
  func fields(_ input: String, _ expected: String) {
    #expect(Sanitizer.field(input) == expected)
  }

  @Test func everyHostileSequenceIsDefused() {
    for sequence in HostileText.sequences {
      #expect(HostileText.isSafe(Sanitizer.field(sequence)))
      #expect(HostileText.isSafe(Sanitizer.multiline(sequence)))
      #expect(HostileText.isSafe(Sanitizer.csvField(sequence)))
      #expect(HostileText.isSafe(Sanitizer.sanitize(sequence)))
    }
  }

  @Test func multilineKeepsLineBreaksAndTabs() {
    #expect(
      Sanitizer.multiline("one\r\ntwo\tthree\u{1B}[2J\rfour") == "one\ntwo\tthree\u{241B}[2J\u{240D}four")
  }

  @Test(
    "CSV cells",
    arguments: [
      ("plain", "plain"), ("a, b", "\"a, b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""),
      ("line\nbreak", "line\u{240A}break"),
      (" padded", "\" padded\""), ("\u{1B}[31m,", "\"\u{241B}[31m,\""),
    ]
  )
  func csvCells(_ input: String, _ expected: String) {
    #expect(Sanitizer.csvField(input) == expected)
  }

  @Test(
    "ASCII stand-ins",
    arguments: [
      ("“Quoted” ‘single’", "\"Quoted\" 'single'"), ("a—b–c", "a-b-c"), ("wait…", "wait."),
      ("┌─┐│└┘", "+-+|++"),
      ("中文", "????"), ("e\u{301}", "e"), ("\u{1B}", "^"), ("Café", "Caf?"), ("a\u{A0}b", "a b"),
    ]
  )
  func asciiStandIns(_ input: String, _ expected: String) {
    let shown = Sanitizer.ascii(input)
    #expect(shown == expected)
    #expect(shown.unicodeScalars.allSatisfy { $0.isASCII })
    let columns = DisplayWidth.shown(input.unicodeScalars)
    #expect(shown.unicodeScalars.count == columns, "one column per column")
  }

  @Test func jsonEscapesEveryControl() {
    let json = JSONText.quoted(HostileText.sequences.joined())
    #expect(!json.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
  }
}
