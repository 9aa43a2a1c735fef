import Testing

@testable import QuothModel

@Suite("Quote features")
struct QuoteFeatureTests {
  /// A made-up body: words, marks and spaces, enough for spans of every length bucket.
  static let text = Array(
    "He said: “We will build the bridge, and soon,” a spokeswoman for the city added on Tuesday. ’Tis done."
      .unicodeScalars)

  /// Candidates over ``text`` with every rule and kind, each mention form, with and without a cue.
  static func candidates() -> [RawQuote] {
    var quotes: [RawQuote] = []
    let forms: [SpeakerMention.Form?] = [.name, .pronoun, .nominal, nil]
    let spans = [TextSpan(start: 9, end: 46), TextSpan(start: 0, end: 7), TextSpan(start: 92, end: 102)]
    for (r, rule) in QuoteRule.allCases.enumerated() {
      for (k, kind) in [Quote.Kind.direct, .mixed, .indirect].enumerated() {
        let form = forms[(r + k) % forms.count]
        var mention = form.map { SpeakerMention(span: TextSpan(start: 47, end: 60), form: $0) }
        if form == .nominal { mention?.title = "spokeswoman" }
        mention?.isOrganization = r % 5 == 0
        var quote = RawQuote(
          kind: kind, parts: [spans[(r + k) % spans.count]], cue: k == 1 ? nil : TextSpan(start: 3, end: 7),
          mention: mention, paragraph: 0, rule: rule)
        if rule == .uncued { quote.source = k == 0 ? "after" : "subject" }
        quotes.append(quote)
      }
    }
    return quotes
  }

  @Test("each feature hash is the hash of the feature's name, whether the table holds it or not")
  func hashesAreTheNamesHashes() {
    var total = 0
    for quote in Self.candidates() {
      for resolved in [false, true] {
        var names = QuoteFeatureNames()
        var hashes = QuoteFeatureHashes()
        QuoteFeatures.extract(quote, resolved: resolved, text: Self.text, into: &names)
        QuoteFeatures.extract(quote, resolved: resolved, text: Self.text, into: &hashes)
        #expect(hashes.keys == names.names.map { WordHash($0).value }, "\(names.names)")
        total += names.names.count
      }
    }
    #expect(total > 1000)
  }

  @Test("the table finds a feature by its strings' addresses, and nothing else")
  func tableFindsItsOwnLiterals() {
    let family: StaticString = "rule-kind"
    let value: StaticString = "cue-after"
    let suffix: StaticString = "direct"
    let other: StaticString = "mixed"
    let table = StaticFeatureTable([(family, value, suffix), (family, value, nil), (family, nil, nil)])
    #expect(table.hash(family, value, suffix) == QuoteFeatureHashes.hash(family, value, suffix))
    #expect(table.hash(family, value, suffix) == WordHash("rule-kind=cue-after_direct").value)
    #expect(table.hash(family, value, nil) == WordHash("rule-kind=cue-after").value)
    #expect(table.hash(family, nil, nil) == QuoteFeatureHashes.prefix(family))
    #expect(table.hash(family, value, other) == nil)
    #expect(table.hash(value, family, suffix) == nil)
  }

  @Test("the shared table holds the static features of real candidates")
  func sharedTableCoversTheCandidates() {
    var recorder = StaticFeatureTable.Recorder()
    for quote in Self.candidates() {
      QuoteFeatures.extract(quote, resolved: true, text: Self.text, into: &recorder)
    }
    // Values set by the rules (`source`) are outside the table; every other feature is in it.
    let missing = recorder.features.filter {
      StaticFeatureTable.shared.hash($0.family, $0.value, $0.suffix) == nil
        && $0.family.description != "source"
    }
    #expect(missing.isEmpty, "\(missing.map { "\($0.family)=\($0.value?.description ?? "")" })")
  }
}
