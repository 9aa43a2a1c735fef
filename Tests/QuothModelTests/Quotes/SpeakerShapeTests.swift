import Testing

@testable import QuothModel

/// The shape a mention needs to be a source: a noun phrase with a head that can speak, a name that
/// is no common word or adverb, a subject rather than a preposition's object; plurals for people
/// are groups. One positive and one negative invented fixture per rule.
@Suite("Speaker mention shapes")
struct SpeakerShapeTests {
  @Test(
    "A common noun phrase names a source only with a head that can speak",
    arguments: [
      ("officials familiar with the talks", true), ("a person who attended the meeting", true),
      ("some of the dockworkers", true), ("the 46-year-old", true), ("the Tulsa Herald", true),
      ("the crowd", true), ("the airline", true), ("Officials", true), ("a reporter can be heard", false),
      ("three spokeswomen", true), ("the port authorities", true),
      ("the acting director", true), ("Clinton’s campaign", true),
      ("seeking to", false), ("a harbor-friendly", false), ("some of the", false), ("the rest of the", false),
      ("though people", false), ("the council will vote to", false), ("a source for his", false),
      ("the 2019", false), ("Projections", false), ("Lee’s", false), ("the ferry", false),
      ("the plan didn’t", false), ("exit polls (a wide margin", true), ("why the council", false),
      ("this story", false), ("This article", false), ("this agency", true),
    ])
  func nounPhrases(name: String, isSource: Bool) {
    #expect(SpeakerResolver.isNounPhrase(name) == isSource)
  }

  @Test(
    "A one-word name shaped as an adverb is none",
    arguments: [
      ("Separately", true), ("Ironically", true), ("Hastily", true), ("Kelly", false), ("Connolly", false),
      ("Beverly", false), ("Emily", false), ("Donnelly", false), ("Shortly", true), ("Quickly", true),
      ("Hartley", false),
    ])
  func adverbs(word: String, isAdverb: Bool) {
    let text = Array(word.unicodeScalars)
    #expect(SpeakerResolver.isAdverb(TextSpan(start: 0, end: text.count), text) == isAdverb)
  }

  @Test(
    "A one-word participle or a contraction of `I` is no name",
    arguments: [
      ("Adding", true), ("Acknowledging", true), ("Disillusioned", true), ("I’m", true), ("I'm", true),
      ("I’d", true), ("I've", true), ("I’ll", true), ("King", false), ("Ted", false), ("HarborFeed", false),
      ("Reyes", false), ("Hastings", false), ("O’Neil", false), ("Ida", false),
    ])
  func verbForms(word: String, isVerbForm: Bool) {
    let text = Array(word.unicodeScalars)
    #expect(SpeakerResolver.isVerbForm(TextSpan(start: 0, end: text.count), text) == isVerbForm)
  }

  @Test(
    "A one-word plural for people is a group",
    arguments: [
      ("Mourners", true), ("Peruvians", true), ("Ohioans", true), ("Iowans", true), ("Saudis", true),
      ("Evans", false), ("Sanders", false),
      ("Brooks", false), ("Mourner", false),
    ])
  func peoplePlurals(word: String, isGroup: Bool) {
    #expect(SpeakerResolver.isPeoplePlural(word) == isGroup)
  }

  @Test(
    "One acronym is an organization's name, never a person's",
    arguments: [
      ("HP", true), ("NATO", true), ("F.A.A.", true), ("NAACP’s", true), ("Ng", false), ("Lee", false),
      ("A", false), ("ABCDEFGH", false),
    ])
  func acronyms(name: String, isAcronym: Bool) {
    #expect(SpeakerResolver.isAcronym(name) == isAcronym)
  }

  @Test(
    "A one-word name joining a lower-case part with a hyphen is a compound, no name",
    arguments: [
      ("Republican-backed", true), ("Harbor-era", true), ("Commander-in-Chief", true), ("Al-Amin", false),
      ("Coca-Cola", false), ("Reyes", false), ("al-Amin", false),
    ])
  func lowerCompounds(word: String, isCompound: Bool) {
    let text = Array(word.unicodeScalars)
    #expect(SpeakerResolver.isLowerCompound(TextSpan(start: 0, end: text.count), text) == isCompound)
  }

  @Test(
    "A role that only repeats the end of the name is not shown",
    arguments: [
      ("The senator", "senator", true), ("The Vermont senator", "senator", true), ("judge", "judge", true),
      ("Ann Lee", "senator", false), ("The senator", "former senator", false),
      ("Presenator", "senator", false),
    ])
  func repeatedRoles(name: String, role: String, repeats: Bool) {
    #expect(SpeakerResolver.repeats(name, role) == repeats)
  }

  @Test(
    "The byte-wise test of a repeated role agrees with lower-casing both strings",
    arguments: [
      ("The Senator", "senator"), ("THE JUDGE", "Judge"), ("Judge", "judge"), ("judge", "judges"),
      ("Ann Lee", "lee"), ("Ann  Lee", " lee"), ("The senator ", ""), ("", ""), ("x", ""), ("a-b", "B"),
      ("Ann\r\nLee", "lee"), ("Zoë Lee", "lee"), ("The Señor", "señor"),
    ])
  func plainRepeatedRoles(name: String, role: String) {
    let lowered =
      name.count > role.count
      ? name.lowercased().hasSuffix(" " + role.lowercased()) : name.lowercased() == role.lowercased()
    #expect(SpeakerResolver.repeats(name, role) == lowered)
    if let plain = SpeakerResolver.plainRepeats(name, role) { #expect(plain == lowered) }
  }

  static let cases: [QuoteCase] = [
    // A one-word subject that the text also names inside a sentence is what a pronoun after it
    // refers to, before a full name further back …
    QuoteCase(
      fixture:
        "The council met with Reyes and Ann Lee.\n\nReyes is outlining a plan. 1️⃣He says ⏩the pier “must close.”⏪",
      kind: .mixed, speaker: "Reyes"),
    // … but not a word that only ever opens a sentence.
    QuoteCase(
      fixture:
        "Ann Lee met the council.\n\nFootage is circulating online. 1️⃣She says ⏩the pier “must close.”⏪",
      kind: .mixed, speaker: "Ann Lee"),
    // A name between commas after a noun phrase holding another name is the speaker …
    QuoteCase(
      fixture: "1️⃣The head of the Harbor League, Ann Lee, warned ⏩that a ban would be “wrong.”⏪", kind: .mixed,
      speaker: "Ann Lee", role: "head of the Harbor League"),
    QuoteCase(
      fixture: "1️⃣A spokesman for Harbor Works, Tom Reyes, said ⏩that the pier was safe⏪.", kind: .indirect,
      speaker: "Tom Reyes", role: "spokesman for Harbor Works"),
    // … and no phrase further back takes its place: neither the opening phrase's outlet …
    QuoteCase(
      fixture: "In a letter to the Tulsa Herald, 1️⃣her adviser, Tom Reyes, said: ⏩“The pier is safe.”⏪",
      kind: .direct, speaker: "Tom Reyes"),
    // … nor, after a name opening its phrase and a relative clause, the phrase before it.
    QuoteCase(
      fixture:
        "Speaking on the same show, 1️⃣Sen. Ann Lee (D-Mo.), who backs Reyes, said ⏩the pier “is safe.”⏪",
      kind: .mixed, speaker: "Ann Lee"),
    // … but a name inside a role phrase (`president of HarborEU`) does not end it.
    QuoteCase(
      fixture: "1️⃣Ann Lee, president of HarborEU, a club for pilots, said ⏩the pier was safe⏪.",
      kind: .indirect,
      speaker: "Ann Lee", role: "president of HarborEU"),
    // … while an organization with an appositive of its own speaks for itself.
    QuoteCase(
      fixture: "The 1️⃣Harbor League, the oldest club, said ⏩the pier was safe⏪.", kind: .indirect,
      speaker: "Harbor League", speakerKind: .organization),
    // A surname joins the full name that ends with it, not a thing named after the person …
    QuoteCase(
      fixture: "Tom Reyes spoke at Reyes Tower.\n\n⏩“We will win,”⏪ 1️⃣Reyes said.", kind: .direct,
      speaker: "Tom Reyes"),
    QuoteCase(
      fixture: "Tom Reyes III owns the pier.\n\n⏩“We will win,”⏪ 1️⃣Reyes said.", kind: .direct,
      speaker: "Tom Reyes III"),
    // … nor, with no full name given, a thing after `the`.
    QuoteCase(
      fixture: "Fans rode the Reyes Express to the fair.\n\n⏩“We will win,”⏪ 1️⃣Reyes said.", kind: .direct,
      speaker: "Reyes"),
    // A heading with a verb inside, or opening with a participle, is no name for a later `he`.
    QuoteCase(
      fixture: "Ann Lee Wins Harbor Vote.\n\n⏩“It was hard,”⏪ 1️⃣she said.", kind: .direct, speaker: nil),
    QuoteCase(
      fixture: "Praising Tom Reyes.\n\n⏩“It was hard,”⏪ 1️⃣he said.", kind: .direct, speaker: nil),
    // A headline's capitalized subject and verb are no name for a later `he` …
    QuoteCase(
      fixture: "Retired Harbor Master Reveals ‘Hard’ Years.\n\n⏩“It was hard,”⏪ 1️⃣he said.", kind: .direct,
      speaker: nil),
    // … while a name in the text still takes it.
    QuoteCase(
      fixture: "Retired Harbor Master Reveals ‘Hard’ Years.\n\nTom Reyes spoke. ⏩“It was hard,”⏪ 1️⃣he said.",
      kind: .direct, speaker: "Tom Reyes"),
    // A participle opening a clause names nobody …
    QuoteCase(fixture: "⏩The pier is safe⏪, 1️⃣Returning said.", kind: .indirect, speaker: nil),
    // … while a surname so shaped joins the full name the article gives.
    QuoteCase(
      fixture: "Tom Manning runs the port.\n\n⏩The pier is safe⏪, 1️⃣Manning noted.", kind: .indirect,
      speaker: "Tom Manning"),
    // A kind of person before a full name is a title …
    QuoteCase(
      fixture: "⏩“The pier is safe,”⏪ said 1️⃣Pollster Ann Lee.", kind: .direct, speaker: "Ann Lee"),
    QuoteCase(
      fixture: "⏩“The pier is safe,”⏪ said 1️⃣Actor Tom Reyes.", kind: .direct, speaker: "Tom Reyes"),
    // … but a given name is no title, and an institution keeps its name whole.
    QuoteCase(
      fixture: "⏩“The pier is safe,”⏪ said 1️⃣Victor Davis Reyes.", kind: .direct, speaker: "Victor Davis Reyes"
    ),
    QuoteCase(
      fixture: "⏩“The pier is safe,”⏪ said 1️⃣the National Harbor Association.", kind: .direct,
      speaker: "the National Harbor Association", speakerKind: .organization),
    // A sentence adverb before a name is no part of it.
    QuoteCase(
      fixture: "1️⃣Interestingly Ann Lee said ⏩the pier was safe⏪.", kind: .indirect, speaker: "Ann Lee"),
    // An acronym names an organization.
    QuoteCase(
      fixture: "⏩“Margins will fall,”⏪ 1️⃣HP said.", kind: .direct, speaker: "HP", speakerKind: .organization),
    // A place of birth before a name is not part of it.
    QuoteCase(
      fixture: "⏩“I was shocked,”⏪ said South Korean-born 1️⃣Ann Lee.", kind: .direct, speaker: "Ann Lee"),
    // Another person's name is no role.
    QuoteCase(
      fixture: "1️⃣Ann Lee, Ms. Reyes the harbor master, said ⏩the pier was safe⏪.", kind: .indirect,
      speaker: "Ann Lee", role: nil),
    // `Whether` and `Following` open a sentence, not a name.
    QuoteCase(
      fixture: "Whether Ann Lee wins is unclear. ⏩“The pier is safe,”⏪ 1️⃣she said.", kind: .direct,
      speaker: "Ann Lee"),
    QuoteCase(
      fixture: "Following Monday’s vote 1️⃣Ann Lee said ⏩the pier was safe⏪.", kind: .indirect,
      speaker: "Ann Lee"),
    // A sentence adverb opening a sentence is no name for the quotation after it.
    QuoteCase(
      fixture:
        "Often, dock workers did not understand the new fees.\n\n⏩“There was not a lot of education about the fees.”⏪",
      kind: .direct, speaker: nil),
    // A loose noun phrase with no head that speaks gives no speaker; one with a head does.
    QuoteCase(fixture: "⏩“The pier is safe,”⏪ 1️⃣a harbor-friendly said.", kind: .direct, speaker: nil),
    QuoteCase(
      fixture: "⏩“The pier is safe,”⏪ 1️⃣the crowd said.", kind: .direct, speaker: "the crowd",
      speakerKind: .group),
    QuoteCase(
      fixture: "⏩“The pier is safe,”⏪ 1️⃣the airline said.", kind: .direct, speaker: "the airline",
      speakerKind: .organization),
    // A capitalized word the article also writes in lower case is a sentence's first word.
    QuoteCase(
      fixture:
        "The mayor spoke for an hour and nothing changed.\n\n1️⃣Nothing suggests ⏩that the pier will reopen⏪.",
      kind: .indirect, speaker: nil),
    QuoteCase(
      fixture: "The mayor spoke for an hour.\n\n1️⃣Kemal suggests ⏩that the pier will reopen⏪.",
      kind: .indirect,
      speaker: "Kemal"),
    // Unless a full name of the article ends with it.
    QuoteCase(
      fixture: "Ann Young runs the port for the young city.\n\n⏩“It is safe,”⏪ 1️⃣Young said.", kind: .direct,
      speaker: "Ann Young"),
    // An adverb at a sentence start is no name.
    QuoteCase(
      fixture: "⏩The pier is safe⏪, 1️⃣Ironically said.", kind: .indirect, speaker: nil),
    // A name after a preposition is the object of a phrase, not a subject.
    QuoteCase(
      fixture: "A fight against 1️⃣Harbor Outfitters shows ⏩that the fees are unfair⏪.", kind: .indirect,
      speaker: nil),
    QuoteCase(
      fixture: "1️⃣Harbor Outfitters shows ⏩that the fees are unfair⏪.", kind: .indirect,
      speaker: "Harbor Outfitters"),
    // A name before an evidence verb is the name, a person's.
    QuoteCase(
      fixture: "Ann Lee runs the port.\n\nBut 1️⃣Mr. Lee found ⏩that the pier was unsafe⏪.", kind: .indirect,
      speaker: "Ann Lee"),
    // Plurals for people are groups.
    QuoteCase(
      fixture: "1️⃣Mourners said ⏩they would return in spring⏪.", kind: .indirect, speaker: "Mourners",
      speakerKind: .group),
    // A nationality alone is an adjective, no name; its plural is a group.
    QuoteCase(fixture: "⏩“The pier is safe,”⏪ 1️⃣Canadian said.", kind: .direct, speaker: nil),
    QuoteCase(
      fixture: "⏩“The pier is safe,”⏪ 1️⃣Canadians said.", kind: .direct, speaker: "Canadians",
      speakerKind: .group),
    // `who` before a clause between commas is the subject, its antecedent the speaker.
    QuoteCase(
      fixture: "Ann Lee, 1️⃣who, after a long pause, said ⏩that the pier was safe⏪.", kind: .indirect,
      speaker: "Ann Lee"),
    QuoteCase(
      fixture: "1️⃣Ann Lee, after a long pause, said ⏩that the pier was safe⏪.", kind: .indirect,
      speaker: "Ann Lee"),
    // A party before a name is a title, not part of the name; a weekday after it is a time.
    QuoteCase(
      fixture: "⏩“The pier is safe,”⏪ said 1️⃣Democrat Ann Lee.", kind: .direct, speaker: "Ann Lee"),
    QuoteCase(
      fixture: "⏩“The pier is safe,”⏪ 1️⃣Harbor News Tuesday said.", kind: .direct, speaker: "Harbor News",
      speakerKind: .organization),
    // A time after the noun phrase before a cue is no part of it.
    QuoteCase(
      fixture: "A study by the 1️⃣Harbor Institute last month found ⏩that fees rose⏪.", kind: .indirect,
      speaker: "Harbor Institute", speakerKind: .organization),
    QuoteCase(
      fixture: "A study by the 1️⃣Harbor Institute found ⏩that fees rose⏪.", kind: .indirect,
      speaker: "Harbor Institute", speakerKind: .organization),
    // A name between commas after a noun phrase is the speaker, the noun phrase the role …
    QuoteCase(
      fixture: "The 1️⃣port’s spokeswoman, Ann Lee, said ⏩that the pier was safe⏪.", kind: .indirect,
      speaker: "Ann Lee", role: "port’s spokeswoman"),
    // The same after a closing cue, initials and all; the content ends before the noun phrase.
    QuoteCase(
      fixture: "⏩“The pier is safe,”⏪ said 1️⃣the port’s spokeswoman, Ann B. Lee.", kind: .direct,
      speaker: "Ann B. Lee", role: "port’s spokeswoman"),
    QuoteCase(
      fixture: "⏩“The pier is safe,”⏪ 1️⃣the port’s spokeswoman, Ann Lee, said.", kind: .direct,
      speaker: "Ann Lee", role: "port’s spokeswoman"),
    // … and a name before the commas keeps the words between them as its role.
    QuoteCase(
      fixture: "1️⃣Ann Lee, the port’s spokeswoman, said ⏩that the pier was safe⏪.", kind: .indirect,
      speaker: "Ann Lee", role: "port’s spokeswoman"),
    // A compound adjective is no name; a first name alone is.
    QuoteCase(fixture: "⏩“The pier is safe,”⏪ said 1️⃣Harbor-backed.", kind: .direct, speaker: nil),
    QuoteCase(fixture: "⏩“The pier is safe,”⏪ 1️⃣Melba said.", kind: .direct, speaker: "Melba"),
    // A verb joined by `and` before a noun phrase is the clause's, not the speaker's.
    QuoteCase(
      fixture: "The union sent letters and placed 1️⃣newspaper ads calling ⏩the deal a “mistake”⏪.",
      kind: .mixed, speaker: "newspaper ads", speakerKind: .document),
    QuoteCase(
      fixture: "⏩“The pier is safe,”⏪ 1️⃣the retired dockworkers said.", kind: .direct,
      speaker: "the retired dockworkers", speakerKind: .group),
  ]

  @Test("Mentions of the wrong shape give no speaker; the right shape gives one", arguments: cases)
  func extraction(_ c: QuoteCase) throws {
    try QuoteExtractorTests().markedFixture(c)
  }
}
