import Testing

@testable import QuothModel

@Suite struct SpeakerResolverTests {
  @Test func substringSearchIsByteForByte() {
    #expect(SpeakerResolver.has("senior vice-president", "president"))
    #expect(SpeakerResolver.has("president", "president"))
    #expect(SpeakerResolver.has("anything", ""))
    #expect(!SpeakerResolver.has("pres", "president"))
    #expect(!SpeakerResolver.has("vice-presidency", "president"))
    #expect(SpeakerResolver.has("ministre délégué", "délégué"))
  }

  /// A long article with many speakers: surnames, fuller names and `the senator` still find the
  /// right person among hundreds (the resolver indexes entities by name and names by position).
  @Test func manySpeakersResolveLikeFew() {
    let first = ["Ada", "Ben", "Cleo", "Dev", "Eli", "Fay", "Gus", "Hal", "Ivy", "Jon"]
    let last = ["Ames", "Brody", "Cruz", "Diaz", "Engel", "Frost", "Grant", "Hale", "Ibsen", "Judd"]
    var paragraphs = ["A long day at the capitol"]
    for i in 0..<100 {
      let name = "\(first[i % 10]) \(last[i / 10])"
      paragraphs.append("“We will vote on item \(i),” \(name) said.")
    }
    paragraphs.append("Senator Nora Quill arrived late.")
    paragraphs.append("“The vote is a farce,” the senator said.")
    paragraphs.append("“Item 3 was fine,” Brody said.")
    paragraphs.append("Then Walt spoke. “I agree,” Walt said.")
    paragraphs.append("“I agree with Walt,” said Walt Zimmer, who had waited all day.")
    let text = Array(paragraphs.joined(separator: "\n\n").unicodeScalars)
    let analysis = QuoteExtractor.analyze(ArticleParser.parse(path: "long.txt", text: text, format: .text))
    let speakers = analysis.quotes.map { $0.speaker.map { analysis.speakers[$0].name } }
    #expect(speakers.count == 104)
    #expect(speakers[0] == "Ada Ames" && speakers[99] == "Jon Judd")
    #expect(speakers[100] == "Nora Quill")
    // `Brody` alone: the latest speaker with that surname.
    #expect(speakers[101] == "Jon Brody")
    // A speaker first met by one word takes the fuller name when it comes.
    #expect(speakers[102] == "Walt Zimmer" && speakers[103] == "Walt Zimmer")
    #expect(analysis.speakers.count == 102)
  }

  /// The speaker of the one quotation in `body`, by the rules alone (the source model can
  /// move a mention, and this is about what a mention names).
  func epithetSpeaker(_ body: String) throws -> Speaker? {
    let (doc, _) = article(body: body)
    let analysis = QuoteExtractor.analyze(doc, model: nil)
    let quote = try #require(analysis.quotes.first)
    return quote.speaker.map { analysis.speakers[$0] }
  }

  /// `the Florida senator`: the one person named before whose title or appositive holds the
  /// head word and the place; the epithet becomes the role.
  @Test func epithetNamesThePersonItDescribes() throws {
    let senator = try epithetSpeaker(
      "Sen. Tom Lee spoke first. Sen. Ann Reyes (R-Fla.) spoke next, and Ben Ames followed.\n\n"
        + "“We will win the state,” the Florida senator said.")
    #expect(senator?.name == "Ann Reyes")
    #expect(senator?.role == "Florida senator")
    #expect(senator?.kind == .person)
    let surgeon = try epithetSpeaker(
      "Retired neurosurgeon Ben Ames and Sen. Ann Reyes met on Monday.\n\n"
        + "“The clinic stays open,” the retired neurosurgeon said.")
    #expect(surgeon?.name == "Ben Ames")
    let bare = try epithetSpeaker(
      "Sen. Ann Reyes toured the harbor on Monday.\n\n“The pier stays open,” the senator said.")
    #expect(bare?.name == "Ann Reyes")
  }

  /// Where the reader could not tell who is meant, the epithet stays as written: two senators, a
  /// bare epithet after someone else was named, a place no description gives, a head that is
  /// usually someone unnamed, and an appositive (which says who someone is, not who speaks).
  @Test func epithetWithoutOnePersonStaysUnnamed() throws {
    let fixtures = [
      "Sen. Ann Reyes and Sen. Tom Lee met on Monday.\n\n“We will win,” the senator said.",
      "Sen. Ann Reyes toured the harbor. Ben Ames followed her.\n\n“The pier stays open,” the senator said.",
      "Sen. Ann Reyes toured the harbor on Monday.\n\n“The pier stays open,” the Texas senator said.",
      "Ann Reyes, a senior official, toured the harbor.\n\n“The pier stays open,” the official said.",
      "Ann Reyes toured the harbor.\n\n“The pier stays open,” the Dover harbor master said.",
    ]
    for body in fixtures {
      let speaker = try epithetSpeaker(body)
      #expect(speaker?.name != "Ann Reyes", "\(body)")
      #expect(speaker?.name != "Tom Lee", "\(body)")
    }
    // `moderator Ann Reyes, the anchor of “Harbor Nightly,”`: no quotation of hers.
    let (doc, _) = article(
      body:
        "The debate was run by moderator Ann Reyes, the anchor of “Harbor Nightly.” Tom Lee spoke first.\n\n"
        + "“The pier stays open,” he said.")
    let analysis = QuoteExtractor.analyze(doc, model: nil)
    let names = analysis.quotes.compactMap { $0.speaker.map { analysis.speakers[$0].name } }
    #expect(!names.contains("Ann Reyes"))
  }

  /// A name after a role that opens its sentence (`Radio talk show host Bill Ortiz`) is the
  /// sentence's subject, which `he` after it stands for, rather than someone named earlier.
  @Test func pronounAfterDescribedSubjectIsThatPerson() throws {
    let host = try epithetSpeaker(
      "Tom Reyes spoke first. Radio talk show host Bill Ortiz minced no words in sharing what he thinks of the pier plan."
    )
    #expect(host?.name == "Bill Ortiz")
    let columnist = try epithetSpeaker(
      "Tom Reyes spoke first. The Harbor Ledger columnist Ann Lee wrote that she agreed with him that the fee is fair."
    )
    #expect(columnist?.name == "Ann Lee")
  }

  /// Not when the words before the name hold a verb (`told`) or a preposition (`head of`), the
  /// word before it is no person noun (`the Golden Bear diner`), or the name's title gives the
  /// other gender.
  @Test func pronounSkipsNamesThatAreNoSubject() throws {
    let fixtures = [
      "Tom Reyes spoke first. He told radio host Bill Ortiz that the pier must close.",
      "Tom Reyes spoke first. The waitress at the Golden Bear diner agreed. He argued that the fee is fair.",
      "Tom Reyes spoke first. The head of shipping company Bluewater Lines agreed. He argued that the fee is fair.",
      "Tom Reyes spoke first. Pier columnist Mrs. Ann Lee agreed. He argued that the fee is fair.",
    ]
    for body in fixtures {
      let speaker = try epithetSpeaker(body)
      #expect(speaker?.name == "Tom Reyes", "\(body)")
    }
  }

  /// A first name that mostly one sex bears (the 1990 US Census lists) tells the person's
  /// gender; a name both bear, or a rare one, tells nothing.
  @Test func givenNamesTellAGender() {
    #expect(SpeakerLexicon.gender(ofGivenName: WordHash("donald")) == .male)
    #expect(SpeakerLexicon.gender(ofGivenName: WordHash("Hillary")) == .female)
    #expect(SpeakerLexicon.gender(ofGivenName: WordHash("lee")) == .unknown)
    #expect(SpeakerLexicon.gender(ofGivenName: WordHash("lindsey")) == .unknown)
    #expect(SpeakerLexicon.gender(ofGivenName: WordHash("harbor")) == .unknown)
  }

  /// The speakers of the quotations in `body`, by the rules alone.
  func speakers(_ body: String) -> [String?] {
    let (doc, _) = article(body: body)
    let analysis = QuoteExtractor.analyze(doc, model: nil)
    return analysis.quotes.map { $0.speaker.map { analysis.speakers[$0].name } }
  }

  /// `she` passes over the latest speaker when his first name is a man's, and `Mrs. Lee` is not
  /// `Tom Lee`; with a first name both bear, the latest speaker still takes the pronoun.
  @Test func firstNamesKeepPronounsAndSurnamesApart() {
    let she = speakers(
      "“The fee is fair,” Ann Lee said.\n\n“The fee is too high,” Tom Reyes said.\n\n“We will pay it anyway,” she said."
    )
    #expect(she == ["Ann Lee", "Tom Reyes", "Ann Lee"])
    let mrs = speakers(
      "“The fee is fair,” Ann Lee said.\n\n“The fee is too high,” Tom Lee said.\n\n“We will pay it anyway,” Mrs. Lee said."
    )
    #expect(mrs == ["Ann Lee", "Tom Lee", "Ann Lee"])
    let both = speakers(
      "“The fee is fair,” Ann Lee said.\n\n“The fee is too high,” Lee Reyes said.\n\n“We will pay it anyway,” she said."
    )
    #expect(both == ["Ann Lee", "Lee Reyes", "Lee Reyes"])
  }

  /// A kinship noun before a name tells its gender (`her son, Daru Reyes`), so `Ms. Reyes` is the
  /// mother, not the son.
  @Test func kinshipNounTellsAGender() {
    let names = speakers(
      "“We will stay,” Ann Reyes said.\n\nShe spoke of her son, Daru Reyes. He said the pier “was home.”"
        + "\n\n“He loved the pier,” Ms. Reyes said.")
    #expect(names == ["Ann Reyes", "Daru Reyes", "Ann Reyes"])
  }

  /// A description holds a modifier as words in a row, a party's letter or a state's
  /// abbreviation, never as letters across words (`john harris` is no `N.H.`).
  @Test func descriptionsHoldModifiersAsWords() {
    #expect(SpeakerResolver.holds(["r", "n", "j"], "new jersey"))
    #expect(SpeakerResolver.holds(["new", "jersey", "governor"], "new jersey"))
    #expect(SpeakerResolver.holds(["r", "fla"], "republican"))
    #expect(SpeakerResolver.holds(["r", "fla"], "florida"))
    #expect(!SpeakerResolver.holds(["d", "fla"], "republican"))
    #expect(!SpeakerResolver.holds(["john", "harris"], "new hampshire"))
    #expect(!SpeakerResolver.holds(["jersey", "new"], "new jersey"))
    #expect(!SpeakerResolver.holds(["ms", "reyes"], "mississippi"))
  }
}
