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

  /// A model from a weight table: one `name<TAB>weight` per line.
  ///
  /// - Complexity: O(n) in the table's length; the shipped table loads in about a millisecond.
  public init(
    table: String, quotedThreshold: Double, indirectThreshold: Double, uncuedThreshold: Double? = nil,
    version: String
  ) {
    // One pass over the table's scalars: a name is hashed as it is read (its hash at the line's
    // last tab is the name's), and only the weight after that tab is made a `Substring` to parse.
    var weights: [UInt64: Double] = [:]
    let scalars = table.unicodeScalars
    var h = WordHash.seed
    var nameHash: UInt64?
    var weightStart = scalars.startIndex
    var index = scalars.startIndex
    func endLine(at end: String.UnicodeScalarView.Index) {
      if let name = nameHash, let w = Double(Substring(scalars[weightStart..<end])) {
        weights[name, default: 0] += w
      }
      h = WordHash.seed
      nameHash = nil
    }
    while index < scalars.endIndex {
      let scalar = scalars[index]
      if scalar == "\n" {
        endLine(at: index)
      } else {
        if scalar == "\t" {
          nameHash = h
          weightStart = scalars.index(after: index)
        }
        h = WordHash.mix(h, scalar)
      }
      index = scalars.index(after: index)
    }
    endLine(at: scalars.endIndex)
    var capacity = 16
    while capacity < weights.count * 2 { capacity <<= 1 }
    keys = [UInt64](repeating: 0, count: capacity)
    values = [Double](repeating: 0, count: capacity)
    mask = capacity - 1
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
  func keeps(_ kind: Quote.Kind, rule: QuoteRule, _ p: Double) -> Bool {
    p >= (kind == .indirect ? indirectThreshold : rule == .uncued ? uncuedThreshold : quotedThreshold)
  }
}
