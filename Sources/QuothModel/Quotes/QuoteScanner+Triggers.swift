/// The trigger words of a sentence in one pass: which of the patterns' word sets hold any of its
/// words, so that a pattern none of whose words is there is not run at all.
extension QuoteScanner {
  /// One bit per word set (or word) a pattern cannot match without.
  enum TriggerBit {
    static let speech: UInt32 = 1 << 0
    static let closing: UInt32 = 1 << 1
    static let went: UInt32 = 1 << 2
    static let cues: UInt32 = 1 << 3
    static let put: UInt32 = 1 << 4
    static let participles: UInt32 = 1 << 5
    static let that: UInt32 = 1 << 6
    static let toVerbs: UInt32 = 1 << 7
    static let evidenceVerbs: UInt32 = 1 << 8
    static let objectVerbs: UInt32 = 1 << 9
    static let seemVerbs: UInt32 = 1 << 10
    static let expected: UInt32 = 1 << 11
    static let pollWords: UInt32 = 1 << 12
    static let according: UInt32 = 1 << 13
    static let asked: UInt32 = 1 << 14
    /// A word of ``QuoteScanner/triggers``, without which no pattern matches a sentence with no
    /// quotation.
    static let any: UInt32 = 1 << 16
  }

  /// The trigger bits of every word in the patterns' sets.
  static let triggerTable = WordBits([
    (ReportingVerbs.speech.hashes, TriggerBit.speech), (ReportingVerbs.closing.hashes, TriggerBit.closing),
    ([went.value], TriggerBit.went), (ReportingVerbs.cues.hashes, TriggerBit.cues),
    ([put.value], TriggerBit.put),
    (participles.hashes, TriggerBit.participles), ([that.value], TriggerBit.that),
    (toVerbs.hashes, TriggerBit.toVerbs), (evidenceVerbs.hashes, TriggerBit.evidenceVerbs),
    (objectVerbs.hashes, TriggerBit.objectVerbs), (seemVerbs.hashes, TriggerBit.seemVerbs),
    ([expected.value], TriggerBit.expected), (pollWords.hashes, TriggerBit.pollWords),
    ([according.value], TriggerBit.according), ([asked.value], TriggerBit.asked),
    (triggers.hashes, TriggerBit.any),
  ])
}

/// Bits per word, looked up by ``WordHash``: a ``WordSet`` of the words, with each word's bits
/// in an array beside its slots.
struct WordBits: Sendable {
  private let words: WordSet
  private var bits: [UInt32]

  /// A table giving each hash of `entries` (``WordSet/hashes`` or ``WordHash/value``) the union of
  /// the bits it comes with.
  init(_ entries: [([UInt64], UInt32)]) {
    words = WordSet(hashes: entries.flatMap { $0.0.map { $0 | 1 } })
    bits = [UInt32](repeating: 0, count: words.slotCount)
    for (hashes, bit) in entries {
      for hash in hashes { bits[words.slot(of: WordHash(value: hash))] |= bit }
    }
  }

  /// The bits of the word with hash `hash`, 0 for a word in none of the sets.
  @inline(__always)
  func bits(_ hash: WordHash) -> UInt32 {
    let s = words.slot(of: hash)
    return s < 0 ? 0 : bits[s]
  }
}
