import Testing

@testable import QuothModel

/// The tokenizer, with its loop for plain ASCII runs, gives the same tokens as a plain reading of
/// its rules one code point at a time, on invented text made of the pieces where the two could
/// part: inner apostrophes, hyphens and stops, marks, non-ASCII letters, every kind of space.
@Suite struct QuoteTokenizerReferenceTests {
  /// The tokens by the rules, one code point at a time: words of letters and digits (with inner
  /// `'`, `’`, `-`, `&`, and a `.` that is no sentence end), marks, one-code-point punctuation.
  static func reference(_ text: [Unicode.Scalar], _ paragraphs: [TextSpan]) -> [QuoteToken] {
    typealias T = QuoteTokenizer
    var tokens: [QuoteToken] = []
    var p = 0
    for span in paragraphs {
      var i = span.start
      let end = span.end
      var lineStart = i
      var spaceBefore = true
      func spaceAt(_ k: Int) -> Bool { k >= end || T.isSpace(text[k]) }
      func wordAt(_ k: Int) -> Bool { k < end && T.isWordScalar(text[k]) }
      while i < end {
        let s = text[i]
        if T.isSpace(s) {
          if s == "\n" {
            if i > lineStart { p += 1 }
            lineStart = i + 1
          }
          spaceBefore = true
          i += 1
          continue
        }
        var token = QuoteToken(
          start: i, end: i + 1, kind: .punct, side: .either, isCapitalized: false, paragraph: p,
          hash: WordHash(value: UInt64(s.value)), spaceBefore: spaceBefore, spaceAfter: false)
        if T.isWordScalar(s) {
          var k = i + 1
          while k < end {
            let c = text[k]
            if T.isWordScalar(c) {
              k += 1
            } else if "'’-&".unicodeScalars.contains(c) && wordAt(k + 1) {
              k += 1
            } else if c == "." && wordAt(k + 1) && (!wordAt(k + 2) || text[k + 2] == ".") {
              k += 1
            } else {
              break
            }
          }
          token.end = k
          token.kind = .word
          token.isCapitalized = T.isUpper(s)
          token.hash = WordHash(text, i..<k)
        } else if s == "\"" {
          token.kind = .mark
        } else if "“„«「『".unicodeScalars.contains(s) {
          token.kind = .mark
          token.side = .open
        } else if "”»」』".unicodeScalars.contains(s) {
          token.kind = .mark
          token.side = .close
        } else if s == "`" && i + 1 < end && text[i + 1] == "`" {
          token = QuoteToken(
            start: i, end: i + 2, kind: .mark, side: .open, isCapitalized: false, paragraph: p,
            hash: token.hash, spaceBefore: spaceBefore, spaceAfter: false)
        } else if s == "'" && i + 1 < end && text[i + 1] == "'" && !(i + 2 < end && text[i + 2] == "'") {
          token.end = i + 2
          token.kind = .mark
        }
        token.spaceAfter = spaceAt(token.end)
        tokens.append(token)
        spaceBefore = false
        i = token.end
      }
      if end > lineStart { p += 1 }
    }
    return tokens
  }

  /// The fields of a token, to compare and to print.
  static func fields(_ t: QuoteToken) -> [String] {
    [
      "\(t.start)..<\(t.end)", "\(t.kind)", "\(t.side)", "\(t.isCapitalized)", "\(t.paragraph)",
      "\(t.hash.value)", "\(t.spaceBefore)", "\(t.spaceAfter)",
    ]
  }

  static func expectSame(_ text: String, _ spans: [TextSpan]? = nil) {
    let scalars = Array(text.unicodeScalars)
    let paragraphs = spans ?? [TextSpan(start: 0, end: scalars.count)]
    let fast = QuoteTokenizer.tokenize(scalars, paragraphs: paragraphs).map(fields)
    let slow = reference(scalars, paragraphs).map(fields)
    #expect(fast == slow, "\(text.debugDescription)")
  }

  @Test(arguments: [
    "The mayor said it. Don't go; well-known U.S. e.g. A&B, 3.5% rise.",
    "“We will,” said Ada Lovelace, 36, of Q.E.D. Inc. (ADA) — café crème…",
    "a.b.c a..b a.b. x.y z- -z 'q' ''quoted'' ``open'' ‘single’ rock'n'roll",
    "tab\there\r\nnew line\u{0B}vertical\u{0C}feed\u{A0}nbsp\u{2009}thin\u{3000}wide",
    "Zürich's Straße 2019’s naïve ŒUVRE 習近平 said: «Oui» „Ja“ 「はい」",
    "x", "X.", "'", "''", "'''", "`", "``", "\"", ".", "-x", "x-", "x'", "x'y", "x.y.", "x.y..",
    "\u{01}ctl\u{7F}del\u{1F}unit", "5,000 1.5 $3 #tag @user http://x.org/a-b?c=d&e=f",
  ])
  func sentencesMatchTheReference(text: String) {
    Self.expectSame(text)
  }

  @Test func paragraphSpansMatchTheReference() {
    let text = "One two.\nThree\n\nfour five\n six\n"
    let scalars = Array(text.unicodeScalars)
    Self.expectSame(text, [TextSpan(start: 0, end: 8), TextSpan(start: 9, end: scalars.count)])
    Self.expectSame(text, [TextSpan(start: 2, end: 13), TextSpan(start: 16, end: 22)])
  }

  /// Invented text from pieces where a word may go on or stop, in every order.
  @Test func randomTextMatchesTheReference() {
    let pieces = [
      "a", "Z", "7", "word", "Word", "US", " ", " ", "  ", "\n", "\t", ".", ",", ";", "'", "’", "-", "&",
      "\"", "“", "”", "«", "`", "é", "É", "中", "…", "—", "(", ")", "%", "\u{A0}", "\u{7F}", "\u{01}",
    ]
    var generator = SplitMix(seed: 15)
    for _ in 0..<3000 {
      let count = Int.random(in: 1...24, using: &generator)
      let text = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
      Self.expectSame(text)
    }
  }
}
