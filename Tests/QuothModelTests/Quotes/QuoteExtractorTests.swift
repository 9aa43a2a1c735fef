import QuothModel
import Testing

/// One marked fixture: the quote it must give and its speaker.
struct QuoteCase: CustomTestStringConvertible, Sendable {
  var fixture: String
  var kind: Quote.Kind
  var speaker: String?
  var role: String? = nil
  var speakerKind: Speaker.Kind = .person

  var testDescription: String { fixture }
}

let quoteCases: [QuoteCase] = [
  // Quote mark styles.
  QuoteCase(fixture: "⏩“We won,”⏪ said 1️⃣Ada Lovelace.", kind: .direct, speaker: "Ada Lovelace"),
  QuoteCase(fixture: "⏩\"The bridge opens in May,\"⏪ 1️⃣Tom Reyes said.", kind: .direct, speaker: "Tom Reyes"),
  QuoteCase(fixture: "⏩``We are ready,''⏪ 1️⃣Hana Ito told reporters.", kind: .direct, speaker: "Hana Ito"),
  QuoteCase(
    fixture: "⏩«The talks are over,»⏪ 1️⃣Pierre Lambert said.", kind: .direct, speaker: "Pierre Lambert"),
  QuoteCase(fixture: "⏩„We will appeal,“⏪ said 1️⃣Karl Weber.", kind: .direct, speaker: "Karl Weber"),
  QuoteCase(fixture: "⏩「We are ready,」⏪ said 1️⃣Kenji Sato.", kind: .direct, speaker: "Kenji Sato"),
  // Nested single quotes and apostrophes inside a quote.
  QuoteCase(
    fixture: "⏩“They told us ‘wait,’ and we didn’t,”⏪ 1️⃣Maria Costa said.", kind: .direct,
    speaker: "Maria Costa"),
  // Typographic quotes nested inside straight ones, and the other way round.
  QuoteCase(
    fixture: "⏩\"The board is not about “fair play” anymore,\"⏪ said 1️⃣Tom Lee.", kind: .direct,
    speaker: "Tom Lee"),
  QuoteCase(
    fixture: "⏩\"It is “unsafe.” We close it today,\"⏪ 1️⃣Ann Lee said.", kind: .direct, speaker: "Ann Lee"),
  QuoteCase(
    fixture: "⏩“The board is not about \"fair play\" anymore,”⏪ said 1️⃣Tom Lee.", kind: .direct,
    speaker: "Tom Lee"),
  // Typewriter quotes with a nested single quote closing together, and a descriptor before the name.
  QuoteCase(
    fixture: "⏩''They told us 'wait,'''⏪ said 1️⃣retired judge Ana Ruiz.", kind: .direct, speaker: "Ana Ruiz"),
  // Cue before, with a colon.
  QuoteCase(fixture: "1️⃣Ravi Menon said: ⏩“The tide is turning.”⏪", kind: .direct, speaker: "Ravi Menon"),
  // Split by its attribution, pronoun resolved to the person named before.
  QuoteCase(
    fixture: "Lena Fischer runs the agency. ⏩“The plan is sound,” 1️⃣she said, “and it is cheap.”⏪",
    kind: .direct, speaker: "Lena Fischer"),
  // A pronoun after a new person is introduced as a subject goes to that person.
  QuoteCase(
    fixture: "“We are on time,” said Ada Lovelace.\n\nTom Reyes disagreed. ⏩“We are late,”⏪ 1️⃣he said.",
    kind: .direct, speaker: "Tom Reyes"),
  // Mixed.
  QuoteCase(
    fixture: "1️⃣Omar Haddad said ⏩that the firm would \"cut costs sharply\" next year⏪.", kind: .mixed,
    speaker: "Omar Haddad"),
  // Indirect, cue before and after.
  QuoteCase(
    fixture: "1️⃣Sara Lind said ⏩the harbor will close in winter⏪.", kind: .indirect, speaker: "Sara Lind"),
  QuoteCase(
    fixture: "⏩The harbor will close in winter⏪, 1️⃣Sara Lind added.", kind: .indirect, speaker: "Sara Lind"),
  QuoteCase(
    fixture: "1️⃣He noted ⏩that the plan was late⏪.", kind: .indirect, speaker: nil),
  QuoteCase(
    fixture:
      "Ana Ruiz chairs the board. ⏩Amid rising costs and tight budgets, the harbor must change⏪, 1️⃣she said.",
    kind: .indirect, speaker: "Ana Ruiz"),
  QuoteCase(
    fixture: "1️⃣Ana Ruiz told reporters ⏩that the harbor must change⏪.", kind: .indirect, speaker: "Ana Ruiz"),
  QuoteCase(
    fixture: "According to 1️⃣the port authority, ⏩the harbor will close in winter⏪.", kind: .indirect,
    speaker: "the port authority", speakerKind: .organization),
  // According to an organization.
  QuoteCase(
    fixture: "⏩The harbor will close in winter⏪, according to 1️⃣the ministry.", kind: .indirect,
    speaker: "the ministry", speakerKind: .organization),
  // Appositive role, descriptor before the organization dropped.
  QuoteCase(
    fixture: "1️⃣Nina Park, chief engineer of shipping firm Harbor Works, said ⏩the cranes are old⏪.",
    kind: .indirect, speaker: "Nina Park", role: "chief engineer of Harbor Works"),
  // Title before the name.
  QuoteCase(
    fixture: "⏩“We need more time,”⏪ said 1️⃣Senator Alan Brooks.", kind: .direct, speaker: "Alan Brooks",
    role: "senator"),
  // Surname only.
  QuoteCase(
    fixture: "Alan Brooks spoke first. ⏩“We need more time,”⏪ 1️⃣Brooks said.", kind: .direct,
    speaker: "Alan Brooks"),
  // Nominal reference through a title.
  QuoteCase(
    fixture: "President Rosa Mendes opened the fair. ⏩“Trade helps everyone,”⏪ 1️⃣the president said.",
    kind: .direct, speaker: "Rosa Mendes"),
  // Family name first.
  QuoteCase(
    fixture: "Premier Wang Lihua visited the port. ⏩“Ports connect us,”⏪ 1️⃣Wang said.", kind: .direct,
    speaker: "Wang Lihua"),
  // A quote over two paragraphs: the first has no closing mark, the second reopens.
  QuoteCase(
    fixture: "⏩“We start on Monday,” 1️⃣Ada Lovelace said. “The first week is tests.\n\n“Then we ship.”⏪",
    kind: .direct, speaker: "Ada Lovelace"),
  // A transcript's speaker label.
  QuoteCase(fixture: "1️⃣HOST: ⏩Will the mayor be there tomorrow night?⏪", kind: .indirect, speaker: "HOST"),
  // A credit after a dash.
  QuoteCase(fixture: "⏩“Best fair in years.”⏪ ― 1️⃣Ines Duarte", kind: .direct, speaker: "Ines Duarte"),
]

@Suite("Quote extraction")
struct QuoteExtractorTests {
  @Test("Marked fixtures give their quote and speaker", arguments: quoteCases)
  func markedFixture(_ c: QuoteCase) throws {
    let marked = MarkedText(c.fixture)
    let (article, offset) = article(body: marked.text)
    let analysis = QuoteExtractor.analyze(article)
    let span = try #require(marked.content(offset: offset))
    let quote = try #require(
      analysis.quotes.first { $0.span == span }, "quotes: \(describe(analysis, article))")
    #expect(quote.kind == c.kind)
    if let m = marked.marks["1️⃣"] {
      #expect(quote.mention?.start == m + offset)
    }
    let speaker = quote.speaker.map { analysis.speakers[$0] }
    #expect(speaker?.name == c.speaker)
    if let role = c.role { #expect(speaker?.role == role) }
    if c.speaker != nil { #expect(speaker?.kind == c.speakerKind) }
  }

  @Test(
    "Scare quotes, titles and apostrophes are not quotes",
    arguments: [
      "The so-called “miracle cure” was sold online.",
      "She reviewed the film “Blue Harbor” last week.",
      "The company’s ’90s logo returned, and the owners’ plans didn't change.",
      "The 'quiet' season ended early.",
    ])
  func notQuotes(_ body: String) {
    let (article, _) = article(body: body)
    #expect(QuoteExtractor.analyze(article).quotes.isEmpty)
  }

  @Test("A split quote has one span and two parts")
  func splitQuoteParts() throws {
    let (article, _) = article(body: "Ada Lovelace spoke. “One,” she said, “two.”")
    let quote = try #require(QuoteExtractor.analyze(article).quotes.first)
    #expect(quote.parts.count == 2)
    #expect(article.string(quote.parts[0]) == "“One,”")
    #expect(article.string(quote.parts[1]) == "“two.”")
    #expect(quote.span == TextSpan(start: quote.parts[0].start, end: quote.parts[1].end))
  }

  @Test("Speakers are listed in order of first appearance with counts by kind")
  func speakerCounts() {
    let body = """
      “We are late,” said Ada Lovelace, head of the lab.

      Tom Reyes said the budget is fine.

      “We will catch up,” Lovelace said. She added that the team is growing.
      """
    let (article, _) = article(body: body)
    let analysis = QuoteExtractor.analyze(article)
    #expect(analysis.speakers.map(\.name) == ["Ada Lovelace", "Tom Reyes"])
    #expect(analysis.speakers[0].direct == 2)
    #expect(analysis.speakers[0].indirect == 1)
    #expect(analysis.speakers[0].role == "head of the lab")
    #expect(analysis.speakers[1].indirect == 1)
  }
}

func describe(_ analysis: QuoteAnalysis, _ article: Article) -> String {
  analysis.quotes.map { "\($0.kind) \($0.span) \(article.string($0.span))" }.joined(separator: " | ")
}
