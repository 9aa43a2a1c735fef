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
  /// The version of the trained weights, part of the attributor's identity.
  public var version: String

  /// The model compiled into quoth.
  public static let trained = QuoteModel(
    table: QuoteModelWeights.table, quotedThreshold: QuoteModelWeights.quotedThreshold,
    indirectThreshold: QuoteModelWeights.indirectThreshold, version: QuoteModelWeights.version)

  /// A model from a weight table: one `name<TAB>weight` per line.
  ///
  /// - Complexity: O(n) in the table's length; the shipped table loads in about a millisecond.
  public init(table: String, quotedThreshold: Double, indirectThreshold: Double, version: String) {
    var weights: [UInt64: Double] = [:]
    for line in table.split(separator: "\n", omittingEmptySubsequences: true) {
      guard let tab = line.lastIndex(of: "\t"), let w = Double(line[line.index(after: tab)...]) else {
        continue
      }
      weights[WordHash(String(line[..<tab])).value, default: 0] += w
    }
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

  /// Whether a candidate of `kind` with probability `p` is kept.
  func keeps(_ kind: Quote.Kind, _ p: Double) -> Bool {
    p >= (kind == .indirect ? indirectThreshold : quotedThreshold)
  }
}
