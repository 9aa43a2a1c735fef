/// Where the features of a candidate quote go: hashes for scoring, names for training.
protocol QuoteFeatureSink {
  /// Adds the feature `family=value`, the value being `text[range]` folded to lower case.
  mutating func add(_ family: StaticString, _ text: [Unicode.Scalar], _ range: Range<Int>)
  /// Adds the feature `family=value`, or `family=value_suffix` when a suffix is given.
  mutating func add(_ family: StaticString, _ value: StaticString, _ suffix: StaticString?)
}

extension QuoteFeatureSink {
  mutating func add(_ family: StaticString, _ value: StaticString) { add(family, value, nil) }
}

/// Feature hashes: ``WordHash`` of `family=value`, computed without building strings.
struct QuoteFeatureHashes: QuoteFeatureSink {
  var keys: [UInt64] = []

  mutating func add(_ family: StaticString, _ text: [Unicode.Scalar], _ range: Range<Int>) {
    var h = Self.prefix(family)
    for i in range { h = WordHash.mix(h, text[i]) }
    keys.append(h)
  }

  mutating func add(_ family: StaticString, _ value: StaticString, _ suffix: StaticString?) {
    var h = Self.prefix(family)
    value.withUTF8Buffer { for b in $0 { h = WordHash.mix(h, Unicode.Scalar(b)) } }
    if let suffix {
      h = WordHash.mix(h, "_")
      suffix.withUTF8Buffer { for b in $0 { h = WordHash.mix(h, Unicode.Scalar(b)) } }
    }
    keys.append(h)
  }

  @inline(__always) static func prefix(_ family: StaticString) -> UInt64 {
    var h = WordHash.seed
    family.withUTF8Buffer { for b in $0 { h = WordHash.mix(h, Unicode.Scalar(b)) } }
    return WordHash.mix(h, "=")
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
      let scalars = Array(head.unicodeScalars.prefix(24))
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
    let capital = first < span.end && text[first].properties.isUppercase
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
