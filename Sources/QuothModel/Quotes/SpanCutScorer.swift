import Foundation

/// The content-span model read for speed: the weight of every feature ``SpanCut`` builds from
/// fixed names (boundary, marks, lengths, rule …) looked up once per model and kept in arrays, so
/// that scoring a cut adds array entries instead of hashing about fifteen feature names. Features
/// with a word in them (the words beside the cut, the cue) are still hashed and looked up.
///
/// ``SpanCut/extract(_:point:index:side:marks:text:into:)`` stays the definition, what
/// `quoth-train` learns from: `score` adds the same weights in the same order, and a test holds
/// the two to the same sums. On PolNeAR train this took the cut model's share of
/// `quoth quotes` from about 155 M instructions to about 74 M (callgrind, whole run).
struct SpanCutScorer: Sendable {
  let model: QuoteModel
  /// The weights of the fixed-name features: the left side's, then the right side's, each laid
  /// out by ``Layout``.
  private let weights: [Double]
  /// The hash prefixes of the word features, by side in the same way.
  private let prefixes: [UInt64]

  /// Offsets of each family's values in a side's arrays.
  private enum Layout {
    static let boundaries = SpanCut.Boundary.allCases.count
    static let rules = QuoteRule.allCases.count
    // Weights.
    static let bias = 0
    static let boundary = 1
    static let rule = boundary + boundaries
    static let noPrevious = rule + rules * 3
    static let noNext = noPrevious + 1
    static let marks = noNext + 1
    static let boundaryMarks = marks + 4
    static let inside = boundaryMarks + boundaries * 4
    static let boundaryInside = inside + 2
    static let afterClose = boundaryInside + boundaries * 2
    static let leftLength = afterClose + 2
    static let rightLength = leftLength + 7
    static let ratio = rightLength + 7
    static let index = ratio + 5
    static let ruleBoundary = index + 4
    static let position = ruleBoundary + rules * boundaries
    static let boundaryPosition = position + 4
    static let noCue = boundaryPosition + boundaries * 4
    static let weightCount = noCue + 1
    // Prefixes.
    static let previous = 0
    static let next = 1
    static let cue = 2
    static let boundaryNext = 3
    static let positionNext = boundaryNext + boundaries
    static let prefixCount = positionNext + 4
  }

  static let markNames: [StaticString] = ["00", "01", "10", "11"]
  static let positionNames: [StaticString] = ["before", "between", "after", "none"]
  static let bits: [StaticString] = ["0", "1"]

  init(_ model: QuoteModel) {
    self.model = model
    var weights: [Double] = []
    var prefixes: [UInt64] = []
    for f in [SpanCut.leftFamilies, SpanCut.rightFamilies] {
      var w = [Double](repeating: 0, count: Layout.weightCount)
      func set(_ slot: Int, _ family: StaticString, _ value: StaticString, _ suffix: StaticString? = nil) {
        w[slot] = model.weight(QuoteFeatureHashes.hash(family, value, suffix))
      }
      set(Layout.bias, f.bias, "1")
      for (b, boundary) in SpanCut.Boundary.allCases.enumerated() {
        let name = boundary.staticName
        set(Layout.boundary + b, f.boundary, name)
        for (m, mark) in Self.markNames.enumerated() {
          set(Layout.boundaryMarks + b * 4 + m, f.boundaryMarks, name, mark)
        }
        for (i, bit) in Self.bits.enumerated() {
          set(Layout.boundaryInside + b * 2 + i, f.boundaryInside, name, bit)
        }
        for (p, position) in Self.positionNames.enumerated() {
          set(Layout.boundaryPosition + b * 4 + p, f.boundaryPosition, name, position)
        }
        for (r, rule) in QuoteRule.allCases.enumerated() {
          set(Layout.ruleBoundary + r * Layout.boundaries + b, f.ruleBoundary, rule.staticName, name)
        }
      }
      for (r, rule) in QuoteRule.allCases.enumerated() {
        for (k, kind) in [Quote.Kind.direct, .mixed, .indirect].enumerated() {
          set(Layout.rule + r * 3 + k, f.rule, rule.staticName, kind.staticName)
        }
      }
      set(Layout.noPrevious, f.previous, "-")
      set(Layout.noNext, f.next, "-")
      set(Layout.noCue, f.cue, "-")
      for (m, mark) in Self.markNames.enumerated() { set(Layout.marks + m, f.marks, mark) }
      for (i, bit) in Self.bits.enumerated() {
        set(Layout.inside + i, f.inside, bit)
        set(Layout.afterClose + i, f.afterClose, bit)
      }
      for b in 0..<7 {
        set(Layout.leftLength + b, f.leftLength, SpanCut.digits[b])
        set(Layout.rightLength + b, f.rightLength, SpanCut.digits[b])
      }
      for r in 0..<5 { set(Layout.ratio + r, f.ratio, SpanCut.digits[r]) }
      for i in 0..<4 { set(Layout.index + i, f.index, SpanCut.digits[i]) }
      for (p, position) in Self.positionNames.enumerated() { set(Layout.position + p, f.position, position) }
      weights += w
      var h = [UInt64](repeating: 0, count: Layout.prefixCount)
      h[Layout.previous] = QuoteFeatureHashes.prefix(f.previous)
      h[Layout.next] = QuoteFeatureHashes.prefix(f.next)
      h[Layout.cue] = QuoteFeatureHashes.prefix(f.cue)
      for (b, boundary) in SpanCut.Boundary.allCases.enumerated() {
        h[Layout.boundaryNext + b] = WordHash.mix(
          QuoteFeatureHashes.hash(f.boundaryNext, boundary.staticName, nil), "_")
      }
      for (p, position) in Self.positionNames.enumerated() {
        h[Layout.positionNext + p] = WordHash.mix(QuoteFeatureHashes.hash(f.positionNext, position, nil), "_")
      }
      prefixes += h
    }
    self.weights = weights
    self.prefixes = prefixes
  }

  /// The weight of a word feature: `prefix` followed by `text[range]`.
  @inline(__always)
  private func word(_ prefix: UInt64, _ text: [Unicode.Scalar], _ range: Range<Int>) -> Double {
    var h = prefix
    for i in range { h = WordHash.mix(h, text[i]) }
    return model.weight(h)
  }

  /// The probability the model gives cutting `quote` at `point` (the `index`th) keeping `side`:
  /// the same as `model.probability` of ``SpanCut/extract(_:point:index:side:marks:text:into:)``'s
  /// features. `words` are the words either side of the point (``SpanCut/words(_:in:text:)``),
  /// found once for both sides.
  func probability(
    _ quote: RawQuote, point: SpanCut.Point, index: Int, side: SpanCut.Side, marks: SpanCut.Marks,
    ruleIndex: Int, words: (previous: Range<Int>?, next: Range<Int>?), text: [Unicode.Scalar]
  ) -> Double {
    let left = side == .left
    let (ws, hs) = (left ? 0 : Layout.weightCount, left ? 0 : Layout.prefixCount)
    return weights.withUnsafeBufferPointer { weights in
      prefixes.withUnsafeBufferPointer { prefixes in
        score(
          quote, point: point, index: index, side: side, marks: marks, ruleIndex: ruleIndex, words: words,
          text: text,
          w: UnsafeBufferPointer(rebasing: weights[ws..<(ws + Layout.weightCount)]),
          h: UnsafeBufferPointer(rebasing: prefixes[hs..<(hs + Layout.prefixCount)]))
      }
    }
  }

  @inline(__always)
  private func score(
    _ quote: RawQuote, point: SpanCut.Point, index: Int, side: SpanCut.Side, marks: SpanCut.Marks,
    ruleIndex: Int, words: (previous: Range<Int>?, next: Range<Int>?), text: [Unicode.Scalar],
    w: UnsafeBufferPointer<Double>, h: UnsafeBufferPointer<UInt64>
  ) -> Double {
    let span = quote.span
    let b = point.boundary.rawValue
    let k = quote.kind == .direct ? 0 : quote.kind == .mixed ? 1 : 2
    var z = w[Layout.bias]
    z += w[Layout.boundary + b]
    z += w[Layout.rule + ruleIndex * 3 + k]
    let (previous, next) = words
    z += previous.map { word(h[Layout.previous], text, $0) } ?? w[Layout.noPrevious]
    if let next {
      z += word(h[Layout.next], text, next)
      z += word(h[Layout.boundaryNext + b], text, next)
    } else {
      z += w[Layout.noNext]
    }
    let (leftMarks, rightMarks) = (marks.any(span.start, point.start), marks.any(point.end, span.end))
    let m = (leftMarks ? 2 : 0) + (rightMarks ? 1 : 0)
    z += w[Layout.marks + m]
    z += w[Layout.boundaryMarks + b * 4 + m]
    let inside = marks.isInside(point.start, text: text) ? 1 : 0
    z += w[Layout.inside + inside]
    z += w[Layout.boundaryInside + b * 2 + inside]
    var j = point.start
    while j > span.start && SpanCut.isSpace(text[j - 1]) { j -= 1 }
    let closing = j > span.start && (text[j - 1] == "\u{201D}" || text[j - 1] == "\"" || text[j - 1] == "'")
    z += w[Layout.afterClose + (closing ? 1 : 0)]
    let (left, right) = (point.start - span.start, span.end - point.end)
    z += w[Layout.leftLength + SpanCut.bucketIndex(left)]
    z += w[Layout.rightLength + SpanCut.bucketIndex(right)]
    let kept = side == .left ? left : right
    z += w[Layout.ratio + min(4, 4 * kept / max(1, span.end - span.start))]
    z += w[Layout.index + min(index, 3)]
    z += w[Layout.ruleBoundary + ruleIndex * Layout.boundaries + b]
    let p: Int
    if let first = marks.offsets.first, let last = marks.offsets.last {
      p = point.end <= first ? 0 : point.start > last ? 2 : 1
    } else {
      p = 3
    }
    z += w[Layout.position + p]
    z += w[Layout.boundaryPosition + b * 4 + p]
    if let next { z += word(h[Layout.positionNext + p], text, next) }
    if let cue = quote.cue {
      z += word(h[Layout.cue], text, cue.start..<min(cue.end, cue.start + 24))
    } else {
      z += w[Layout.noCue]
    }
    return 1 / (1 + exp(-z))
  }

  /// The index of `rule` in `QuoteRule.allCases`, which `probability` takes.
  static func ruleIndex(_ rule: QuoteRule) -> Int { QuoteRule.allCases.firstIndex(of: rule)! }
}
