import Foundation

/// A logistic-regression model that scores candidate quotes: how likely a candidate found by the
/// rules is an attribution a human annotator marked, from ``QuoteFeatures``.
///
/// Its weights are trained by `quoth-train` on the PolNeAR train split (Edward Newell, Drew
/// Margolin, Derek Ruths, "An Attribution Relations Corpus for Political News", LREC 2018) and
/// compiled into the binary as ``QuoteModelWeights``: feature names such as `cue=said`, never
/// article text.
public struct QuoteModel: Sendable {
  /// The feature hashes, in an open-addressing table probed like ``WordSet`` (0 is empty).
  var keys: [UInt64]
  /// The weight of the feature in the same slot of ``keys``.
  var values: [Double]
  var mask: Int
  /// Candidates with quotation marks (direct, mixed) scoring below this are dropped.
  public var quotedThreshold: Double
  /// Candidates without quotation marks scoring below this are dropped.
  public var indirectThreshold: Double
  /// Quotations no pattern claimed (``QuoteRule/uncued``) scoring below this are dropped.
  public var uncuedThreshold: Double
  /// The version of the trained weights, part of the attributor's identity.
  public var version: String

  /// The model compiled into quoth.
  public static let trained = QuoteModel(
    table: QuoteModelWeights.table, quotedThreshold: QuoteModelWeights.quotedThreshold,
    indirectThreshold: QuoteModelWeights.indirectThreshold,
    uncuedThreshold: QuoteModelWeights.uncuedThreshold,
    version: QuoteModelWeights.version)

  /// The source model compiled into quoth: how likely a quote's alternative speaker mention (the
  /// sentence's subject, ``RawQuote/alternative``) is right where the rules' mention is not, from
  /// ``SourceFeatures``; the alternative is taken at ``quotedThreshold`` and above.
  public static let source = QuoteModel(
    table: QuoteSourceWeights.table, quotedThreshold: QuoteSourceWeights.threshold, indirectThreshold: 1,
    version: QuoteSourceWeights.version)

  /// The content-span model compiled into quoth: how likely cutting a mixed or indirect quote at
  /// one of its cut points (``SpanCut``) brings its content closer to what an annotator marked;
  /// the best cut is made at ``quotedThreshold`` and above.
  public static let cut = QuoteModel(
    table: QuoteCutWeights.table, quotedThreshold: QuoteCutWeights.threshold, indirectThreshold: 1,
    version: QuoteCutWeights.version)

  /// A model from a weight table: one `name<TAB>weight` per line.
  ///
  /// - Complexity: O(n) in the table's length; the shipped table loads in about a millisecond.
  public init(
    table: String, quotedThreshold: Double, indirectThreshold: Double, uncuedThreshold: Double? = nil,
    version: String
  ) {
    // One pass over the table's UTF-8: a name is hashed as it is read (its hash at the line's
    // last tab is the name's), and only the text after that tab is read as the weight.
    var weights: [(key: UInt64, weight: Double)] = []
    var table = table
    table.withUTF8 { bytes in
      var h = WordHash.seed
      var nameHash: UInt64?
      var numberStart = 0
      var i = 0
      while i <= bytes.count {
        guard i < bytes.count && bytes[i] != 0x0A else {
          // A line's end: its weight, if it has a tab.
          // The weight read from the bytes in place, not copied out as code points first.
          if let name = nameHash, let w = Self.weight(UnsafeBufferPointer(rebasing: bytes[numberStart..<i])) {
            weights.append((name, w))
          }
          h = WordHash.seed
          nameHash = nil
          i += 1
          continue
        }
        let (scalar, length) = UTF8Scalars.decode(bytes, at: i)
        if scalar == "\t" {
          nameHash = h
          numberStart = i + 1
        }
        h = WordHash.mix(h, scalar)
        i += length
      }
    }
    var capacity = 16
    while capacity < weights.count * 2 { capacity <<= 1 }
    keys = [UInt64](repeating: 0, count: capacity)
    values = [Double](repeating: 0, count: capacity)
    mask = capacity - 1
    // A name given twice adds up, in the table's order.
    for (key, weight) in weights {
      let k = key | 1
      var i = Int(truncatingIfNeeded: k >> 17) & mask
      while keys[i] != 0 && keys[i] != k { i = (i + 1) & mask }
      keys[i] = k
      values[i] += weight
    }
    self.quotedThreshold = quotedThreshold
    self.indirectThreshold = indirectThreshold
    self.uncuedThreshold = uncuedThreshold ?? quotedThreshold
    self.version = version
  }

  /// The number `text` spells, as `Double(String)` reads it; `nil` when it is no number.
  ///
  /// The table's own form, an optional minus, digits, a point and digits (15 digits at most), is
  /// read without building a `String`: the digits as an integer divided by a power of ten. Both
  /// operands are exact, so the one rounding of the division gives the nearest `Double`, as
  /// `strtod` does. Any other spelling goes to `Double(String)`.
  static func weight(_ text: [Unicode.Scalar]) -> Double? {
    weight(values: text.lazy.map(\.value)) { Double(String(String.UnicodeScalarView(text))) }
  }

  /// ``weight(_:)`` of the UTF-8 `bytes` of a number.
  static func weight(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
    weight(values: bytes.lazy.map { UInt32($0) }) { Double(String(decoding: bytes, as: UTF8.self)) }
  }

  /// ``weight(_:)`` of the code point (or ASCII byte) `values`, with `other` reading any other
  /// spelling.
  @inline(__always)
  private static func weight<C: RandomAccessCollection<UInt32>>(values text: C, other: () -> Double?)
    -> Double?
  where C.Index == Int {
    var index = text.startIndex
    let negative = text.first == 0x2D
    if negative { index += 1 }
    var mantissa: UInt64 = 0
    var digits = 0
    var fractionDigits = 0
    var point = false
    var simple = true
    while index < text.endIndex {
      let v = text[index]
      if v >= 0x30 && v <= 0x39 {
        mantissa = mantissa &* 10 &+ UInt64(v - 0x30)
        digits += 1
        if point { fractionDigits += 1 }
      } else if v == 0x2E && !point && digits > 0 {
        point = true
      } else {
        simple = false
        break
      }
      index += 1
    }
    guard simple, digits > 0, digits <= 15, !point || fractionDigits > 0 else { return other() }
    let value = Double(mantissa) / powersOfTen[fractionDigits]
    return negative ? -value : value
  }

  /// 10⁰ to 10¹⁵, each exact in a `Double`.
  private static let powersOfTen: [Double] = (0...15).map { exponent in
    (0..<exponent).reduce(1.0) { product, _ in product * 10 }
  }

  /// The weight of the feature with hash `key` (0 when the model has none).
  @inline(__always)
  func weight(_ key: UInt64) -> Double {
    let k = key | 1
    var i = Int(truncatingIfNeeded: k >> 17) & mask
    while true {
      let slot = keys[i]
      if slot == k { return values[i] }
      if slot == 0 { return 0 }
      i = (i + 1) & mask
    }
  }

  /// The probability, from 0 to 1, for a candidate with feature hashes `keys`.
  func probability(_ keys: [UInt64]) -> Double {
    var z = 0.0
    for key in keys {
      let k = key | 1
      var i = Int(truncatingIfNeeded: k >> 17) & mask
      while true {
        let slot = self.keys[i]
        if slot == k { z += values[i] }
        if slot == k || slot == 0 { break }
        i = (i + 1) & mask
      }
    }
    return 1 / (1 + exp(-z))
  }

  /// Whether a candidate of `kind` found by `rule` with probability `p` is kept.
  ///
  /// A sentence that is a quotation and nothing else (``QuoteRule/bareQuote``,
  /// ``QuoteRule/continuation``) is always kept: a reader sees it in quotation marks and expects it
  /// highlighted, whatever its speaker. The model's probability is still its confidence.
  func keeps(_ kind: Quote.Kind, rule: QuoteRule, _ p: Double) -> Bool {
    if rule.isWholeSentence { return true }
    return p >= (kind == .indirect ? indirectThreshold : rule == .uncued ? uncuedThreshold : quotedThreshold)
  }
}
