/// Where the features of a candidate quote go: hashes for scoring, names for training.
protocol QuoteFeatureSink {
  /// Adds the feature `family=value`, the value being `text[range]` folded to lower case.
  mutating func add(_ family: StaticString, _ text: [Unicode.Scalar], _ range: Range<Int>)
  /// Adds the feature `family=value`, or `family=value_suffix` when a suffix is given.
  mutating func add(_ family: StaticString, _ value: StaticString, _ suffix: StaticString?)
  /// Adds the feature `family=value_word`, the word being `text[range]` folded to lower case.
  mutating func add(
    _ family: StaticString, _ value: StaticString, _ text: [Unicode.Scalar], _ range: Range<Int>)
}

extension QuoteFeatureSink {
  mutating func add(_ family: StaticString, _ value: StaticString) { add(family, value, nil) }
}

/// Feature hashes: ``WordHash`` of `family=value`, computed without building strings.
///
/// A feature made of static strings only (`rule-kind=cue-after_direct`) is looked up in
/// ``StaticFeatureTable``, by the strings' addresses, instead of being hashed again for every
/// candidate (28 M instructions over PolNeAR train); one the table lacks is hashed.
struct QuoteFeatureHashes: QuoteFeatureSink {
  var keys: [UInt64] = []
  /// The process's table, read once per sink: each read of a `static let` is a `swift_once`
  /// call on Linux, and a candidate adds about a dozen features.
  private let table = StaticFeatureTable.shared

  mutating func add(_ family: StaticString, _ text: [Unicode.Scalar], _ range: Range<Int>) {
    var h = table.hash(family, nil, nil) ?? Self.prefix(family)
    for i in range { h = WordHash.mix(h, text[i]) }
    keys.append(h)
  }

  mutating func add(_ family: StaticString, _ value: StaticString, _ suffix: StaticString?) {
    keys.append(table.hash(family, value, suffix) ?? Self.hash(family, value, suffix))
  }

  mutating func add(
    _ family: StaticString, _ value: StaticString, _ text: [Unicode.Scalar], _ range: Range<Int>
  ) {
    var h = Self.hash(family, value, nil)
    h = WordHash.mix(h, "_")
    for i in range { h = WordHash.mix(h, text[i]) }
    keys.append(h)
  }

  /// The hash of `family=value`, or of `family=value_suffix` when a suffix is given.
  static func hash(_ family: StaticString, _ value: StaticString, _ suffix: StaticString?) -> UInt64 {
    var h = prefix(family)
    value.withUTF8Buffer { for b in $0 { h = WordHash.mix(h, Unicode.Scalar(b)) } }
    if let suffix {
      h = WordHash.mix(h, "_")
      suffix.withUTF8Buffer { for b in $0 { h = WordHash.mix(h, Unicode.Scalar(b)) } }
    }
    return h
  }

  /// The hash of `family=`.
  static func prefix(_ family: StaticString) -> UInt64 {
    var h = WordHash.seed
    family.withUTF8Buffer { for b in $0 { h = WordHash.mix(h, Unicode.Scalar(b)) } }
    return WordHash.mix(h, "=")
  }
}

/// The hashes of features made of static strings, found by the strings' identities (their
/// addresses) rather than their text: an immutable open-addressing table, filled once per
/// process by running ``QuoteFeatures/extract(_:resolved:text:into:)`` over made-up candidates
/// of every rule, kind and mention form, so it holds the very literals `extract` passes.
///
/// A feature it lacks (a literal with the same text at another address, or a value no made-up
/// candidate reached) is hashed by the caller: the table saves work, it never decides a hash.
struct StaticFeatureTable: Sendable {
  /// One entry: the identities of the family, value and suffix (0 for none) and the hash of
  /// `family=value_suffix`, or of the prefix `family=` when the value is none.
  struct Entry: Sendable {
    var family: UInt
    var value: UInt
    var suffix: UInt
    var hash: UInt64
  }

  /// The table, a power of two long and at most a quarter full; an entry whose family is 0 is free.
  private let entries: [Entry]

  /// The table of this process, filled at first use (about 2 M instructions).
  static let shared = StaticFeatureTable.recorded()

  /// A static string's identity: its address, or for a one-scalar literal stored without one,
  /// the scalar with the top bit set (no user-space address has it).
  @inline(__always)
  static func identity(_ s: StaticString?) -> UInt {
    guard let s else { return 0 }
    return s.hasPointerRepresentation ? UInt(bitPattern: s.utf8Start) : UInt(s.unicodeScalar.value) | 1 << 63
  }

  /// The first slot to probe for identities `f`, `v`, `x` in a table of `count` entries.
  @inline(__always)
  private static func home(_ f: UInt, _ v: UInt, _ x: UInt, count: Int) -> Int {
    let mixed = (UInt64(f) &* 0x9E37_79B9_7F4A_7C15) ^ (UInt64(v) &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(x)
    return Int(truncatingIfNeeded: mixed >> 40) & (count - 1)
  }

  /// A table holding the hash of each feature of `features` (a `nil` value: the prefix).
  init(_ features: [(family: StaticString, value: StaticString?, suffix: StaticString?)]) {
    var count = 64
    while count < features.count * 4 { count <<= 1 }
    var entries = [Entry](repeating: Entry(family: 0, value: 0, suffix: 0, hash: 0), count: count)
    for (family, value, suffix) in features {
      let (f, v, x) = (Self.identity(family), Self.identity(value), Self.identity(suffix))
      var i = Self.home(f, v, x, count: count)
      while entries[i].family != 0
        && !(entries[i].family == f && entries[i].value == v && entries[i].suffix == x)
      {
        i = (i + 1) & (count - 1)
      }
      let hash =
        value.map { QuoteFeatureHashes.hash(family, $0, suffix) } ?? QuoteFeatureHashes.prefix(family)
      entries[i] = Entry(family: f, value: v, suffix: x, hash: hash)
    }
    self.entries = entries
  }

  /// The hash of `family=value_suffix` (of `family=` when `value` is `nil`), when the table
  /// holds these very strings.
  @inline(__always)
  func hash(_ family: StaticString, _ value: StaticString?, _ suffix: StaticString?) -> UInt64? {
    let (f, v, x) = (Self.identity(family), Self.identity(value), Self.identity(suffix))
    return entries.withUnsafeBufferPointer { entries in
      var i = Self.home(f, v, x, count: entries.count)
      while entries[i].family != 0 {
        if entries[i].family == f && entries[i].value == v && entries[i].suffix == x {
          return entries[i].hash
        }
        i = (i + 1) & (entries.count - 1)
      }
      return nil
    }
  }

  /// Collects the static features `extract` adds, and the families of its text features.
  struct Recorder: QuoteFeatureSink {
    var features: [(family: StaticString, value: StaticString?, suffix: StaticString?)] = []

    mutating func add(_ family: StaticString, _ text: [Unicode.Scalar], _ range: Range<Int>) {
      features.append((family, nil, nil))
    }

    mutating func add(_ family: StaticString, _ value: StaticString, _ suffix: StaticString?) {
      features.append((family, value, suffix))
    }

    mutating func add(
      _ family: StaticString, _ value: StaticString, _ text: [Unicode.Scalar], _ range: Range<Int>
    ) {}
  }

  /// The table of the features `extract` adds for made-up candidates: each rule with each kind
  /// and mention form, starting a line (`before=…_start`) and opening with a capital or not and
  /// ending with a stop, a comma or neither; contents of every length bucket and part count; and,
  /// for the prefixes of the families whose values are words, candidates with a cue, a titled
  /// nominal mention and a word or a mark before them.
  static func recorded() -> StaticFeatureTable {
    // Each line is one content: six shapes (capital or not × stop, comma or open), then lengths,
    // then a word and a mark before the content (the content is the line's last four code points).
    let lines =
      ["Ab c.", "ab c,", "Ab c", "ab c.", "Ab c,", "ab c"]
      + [3, 12, 30, 60, 120, 250, 400].map { String(repeating: "a", count: $0) } + ["w Ab c", ": Ab c"]
    var text: [Unicode.Scalar] = []
    var spans: [TextSpan] = []
    for line in lines {
      let start = text.count
      text += line.unicodeScalars
      spans.append(TextSpan(start: start, end: text.count))
      text.append("\n")
    }
    var recorder = Recorder()
    func record(
      _ rule: QuoteRule, _ kind: Quote.Kind, _ form: Int, _ parts: [TextSpan], resolved: Bool,
      cue: TextSpan? = nil
    ) {
      var mention: SpeakerMention? = nil
      if form < 4 {
        var m = SpeakerMention(
          span: TextSpan(start: 0, end: 2), form: form == 2 ? .pronoun : form == 3 ? .nominal : .name)
        m.isOrganization = form == 1
        if form == 3 { m.title = "ab" }
        mention = m
      }
      let quote = RawQuote(kind: kind, parts: parts, cue: cue, mention: mention, paragraph: 0, rule: rule)
      QuoteFeatures.extract(quote, resolved: resolved, text: text, into: &recorder)
    }
    let kinds: [Quote.Kind] = [.direct, .mixed, .indirect]
    for rule in QuoteRule.allCases {
      for (k, kind) in kinds.enumerated() {
        for form in 0..<5 {
          // Fifteen candidates a rule go round the six shapes, so each rule meets every one.
          let shape = (form + 5 * k) % 6
          record(rule, kind, form, [spans[shape]], resolved: form % 2 == 0)
        }
      }
    }
    for (n, span) in spans.enumerated() {
      let parts = Array(repeating: span, count: n % 3 + 1)
      record(.cueAfter, .direct, 0, parts, resolved: n % 2 == 0)
    }
    for span in spans.suffix(2) {
      let content = TextSpan(start: span.end - 4, end: span.end)
      for rule in [QuoteRule.cueAfter, .uncued] {
        record(
          rule, .direct, 3, [content], resolved: true, cue: TextSpan(start: span.start, end: span.start + 1))
      }
    }
    return StaticFeatureTable(recorder.features)
  }
}

/// Feature names (`cue=said`), for `quoth-train`; folded as ``WordHash`` folds them, so that the
/// hash of a name is the hash ``QuoteFeatureHashes`` computes.
struct QuoteFeatureNames: QuoteFeatureSink {
  var names: [String] = []

  mutating func add(_ family: StaticString, _ text: [Unicode.Scalar], _ range: Range<Int>) {
    var s = String.UnicodeScalarView()
    for i in range {
      var v = text[i].value
      if v >= 65 && v <= 90 { v += 32 } else if v == 0x2019 { v = 39 }
      s.append(Unicode.Scalar(v) ?? "?")
    }
    names.append("\(family)=\(String(s))")
  }

  mutating func add(_ family: StaticString, _ value: StaticString, _ suffix: StaticString?) {
    names.append(suffix.map { "\(family)=\(value)_\($0)" } ?? "\(family)=\(value)")
  }

  mutating func add(
    _ family: StaticString, _ value: StaticString, _ text: [Unicode.Scalar], _ range: Range<Int>
  ) {
    add(family, text, range)
    names[names.count - 1] = "\(family)=\(value)_" + names[names.count - 1].dropFirst("\(family)=".count)
  }
}

/// The features of candidate quotes: which rule found it, its kind, cue, speaker mention,
/// length and first word. Words and rule names only, never sentences.
enum QuoteFeatures {
  /// Adds the features of `quote` in `text` (article offsets) to `sink`.
  ///
  /// - Complexity: O(length of the cue and the content's first word).
  static func extract<S: QuoteFeatureSink>(
    _ quote: RawQuote, resolved: Bool, text: [Unicode.Scalar], into sink: inout S
  ) {
    sink.add("bias", "1")
    sink.add("rule", quote.rule.staticName)
    sink.add("kind", quote.kind.staticName)
    sink.add("rule-kind", quote.rule.staticName, quote.kind.staticName)
    let form: StaticString =
      switch quote.mention?.form {
      case .name?: quote.mention!.isOrganization ? "organization" : "name"
      case .pronoun?: "pronoun"
      case .nominal?: "nominal"
      case nil: "none"
      }
    sink.add("mention", form)
    sink.add("rule-mention", quote.rule.staticName, form)
    sink.add("resolved", resolved ? "yes" : "no")
    if let cue = quote.cue {
      sink.add("cue", text, cue.start..<min(cue.end, cue.start + 24))
    } else {
      sink.add("cue", "none")
    }
    if let head = quote.mention?.title, quote.mention?.form == .nominal {
      let scalars = [Unicode.Scalar](scalarsOf: head, limit: 24)
      sink.add("mention-head", scalars, 0..<scalars.count)
    }
    // Length by code points, not words: counting words meant a second pass over every quote.
    let span = quote.span
    let bucket: StaticString =
      switch span.end - span.start {
      case 0...8: "8"
      case 9...16: "16"
      case 17...40: "40"
      case 41...80: "80"
      case 81...150: "150"
      case 151...300: "300"
      default: "more"
      }
    sink.add("length", bucket)
    var firstStart = span.start
    while firstStart < span.end && firstStart < span.start + 4
      && !QuoteTokenizer.isWordScalar(text[firstStart])
    {
      firstStart += 1
    }
    var firstEnd = firstStart
    while firstEnd < span.end && firstEnd < firstStart + 17 && QuoteTokenizer.isWordScalar(text[firstEnd]) {
      firstEnd += 1
    }
    let firstWord: Range<Int>? =
      firstEnd > firstStart && firstEnd - firstStart <= 16 ? firstStart..<firstEnd : nil
    sink.add("parts", quote.parts.count == 1 ? "1" : quote.parts.count == 2 ? "2" : "3+")
    if let w = firstWord { sink.add("first", text, w) }
    addEdges(quote, text: text, into: &sink)
    if let source = quote.source { sink.add("source", source) }
  }

  /// The rule joined with what stands at the content's edges: the word or mark before it
  /// (`called "…"`, `: "…"`), whether it opens with a capital, and how it ends (`…,"`, `…."`).
  static func addEdges<S: QuoteFeatureSink>(_ quote: RawQuote, text: [Unicode.Scalar], into sink: inout S) {
    let span = quote.span
    let rule = quote.rule.staticName
    var k = span.start - 1
    while k >= 0 && k > span.start - 4 && (text[k] == " " || text[k] == "\u{A0}") { k -= 1 }
    if k < 0 || text[k] == "\n" {
      sink.add("before", rule, "start")
    } else if QuoteTokenizer.isWordScalar(text[k]) {
      var b = k
      while b > 0 && b > k - 16 && QuoteTokenizer.isWordScalar(text[b - 1]) { b -= 1 }
      sink.add("before-word", text, b..<(k + 1))
      if quote.rule == .uncued { sink.add("uncued-before", text, b..<(k + 1)) }
    } else {
      sink.add("before-mark", text, k..<(k + 1))
      if quote.rule == .uncued { sink.add("uncued-before", text, k..<(k + 1)) }
    }
    var first = span.start
    while first < span.end && first < span.start + 3 && !QuoteTokenizer.isWordScalar(text[first]) {
      first += 1
    }
    // ASCII by range; the Unicode property (about 300 instructions) only beyond it.
    let capital = first < span.end && QuoteTokenizer.isUpper(text[first])
    sink.add("capital", rule, capital ? "yes" : "no")
    var last = span.end - 1
    while last > span.start && last > span.end - 3
      && (text[last] == "\"" || text[last] == "\u{201D}" || text[last] == "'" || text[last] == "\u{2019}")
    {
      last -= 1
    }
    let end: StaticString =
      switch text[last] {
      case ".", "!", "?", "\u{2026}": "stop"
      case ",": "comma"
      default: "open"
      }
    sink.add("end", rule, end)
  }
}

extension QuoteRule {
  /// The name as a static string, for features.
  var staticName: StaticString {
    switch self {
    case .bareQuote: "bare-quote"
    case .colonCue: "colon-cue"
    case .continuation: "continuation"
    case .accordingTo: "according-to"
    case .cueAfter: "cue-after"
    case .dashCredit: "dash-credit"
    case .speakerLabel: "speaker-label"
    case .invertedCue: "inverted-cue"
    case .cueFirst: "cue-first"
    case .participle: "participle"
    case .anyVerbQuote: "any-verb-quote"
    case .anyVerbThat: "any-verb-that"
    case .toComplement: "to-complement"
    case .evidence: "evidence"
    case .objectVerb: "object-verb"
    case .seeming: "seeming"
    case .askedIntro: "asked-intro"
    case .inPoll: "in-poll"
    case .uncued: "uncued"
    }
  }
}

extension Quote.Kind {
  /// The name as a static string, for features.
  var staticName: StaticString {
    switch self {
    case .direct: "direct"
    case .mixed: "mixed"
    case .indirect: "indirect"
    }
  }
}
