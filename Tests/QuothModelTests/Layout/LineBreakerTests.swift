import Testing

@testable import QuothModel

@Suite("Line breaking")
struct LineBreakerTests {
  @Test(
    "wraps",
    arguments: [
      ("the quick brown fox", 10, ["the quick", "brown fox"]),
      ("the quick brown fox", 19, ["the quick brown fox"]),
      ("abcde fghij", 5, ["abcde", "fghij"]),
      ("abcde fghij", 11, ["abcde fghij"]),
      ("abcde fghij", 10, ["abcde", "fghij"]),
      ("abcdefghij", 4, ["abcd", "efgh", "ij"]),
      ("a abcdefghij b", 4, ["a", "abcd", "efgh", "ij b"]),
      ("  padded   words  ", 80, ["padded   words"]),
      ("spaces    at wrap", 8, ["spaces", "at wrap"]),
      ("", 10, [""]),
      ("   ", 10, [""]),
      ("one\r\ntwo", 3, ["one", "two"]),
      ("one\ntwo\tthree", 80, ["one\ntwo\tthree"]),
      ("well-known facts", 7, ["well-", "known", "facts"]),
      ("naïve-looking", 7, ["naïve-", "looking"]),
      ("state-of-the-art", 9, ["state-of-", "the-art"]),
      ("x--y", 3, ["x--", "y"]),
      ("\"-quoted\"", 4, ["\"-qu", "oted", "\""]),
      ("a -5 degrees", 3, ["a", "-5", "deg", "ree", "s"]),
      ("alpha—beta", 7, ["alpha—", "beta"]),
      ("1990–2000 era", 6, ["1990–", "2000", "era"]),
      ("中文没有空格的句子", 6, ["中文没", "有空格", "的句子"]),
      ("中文没有空格的句子", 5, ["中文", "没有", "空格", "的句", "子"]),
      ("你好，世界。", 4, ["你", "好，", "世", "界。"]),
      ("他说「你好」吧", 6, ["他说", "「你", "好」吧"]),
      ("日本語のテキストです", 8, ["日本語の", "テキスト", "です"]),
      ("한국어 문장도 공백으로", 8, ["한국어", "문장도", "공백으로"]),
      ("English 中文 mixed", 10, ["English 中", "文 mixed"]),
      ("e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}", 2, ["e\u{301}e\u{301}", "e\u{301}e\u{301}", "e\u{301}"]),
      ("👍👍👍", 5, ["👍👍", "👍"]),
      ("a👨\u{200D}👩\u{200D}👧b", 3, ["a", "👨\u{200D}👩\u{200D}👧", "b"]),
      ("❤\u{FE0F}❤\u{FE0F}❤\u{FE0F}", 2, ["❤\u{FE0F}❤\u{FE0F}", "❤\u{FE0F}"]),
      ("中文", 1, ["中", "文"]),
    ] as [(String, Int, [String])]
  )
  func wraps(_ text: String, _ width: Int, _ expected: [String]) {
    #expect(LayoutFixture.wrap(text, width: width) == expected)
  }

  /// Text with every kind of cluster, wrapped at narrow widths.
  static let hard =
    "Ab\u{301}c 中文字 한국 👍🏽 a-b-c — x \u{1B}[0m \t\r\n 👨\u{200D}👩\u{200D}👧 Ｆｕｌｌ　ｗｉｄｔｈ。「引」 e\u{301}\u{302}\u{303}"

  @Test("narrow widths never hang, lose text or split a cluster", arguments: 0...12)
  func narrow(width: Int) {
    let scalars = Array(Self.hard.unicodeScalars)
    let lines = LineBreaker.wrap(scalars, span: TextSpan(start: 0, end: scalars.count), width: width)
    var previousEnd = 0
    var shown: [Unicode.Scalar] = []
    for line in lines {
      #expect(line.span.start >= previousEnd)
      // Only white space lies between lines.
      for offset in previousEnd..<line.span.start {
        #expect(LineBreaker.isBreakSpace(scalars[offset].value))
      }
      #expect(line.width == DisplayWidth.shown(scalars[line.span.start..<line.span.end]))
      let clusters = LayoutFixture.clusterCount(scalars[line.span.start..<line.span.end])
      #expect(line.width <= max(1, width) || clusters == 1, "\(line)")
      if line.span.start < scalars.count, line.span.start > 0 {
        // A line never starts with a zero-width code point that belongs to the previous cluster.
        let first = scalars[line.span.start]
        #expect(DisplayWidth.shown(first) > 0 || LineBreaker.isBreakSpace(scalars[line.span.start - 1].value))
        #expect(scalars[line.span.start - 1] != "\u{200D}")
      }
      shown += scalars[line.span.start..<line.span.end]
      previousEnd = line.span.end
    }
    let words = scalars.filter { !LineBreaker.isBreakSpace($0.value) }
    #expect(shown.filter { !LineBreaker.isBreakSpace($0.value) } == words)
  }

  @Test("wide text breaks at every width from 1 to 30", arguments: 1...30)
  func everyWidth(width: Int) {
    let text = "港口的渡轮在清晨出发，船长向码头上的人挥手。"
    let lines = LayoutFixture.wrap(text, width: width)
    #expect(lines.joined() == text)
    for line in lines { #expect(DisplayWidth.of(line) <= max(2, width)) }
  }
}
