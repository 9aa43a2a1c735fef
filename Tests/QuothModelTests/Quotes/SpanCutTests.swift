import Testing

@testable import QuothModel

/// The content-span model's cut points, features and cuts (``SpanCut``), and the extractor making
/// the best cut only when the model scores it at its threshold.
@Suite("Span cuts")
struct SpanCutTests {
  static func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }

  /// The cut points of the whole of `text`, as (boundary, left piece, right piece).
  static func points(_ text: String) -> [(SpanCut.Boundary, String, String)] {
    let t = scalars(text)
    let span = TextSpan(start: 0, end: t.count)
    return SpanCut.points(span, text: t).map { p in
      (
        p.boundary, String(String.UnicodeScalarView(t[0..<p.start])),
        String(String.UnicodeScalarView(t[p.end..<t.count]))
      )
    }
  }

  @Test(
    "each boundary is a cut point, with the pieces either side",
    arguments: [
      ("the plan was a gift, although the vote failed", SpanCut.Boundary.comma, "the plan was a gift"),
      ("the plan was a gift — the vote failed anyway", .dash, "the plan was a gift"),
      ("the plan was a gift - the vote failed anyway", .dash, "the plan was a gift"),
      ("the plan was a gift -- the vote failed anyway", .dash, "the plan was a gift"),
      ("the plan was a gift; the vote failed anyway", .semicolon, "the plan was a gift"),
      ("the plan had one flaw: the vote failed anyway", .colon, "the plan had one flaw"),
      ("the plan was “a gift.” The vote failed anyway", .sentence, "the plan was “a gift.”"),
      ("the plan was ''a gift.'' The vote failed anyway", .sentence, "the plan was ''a gift.''"),
      ("the plan was a gift\nThe vote failed anyway", .paragraph, "the plan was a gift"),
      ("the plan was a gift although the vote failed", .conjunction, "the plan was a gift"),
    ])
  func boundary(text: String, boundary: SpanCut.Boundary, left: String) throws {
    let found = Self.points(text)
    let point = try #require(found.first)
    #expect(found.count == 1, "\(found)")
    #expect(point.0 == boundary)
    #expect(point.1 == left)
    #expect(!point.2.hasPrefix(" ") && !point.2.isEmpty)
  }

  @Test(
    "no cut point in a hyphenated word, a title's stop, a word that merely starts like a conjunction, or near an end",
    arguments: [
      "the long-shot plan was a gift to the harbor",
      "the plan that Mr. Reyes drew was a gift to all",
      "the plan was a gift to androids and others",
      "Yes, the plan was a gift to the harbor town",
      "the plan was a gift to the harbor town, ok",
    ])
  func noBoundary(text: String) {
    let found = Self.points(text)
    #expect(found.allSatisfy { $0.0 == .conjunction && $0.2.hasPrefix("and ") }, "\(found)")
  }

  @Test("at most sixteen cut points are weighed")
  func atMostSixteen() {
    let text = (0..<30).map { "clause \($0)" }.joined(separator: ", ")
    #expect(Self.points(text).count == SpanCut.maxPoints)
  }

  @Test("a point is inside a quotation after an open curly, straight or typed mark, not after it closes")
  func inside() {
    for (text, open) in [
      ("Lee said “the plan, as drawn, works” and more", true),
      ("Lee said \"the plan, as drawn, works\" and more", true),
      ("Lee said ``the plan, as drawn, works'' and more", true),
      ("Lee said “the plan works,” as drawn, and more", false),
      ("Lee said the plan, as drawn, works and more", false),
    ] {
      let t = Self.scalars(text)
      let span = TextSpan(start: 0, end: t.count)
      let marks = SpanCut.Marks(span, text: t)
      let comma = t.lastIndex(of: ",")!
      #expect(marks.isInside(comma, text: t) == open, "\(text)")
    }
  }

  static let mixed = "Ann Lee said the plan was “a gift” while the vote failed in May."

  static func mixedQuote() throws -> (Article, RawQuote) {
    let (article, _) = article(body: mixed)
    var scanner = QuoteScanner(text: article.text, paragraphs: article.paragraphs.map(\.span))
    scanner.scan()
    let quote = try #require(scanner.quotes.first)
    #expect(quote.kind == .mixed)
    return (article, quote)
  }

  @Test("the features name the boundary, the words beside it, the marks and the cue; names and hashes agree")
  func features() throws {
    let (doc, quote) = try Self.mixedQuote()
    let t = doc.text
    let points = SpanCut.points(quote.span, text: t)
    let point = try #require(points.first { $0.boundary == .conjunction })
    let marks = SpanCut.Marks(quote.span, text: t)
    for side in [SpanCut.Side.left, .right] {
      var names = QuoteFeatureNames()
      var hashes = QuoteFeatureHashes()
      SpanCut.extract(
        quote, point: point, index: 0, side: side, marks: marks, text: t, into: &names)
      SpanCut.extract(
        quote, point: point, index: 0, side: side, marks: marks, text: t, into: &hashes)
      #expect(hashes.keys == names.names.map { WordHash($0).value })
      let p = side == .left ? "cl" : "cr"
      for expected in [
        "bias=1", "t=conjunction", "r=cue-first_mixed", "pv=gift", "nx=while",
        "q=10", "in=0", "ac=1", "t-nx=conjunction_while", "pos=after", "pos-nx=after_while",
        "cue=said", "idx=0", "r-t=cue-first_conjunction", "t-q=conjunction_10",
      ] {
        #expect(names.names.contains("\(p)-\(expected)"), "\(p)-\(expected) in \(names.names)")
      }
    }
    // Inside the quotation, with the pieces' lengths and the share kept.
    let body = "Ann Lee said, after a pause, that the mayor “never, ever” told her the vote was set."
    let (other, _) = article(body: body)
    var scanner = QuoteScanner(text: other.text, paragraphs: other.paragraphs.map(\.span))
    scanner.scan()
    var q = try #require(scanner.quotes.first)
    q.parts = [TextSpan(start: q.span.start, end: other.text.count - 1)]
    let all = SpanCut.points(q.span, text: other.text)
    let m = SpanCut.Marks(q.span, text: other.text)
    let insideComma = try #require(all.first { m.isInside($0.start, text: other.text) })
    var names = QuoteFeatureNames()
    SpanCut.extract(q, point: insideComma, index: 1, side: .left, marks: m, text: other.text, into: &names)
    #expect(names.names.contains("cl-in=1"))
    #expect(names.names.contains("cl-pos=between"))
    #expect(names.names.contains("cl-t-in=comma_1"))
    #expect(names.names.contains("cl-idx=1"))
    let left = insideComma.start - q.span.start
    #expect(names.names.contains("cl-lb=\(SpanCut.lengthBucket(left))"))
    #expect(names.names.contains("cl-ratio=\(4 * left / (q.span.end - q.span.start))"))
  }

  @Test("a cut clips the parts; a mixed quote left without marks becomes indirect")
  func apply() throws {
    let (doc, quote) = try Self.mixedQuote()
    let t = doc.text
    let point = try #require(SpanCut.points(quote.span, text: t).first { $0.boundary == .conjunction })
    var left = quote
    SpanCut.apply(point, .left, to: &left, text: t)
    #expect(String(String.UnicodeScalarView(t[left.span.start..<left.span.end])) == "the plan was “a gift”")
    #expect(left.kind == .mixed)
    var right = quote
    SpanCut.apply(point, .right, to: &right, text: t)
    #expect(
      String(String.UnicodeScalarView(t[right.span.start..<right.span.end])) == "while the vote failed in May"
    )
    #expect(right.kind == .indirect)
  }

  /// A cut model that always (`weight` 5) or never (-5) cuts, keeping the left piece.
  static func model(_ weight: Double) -> QuoteModel {
    QuoteModel(table: "cl-bias=1\t\(weight)", quotedThreshold: 0.6, indirectThreshold: 1, version: "test")
  }

  @Test("the extractor makes the best cut only at the model's threshold, and never cuts a direct quote")
  func extractor() throws {
    let (doc, _) = article(body: Self.mixed)
    let t = doc.text
    func spans(_ cut: QuoteModel?) -> [String] {
      QuoteExtractor.analyze(doc, model: nil, cut: cut.map(SpanCutScorer.init)).quotes.map {
        String(String.UnicodeScalarView(t[$0.span.start..<$0.span.end]))
      }
    }
    let uncut = spans(nil)
    #expect(uncut == ["the plan was “a gift” while the vote failed in May"])
    #expect(spans(Self.model(-5)) == uncut)
    #expect(spans(Self.model(5)) == ["the plan was “a gift”"])
    let line = "“The plan was a gift, although the vote failed,” Ann Lee said."
    let (direct, _) = article(body: line)
    let quotes = QuoteExtractor.analyze(direct, model: nil, cut: SpanCutScorer(Self.model(5))).quotes
    #expect(quotes.count == 1)
    #expect(quotes.first?.kind == .direct)
    let quoted = line.unicodeScalars.prefix { $0 != "”" }.count + 1
    #expect(quotes.first.map { $0.span.end - $0.span.start } == quoted)
  }

  @Test("the fast scorer gives the shipped model's probability of the named features, on every cut and side")
  func scorerAgrees() throws {
    let bodies = [
      Self.mixed,
      "Ann Lee said, after a pause, that the mayor “never, ever” told her the vote was set; the council — "
        + "which met in May — disagreed, and Tom Reyes, who chairs it, said so.",
      "Tom Reyes argued that ''the harbor is safe.'' But the pier, he added, is not: it floods\nevery spring.",
    ]
    let scorer = SpanCutScorer(QuoteModel.cut)
    var compared = 0
    for body in bodies {
      let (doc, _) = article(body: body)
      var scanner = QuoteScanner(text: doc.text, paragraphs: doc.paragraphs.map(\.span))
      scanner.scan()
      for quote in scanner.quotes where quote.kind != .direct {
        let t = doc.text
        let marks = SpanCut.Marks(quote.span, text: t)
        let rule = SpanCutScorer.ruleIndex(quote.rule)
        for (index, point) in SpanCut.points(quote.span, text: t).enumerated() {
          let words = SpanCut.words(point, in: quote.span, text: t)
          for side in [SpanCut.Side.left, .right] {
            var hashes = QuoteFeatureHashes()
            SpanCut.extract(
              quote, point: point, index: index, side: side, marks: marks, text: t, into: &hashes)
            let fast = scorer.probability(
              quote, point: point, index: index, side: side, marks: marks, ruleIndex: rule, words: words,
              text: t)
            #expect(fast == QuoteModel.cut.probability(hashes.keys), "\(point) \(side)")
            compared += 1
          }
        }
      }
    }
    #expect(compared >= 8)
  }

  @Test("the attributor's identity names the cut model's version")
  func identity() {
    #expect(StandardAttributor().identity.hasSuffix("+cut/\(QuoteModel.cut.version)"))
    #expect(StandardAttributor(cut: nil).identity.hasSuffix("+cut/none"))
  }
}
