import Testing

@testable import QuothModel

/// Kinds of sources, words that are no sources, roles, headlines and continued quotes: one
/// positive and one negative invented fixture per rule.
@Suite("Speaker kinds, sources and roles")
struct SpeakerKindTests {
  static let kindCases: [QuoteCase] = [
    QuoteCase(
      fixture: "⏩The harbor will close in winter⏪, 1️⃣Democrats said.", kind: .indirect, speaker: "Democrats",
      speakerKind: .group),
    QuoteCase(
      fixture: "⏩“We are not leaving,”⏪ 1️⃣the protesters said.", kind: .direct, speaker: "the protesters",
      speakerKind: .group),
    QuoteCase(
      fixture: "⏩“The pier is safe,”⏪ 1️⃣a spokesman said.", kind: .direct, speaker: "a spokesman",
      speakerKind: .unnamed),
    QuoteCase(
      fixture: "⏩The harbor will close in winter⏪, 1️⃣a statement said.", kind: .indirect,
      speaker: "a statement", speakerKind: .document),
    QuoteCase(
      fixture: "⏩The harbor will close in winter⏪, according to 1️⃣the ministry.", kind: .indirect,
      speaker: "the ministry", speakerKind: .organization),
    // The head of a phrase after `according to` comes before what modifies it: a poll released
    // last week is a document, a spokesman for a port a person not named.
    QuoteCase(
      fixture:
        "⏩The harbor will close in winter⏪, according to 1️⃣a Harbor Ledger/Dover Radio poll released last week.",
      kind: .indirect, speaker: "a Harbor Ledger/Dover Radio poll released last week", speakerKind: .document),
    QuoteCase(
      fixture: "⏩The harbor will close in winter⏪, according to 1️⃣a spokesman for the port of Dover.",
      kind: .indirect, speaker: "a spokesman", speakerKind: .unnamed),
    // A body's name runs over `and` and commas back to its word before `for` or `of` …
    QuoteCase(
      fixture: "The 1️⃣Centers for Harbor Safety and Prevention estimates ⏩that one in 45 boats leaks⏪.",
      kind: .indirect, speaker: "Centers for Harbor Safety and Prevention", speakerKind: .organization),
    QuoteCase(
      fixture: "A report by the 1️⃣Academies of Tides, Reefs and Shipping noted ⏩that the pier is old⏪.",
      kind: .indirect, speaker: "Academies of Tides, Reefs and Shipping", speakerKind: .organization),
    // … but a name after a comma alone, a person after `and`, or a run before `for` that is no
    // body's word ends none.
    QuoteCase(
      fixture: "As the talks opened at the University of Dover, 1️⃣Reyes said ⏩that the pier is old⏪.",
      kind: .indirect, speaker: "Reyes"),
    QuoteCase(
      fixture: "Students at the Institute of Tides and 1️⃣Ann Reyes said ⏩that the pier is old⏪.",
      kind: .indirect, speaker: "Ann Reyes"),
    // An imperative opening a headline or a sentence is no part of the name after it.
    QuoteCase(
      fixture: "Meet Ann Lee, the harbor master. 1️⃣She says ⏩that the pier is safe⏪.", kind: .indirect,
      speaker: "Ann Lee"),
    // A name stays a person.
    QuoteCase(fixture: "⏩“We won,”⏪ said 1️⃣Ada Lovelace.", kind: .direct, speaker: "Ada Lovelace"),
    // An outlet's or a building's name is an organization, a named poll a document …
    QuoteCase(
      fixture: "⏩The harbor will close in winter⏪, 1️⃣Tulsa Daily News reported.", kind: .indirect,
      speaker: "Tulsa Daily News", speakerKind: .organization),
    QuoteCase(
      fixture: "⏩The harbor will close in winter⏪, 1️⃣Harbor Consult Poll found.", kind: .indirect,
      speaker: "Harbor Consult Poll", speakerKind: .document),
    // … as is one word with a capital inside, while a surname's prefix keeps a person.
    QuoteCase(
      fixture: "⏩The harbor will close in winter⏪, 1️⃣HarborFeed reported.", kind: .indirect,
      speaker: "HarborFeed", speakerKind: .organization),
    QuoteCase(
      fixture: "⏩The harbor will close in winter⏪, 1️⃣McAlister said.", kind: .indirect, speaker: "McAlister"),
    // `The` before a one-word name makes an outlet or a body, not a person …
    QuoteCase(
      fixture: "⏩“Still, the mayor has declined to act,”⏪ 1️⃣The Beacon reported.", kind: .direct,
      speaker: "Beacon", speakerKind: .organization),
    // … and `for a` inside a body's name keeps it whole.
    QuoteCase(
      fixture: "The 1️⃣Committee for a Responsible Harbor Budget reported ⏩that the plan would cost more⏪.",
      kind: .indirect, speaker: "Committee for a Responsible Harbor Budget", speakerKind: .organization),
    // An office and its place before a name are its title, not an organization.
    QuoteCase(
      fixture: "1️⃣City Attorney Ann Lee said ⏩that the ad “misleads voters.”⏪", kind: .mixed,
      speaker: "Ann Lee",
      role: "attorney"),
    // A party member after a place is a person not named.
    QuoteCase(
      fixture: "⏩“We won,”⏪ said 1️⃣the Ohio Republican.", kind: .direct, speaker: "the Ohio Republican",
      speakerKind: .unnamed),
    // A place that speaks is its government; a person named like a place stays a person.
    QuoteCase(
      fixture: "⏩The tariffs are illegal⏪, 1️⃣China said.", kind: .indirect, speaker: "China",
      speakerKind: .organization),
    QuoteCase(
      fixture: "⏩The bill is dead⏪, 1️⃣Southern Ohio said.", kind: .indirect, speaker: "Southern Ohio",
      speakerKind: .organization),
    QuoteCase(fixture: "⏩“We won,”⏪ said 1️⃣Georgia Lee.", kind: .direct, speaker: "Georgia Lee"),
    // `Watch` heads organizations (`Harbor Watch`), as watchdog groups are named.
    QuoteCase(
      fixture: "⏩“The fees are illegal,”⏪ said 1️⃣Harbor Watch.", kind: .direct, speaker: "Harbor Watch",
      speakerKind: .organization),
    // `research` heads organizations and, alone, is a document.
    QuoteCase(
      fixture: "⏩“Prices rose,”⏪ said 1️⃣Harbor Research.", kind: .direct, speaker: "Harbor Research",
      speakerKind: .organization),
    QuoteCase(
      fixture: "1️⃣Research suggests ⏩that the harbor is sinking⏪.", kind: .indirect, speaker: "Research",
      speakerKind: .document),
    // No person's name follows `the`.
    QuoteCase(
      fixture: "⏩“Sales fell,”⏪ 1️⃣the Globe reported.", kind: .direct, speaker: "Globe",
      speakerKind: .organization),
    // Title words before a body's name are part of it; before a person's name they are a title.
    QuoteCase(
      fixture: "⏩“We will appeal,”⏪ 1️⃣the Justice Department said.", kind: .direct,
      speaker: "Justice Department", speakerKind: .organization),
    QuoteCase(
      fixture: "⏩The bill is dead⏪, 1️⃣House Republicans said.", kind: .indirect, speaker: "House Republicans",
      speakerKind: .group),
    QuoteCase(
      fixture: "⏩“We will appeal,”⏪ 1️⃣Justice Ann Lee said.", kind: .direct, speaker: "Ann Lee",
      role: "justice"),
    // A place or office before the title is no part of the name, nor makes it an organization.
    QuoteCase(
      fixture: "⏩“The streets are calm,”⏪ said 1️⃣Tulsa Police Chief Ann Lee.", kind: .direct,
      speaker: "Ann Lee",
      role: "chief"),
    QuoteCase(
      fixture: "⏩“We should act,”⏪ said 1️⃣Ohio Sen. Tom Reyes.", kind: .direct, speaker: "Tom Reyes",
      role: "senator"),
    QuoteCase(
      fixture: "⏩“We rest,”⏪ said 1️⃣Tulsa Police Chief Department.", kind: .direct,
      speaker: "Tulsa Police Chief Department", speakerKind: .organization),
    // Initials are part of a name.
    QuoteCase(fixture: "⏩“We should act,”⏪ wrote 1️⃣J.J. Goldberg.", kind: .direct, speaker: "J.J. Goldberg"),
    // `Name of Place` is the person; `X of Y` and `Center for Y` one organization.
    QuoteCase(
      fixture: "⏩“We will vote no,”⏪ 1️⃣Rep. Tom Reyes of Ohio said.", kind: .direct, speaker: "Tom Reyes"),
    QuoteCase(
      fixture: "⏩“Fees will rise,”⏪ 1️⃣the University of Tulsa said.", kind: .direct,
      speaker: "University of Tulsa", speakerKind: .organization),
    QuoteCase(
      fixture: "⏩“Fees will rise,”⏪ 1️⃣the Center for Harbor Safety said.", kind: .direct,
      speaker: "Center for Harbor Safety", speakerKind: .organization),
    QuoteCase(
      fixture: "⏩“We will vote no,”⏪ 1️⃣Secretary of State Ann Lee said.", kind: .direct, speaker: "Ann Lee"),
    // A name ending with a body's word is an organization; a surname such as Hill is not one.
    QuoteCase(
      fixture: "⏩“Fees will rise,”⏪ 1️⃣Harbor Immigration Services said.", kind: .direct,
      speaker: "Harbor Immigration Services", speakerKind: .organization),
    QuoteCase(fixture: "⏩“Fees will rise,”⏪ 1️⃣Ann Hill said.", kind: .direct, speaker: "Ann Hill"),
    // A plural title before the first of two names is a title.
    QuoteCase(
      fixture:
        "1️⃣Senators Ann E. Lee, Republican of Ohio, and Tom Reyes, Democrat of Iowa, said ⏩the harbor fund was short⏪.",
      kind: .indirect, speaker: "Ann E. Lee"),
    // Title words before an organization's last word are part of its name.
    QuoteCase(
      fixture: "The Democratic Harbor Committee said ⏩that the pier would open on time⏪.", kind: .indirect,
      speaker: "Democratic Harbor Committee", speakerKind: .organization),
    // A city named alone stands for its government; a place name that is also a person's stays
    // a person.
    QuoteCase(
      fixture: "⏩“The levy will go,”⏪ 1️⃣Berlin said.", kind: .direct, speaker: "Berlin",
      speakerKind: .organization),
    QuoteCase(fixture: "⏩“The levy will go,”⏪ 1️⃣Jackson said.", kind: .direct, speaker: "Jackson"),
    // A legion or a league is a body.
    QuoteCase(
      fixture: "⏩“The emblem is ours,”⏪ 1️⃣Harbor Legion said.", kind: .direct, speaker: "Harbor Legion",
      speakerKind: .organization),
    // An outlet or pollster named by one word is an organization; a person of that surname is not.
    QuoteCase(
      fixture: "⏩“The claim is false,”⏪ 1️⃣Politifact said.", kind: .direct, speaker: "Politifact",
      speakerKind: .organization),
    QuoteCase(
      fixture: "⏩“The claim is false,”⏪ 1️⃣Ann Forbes said.", kind: .direct, speaker: "Ann Forbes"),
    // `General` before a company's or a body's word opens its name; before a person's name it is
    // a title.
    QuoteCase(
      fixture: "⏩“Turbines will sell,”⏪ 1️⃣General Electric said.", kind: .direct,
      speaker: "General Electric", speakerKind: .organization),
    QuoteCase(
      fixture: "⏩“Cereal will sell,”⏪ 1️⃣General Mills said.", kind: .direct, speaker: "General Mills",
      speakerKind: .organization),
    QuoteCase(
      fixture: "⏩“The war is over,”⏪ 1️⃣General Tom Reyes said.", kind: .direct, speaker: "Tom Reyes",
      speakerKind: .person),
  ]

  /// The subject of a sentence that a coordinated or participle cue reports: past a dateline and
  /// an opening adverb or participle phrase, and before a relative clause with commas of its own.
  /// The negatives: a name shaped like an opener, and a name inside the clause, do not speak.
  static let subjectCases: [QuoteCase] = [
    QuoteCase(
      fixture: "SALEM — 1️⃣Sen. Ann Lee on Monday played down the storm and said ⏩it was nothing new⏪.",
      kind: .indirect, speaker: "Ann Lee"),
    QuoteCase(
      fixture: "SALEM, Ore., May 2 (Harbor Wire) - 1️⃣Ann Lee toured the pier, saying ⏩it was unsafe⏪.",
      kind: .indirect, speaker: "Ann Lee"),
    QuoteCase(
      fixture: "Shortly after the vote, 1️⃣the pilots walked out, warning ⏩that the fees would rise⏪.",
      kind: .indirect, speaker: "the pilots", speakerKind: .group),
    QuoteCase(
      fixture:
        "In an interview with reporters on Monday, the 1️⃣Ohio Republican criticized the plan and said ⏩the fees would rise⏪.",
      kind: .indirect, speaker: "Ohio Republican", speakerKind: .unnamed),
    QuoteCase(
      fixture: "On Monday, 1️⃣Ann Lee toured the pier, saying ⏩it was unsafe⏪.", kind: .indirect,
      speaker: "Ann Lee"),
    // A quantifier between a plural subject and its cue belongs to neither.
    QuoteCase(
      fixture: "The 1️⃣two senators both said ⏩the pier is unsafe⏪.", kind: .indirect, speaker: "two senators",
      speakerKind: .group),
    QuoteCase(
      fixture: "1️⃣Republican leaders, whose party is split, both said ⏩the pier is unsafe⏪.",
      kind: .indirect, speaker: "Republican leaders", speakerKind: .group),
    // A pronoun with a contracted auxiliary is the pronoun.
    QuoteCase(
      fixture: "Ann Lee spoke at the pier. 1️⃣She’s claiming ⏩that the fees are too high⏪.", kind: .indirect,
      speaker: "Ann Lee"),
    QuoteCase(
      fixture: "Bob Hart spoke at the pier. 1️⃣He's been saying ⏩that the pier is safe⏪.", kind: .indirect,
      speaker: "Bob Hart"),
    QuoteCase(
      fixture: "1️⃣Kelly walked out after the vote, warning ⏩that the fees would rise⏪.", kind: .indirect,
      speaker: "Kelly"),
    QuoteCase(
      fixture: "1️⃣NASA toured the pier with the mayor, saying ⏩it was unsafe⏪.", kind: .indirect,
      speaker: "NASA", speakerKind: .organization),
    QuoteCase(
      fixture: "Ann Pratt, 1️⃣who grew up in Salem, Ore., in the 1990s, said ⏩the pier was unsafe⏪.",
      kind: .indirect, speaker: "Ann Pratt"),
    QuoteCase(
      fixture: "1️⃣Bob Hart, who beat Ann Lee, said ⏩the count was fair⏪.", kind: .indirect,
      speaker: "Bob Hart"),
    // A share of respondents speaks through the poll named before it in the sentence; with no
    // poll there, the people counted speak.
    QuoteCase(
      fixture: "In 1️⃣a new Harbor Ledger/Tide poll, 61 percent of dockworkers said ⏩the fees were too high⏪.",
      kind: .indirect, speaker: "a new Harbor Ledger/Tide poll", speakerKind: .document),
    QuoteCase(
      fixture: "1️⃣The survey is grim reading for the mayor: half of the pilots say ⏩the pier is unsafe⏪.",
      kind: .indirect, speaker: "The survey", speakerKind: .document),
    QuoteCase(
      fixture: "The pier reopened, and 61 percent of 1️⃣voters said ⏩the fees were too high⏪.",
      kind: .indirect, speaker: "voters", speakerKind: .group),
    QuoteCase(
      fixture: "1️⃣Ann Lee, who ran the survey, said ⏩the fees were too high⏪.", kind: .indirect,
      speaker: "Ann Lee"),
    // A name in apposition before the cue is its subject: what follows the cue was said, and
    // the words before the name are no quotation of the noun after the cue.
    QuoteCase(
      fixture: "One of 1️⃣the pilots, Ann Lee, said ⏩the fees rose⏪.", kind: .indirect, speaker: "Ann Lee"),
    QuoteCase(fixture: "⏩The fees rose sharply⏪, 1️⃣Ann Lee said.", kind: .indirect, speaker: "Ann Lee"),
    // `with` and a noun phrase give a participle its subject; after a comma the sentence's
    // subject is the participle's.
    QuoteCase(
      fixture: "The pilots spoke up at once, with 1️⃣Ann Lee tweeting ⏩that the vote was a “farce”⏪.",
      kind: .mixed, speaker: "Ann Lee"),
    QuoteCase(
      fixture: "1️⃣Ann Lee met with Bob Hart, warning ⏩that the fees would rise⏪.", kind: .indirect,
      speaker: "Ann Lee"),
    // A passive cue's subject was spoken about: no speaker; `is expected to` is no passive.
    QuoteCase(
      fixture: "The hall cheered when Salem was called for ⏩Tom Reyes at nine⏪.",
      kind: .indirect, speaker: nil),
    QuoteCase(
      fixture: "The 1️⃣Harbor Times is expected ⏩to endorse the mayor in the race⏪.", kind: .indirect,
      speaker: "Harbor Times", speakerKind: .organization),
    // A title with its office after `of` stands before the name; a person before `of` and a
    // place, or a body with `of` in its name, stays whole.
    QuoteCase(
      fixture: "1️⃣Former Secretary of State Ann Lee backed the pilots, saying, ⏩“The pier is ours.”⏪",
      kind: .direct, speaker: "Ann Lee"),
    QuoteCase(
      fixture: "1️⃣Salem County Supervisor of Elections Ann Lee said ⏩that the count was fair⏪.",
      kind: .indirect,
      speaker: "Ann Lee", role: "Salem County Supervisor of Elections"),
    QuoteCase(
      fixture: "1️⃣Director of Harbor Safety Tom R. Reyes said ⏩that the pier was safe⏪.", kind: .indirect,
      speaker: "Tom R. Reyes", role: "Director of Harbor Safety"),
    QuoteCase(
      fixture: "1️⃣Sen. Ann Clark of Ohio said ⏩that the pier is safe⏪.", kind: .indirect, speaker: "Ann Clark"),
    QuoteCase(
      fixture: "The 1️⃣University of Tulsa said ⏩that the pier is safe⏪.", kind: .indirect,
      speaker: "University of Tulsa", speakerKind: .organization),
    // A name in apposition ends at its affiliation: the name speaks, the noun phrase is its role.
    QuoteCase(
      fixture: "1️⃣Another pilot, Ann Lee of Salem College, said ⏩that the fees rose⏪.", kind: .indirect,
      speaker: "Ann Lee", role: "pilot"),
    // A possessive opens a noun phrase: it is no subject.
    QuoteCase(
      fixture: "1️⃣Lee, Ohio’s former governor, criticized Tom Reyes, calling ⏩him a “quitter.”⏪", kind: .mixed,
      speaker: "Lee"),
    // `he` stands for a person, not for the place named last.
    QuoteCase(
      fixture: "Tom Reyes spoke in Dover, Delaware. ⏩The race, 1️⃣he says, is close⏪.",
      kind: .indirect, speaker: "Tom Reyes"),
    QuoteCase(
      fixture: "Ann Lee spoke in Dover, Ohio. ⏩The race, 1️⃣she says, is close⏪.", kind: .indirect,
      speaker: "Ann Lee"),
  ]

  /// A one-word appositive after `according to` once trapped on an empty range in the search for
  /// a name's affiliation.
  @Test("A one-word appositive is read without a trap")
  func oneWordAppositive() {
    let (article, _) = article(body: "According to the port spokesman, Lee, the pier is safe.")
    let analysis = QuoteExtractor.analyze(article)
    #expect(analysis.quotes.count == 1)
    #expect(analysis.quotes.first?.kind == .indirect)
  }

  @Test("A reported sentence's subject follows its opening words", arguments: subjectCases)
  func subjects(_ c: QuoteCase) throws {
    try QuoteExtractorTests().markedFixture(c)
  }

  @Test("Speakers get their kind", arguments: kindCases)
  func kinds(_ c: QuoteCase) throws {
    try QuoteExtractorTests().markedFixture(c)
  }

  static let noSourceCases: [QuoteCase] = [
    // Transcript labels Q and A are no speakers.
    QuoteCase(fixture: "1️⃣Q: ⏩Will the mayor be there tomorrow night?⏪", kind: .indirect, speaker: nil),
    // A contracted pronoun with nobody before it is nobody, not a name.
    QuoteCase(fixture: "1️⃣They’re saying ⏩the fees are fair⏪.", kind: .indirect, speaker: nil),
    // A lone function word is no speaker.
    QuoteCase(fixture: "⏩“The pier is safe,”⏪ 1️⃣those said.", kind: .direct, speaker: nil),
    // A place after a preposition is no speaker; the man before it is.
    QuoteCase(fixture: "⏩“The pier is safe,”⏪ said 1️⃣a man in Tulsa.", kind: .direct, speaker: "a man"),
    // A real label is.
    QuoteCase(fixture: "1️⃣HOST: ⏩Will the mayor be there tomorrow night?⏪", kind: .indirect, speaker: "HOST"),
    // A number or share phrase is no speaker; people counted are.
    QuoteCase(fixture: "1️⃣Twelve percent said ⏩they were not sure⏪.", kind: .indirect, speaker: nil),
    QuoteCase(fixture: "1️⃣Half said ⏩they were not sure⏪.", kind: .indirect, speaker: nil),
    QuoteCase(
      fixture: "1️⃣Two officials said ⏩they were not sure⏪.", kind: .indirect, speaker: "Two officials"),
    // A determiner opens a phrase, not a name: `One Ohio` is nobody a pronoun can take.
    QuoteCase(
      fixture: "One Ohio delegate said he was leaving. ⏩“Not one,”⏪ 1️⃣he said.", kind: .direct, speaker: nil),
    // A thing after a determiner (`the city`) is no subject before a quotation, as a kind of
    // person is (`the dockworkers chanted`); the model may also drop the candidate.
    QuoteCase(
      fixture: "Ada Lee spoke at noon. Holding signs, ⏩the city banned “Lock the gates” banners⏪.",
      kind: .mixed, speaker: nil),
    // A subhead's capitals before a sentence are nobody a pronoun can take, and a newsroom's
    // label alone is no speaker.
    QuoteCase(
      fixture: "THE DREDGING Back when he ran the port, 1️⃣he said ⏩the channel was deep⏪.", kind: .indirect,
      speaker: nil),
    QuoteCase(
      fixture: "1️⃣CLARIFICATION: An earlier version of this story said ⏩the pier was closed⏪.",
      kind: .indirect,
      speaker: nil),
    // Counts, month abbreviations and short participles that open a sentence name nobody.
    QuoteCase(fixture: "⏩The pier will close⏪, 1️⃣Hundreds said.", kind: .indirect, speaker: nil),
    QuoteCase(fixture: "⏩The pier will close⏪, 1️⃣Based said.", kind: .indirect, speaker: nil),
    QuoteCase(fixture: "⏩The pier will close⏪, 1️⃣Aug said.", kind: .indirect, speaker: nil),
    // Words that open a sentence with a capital are no name for a pronoun to take.
    QuoteCase(
      fixture: "Pretty soon 1️⃣she would have to tell the board ⏩that the pier was closed⏪.", kind: .indirect,
      speaker: nil),
    QuoteCase(
      fixture: "Ever since 1️⃣she won, she has said ⏩that the pier is safe⏪.", kind: .indirect, speaker: nil),
  ]

  @Test("Labels, function words and places are not sources", arguments: noSourceCases)
  func noSources(_ c: QuoteCase) throws {
    let marked = MarkedText(c.fixture)
    let (article, offset) = article(body: marked.text)
    let analysis = QuoteExtractor.analyze(article)
    let span = try #require(marked.content(offset: offset))
    let quote = analysis.quotes.first { $0.span == span }
    #expect(quote.flatMap { $0.speaker.map { analysis.speakers[$0].name } } == c.speaker)
  }

  @Test("Names that are questions or pronouns are not source names")
  func sourceNames() {
    #expect(!SpeakerResolver.isSourceName("Does Ada Lovelace"))
    #expect(!SpeakerResolver.isSourceName("He"))
    #expect(!SpeakerResolver.isSourceName("22"))
    #expect(!SpeakerResolver.isSourceName("Q"))
    #expect(SpeakerResolver.isSourceName("Will Hurd"))
    #expect(SpeakerResolver.isSourceName("Ada Lovelace"))
    #expect(SpeakerResolver.isSourceName("AP"))
    #expect(!SpeakerResolver.isSourceName("Neither"))
    #expect(SpeakerResolver.isSourceName("Neither Lee"))
  }

  @Test("A surname takes the one full name the article gives, later or only inside a quotation")
  func surnameTakesTheOnlyFullName() {
    func speaker(_ body: String) -> String? {
      let (article, _) = article(body: body)
      let analysis = QuoteExtractor.analyze(article)
      return analysis.quotes.first?.speaker.map { analysis.speakers[$0].name }
    }
    #expect(
      speaker("“The port will reopen,” said Quill. The board wrote that “Nora Quill has done the work.”")
        == "Nora Quill")
    #expect(
      speaker("“The port will reopen,” said Quill.\n\nLater Nora Quill toured the docks.") == "Nora Quill")
    // Two people with that surname: no guess.
    #expect(
      speaker("“The port will reopen,” said Quill. Both “Nora Quill” and “Ben Quill” ran the port.")
        == "Quill")
    // A title word alone is no surname.
    #expect(speaker("“The port will reopen,” said Quill. “Harbor Quill” is a boat.") == "Harbor Quill")
    #expect(speaker("“We will rule soon,” Justice said. “Nora Justice” is a band.") != "Nora Justice")
  }

  @Test("A headline label that is a document noun is the document the article names")
  func headlineDocumentLabel() throws {
    let text = Array(
      "Poll: Voters Leave the Harbor Plan\n\nA new harbor poll shows that voters oppose the plan.\n"
        .unicodeScalars)
    let analysis = QuoteExtractor.analyze(ArticleParser.parse(path: "p.txt", text: text, format: .text))
    #expect(analysis.speakers.map(\.name) == ["A new harbor poll"])
    #expect(analysis.speakers.first?.kind == .document)
    #expect(analysis.quotes.count == 2 && analysis.quotes.allSatisfy { $0.speaker == 0 })
    // A headline label that names a person stays the person.
    let person = Array("Ada Lovelace: Voters Leave the Harbor Plan\n\nThe lab opened.\n".unicodeScalars)
    let other = QuoteExtractor.analyze(ArticleParser.parse(path: "q.txt", text: person, format: .text))
    #expect(other.speakers.map(\.kind) == [.person])
  }

  @Test(
    "A newsroom's label is no speaker; a transcript's label or a headline's name is",
    arguments: [
      ("CORRECTION: An earlier version misstated the pier's height.\n", nil),
      ("Breaking: Harbor Fees Rise Again\n\nThe port opened.\n", nil),
      ("The Latest: Harbor Fees Rise Again\n\nThe port opened.\n", nil),
      ("The Inside Track: Harbor Fees Rise Again\n\nThe port opened.\n", nil),
      ("Ada Lovelace: Harbor Fees Rise Again\n\nThe port opened.\n", "Ada Lovelace"),
      ("The port opened.\n\nREYES: The pier is safe.\n", "REYES"),
      ("The port opened.\n\nFIX IS IN: The pier is safe.\n", nil),
      ("Big Win For Ada: Harbor Fees Fall\n\nThe port opened.\n", nil),
    ] as [(String, String?)])
  func editorialLabels(text: String, speaker: String?) {
    let article = ArticleParser.parse(path: "l.txt", text: Array(text.unicodeScalars), format: .text)
    let analysis = QuoteExtractor.analyze(article)
    #expect(analysis.speakers.map(\.name) == (speaker.map { [$0] } ?? []))
  }

  @Test("A capitalized run holding a newsroom's label word is no name a pronoun can take")
  func editorialRunIsNoName() {
    let (article, _) = article(
      body:
        "CORRECTION APPENDED\n\nThe pier reopened. “It is safe,” he said.\n\nAda Lovelace spoke. “Good,” she said."
    )
    let analysis = QuoteExtractor.analyze(article)
    #expect(!analysis.speakers.contains { $0.name.contains("CORRECTION") })
    #expect(analysis.speakers.map(\.name) == ["Ada Lovelace"])
  }

  @Test(
    "A capitalized run with a function word after its first word is a heading, no name",
    arguments: [
      ("Ada Lovelace On Harbor Fees\n\n“It is safe,” she said.", nil),
      ("DECLINE HITS THE HARBOR\n\n“It is safe,” he said.", nil),
      ("Jill A. Martin spoke.\n\n“It is safe,” she said.", "Jill A. Martin"),
      ("Harbor Chairman Will Reyes spoke.\n\n“It is safe,” he said.", "Will Reyes"),
    ] as [(String, String?)])
  func headingRuns(body: String, speaker: String?) {
    let (article, _) = article(body: body)
    let analysis = QuoteExtractor.analyze(article)
    #expect(analysis.speakers.map(\.name) == (speaker.map { [$0] } ?? []))
  }

  @Test("A title met after a speaker's first quote still gives the speaker a role")
  func laterTitle() {
    let (doc, _) = article(
      body: "“The pier is safe,” Ann Lee said.\n\nPresident Ann Lee also said the pier is old.")
    let analysis = QuoteExtractor.analyze(doc)
    #expect(analysis.speakers.map(\.name) == ["Ann Lee"])
    #expect(analysis.speakers.first?.role == "president")
  }

  @Test("A title alone is the person with that title, or nobody named")
  func titleAlone() {
    let text = Array(
      "Justice vows to be more careful\n\nJustice Nora Quill spoke on Monday about the case.\n".unicodeScalars
    )
    let analysis = QuoteExtractor.analyze(ArticleParser.parse(path: "j.txt", text: text, format: .text))
    #expect(analysis.quotes.first?.speaker.map { analysis.speakers[$0].name } == "Nora Quill")
    let alone = Array("Justice vows to be more careful\n\nThe court met on Monday.\n".unicodeScalars)
    let other = QuoteExtractor.analyze(ArticleParser.parse(path: "k.txt", text: alone, format: .text))
    #expect(other.speakers.allSatisfy { $0.kind != .person })
  }

  @Test(
    "Roles are roles: a person noun or title at the head",
    arguments: [
      ("chief engineer of Harbor Works", true), ("founder and CEO of Zhihu", true),
      ("acting director of the port", true), ("Republican from Ohio", true), ("sen", true),
      ("meanwhile", false), ("however", false), ("to his credit", false), ("in Kentucky", false),
      ("speaking to a veterans group in Ohio", false), ("45", false), ("Tom Reyes", false),
      ("the plan failed", false), ("senior vice-president of Harbor Works", true), ("well-known", false),
      ("through a spokeswoman", false), ("like the harbor master", false),
      ("under secretary of the port", true),
    ])
  func roles(role: String, isRole: Bool) {
    #expect(SpeakerLexicon.isRole(role) == isRole)
  }

  @Test(
    "The byte-level role test agrees with the character-level one",
    arguments: [
      "chief engineer of Harbor Works", "founder and CEO of Zhihu", "acting director of the port",
      "Republican from Ohio", "sen", "meanwhile", "however", "to his credit", "in Kentucky",
      "speaking to a veterans group in Ohio", "45", "Tom Reyes", "the plan failed", "(spokeswoman)",
      "  senior  adviser,  ", "Ada's lawyer", "lawyer for Ada's", "friendly neighbour", "early riser",
      "mother of two", "a retired teacher\nand writer", "--", "", "3rd-term senator", "the mayor's",
      "deputy mayor of Tulsa", "ranking member", "SPOKESMAN", "hopeful", "#1 fan",
      "senior vice-president of Harbor Works", "well-known", "co-", "-",
    ])
  func asciiRolesAgree(role: String) {
    let fast = role.utf8.withContiguousStorageIfAvailable { SpeakerLexicon.isASCIIRole($0) }
    #expect(fast != nil && fast! != nil, "plain ASCII takes the fast path")
    #expect(SpeakerLexicon.isRole(role) == SpeakerLexicon.isRoleByCharacters(role), "\(role)")
  }

  @Test("Roles with other scripts or a CR take the character path, with the same answers")
  func nonASCIIRoles() {
    for role in [
      "Clinton’s lawyer", "présidente of the board", "chief engineer\r\nof Harbor Works", "lawyer — retired",
    ] {
      let fast = role.utf8.withContiguousStorageIfAvailable { SpeakerLexicon.isASCIIRole($0) }
      #expect(fast == .some(nil), "\(role)")
    }
    #expect(SpeakerLexicon.isRole("Clinton’s lawyer"))
    #expect(!SpeakerLexicon.isRole("in Zürich"))
  }

  @Test("A definite nominal is `the` and at most two more words, in any case")
  func definiteNominals() {
    for name in ["the president", "The top aide", "THE mayor", "the  deputy  mayor"] {
      #expect(SpeakerResolver.isDefinite(name), "\(name)")
    }
    for name in ["a president", "them", "these aides", "the deputy mayor of", "", "th", "thee mayor"] {
      #expect(!SpeakerResolver.isDefinite(name), "\(name)")
    }
  }

  @Test("A title ends with a role title: `vice president` does, `vice` does not")
  func roleTitleSuffixes() {
    #expect(SpeakerResolver.endsWithRoleTitle("vice president"))
    #expect(SpeakerResolver.endsWithRoleTitle("state sen"))
    #expect(SpeakerResolver.endsWithRoleTitle("président") == false)
    #expect(!SpeakerResolver.endsWithRoleTitle("vice"))
    #expect(!SpeakerResolver.endsWithRoleTitle("mr"))
    // A whole word: `drinking` does not end with `king`, `police chief` ends with `chief`.
    #expect(!SpeakerResolver.endsWithRoleTitle("drinking"))
    #expect(SpeakerResolver.endsWithRoleTitle("police chief"))
    #expect(SpeakerResolver.endsWithRoleTitle("king"))
  }

  @Test("An adverb after the name is not taken for a role")
  func adverbIsNoRole() throws {
    let (article, _) = article(body: "Ada Lovelace, meanwhile, said the harbor will close in winter.")
    let analysis = QuoteExtractor.analyze(article)
    let speaker = try #require(analysis.speakers.first)
    #expect(speaker.name == "Ada Lovelace")
    #expect(speaker.role == nil)
  }

  @Test("The headline is scanned: `Name: words` credits the words")
  func headline() throws {
    let text = Array("Ada Lovelace: Engines will compose music\n\nThe lab opened on Monday.\n".unicodeScalars)
    let article = ArticleParser.parse(path: "h.txt", text: text, format: .text)
    let analysis = QuoteExtractor.analyze(article)
    let quote = try #require(analysis.quotes.first)
    #expect(article.string(quote.span) == "Engines will compose music")
    #expect(quote.speaker.map { analysis.speakers[$0].name } == "Ada Lovelace")
    let plain = Array("Engines will compose music\n\nThe lab opened on Monday.\n".unicodeScalars)
    #expect(
      QuoteExtractor.analyze(ArticleParser.parse(path: "p.txt", text: plain, format: .text)).quotes.isEmpty)
  }

  @Test("A quote-only sentence after a sentence without quotes keeps the speaker")
  func continuationKeepsSpeaker() throws {
    let (near, _) = article(body: "“We won,” Ada Lovelace said. The crowd cheered.\n\n“Now we rest.”")
    let analysis = QuoteExtractor.analyze(near)
    let quote = try #require(analysis.quotes.first { near.string($0.span) == "“Now we rest.”" })
    #expect(quote.speaker.map { analysis.speakers[$0].name } == "Ada Lovelace")
    #expect(quote.rule == .continuation)
    // In the same paragraph it goes on the quotation before: one utterance of two parts.
    let (same, _) = article(body: "“We won,” Ada Lovelace said. The crowd cheered. “Now we rest.”")
    let sameAnalysis = QuoteExtractor.analyze(same)
    #expect(sameAnalysis.quotes.count == 1)
    let joined = try #require(sameAnalysis.quotes.first)
    #expect(joined.parts.map { same.string($0) } == ["“We won,”", "“Now we rest.”"])
    #expect(joined.speaker.map { sameAnalysis.speakers[$0].name } == "Ada Lovelace")
    #expect(sameAnalysis.speakers.first?.direct == 1)
    // Two paragraphs later the quote is nobody's.
    let (far, _) = article(
      body: "“We won,” Ada Lovelace said.\n\nThe crowd cheered.\n\nIt rained.\n\n“Now we rest.”")
    let farAnalysis = QuoteExtractor.analyze(far)
    let lone = try #require(farAnalysis.quotes.first { far.string($0.span) == "“Now we rest.”" })
    #expect(lone.speaker == nil)
  }

  @Test("A quote-only sentence after another voice's reported speech is that voice's")
  func quoteAfterReportedSpeech() throws {
    let (doc, _) = article(
      body: "“We won,” Ada Lovelace said. Ann Clark, her rival, agreed. “The count was fair.”")
    let analysis = QuoteExtractor.analyze(doc)
    let quote = try #require(analysis.quotes.first { doc.string($0.span) == "“The count was fair.”" })
    #expect(quote.speaker.map { analysis.speakers[$0].name } == "Ann Clark")
    // A sentence that reports nothing leaves the quote with the last speaker (above).
  }

  @Test("Every quote records its rule and a confidence")
  func provenance() throws {
    let (article, _) = article(body: "“We won,” said Ada Lovelace.")
    let quote = try #require(QuoteExtractor.analyze(article).quotes.first)
    #expect(quote.rule == .cueAfter)
    #expect(quote.confidence > 0.5 && quote.confidence <= 1)
    let json = QuoteExport.jsonObject(article, QuoteExtractor.analyze(article))
    #expect(json.contains("\"rule\": \"cue-after\""))
  }

  @Test("A surname joins the full name before a generational suffix")
  func surnameBeforeSuffix() {
    let (article, _) = article(
      body: "The museum opened with a speech by Chief Justice Ann B. Lee Jr. about the court.\n\n"
        + "To understand the case, Chief Justice Lee said, one should visit this museum.")
    let names = QuoteExtractor.analyze(article).speakers.map(\.name)
    #expect(names == ["Ann B. Lee"])
  }

  @Test("Without a model every candidate is kept with confidence 1")
  func noModel() throws {
    let (article, _) = article(body: "“We won,” said Ada Lovelace.")
    let analysis = QuoteExtractor.analyze(article, attributor: StandardAttributor(model: nil))
    #expect(analysis.quotes.first?.confidence == 1)
    #expect(
      StandardAttributor(model: nil, source: nil, cut: nil).identity.hasSuffix(
        "+model/none+source/none+cut/none"))
    #expect(StandardAttributor(model: nil).identity.contains("+model/none+source/"))
  }
}
