import Testing

@testable import QuothModel

/// Rules found by error analysis on the train split, each with an invented positive and
/// negative fixture.
@Suite("Quote rules")
struct QuoteRuleTests {
  static let cases: [QuoteCase] = [
    // A capitalized modifier before a person noun opens the subject; the name is the speaker.
    QuoteCase(
      fixture: "Republican presidential candidate Tom Reyes argues ⏩that the harbor fees are too high⏪.",
      kind: .indirect, speaker: "Tom Reyes"),
    QuoteCase(
      fixture:
        "Conservative economist Ann Lee, who studies fees at the Harbor Institute, argued ⏩that the plan would fail⏪.",
      kind: .indirect, speaker: "Ann Lee"),
    // A person noun that is the verb (`shot back`) leaves the name alone; a noun phrase before
    // `would` after the cue is the subject of what was said, not the speaker.
    QuoteCase(
      fixture: "1️⃣Reyes shot back in a statement, saying ⏩the plan would fail⏪.", kind: .indirect,
      speaker: "Reyes"),
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
    // A closing cue after a titled name: the quote does not end the sentence before it.
    QuoteCase(
      fixture: "⏩“We will not pay the fee!”⏪ 1️⃣Mr. Reyes wrote on Monday.", kind: .direct, speaker: "Reyes"),
    // A closing cue after a name and its appositive.
    QuoteCase(
      fixture: "⏩“Nobody asked us!”⏪ 1️⃣Ada Lovelace, the head of the harbor board, wrote on Friday.",
      kind: .direct, speaker: "Ada Lovelace"),
    // `told` and its listener close the attribution.
    QuoteCase(
      fixture:
        "⏩“It looks like a long winter, who knows?”⏪ 1️⃣Tom Reyes told the Harbor Gazette in an interview.",
      kind: .direct, speaker: "Tom Reyes"),
    // A place's capitalized words between the article and a person noun stay in the subject.
    QuoteCase(
      fixture: "1️⃣The New York businessman said ⏩the pier would close⏪.", kind: .indirect,
      speaker: "The New York businessman", speakerKind: .unnamed),
    QuoteCase(
      fixture: "1️⃣The former Rhode Island governor said ⏩the pier would close⏪.", kind: .indirect,
      speaker: "The former Rhode Island governor", speakerKind: .unnamed),
    // `state` before a person noun modifies it; `confirming` reports.
    QuoteCase(
      fixture: "1️⃣The Harbor County state attorney general is confirming ⏩that the fund is not registered⏪.",
      kind: .indirect, speaker: "The Harbor County state attorney general", speakerKind: .unnamed),
    // A question's cue and its listener close the attribution too.
    QuoteCase(
      fixture: "⏩“Why close it now?”⏪ 1️⃣Tom Reyes asked reporters at a briefing on Monday.",
      kind: .direct, speaker: "Tom Reyes"),
    // `told` its listener, then a colon: the quotation paragraph after it.
    QuoteCase(
      fixture: "1️⃣Tom Reyes told the dock workers, to loud applause:\n\n⏩“We will rebuild the pier.”⏪",
      kind: .direct, speaker: "Tom Reyes"),
    // A quotation no pattern claims, after a name and a colon.
    QuoteCase(
      fixture:
        "Next came harbor master 1️⃣Ada Lovelace: ⏩“We never expected the board to turn against the pier this year.”⏪",
      kind: .direct, speaker: "Ada Lovelace"),
    // A quotation after a verb takes that verb's subject, not an introductory phrase's first word.
    QuoteCase(
      fixture:
        "Holding signs at the gate, 1️⃣the dock workers chanted ⏩“No fees for fishermen, no fees for anyone!”⏪",
      kind: .direct, speaker: "the dock workers", speakerKind: .group),
    // An uncued quotation followed by a pronoun and its verb.
    QuoteCase(
      fixture:
        "Ada Lovelace was far less cheerful: ⏩“The board will hate this deal, and it will not reward us for it,”⏪ 1️⃣she recounted telling them.",
      kind: .direct, speaker: "Ada Lovelace"),
    // A quotation-only paragraph with no cue takes the subject of the sentence before it.
    QuoteCase(
      fixture:
        "1️⃣Judge Maria Ortiz then turned to the defendant.\n\n⏩“Do you understand the charges against you?”⏪",
      kind: .direct, speaker: "Maria Ortiz"),
    // A participle after a comma reports what the sentence's subject said, not the phrase
    // before the comma.
    QuoteCase(
      fixture:
        "At a meeting in Dover, 1️⃣Tom Reyes was blunt, claiming ⏩that the harbor fees had doubled since May⏪.",
      kind: .indirect, speaker: "Tom Reyes"),
    // A verb of judgment's object ends before a time adverbial that ends the clause.
    QuoteCase(
      fixture: "1️⃣Ada Lovelace endorsed ⏩Reyes⏪ last week.", kind: .indirect, speaker: "Ada Lovelace"),
    // … and before `and` and a second verb.
    QuoteCase(
      fixture: "1️⃣Ada Lovelace praised ⏩the new harbor plan⏪ and voted for it in May.",
      kind: .indirect, speaker: "Ada Lovelace"),
    // A complement after the time keeps the whole clause.
    QuoteCase(
      fixture: "1️⃣Ada Lovelace criticized ⏩the board on Monday for raising the fees again⏪.",
      kind: .indirect, speaker: "Ada Lovelace"),
    // A named poll after `in` opening the sentence is the source of the clause after its comma …
    QuoteCase(
      fixture: "In 1️⃣a new Harbor Gazette poll, ⏩Reyes leads the race for mayor by nine points⏪.",
      kind: .indirect, speaker: "a new Harbor Gazette poll", speakerKind: .document),
    // … and, ending the sentence, of the clause before it.
    QuoteCase(
      fixture: "⏩Reyes leads the race for mayor by nine points⏪ in 1️⃣the latest Gazette survey.",
      kind: .indirect, speaker: "the latest Gazette survey", speakerKind: .document),
    // A report ends where a second report by another subject starts …
    QuoteCase(
      fixture: "1️⃣Ada Lovelace said ⏩the pier is safe⏪ and Tom Reyes said it is not.",
      kind: .indirect, speaker: "Ada Lovelace"),
    // … which is a report of its own.
    QuoteCase(
      fixture: "Ada Lovelace said the pier is safe, but 1️⃣Tom Reyes said ⏩it needs new pilings⏪.",
      kind: .indirect, speaker: "Tom Reyes"),
    // A cue in an opening clause gives way to the main clause's own subject and cue before a
    // quotation …
    QuoteCase(
      fixture: "When Ann Lee suggested the pier would close, 1️⃣Tom Reyes replied, ⏩“It will not.”⏪",
      kind: .direct, speaker: "Tom Reyes"),
    // … and two words after the opening clause's cue.
    QuoteCase(
      fixture: "While not all the mayor says is true, 1️⃣Ann Lee said ⏩the pier is “sinking fast.”⏪",
      kind: .mixed, speaker: "Ann Lee"),
    // A passive with its agent after a quotation is no closing cue for it.
    QuoteCase(
      fixture:
        "1️⃣Ann Lee says ⏩the board will “fight the fees to the end.”⏪ The plan was first reported by the Harbor Ledger.",
      kind: .mixed, speaker: "Ann Lee"),
    // A cue word after an article is a noun; the verb after it is the cue.
    QuoteCase(
      fixture: "⏩“The pier will close in May,”⏪ 1️⃣the report stated.", kind: .direct, speaker: "the report",
      speakerKind: .document),
    // A capitalised cue word opening the sentence before a name and a verb is no inverted cue.
    QuoteCase(
      fixture: "1️⃣State Rep. Ann Lee said ⏩the pier is safe⏪.", kind: .indirect, speaker: "Ann Lee"),
    // A person noun and its modifiers right before a name are its role.
    QuoteCase(
      fixture: "⏩“The pier is safe,”⏪ said 1️⃣Republican presidential candidate Tom Reyes.", kind: .direct,
      speaker: "Tom Reyes", role: "Republican presidential candidate"),
    // A state after a town and its comma ends the affiliation of the name that speaks.
    QuoteCase(
      fixture: "1️⃣Tom Reyes of Dover, Delaware says ⏩he really thinks the pier can “last forever.”⏪",
      kind: .mixed, speaker: "Tom Reyes"),
    // A possessive after -s, its apostrophe apart from the name, opens the noun phrase.
    QuoteCase(
      fixture: "1️⃣Ann Reyes’ campaign says ⏩it raised $2 million in January⏪.", kind: .indirect,
      speaker: "Ann Reyes’ campaign", speakerKind: .organization),
    // After a name that follows its cue, a new clause is not the rest of the quote …
    QuoteCase(
      fixture: "⏩“The fees are fair,”⏪ said 1️⃣Ada Lovelace, but she has not paid them yet.",
      kind: .direct, speaker: "Ada Lovelace"),
    // … while a clause that a name and its cue interrupt goes on after them.
    QuoteCase(
      fixture: "⏩It is no surprise, Ada Lovelace said, that the fees went up⏪.",
      kind: .indirect, speaker: "Ada Lovelace"),
    // `but` before a second predicate of the same subject goes on with the report …
    QuoteCase(
      fixture: "1️⃣Ada Lovelace said ⏩the fee was fair, but rather high for small boats⏪.",
      kind: .indirect, speaker: "Ada Lovelace"),
    // … and before a new subject ends it.
    QuoteCase(
      fixture: "1️⃣Ada Lovelace said ⏩the fee was fair⏪, but fishermen disagree.",
      kind: .indirect, speaker: "Ada Lovelace"),
    // After `who` and its cue a phrase and a comma before a quotation lead to the quotation …
    QuoteCase(
      fixture: "The pier got a backer in Ann Lee, 1️⃣who said at the harbor office, ⏩“It is safe.”⏪",
      kind: .direct, speaker: "Ann Lee"),
    // … while a comma with no quotation after it ends the relative clause.
    QuoteCase(
      fixture: "The mayor thanked Ann Lee, 1️⃣who said ⏩the pier was safe⏪, and left.", kind: .indirect,
      speaker: "Ann Lee"),
    // A cue word after a determiner in the words after a closing cue is a noun: the cue is `said`.
    QuoteCase(
      fixture: "⏩The middle group paid 9 percent⏪, 1️⃣the agency said in a June report.",
      kind: .indirect, speaker: "the agency", speakerKind: .organization),
    // A cue word as a verb after the closing cue still means a clause of its own.
    QuoteCase(
      fixture: "The middle group paid 9 percent, 1️⃣the agency said ⏩it would report on the rest⏪.",
      kind: .indirect, speaker: "the agency", speakerKind: .organization),
    // A lower-case descriptor, then an abbreviated title and its stop, before a name after its cue.
    QuoteCase(
      fixture: "⏩“We will move on this right now,”⏪ said 1️⃣former Gov. Ann Lee of Maine, a Democrat.",
      kind: .direct, speaker: "Ann Lee"),
    // A place's possessive before a name is no part of it …
    QuoteCase(
      fixture: "⏩“The deal is done,”⏪ said Maine’s 1️⃣Ann Lee, a harbor consultant.", kind: .direct,
      speaker: "Ann Lee", role: "harbor consultant"),
    // … while before a common noun it is part of the noun phrase.
    QuoteCase(
      fixture: "⏩“The deal is done,”⏪ said 1️⃣Maine’s governor.", kind: .direct, speaker: "Maine’s governor",
      speakerKind: .unnamed),
    // One of a group, after the cue.
    QuoteCase(
      fixture: "⏩“It was loud and long,”⏪ said 1️⃣one of two witnesses who saw the crash.", kind: .direct,
      speaker: "one of two witnesses", speakerKind: .unnamed),
    // The name before `of` speaks, not the tail of its institution's name …
    QuoteCase(
      fixture:
        "⏩“The pier test is not done,”⏪ 1️⃣Mr. Morgan of the Harbor Institute for Ocean Studies wrote in May.",
      kind: .direct, speaker: "Morgan"),
    // … and an institution named with `of` is one name.
    QuoteCase(
      fixture: "⏩“The pier test is not done,”⏪ 1️⃣Bank of England said.", kind: .direct,
      speaker: "Bank of England", speakerKind: .organization),
    // A speech verb after a name and a long institution, past what the cue-after pattern reads.
    QuoteCase(
      fixture:
        "⏩“The storm broke the pier,”⏪ 1️⃣Tom Reyes of the Harbor Society for the Study of Ocean Engines wrote in May.",
      kind: .direct, speaker: "Tom Reyes"),
    // A kind of person after a determiner makes a noun phrase that speaks …
    QuoteCase(
      fixture: "⏩“He was always the one to push,”⏪ 1️⃣a harbor pilot recalled.", kind: .direct,
      speaker: "a harbor pilot", speakerKind: .unnamed),
    // … and the role of the name set off after it.
    QuoteCase(
      fixture: "⏩“He was always the one to push,”⏪ 1️⃣another harbor pilot, Tom Reyes, recalled.",
      kind: .direct, speaker: "Tom Reyes"),
    // A passive cue reports nothing: the cue closing the sentence does.
    QuoteCase(
      fixture:
        "⏩Boats are asked to dock early, and the pier is less likely to be “crowded with tourists,”⏪ 1️⃣Ada Lovelace said.",
      kind: .mixed, speaker: "Ada Lovelace"),
    // A cue whose listener and comma lead to a quotation opens it, rather than closing the words
    // before its subject.
    QuoteCase(
      fixture: "By noon, 1️⃣the harbor spokesman told reporters, ⏩“the pier pays for itself.”⏪",
      kind: .direct, speaker: "the harbor spokesman", speakerKind: .unnamed),
    // A party and state set off after the name, then the cue and a phrase before the quotation …
    QuoteCase(
      fixture: "1️⃣Ann Lee, R-Wis., said in an op-ed piece, ⏩“The pier failed every inspection.”⏪",
      kind: .direct, speaker: "Ann Lee"),
    // … while a period after a long capitalized word still ends the phrase before it.
    QuoteCase(
      fixture: "She met Ann Lee, Harbormaster. 1️⃣Tom Reyes, the mayor, said, ⏩“The pier failed.”⏪",
      kind: .direct, speaker: "Tom Reyes"),
    // A cry is speech.
    QuoteCase(
      fixture: "⏩“Never!”⏪ 1️⃣the crowd cried out, booing.", kind: .direct, speaker: "the crowd",
      speakerKind: .group),
    // An adverbial opening the reported clause does not end it at its comma …
    QuoteCase(
      fixture: "1️⃣Ann Lee said ⏩that after the storm, even the old pier is “a danger”⏪.",
      kind: .mixed, speaker: "Ann Lee"),
    // … while a conjunction after a comma past the clause's subject still does.
    QuoteCase(
      fixture: "1️⃣Ann Lee said ⏩that the old pier was “a danger,”⏪ but the board disagreed.",
      kind: .mixed, speaker: "Ann Lee"),
    // A participle after a comma reports what the subject after an opening clause said …
    QuoteCase(
      fixture:
        "When the ferry left, 1️⃣the spokesman refused to sail, insisting ⏩that the pier was unsafe⏪.",
      kind: .indirect, speaker: "the spokesman", speakerKind: .unnamed),
    // … and a name at the start of the sentence still speaks.
    QuoteCase(
      fixture: "1️⃣Ann Lee refused to sail, insisting ⏩that the pier was unsafe⏪.",
      kind: .indirect, speaker: "Ann Lee"),
    // A document its subject put out gives way to that subject …
    QuoteCase(
      fixture: "1️⃣Ann Lee issued a statement saying ⏩the pier “is a danger to every boat.”⏪",
      kind: .mixed, speaker: "Ann Lee"),
    QuoteCase(
      fixture: "1️⃣Ann Lee in her speech said ⏩the pier “is a danger to every boat.”⏪",
      kind: .mixed, speaker: "Ann Lee"),
    // … while a document that is the subject speaks for itself.
    QuoteCase(
      fixture: "1️⃣The statement said ⏩the pier “is a danger to every boat.”⏪",
      kind: .mixed, speaker: "The statement", speakerKind: .document),
    // A capitalized pronoun after an abbreviation's full stop starts a new sentence …
    QuoteCase(
      fixture: "Ann Lee says the pier is unsafe in the U.S. 1️⃣She says ⏩pilots “want answers.”⏪",
      kind: .mixed, speaker: "Ann Lee"),
    // … and a cue after a closing quotation with words and a quotation after it opens a report.
    QuoteCase(
      fixture: "Ann Lee warned that a ban would be “wrong.” 1️⃣She said ⏩pilots “know the tides.”⏪",
      kind: .mixed, speaker: "Ann Lee"),
    QuoteCase(
      fixture: "1️⃣Ann Lee warned ⏩that a ban would be “wrong.”⏪ She said pilots “know the tides.”",
      kind: .mixed, speaker: "Ann Lee"),
    // A cue after a closing quotation whose time is followed by a clause opens a report of its
    // own; one whose tail is a subordinate clause closes the quotation before it.
    QuoteCase(
      fixture: "1️⃣The harbor master said ⏩the pier “is safe.”⏪ Tom Lee said Monday it was not.",
      kind: .mixed, speaker: "The harbor master", speakerKind: .unnamed),
    QuoteCase(
      fixture: "Ann Lee spoke at noon. ⏩“The vote is open!”⏪ 1️⃣Tom Lee said as he opened the hall.",
      kind: .direct, speaker: "Tom Lee"),
    // A dateline with its agency in parentheses is not the subject a participle reports for.
    QuoteCase(
      fixture: "Dover (AFP) – 1️⃣Mayor Ann Reyes took a swipe at the board, saying ⏩that “loud talk” hurts⏪.",
      kind: .mixed, speaker: "Ann Reyes"),
    // The one a subject spoke to, between it and the cue, is not the speaker …
    QuoteCase(
      fixture: "1️⃣Another harbor source speaking to Dover Radio said, ⏩“The pilots are leaving.”⏪",
      kind: .direct, speaker: "Another harbor source", speakerKind: .unnamed),
    QuoteCase(
      fixture: "1️⃣The pilots who spoke with the Dover Ledger said ⏩the pier “has become a danger.”⏪",
      kind: .mixed, speaker: "The pilots", speakerKind: .group),
    // … and a role before a name, then a verb not ending in -ed, keeps the name as the subject.
    QuoteCase(
      fixture: "Harbor master 1️⃣Tom Lee met the pilots and said ⏩the pier “must be closed.”⏪",
      kind: .mixed, speaker: "Tom Lee"),
    // A participle after a comma with a short object and a quotation reports for the subject,
    // whether or not a report came before it in the sentence.
    QuoteCase(
      fixture: "1️⃣Tom Lee rejected the plan, calling ⏩it “absurd.”⏪",
      kind: .mixed, speaker: "Tom Lee"),
    QuoteCase(
      fixture: "1️⃣Tom Lee said the plan failed, calling ⏩it “absurd.”⏪",
      kind: .mixed, speaker: "Tom Lee"),
    // A participle after a clause that refers to the subject by `he` or `she` (`when he`,
    // `though at the rally he`) is said by that pronoun, who is the subject …
    QuoteCase(
      fixture:
        "Tom Lee spoke on Monday, though at the rally 1️⃣he went further, saying ⏩the pier “is unsafe.”⏪",
      kind: .mixed, speaker: "Tom Lee"),
    QuoteCase(
      fixture: "Tom Lee changed his plan when 1️⃣he named a deputy, calling ⏩Ann Reyes “my partner.”⏪",
      kind: .mixed, speaker: "Tom Lee"),
    // … but not a pronoun that is the subject of what is reported, one of the other sex, or
    // one with another name between it and the subject.
    QuoteCase(
      fixture: "1️⃣Tom Lee says he would close the pier, calling ⏩it “a danger.”⏪",
      kind: .mixed, speaker: "Tom Lee"),
    QuoteCase(
      fixture: "1️⃣Ann Lee spoke when he arrived, calling ⏩the pier “a danger.”⏪",
      kind: .mixed, speaker: "Ann Lee"),
    QuoteCase(
      fixture: "1️⃣Tom Lee spoke after Bob Hart, as he took the stage, calling ⏩the pier “a danger.”⏪",
      kind: .mixed, speaker: "Tom Lee"),
    // A title with its office before a name (`secretary of state`) is part of the subject.
    QuoteCase(
      fixture: "Former US secretary of state 1️⃣Ann Lee spoke, warning ⏩that the pier “is a danger.”⏪",
      kind: .mixed, speaker: "Ann Lee"),
    // A counted group is its people, a number being no name.
    QuoteCase(
      fixture: "About 50 1️⃣protesters had gathered on Monday, chanting ⏩“No pier, no peace!”⏪",
      kind: .direct, speaker: "protesters", speakerKind: .group),
    // A quantifier standing alone as the subject names no speaker, and keeps the quotation
    // from the speaker of the one before.
    QuoteCase(
      fixture: "“The pier is safe,” said one pilot. Yet 1️⃣another said, ⏩“The pier is a danger.”⏪",
      kind: .direct, speaker: nil),
    // A quotation inside its sentence, then a speech verb and a noun phrase, is the noun phrase's.
    QuoteCase(
      fixture: "Her husband has been ⏩“very worked up about it,”⏪ said 1️⃣a source close to the campaign.",
      kind: .direct, speaker: "a source", speakerKind: .unnamed),
    // A cue after `and` reports what the first verb's subject said, not its object's.
    QuoteCase(
      fixture: "1️⃣Harbor Watch obtained a video of the long speech and said ⏩she “steered a middle course.”⏪",
      kind: .mixed, speaker: "Harbor Watch", speakerKind: .organization),
    // A kind of person after a determiner is the subject of the verb before a quotation …
    QuoteCase(
      fixture: "Ada Lee spoke at noon. Holding signs, 1️⃣the dockworkers chanted ⏩“Lock the gates.”⏪",
      kind: .direct, speaker: "the dockworkers", speakerKind: .group),
    QuoteCase(
      fixture: "Ada Lee spoke at noon. Holding signs, 1️⃣a retired pilot shouted ⏩“Lock the gates.”⏪",
      kind: .direct, speaker: "a retired pilot", speakerKind: .unnamed),
  ]

  @Test("A passive cue, or a name with no speech verb after it, makes no cue-after quote")
  func noCueAfter() {
    let (passive, _) = article(body: "The captains are asked to dock early, and they are told to wait.")
    #expect(!QuoteExtractor.analyze(passive).quotes.contains { $0.rule == .cueAfter })
    let (named, _) = article(body: "“The storm broke the pier,” Tom Reyes of the Harbor Society.")
    #expect(!QuoteExtractor.analyze(named).quotes.contains { $0.rule == .cueAfter })
    // A cue word after a possessive is a noun: `Friday’s tweets`.
    let (possessed, _) = article(
      body: "Tom Reyes has answered with attacks on the board, including Friday’s tweets.")
    #expect(QuoteExtractor.analyze(possessed, model: nil).quotes.isEmpty)
  }

  @Test("One capitalized word after `of` modifies a cue word in -s; a poll's share still speaks")
  func adjectiveBeforeNounCue() throws {
    let (claims, _) = article(
      body: "The site rated 32% of Republican claims as false, compared to 11% of Democratic claims.")
    let analysis = QuoteExtractor.analyze(claims, model: nil)
    #expect(!analysis.speakers.contains { $0.name == "Republican" || $0.name == "Democratic" })
    let (poll, _) = article(body: "About 60 percent of Democratic voters say they back the harbor plan.")
    let share = QuoteExtractor.analyze(poll, model: nil)
    let quote = try #require(share.quotes.first)
    #expect(quote.speaker.map { share.speakers[$0].name } == "Democratic voters")
  }

  @Test("A cue with a comma or colon and a quotation after it opens that quotation, not the one before")
  func cueOpensNextQuotation() throws {
    let (text, _) = article(
      body:
        "“We are sailors,” Ann Lee said. “We are not thieves.” Tom Reyes said: “The storm broke the pier.”"
    )
    let analysis = QuoteExtractor.analyze(text)
    let speaker = { (needle: String) -> String? in
      let q = analysis.quotes.first { text.string($0.span).contains(needle) }
      return q?.speaker.map { analysis.speakers[$0].name }
    }
    #expect(speaker("not thieves") == "Ann Lee")
    #expect(speaker("broke the pier") == "Tom Reyes")
    #expect(
      !analysis.quotes.contains {
        text.string($0.span).contains("not thieves") && text.string($0.span).contains("broke the pier")
      })
    // A quotation ending with a comma goes on after its cue as before.
    let (split, _) = article(body: "“We won,” Ada Lovelace said, “and now we rest.”")
    let one = QuoteExtractor.analyze(split).quotes
    #expect(one.count == 1)
    #expect(one.first.map { split.string($0.span) } == "“We won,” Ada Lovelace said, “and now we rest.”")
  }

  @Test("Marked fixtures give their quote and speaker", arguments: cases)
  func marked(_ c: QuoteCase) throws {
    try QuoteExtractorTests().markedFixture(c)
  }

  @Test("A relative clause's cue credits what follows it, never the clause before `who`")
  func relativeClauseCue() {
    let (relative, _) = article(
      body: "The pier got its first backer in Ann Lee, who declared at the harbor office, “It is safe.”")
    let analysis = QuoteExtractor.analyze(relative)
    #expect(!analysis.quotes.contains { relative.string($0.span).hasPrefix("The pier got") })
    #expect(analysis.quotes.contains { relative.string($0.span).hasSuffix("“It is safe.”") })
    // A clause before a plain subject and its cue is still the quote.
    let (plain, _) = article(body: "The pier is safe, Ann Lee said at the harbor office.")
    #expect(QuoteExtractor.analyze(plain).quotes.contains { plain.string($0.span) == "The pier is safe" })
  }

  @Test("A clause that merely goes on with `and` is one report")
  func oneReport() throws {
    let (text, _) = article(body: "Ada Lovelace said the pier is safe and the cranes are new.")
    let quotes = QuoteExtractor.analyze(text).quotes
    #expect(quotes.count == 1)
    #expect(quotes.first.map { text.string($0.span) } == "the pier is safe and the cranes are new")
  }

  @Test("`In the polls` is an idiom, not a source")
  func pollIdiom() {
    let (polls, _) = article(body: "Reyes has gained ground in the polls since the storm hit the pier.")
    #expect(QuoteExtractor.analyze(polls).quotes.isEmpty)
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

  @Test("A report joined to a second by `and` and a reporting verb is two reports by one subject")
  func secondReport() throws {
    let (two, _) = article(
      body: "Ada Lovelace called the fee “a disgrace” and warned that the ships would leave the harbor.")
    let analysis = QuoteExtractor.analyze(two)
    let texts = analysis.quotes.map { two.string($0.span) }
    #expect(texts.contains("the fee “a disgrace”"), "\(texts)")
    #expect(texts.contains("that the ships would leave the harbor"), "\(texts)")
    #expect(analysis.speakers.map(\.name) == ["Ada Lovelace"])
    // Without a reporting verb after `and`, the clause stays whole.
    let (plain, _) = article(
      body: "Ada Lovelace called the fee “a disgrace” and the harbor board a club for the rich.")
    let one = QuoteExtractor.analyze(plain).quotes.map { plain.string($0.span) }
    #expect(one.count == 1, "\(one)")
  }

  @Test("A question's cue whose listener is asked to act does not join the quote before it")
  func askedToActStaysApart() {
    for body in [
      "“We will not pay the fee!” The owners asked the harbor board to vote again on Monday.",
      "“We will not pay the fee!” Asked whether the board would vote, the owners shrugged.",
    ] {
      let (text, _) = article(body: body)
      let quote = QuoteExtractor.analyze(text, model: nil).quotes.first {
        text.string($0.span).hasPrefix("“We will not")
      }
      #expect(quote.map { text.string($0.span) } == "“We will not pay the fee!”", "\(body)")
      #expect(quote?.rule != .cueAfter, "\(body)")
    }
  }

  @Test("A closing cue that goes on with `that` does not join the quote before it")
  func cueWithThatClause() {
    let (text, _) = article(
      body: "“We will not pay the fee!” The owners told reporters that the board had lied.")
    let analysis = QuoteExtractor.analyze(text)
    let quote = analysis.quotes.first { text.string($0.span) == "“We will not pay the fee!”" }
    #expect(quote?.rule != .cueAfter)
  }

  @Test("An uncued quotation after a preposition or `titled` takes the sentence's subject, role and all")
  func uncuedAfterPreposition() throws {
    func rulesSpeaker(_ body: String, quote: String) throws -> Speaker? {
      let (doc, _) = article(body: body)
      let analysis = QuoteExtractor.analyze(doc, model: nil)
      let q = try #require(analysis.quotes.first { doc.string($0.span) == quote })
      #expect(q.rule == .uncued)
      return q.speaker.map { analysis.speakers[$0] }
    }
    let thanked = try rulesSpeaker(
      "Ann Lee, star of the harbor show “Tides,” thanked Tom Reyes for “keeping the pier open.”",
      quote: "“keeping the pier open.”")
    #expect(thanked?.name == "Ann Lee")
    let memo = try rulesSpeaker(
      "On Monday, campaign manager Tom Reyes released a memo titled “The Facts on the Pier.”",
      quote: "“The Facts on the Pier.”")
    #expect(memo?.name == "Tom Reyes")
    #expect(memo?.role == "campaign manager")
    let joined = try rulesSpeaker(
      "On Monday, GOP contender and former surgeon Ann Lee released a memo titled “The Facts on the Pier.”",
      quote: "“The Facts on the Pier.”")
    #expect(joined?.name == "Ann Lee")
    let exit = try rulesSpeaker(
      "Exit polls taken in Delaware put the pier first on a list titled “Fix It Now.”",
      quote: "“Fix It Now.”")
    #expect(exit?.name == "Exit polls")
  }

  /// The speaker's name and the mention's text of the first quote of `rule` the rules alone find
  /// in `body`.
  func rulesSpeaker(_ body: String, rule: QuoteRule) throws -> (String?, String) {
    let (doc, _) = article(body: body)
    let analysis = QuoteExtractor.analyze(doc, model: nil)
    let q = try #require(analysis.quotes.first { $0.rule == rule })
    let mention = try #require(q.mention)
    return (q.speaker.map { analysis.speakers[$0].name }, doc.string(mention))
  }

  @Test("A pronoun inside a sentence is the subject named before it, with no other name between")
  func pronounOfSubject() throws {
    func rules(_ body: String) throws -> (String?, String) { try rulesSpeaker(body, rule: .cueFirst) }
    let he = try rules("Radio host Tom Reyes used his show to discuss what he described as the “good” plan.")
    #expect(he.0 == "Tom Reyes" && he.1 == "he")
    let nominal = try rules("The filmmaker lays out what he believes are the mayor’s “core beliefs.”")
    #expect(nominal.0 == "The filmmaker", "\(nominal)")
    #expect(nominal.1 == "he")
    // With a name between, the pronoun is left to the resolver.
    let between = try rules("Ann Lee met Tom Reyes on Friday, and he described the plan as “good.”")
    #expect(between.1 == "he")
  }

  @Test("An uncued quotation after a possessive's speech noun is the possessor's")
  func possessiveSpeechNoun() throws {
    func speaker(_ body: String) throws -> (String?, String) { try rulesSpeaker(body, rule: .uncued) }
    // The pronoun is the mention; the person named last before it is the speaker.
    let her = try speaker(
      "Former US secretary of state Ann Lee fanned anger over her remark that “the pier is a disgrace.”")
    #expect(her.0 == "Ann Lee" && her.1 == "her")
    let his = try speaker(
      "The union will not back Tom Reyes after his March comment that, “We will close the pier.”")
    #expect(his.0 == "Tom Reyes" && his.1 == "his")
    let named = try speaker("Worse still was Tom Reyes’s comment that “piers are for fools.”")
    #expect(named.0 == "Tom Reyes")
    // Without a speech noun the quotation is not the possessor's.
    let boat = try speaker("The union will not back Tom Reyes after his boat, the “Blue Gull,” sank.")
    #expect(boat.1 != "his")
  }

  @Test("Uncued candidates are recorded as such and scare quotes stay out")
  func uncuedRegions() {
    let (kept, _) = article(
      body:
        "Next came harbor master Ada Lovelace: “We never expected the board to turn against the pier this year.”"
    )
    #expect(QuoteExtractor.analyze(kept).quotes.map(\.rule) == [.uncued])
    let (after, _) = article(
      body:
        "Ada Lovelace was far less cheerful: “The board will hate this deal, and it will not reward us,” she recounted telling them."
    )
    #expect(QuoteExtractor.analyze(after).quotes.map(\.rule) == [.uncued])
    // Attribute values of markup left in the text are not even candidates; the text inside is.
    let (markup, _) = article(
      body: "A reply came. <tweet author=\"annlee\" date=\"2016-05-01\">The pier is “not safe” today.</tweet>"
    )
    let candidates = QuoteExtractor.analyze(markup, model: nil).quotes.map { markup.string($0.span) }
    #expect(candidates == ["“not safe”"])
    let (short, _) = article(body: "The ferry “Blue Gull” left the harbor at noon.")
    #expect(QuoteExtractor.analyze(short).quotes.isEmpty)
  }

  @Test("A title-case heading is neither a name nor the subject a quotation paragraph takes")
  func headingsAreNoSpeakers() {
    let body = """
      Nine Things The Harbor Master Has Said About Boats

      “We will rebuild the pier before the winter storms arrive,” the harbor master said.

      Five Ferry Captains Share Their Honest Thoughts On The Pier.

      “The pier is older than all of us and it will outlast us too.”
      """
    let analysis = QuoteExtractor.analyze(article(body: body).0)
    let names = analysis.speakers.map(\.name)
    #expect(!names.contains { $0.split(separator: " ").count >= 6 }, "\(names)")
  }

  @Test("A party or nationality word opening a subject is its adjective, not a name")
  func partyAdjectiveOpensANounPhrase() throws {
    let candidate = try rulesSpeaker(
      "Asked if he was ever bullied, the Republican presidential candidate said no.", rule: .askedIntro)
    #expect(candidate.0 == "the Republican presidential candidate")
    let lawmakers = try rulesSpeaker(
      "Asked whether the pier was safe, two Democratic lawmakers said it was not.", rule: .askedIntro)
    #expect(lawmakers.0 == "two Democratic lawmakers")
    let former = try rulesSpeaker(
      "Asked whether the pier was safe, a former Republican governor said it was not.", rule: .askedIntro)
    #expect(former.0 == "a former Republican governor")
    // Not a subject: the noun phrase after `that` inside the sentence.
    let (doc, _) = article(
      body: "Ann Reyes is betting that Republican voters will call the plan “a disgrace.”")
    let analysis = QuoteExtractor.analyze(doc, model: nil)
    #expect(!analysis.speakers.map(\.name).contains("Republican voters"))
  }
}
