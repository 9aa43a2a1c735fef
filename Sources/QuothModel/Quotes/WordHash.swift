/// A 64-bit hash of a word, lowercased, used to look words up in the quote lexicons without
/// building `String`s in hot loops.
///
/// ASCII letters are folded to lower case; the typographic apostrophe `’` hashes as `'`. Other
/// scalars hash as they are.
struct WordHash: Hashable, Sendable {
  /// The hash value.
  var value: UInt64

  static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
  static let prime: UInt64 = 0x0000_0100_0000_01b3

  /// Folds one scalar into a running hash.
  @inline(__always)
  static func mix(_ hash: UInt64, _ scalar: Unicode.Scalar) -> UInt64 {
    var v = scalar.value
    if v >= 65 && v <= 90 {
      v += 32
    } else if v == 0x2019 {
      v = 39
    }
    return (hash ^ UInt64(v)) &* prime
  }

  /// The hash of `text[range]`.
  @inline(__always)
  init(_ text: [Unicode.Scalar], _ range: Range<Int>) {
    var h = WordHash.seed
    for i in range { h = WordHash.mix(h, text[i]) }
    value = h
  }

  /// A hash with the given value.
  @inline(__always)
  init(value: UInt64) { self.value = value }

  /// The hash of a lexicon entry.
  init(_ word: String) {
    var h = WordHash.seed
    for scalar in word.unicodeScalars { h = WordHash.mix(h, scalar) }
    value = h
  }
}

/// A set of words looked up by ``WordHash``.
struct WordSet: Sendable {
  private var hashes: Set<UInt64>

  /// A set holding `words` (compared case-insensitively for ASCII).
  init(_ words: [String]) {
    hashes = Set(words.map { WordHash($0).value })
  }

  /// Whether the word with hash `hash` is in the set.
  @inline(__always)
  func contains(_ hash: WordHash) -> Bool { hashes.contains(hash.value) }
}
