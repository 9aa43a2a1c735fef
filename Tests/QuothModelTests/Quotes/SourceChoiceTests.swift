import Testing

@testable import QuothModel

/// The choice between a quote's rule mention and its sentence's subject: the scanner's alternative,
/// the source model's features, and the extractor taking the alternative only when the model says so.
@Suite("Source choice")
struct SourceChoiceTests {
  /// A source model that always (`weight` 5) or never (-5) takes the alternative.
  static func model(_ weight: Double) -> QuoteModel {
    QuoteModel(table: "s-bias=1\t\(weight)", quotedThreshold: 0.5, indirectThreshold: 1, version: "test")
  }

  static func speakers(_ body: String, source: QuoteModel?) -> [String?] {
    let (article, _) = article(body: body)
    let analysis = QuoteExtractor.analyze(article, model: nil, source: source)
    return analysis.quotes.map { q in q.speaker.map { analysis.speakers[$0].name } }
  }

  static let placeBetween =
    "On Monday, Ann Lee, whose hometown, Dover, sits on the coast, argues that the levee will hold."

  @Test(
    "the sentence's subject is the alternative where the rules take a nearer phrase",
    arguments: [
      (placeBetween, "Dover", "Ann Lee"),
      (
        "In Salem, Tom Reyes went further, endorsing eight council candidates who “know the harbor.”",
        nil, "Tom Reyes"
      ),
    ] as [(String, String?, String)])
  func alternativeTaken(body: String, rules: String?, subject: String) {
    #expect(Self.speakers(body, source: nil).first == .some(rules))
    #expect(Self.speakers(body, source: Self.model(-5)).first == .some(rules))
    #expect(Self.speakers(body, source: Self.model(5)).first == .some(subject))
  }

  @Test(
    "no alternative where the rules' mention is the subject, or for a closing cue",
    arguments: [
      ("Ann Lee argues that the levee will hold.", "Ann Lee"),
      ("“The levee will hold,” Ann Lee said in Dover on Monday.", "Ann Lee"),
      ("Ann Lee, the mayor of Dover, said that the levee will hold.", "Ann Lee"),
      // A document or a spokesman and whom it stands for, joined by a preposition, are one source.
      ("A study by the Harbor Institute last month found that fees rose.", "Harbor Institute"),
      ("A spokesman for the Harbor Institute said that fees rose.", "Harbor Institute"),
    ])
  func noAlternative(body: String, speaker: String) {
    let (article, _) = article(body: body)
    var scanner = QuoteScanner(text: article.text, paragraphs: article.paragraphs.map(\.span))
    scanner.scan()
    #expect(!scanner.quotes.isEmpty)
    #expect(scanner.quotes.allSatisfy { $0.alternative == nil })
    #expect(Self.speakers(body, source: Self.model(5)).first == .some(speaker))
  }

  @Test(
    "a party or nationality adjective is never the alternative alone, and a sort of something is no source")
  func adjectivesAndSorts() {
    func alternatives(_ body: String) -> [String?] {
      let (article, _) = article(body: body)
      var scanner = QuoteScanner(text: article.text, paragraphs: article.paragraphs.map(\.span))
      scanner.scan()
      return scanner.quotes.map { q in q.alternative.map { article.string($0.span) } }
    }
    // The phrase the adjective opens, to its head, or none when a name comes after the head.
    #expect(
      alternatives("Dover’s Libertarian mayoral candidate Ann Lee’s doctor is calling her “fit.”")
        .allSatisfy { $0 == nil })
    #expect(
      Self.speakers(
        "Harbor Democratic lawmakers and their aides speak as one, arguing that the pier is safe.",
        source: Self.model(5))
        == ["Harbor Democratic lawmakers"])
    #expect(
      Self.speakers(
        "Harbor Democratic lawmakers and their aides speak as one, arguing that the pier is safe.",
        source: nil)
        == ["Harbor Democratic lawmakers"])
    let gop =
      "Ann Lee came early. The GOP mayoral candidate sent a note to the board, calling the pier “a danger.”"
    #expect(Self.speakers(gop, source: Self.model(5)) == ["The GOP mayoral candidate"])
    // `That sort of gap` is about the gap: the rules' mention stays.
    let sort = "That sort of gap between what the pilots say and what engineers say has lasted for years."
    #expect(alternatives(sort).contains("That sort"))
    #expect(Self.speakers(sort, source: Self.model(5)) == ["the pilots"])
  }

  @Test(
    "a dateline is nobody's name; the sentence after it keeps its subject, an outlet in capitals its name")
  func dateline() {
    let clip =
      "DOVER, Del., Sept. 28 (UPI) — In a preview clip for Ann Lee’s upcoming Harbor Music show The 808, Lee "
      + "sings Tom Reyes’s “Salt Air” to Ann Clark."
    for source in [nil, Self.model(5), QuoteModel.source] {
      let (article, _) = article(body: clip)
      let analysis = QuoteExtractor.analyze(article, model: nil, source: source)
      #expect(!analysis.speakers.contains { $0.name == "DOVER" }, "\(analysis.speakers.map(\.name))")
    }
    #expect(
      Self.speakers("DOVER, Del. — Ann Lee argues that the pier is safe.", source: .source) == ["Ann Lee"])
    // An outlet written in capitals at a line's start is one word of them: no dateline, no subhead.
    #expect(
      Self.speakers(
        "HARBORWATCH Ohio reported earlier this month that the pier had been closed.", source: .source)
        == ["HARBORWATCH Ohio"])
  }

  @Test("the features name forms, neighbours, distances and a place; names and hashes agree")
  func features() throws {
    let (article, _) = article(body: Self.placeBetween)
    var scanner = QuoteScanner(text: article.text, paragraphs: article.paragraphs.map(\.span))
    scanner.scan()
    let quote = try #require(scanner.quotes.first { $0.alternative != nil })
    var names = QuoteFeatureNames()
    var hashes = QuoteFeatureHashes()
    SourceFeatures.extract(quote, text: article.text, into: &names)
    SourceFeatures.extract(quote, text: article.text, into: &hashes)
    #expect(hashes.keys == names.names.map { WordHash($0).value })
    for expected in [
      "s-rule=cue-first_indirect", "s-forms=name_name", "s-cue=argues", "s-cue-m=s_name", "s-a-prev=,",
      "s-a-last=lee", "s-m-prev=,", "s-m-last=dover", "s-m=dist_60", "s-commas=2+", "s-m-place=no",
    ] {
      #expect(names.names.contains(expected), "\(expected) in \(names.names)")
    }
    // A quote with no alternative has no source features at all.
    var none = QuoteFeatureNames()
    var plain = quote
    plain.alternative = nil
    SourceFeatures.extract(plain, text: article.text, into: &none)
    #expect(none.names.isEmpty)
  }

  @Test("a place named by the rules, and a nominal head that is a person or not")
  func placeAndPerson() throws {
    let body = "In Ohio, Ann Lee, who grew up in Texas, argues that the levee will hold."
    let (article, _) = article(body: body)
    var scanner = QuoteScanner(text: article.text, paragraphs: article.paragraphs.map(\.span))
    scanner.scan()
    var quote = try #require(scanner.quotes.first)
    let texas = try #require(article.text.firstRange(of: Array("Texas".unicodeScalars)))
    let lee = try #require(article.text.firstRange(of: Array("Ann Lee".unicodeScalars)))
    quote.mention = SpeakerMention(
      span: TextSpan(start: texas.lowerBound, end: texas.upperBound), form: .name)
    quote.alternative = SpeakerMention(
      span: TextSpan(start: lee.lowerBound, end: lee.upperBound), form: .name)
    var names = QuoteFeatureNames()
    SourceFeatures.extract(quote, text: article.text, into: &names)
    #expect(names.names.contains("s-m-place=yes"))
    for (head, person) in [("pilot", "yes"), ("report", "no")] {
      quote.mention?.form = .nominal
      quote.mention?.title = head
      var sink = QuoteFeatureNames()
      SourceFeatures.extract(quote, text: article.text, into: &sink)
      #expect(sink.names.contains("s-m-person=\(person)"), "\(head): \(sink.names)")
    }
  }
}
