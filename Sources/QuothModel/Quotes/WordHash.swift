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
    // The UTF-8 read in place rather than through `unicodeScalars`' iterator.
    var h = WordHash.seed
    var word = word
    word.withUTF8 { bytes in
      var i = 0
      while i < bytes.count {
        let (scalar, length) = UTF8Scalars.decode(bytes, at: i)
        h = WordHash.mix(h, scalar)
        i += length
      }
    }
    value = h
  }
}

/// A set of words looked up by ``WordHash``: an open-addressing table of the hashes themselves,
/// so a lookup is a multiply-free probe with no rehashing.
struct WordSet: Sendable {
  private var slots: [UInt64]
  private var mask: Int

  /// A set holding `words` (compared case-insensitively for ASCII).
  init(_ words: [String]) { self.init(union: [], words) }

  /// A set holding every word of `sets` and `words`.
  init(union sets: [WordSet], _ words: [String] = []) {
    self.init(hashes: sets.flatMap { $0.slots.filter { $0 != 0 } } + words.map { WordHash($0).value | 1 })
  }

  /// A set holding the words of `list`, one per line, hashed as they are read: no `String` is
  /// built for a word (the person nouns are thousands, and every process reads them once).
  init(lines list: String) {
    var hashes: [UInt64] = []
    var list = list
    list.withUTF8 { bytes in
      // The UTF-8 read in place: a third of the instructions of `list.unicodeScalars`.
      var h = WordHash.seed
      var empty = true
      var i = 0
      while i < bytes.count {
        let (scalar, length) = UTF8Scalars.decode(bytes, at: i)
        i += length
        if scalar == "\n" {
          if !empty { hashes.append(h | 1) }
          h = WordHash.seed
          empty = true
        } else {
          h = WordHash.mix(h, scalar)
          empty = false
        }
      }
      if !empty { hashes.append(h | 1) }
    }
    self.init(hashes: hashes)
  }

  /// A set holding these hashes (each with its lowest bit set, so that none is 0).
  init(hashes: [UInt64]) {
    var capacity = 16
    while capacity < hashes.count * 4 { capacity <<= 1 }
    slots = [UInt64](repeating: 0, count: capacity)
    mask = capacity - 1
    for h in hashes {
      var i = Int(truncatingIfNeeded: h >> 17) & mask
      while slots[i] != 0 && slots[i] != h { i = (i + 1) & mask }
      slots[i] = h
    }
  }

  /// The set's hashes (each with its lowest bit set), in no particular order.
  var hashes: [UInt64] { slots.filter { $0 != 0 } }

  /// Whether the word with hash `hash` is in the set.
  @inline(__always)
  func contains(_ hash: WordHash) -> Bool { slot(of: hash) >= 0 }

  /// The number of slots: ``slot(of:)`` is below it.
  var slotCount: Int { slots.count }

  /// The slot holding the word with hash `hash`, or -1 when the set does not hold it.
  @inline(__always)
  func slot(of hash: WordHash) -> Int {
    let h = hash.value | 1
    var i = Int(truncatingIfNeeded: h >> 17) & mask
    while true {
      let s = slots[i]
      if s == h { return i }
      if s == 0 { return -1 }
      i = (i + 1) & mask
    }
  }
}
