import Testing

@testable import QuothModel

/// Rules found by error analysis on the train split, each with an invented positive and
/// negative fixture.
@Suite("Quote rules")
struct QuoteRuleTests {
  static let cases: [QuoteCase] = [
    // A sentence ending with a colon introduces the quotation paragraph after it.
    QuoteCase(
      fixture: "1️⃣Ada Lovelace issued the following statement:\n\n⏩“We will rebuild the pier.”⏪",
      kind: .direct,
      speaker: "Ada Lovelace"),
    // A credit line after a quotation paragraph.
    QuoteCase(
      fixture: "⏩“Boats pay no harbor fees.”⏪\n\n- 1️⃣Tom Reyes.", kind: .direct, speaker: "Tom Reyes"),
    // A closing cue that does not introduce clauses, then a time.
    QuoteCase(
      fixture: "⏩“Compare that to the old pier,”⏪ 1️⃣Ada Lovelace urged on Monday.", kind: .direct,
      speaker: "Ada Lovelace"),
    // A mixed quote ends at a comma inside its closing mark before a participle.
    QuoteCase(
      fixture: "1️⃣Tom Reyes is insisting ⏩that he has “grown the harbor,”⏪ claiming that fees fell.",
      kind: .mixed, speaker: "Tom Reyes"),
    // An evidence verb after an auxiliary: the subject is before the auxiliary, past an appositive.
    QuoteCase(
      fixture: "1️⃣Ada Lovelace, the harbor master, has indicated ⏩that the pier will reopen in May⏪.",
      kind: .indirect, speaker: "Ada Lovelace"),
  ]

  @Test("Marked fixtures give their quote and speaker", arguments: cases)
  func marked(_ c: QuoteCase) throws {
    try QuoteExtractorTests().markedFixture(c)
  }

  @Test("A colon without a quotation after it, or a credit line without a quote, attributes nothing")
  func negatives() {
    let (colon, _) = article(body: "Ada Lovelace listed the costs:\n\nThe pier, the cranes and the roads.")
    #expect(QuoteExtractor.analyze(colon).quotes.isEmpty)
    let (credit, _) = article(body: "The pier opened on Monday.\n\n- Tom Reyes.")
    #expect(QuoteExtractor.analyze(credit).quotes.isEmpty)
  }

  @Test("Auxiliaries and conjunctions before an evidence verb are never its source")
  func evidenceSubjects() {
    for body in [
      "The captain lost the chart but found that the coast was clear for the night.",
      "The harbor master, however, has indicated that the pier will reopen in May.",
      "The ferry left early, then revealed that the engine had failed twice this week.",
    ] {
      let analysis = QuoteExtractor.analyze(article(body: body).0)
      let names = analysis.speakers.map { $0.name.lowercased() }
      for word in ["but", "has", "then", "however"] { #expect(!names.contains(word), "\(body): \(names)") }
    }
  }

  @Test("A transcript's introduction credits no one; a statement's introduction credits its subject")
  func transcriptIntroductions() {
    let transcript = QuoteExtractor.analyze(
      article(body: "Partial transcript as follows:\n\n“We will rebuild the pier.”").0)
    #expect(!transcript.speakers.contains { $0.name == "Partial" })
    let statement = QuoteExtractor.analyze(
      article(body: "Ada Lovelace issued the following statement:\n\n“We will rebuild the pier.”").0)
    #expect(statement.speakers.map(\.name) == ["Ada Lovelace"])
  }
}
