/// Where a mixed or indirect quote's content may end early or begin late, and the features of each
/// such cut for the content-span model (``QuoteModel/cut``).
///
/// The rules end a report's content at its sentence's end, which often runs past what a reader
/// would call the words reported: `Lee said the plan was "a gift," although the vote failed` or
/// `Over the years, Lee said, the firm has "lost its way"`. A cut point is a comma, a dash, a
/// semicolon, a colon, a sentence's or paragraph's end, or the space before a conjunction such as
/// `although` inside the content; a cut keeps the piece to its left (``Side/left``) or to its
/// right (``Side/right``). The model scores every cut of a candidate and the best one is made when
/// it scores at the model's threshold or above: one cut at most, because a second one lost
/// figures on the train folds.
enum SpanCut {
  /// What separates the two pieces.
  enum Boundary: Int, CaseIterable, Sendable {
    case comma, dash, semicolon, colon, sentence, paragraph, conjunction

    var staticName: StaticString {
      switch self {
      case .comma: "comma"
      case .dash: "dash"
      case .semicolon: "semicolon"
      case .colon: "colon"
      case .sentence: "sentence"
      case .paragraph: "paragraph"
      case .conjunction: "conjunction"
      }
    }
  }

  /// Which piece a cut keeps.
  enum Side: Sendable {
    /// The content ends where the boundary starts.
    case left
    /// The content begins where the boundary ends.
    case right
  }

  /// A place to cut: the left piece would end at `start`, the right piece begin at `end`.
  struct Point: Equatable, Sendable {
    var boundary: Boundary
    var start: Int
    var end: Int
  }

  /// At most this many cut points are weighed per quote.
  static let maxPoints = 16
  /// A piece shorter than this (in code points) is never kept.
  static let margin = 6

  /// Words before which a clause may start (`…, although …`, `… and …`): the space before one is a
  /// cut point.
  static let conjunctions = WordSet([
    "and", "but", "although", "though", "while", "as", "when", "because", "after", "before", "adding",
    "saying", "which", "who", "where", "if", "so",
  ])

  /// Whether `s` is the first letter of one of the ``conjunctions``: a cheap test before hashing
  /// the word.
  @inline(__always)
  static func mayOpenConjunction(_ s: Unicode.Scalar) -> Bool {
    switch s {
    case "a", "b", "t", "w", "s", "i": true
    default: false
    }
  }

  /// Whether `s` is a space, a tab or a line break.
  @inline(__always)
  static func isSpace(_ s: Unicode.Scalar) -> Bool {
    s == " " || s == "\n" || s == "\t" || s == "\r" || s == "\u{A0}"
  }

  /// The cut points inside `span`, in text order, at most ``maxPoints``, each leaving both pieces
  /// at least ``margin`` long.
  ///
  /// - Complexity: O(length of the span).
  static func points(_ span: TextSpan, text: [Unicode.Scalar]) -> [Point] {
    text.withUnsafeBufferPointer { points(span, text: $0) }
  }

  /// ``points(_:text:)`` over the text's memory, with nothing captured.
  static func points(_ span: TextSpan, text: UnsafeBufferPointer<Unicode.Scalar>) -> [Point] {
    var out: [Point] = []
    // Static lets read once: each read in the loop would be a `swift_once` call.
    let (maxPoints, margin, conjunctions) = (Self.maxPoints, Self.margin, Self.conjunctions)
    out.reserveCapacity(maxPoints)
    var i = span.start
    let end = span.end
    @inline(__always) func skipSpaces(_ k: Int) -> Int {
      var k = k
      while k < end && isSpace(text[k]) { k += 1 }
      return k
    }
    while i < end && out.count < maxPoints {
      // Letters and digits, most of any text, start no boundary.
      while i < end, case let v = text[i].value,
        (v &- 0x61) < 26 || (v &- 0x41) < 26 || (v &- 0x30) < 10
      {
        i += 1
      }
      guard i < end else { break }
      let c = text[i]
      var found: Point? = nil
      if c == "," && i + 1 < end && isSpace(text[i + 1]) {
        found = Point(boundary: .comma, start: i, end: skipSpaces(i + 1))
      } else if c == "\u{2014}" || c == "\u{2013}" {
        found = Point(boundary: .dash, start: i, end: skipSpaces(i + 1))
      } else if isSpace(c) && c != "\n" {
        let j = skipSpaces(i)
        if j < end && (text[j] == "\u{2014}" || text[j] == "\u{2013}") {
          found = Point(boundary: .dash, start: i, end: skipSpaces(j + 1))
        } else if j + 1 < end && text[j] == "-"
          && (isSpace(text[j + 1]) || (text[j + 1] == "-" && j + 2 < end && isSpace(text[j + 2])))
        {
          found = Point(boundary: .dash, start: i, end: skipSpaces(text[j + 1] == "-" ? j + 2 : j + 1))
        } else if j < end, mayOpenConjunction(text[j]) {
          var w = j
          var h = WordHash.seed
          while w < end && w < j + 9, case let u = text[w].value, u >= 0x61 && u <= 0x7A {
            h = WordHash.mix(h, text[w])
            w += 1
          }
          if w < end, text[w] == " ", conjunctions.contains(WordHash(value: h)) {
            found = Point(boundary: .conjunction, start: i, end: j)
          }
        }
      } else if (c == ";" || c == ":") && i + 1 < end && isSpace(text[i + 1]) {
        found = Point(boundary: c == ";" ? .semicolon : .colon, start: i, end: skipSpaces(i + 1))
      } else if c == "." || c == "?" || c == "!" {
        // The closing mark stays with the sentence it closes.
        var j = i + 1
        if j + 1 < end && text[j] == "'" && text[j + 1] == "'" {
          j += 2
        } else if j < end && (text[j] == "\u{201D}" || text[j] == "\"" || text[j] == "\u{2019}") {
          j += 1
        }
        if j < end && isSpace(text[j]) && !isAbbreviation(before: i, from: span.start, text: text) {
          found = Point(boundary: .sentence, start: j, end: skipSpaces(j))
        }
      } else if c == "\n" {
        found = Point(boundary: .paragraph, start: i, end: skipSpaces(i))
      }
      guard let point = found else {
        i += 1
        continue
      }
      if point.start - span.start >= margin && end - point.end >= margin { out.append(point) }
      i = max(point.end, i + 1)
    }
    return out
  }

  /// Whether the stop at `stop` ends a short capitalised word (`Mr.`, `Sen.`, `U.S.`) rather than
  /// a sentence.
  static func isAbbreviation(before stop: Int, from start: Int, text: UnsafeBufferPointer<Unicode.Scalar>)
    -> Bool
  {
    var k = stop
    while k > start && (QuoteTokenizer.isWordScalar(text[k - 1]) || text[k - 1] == ".") && k > stop - 5 {
      k -= 1
    }
    return stop - k <= 3 && k < stop && QuoteTokenizer.isUpper(text[k])
  }

  /// The quotation marks of a span: their offsets, and the kinds needed to tell whether a cut
  /// point lies inside a quotation.
  struct Marks {
    /// Offsets of `“`, `”`, `"`, and of the first character of `''` and ``` `` ```.
    var offsets: [Int] = []

    init(_ span: TextSpan, text: [Unicode.Scalar]) {
      var i = span.start
      while i < span.end {
        let c = text[i]
        // Letters, digits and spaces first: no mark is one.
        if case let v = c.value, (v &- 0x61) < 26 || (v &- 0x41) < 26 || v == 0x20 || (v &- 0x30) < 10 {
          i += 1
          continue
        }
        if c == "\u{201C}" || c == "\u{201D}" || c == "\"" {
          offsets.append(i)
        } else if (c == "'" || c == "`") && i + 1 < span.end && text[i + 1] == c {
          offsets.append(i)
          i += 1
        }
        i += 1
      }
    }

    /// Whether `offset` lies inside an open quotation of the span: more `“` than `”` before it,
    /// an odd number of `"`, or more ``` `` ``` than `''`.
    func isInside(_ offset: Int, text: [Unicode.Scalar]) -> Bool {
      var curly = 0
      var straight = 0
      var typed = 0
      for m in offsets where m < offset {
        switch text[m] {
        case "\u{201C}": curly += 1
        case "\u{201D}": curly -= 1
        case "\"": straight += 1
        case "`": typed += 1
        default: typed -= 1
        }
      }
      return curly > 0 || straight % 2 == 1 || typed > 0
    }

    /// Whether any mark lies in `lower..<upper`.
    func any(_ lower: Int, _ upper: Int) -> Bool { offsets.contains { $0 >= lower && $0 < upper } }
  }

  /// The families of one side's features, so that a cut keeping the left piece and one keeping
  /// the right are weighed apart.
  struct Families: Sendable {
    var bias, boundary, rule, previous, next, marks, inside, afterClose: StaticString
    var leftLength, rightLength, ratio, index, boundaryNext, boundaryMarks: StaticString
    var boundaryInside, ruleBoundary, position, boundaryPosition, cue, positionNext: StaticString
  }

  static let leftFamilies = Families(
    bias: "cl-bias", boundary: "cl-t", rule: "cl-r", previous: "cl-pv", next: "cl-nx",
    marks: "cl-q", inside: "cl-in", afterClose: "cl-ac", leftLength: "cl-lb", rightLength: "cl-rb",
    ratio: "cl-ratio", index: "cl-idx", boundaryNext: "cl-t-nx",
    boundaryMarks: "cl-t-q", boundaryInside: "cl-t-in", ruleBoundary: "cl-r-t", position: "cl-pos",
    boundaryPosition: "cl-t-pos", cue: "cl-cue", positionNext: "cl-pos-nx")

  static let rightFamilies = Families(
    bias: "cr-bias", boundary: "cr-t", rule: "cr-r", previous: "cr-pv", next: "cr-nx",
    marks: "cr-q", inside: "cr-in", afterClose: "cr-ac", leftLength: "cr-lb", rightLength: "cr-rb",
    ratio: "cr-ratio", index: "cr-idx", boundaryNext: "cr-t-nx",
    boundaryMarks: "cr-t-q", boundaryInside: "cr-t-in", ruleBoundary: "cr-r-t", position: "cr-pos",
    boundaryPosition: "cr-t-pos", cue: "cr-cue", positionNext: "cr-pos-nx")

  static let digits: [StaticString] = ["0", "1", "2", "3", "4", "5", "6"]

  /// `0` to `6`: about log₂ of a piece's length in eighths of ten code points.
  static func lengthBucket(_ n: Int) -> StaticString { digits[bucketIndex(n)] }

  /// The number ``lengthBucket(_:)`` spells.
  @inline(__always)
  static func bucketIndex(_ n: Int) -> Int {
    var v = n / 8 + 1
    var b = 0
    while v > 1 && b < 6 {
      v >>= 1
      b += 1
    }
    return b
  }

  /// The words either side of `point` inside `span`: the last before it and the first after it.
  static func words(_ point: Point, in span: TextSpan, text: [Unicode.Scalar]) -> (
    previous: Range<Int>?, next: Range<Int>?
  ) {
    (
      word(endingBefore: point.start, lower: span.start, text: text),
      word(startingAfter: point.end, upper: span.end, text: text)
    )
  }

  /// The word ending at or before `offset` (not before `lower`), or `nil`.
  static func word(endingBefore offset: Int, lower: Int, text: [Unicode.Scalar]) -> Range<Int>? {
    var e = offset
    while e > lower && !QuoteTokenizer.isWordScalar(text[e - 1]) { e -= 1 }
    var s = e
    while s > lower && s > e - 16 && QuoteTokenizer.isWordScalar(text[s - 1]) { s -= 1 }
    return s < e ? s..<e : nil
  }

  /// The word starting at or after `offset` (before `upper`), or `nil`.
  static func word(startingAfter offset: Int, upper: Int, text: [Unicode.Scalar]) -> Range<Int>? {
    var s = offset
    while s < upper && !QuoteTokenizer.isWordScalar(text[s]) { s += 1 }
    var e = s
    while e < upper && e < s + 16 && QuoteTokenizer.isWordScalar(text[e]) { e += 1 }
    return s < e ? s..<e : nil
  }

  /// Adds the features of cutting `quote` at `point` (the `index`th of its points) keeping `side`.
  ///
  /// - Complexity: O(number of marks in the span).
  static func extract<S: QuoteFeatureSink>(
    _ quote: RawQuote, point: Point, index: Int, side: Side, marks: Marks, text: [Unicode.Scalar],
    into sink: inout S
  ) {
    let f = side == .left ? leftFamilies : rightFamilies
    let span = quote.span
    let boundary = point.boundary.staticName
    sink.add(f.bias, "1")
    sink.add(f.boundary, boundary)
    sink.add(f.rule, quote.rule.staticName, quote.kind.staticName)
    let (previous, next) = words(point, in: span, text: text)
    if let previous { sink.add(f.previous, text, previous) } else { sink.add(f.previous, "-") }
    if let next {
      sink.add(f.next, text, next)
      sink.add(f.boundaryNext, boundary, text, next)
    } else {
      sink.add(f.next, "-")
    }
    let (leftMarks, rightMarks) = (marks.any(span.start, point.start), marks.any(point.end, span.end))
    let markName: StaticString =
      leftMarks ? (rightMarks ? "11" : "10") : (rightMarks ? "01" : "00")
    sink.add(f.marks, markName)
    sink.add(f.boundaryMarks, boundary, markName)
    let inside = marks.isInside(point.start, text: text)
    sink.add(f.inside, inside ? "1" : "0")
    sink.add(f.boundaryInside, boundary, inside ? "1" : "0")
    var k = point.start
    while k > span.start && isSpace(text[k - 1]) { k -= 1 }
    let closing = k > span.start && (text[k - 1] == "\u{201D}" || text[k - 1] == "\"" || text[k - 1] == "'")
    sink.add(f.afterClose, closing ? "1" : "0")
    let (left, right) = (point.start - span.start, span.end - point.end)
    sink.add(f.leftLength, lengthBucket(left))
    sink.add(f.rightLength, lengthBucket(right))
    let kept = side == .left ? left : right
    sink.add(f.ratio, digits[min(4, 4 * kept / max(1, span.end - span.start))])
    sink.add(f.index, digits[min(index, 3)])
    sink.add(f.ruleBoundary, quote.rule.staticName, boundary)
    let position: StaticString
    if let first = marks.offsets.first, let last = marks.offsets.last {
      position = point.end <= first ? "before" : point.start > last ? "after" : "between"
    } else {
      position = "none"
    }
    sink.add(f.position, position)
    sink.add(f.boundaryPosition, boundary, position)
    if let next { sink.add(f.positionNext, position, text, next) }
    if let cue = quote.cue {
      sink.add(f.cue, text, cue.start..<min(cue.end, cue.start + 24))
    } else {
      sink.add(f.cue, "-")
    }
  }

  /// The best cut of `quote` by `model` and its probability, or `nil` when it has no cut point.
  static func best(_ quote: RawQuote, scorer: SpanCutScorer, text: [Unicode.Scalar]) -> (Point, Side, Double)?
  {
    let span = quote.span
    let points = points(span, text: text)
    guard !points.isEmpty else { return nil }
    let marks = Marks(span, text: text)
    let rule = SpanCutScorer.ruleIndex(quote.rule)
    var best: (Point, Side, Double)? = nil
    for (index, point) in points.enumerated() {
      let words = words(point, in: span, text: text)
      for side in 0..<2 {
        let side: Side = side == 0 ? .left : .right
        let p = scorer.probability(
          quote, point: point, index: index, side: side, marks: marks, ruleIndex: rule, words: words,
          text: text)
        if best.map({ p > $0.2 }) ?? true { best = (point, side, p) }
      }
    }
    return best
  }

  /// The span `quote` would have after the cut: the left piece or the right one.
  static func piece(_ span: TextSpan, _ point: Point, _ side: Side) -> TextSpan {
    side == .left ? TextSpan(start: span.start, end: point.start) : TextSpan(start: point.end, end: span.end)
  }

  /// Cuts `quote` at `point`, keeping `side`: its parts are clipped to the piece, and a mixed
  /// quote left without quotation marks becomes indirect.
  static func apply(_ point: Point, _ side: Side, to quote: inout RawQuote, text: [Unicode.Scalar]) {
    let piece = piece(quote.span, point, side)
    var parts: [TextSpan] = []
    for p in quote.parts {
      let s = max(p.start, piece.start)
      let e = min(p.end, piece.end)
      if s < e { parts.append(TextSpan(start: s, end: e)) }
    }
    if parts.isEmpty { parts = [piece] }
    quote.parts = parts
    if quote.kind == .mixed && Marks(quote.span, text: text).offsets.isEmpty { quote.kind = .indirect }
  }
}
