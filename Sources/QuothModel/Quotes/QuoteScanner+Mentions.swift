extension QuoteScanner {
  static let he = WordHash("he")
  static let she = WordHash("she")
  static let they = WordHash("they")
  static let it = WordHash("it")
  static let subjectPronouns = WordSet(["he", "she", "they", "it", "i", "we", "you"])
  static let firstSecond = WordSet(["i", "we", "you"])
  static let particles = WordSet([
    "de", "van", "von", "bin", "al", "la", "le", "da", "di", "du", "der", "den", "ter", "del", "dos",
    "el", "ibn", "st",
  ])
  static let stopBefore = WordSet([
    "in", "on", "at", "to", "for", "with", "by", "from", "of", "that", "which", "who", "and", "or",
    "but", "as", "when", "while", "after", "before", "if", "because", "than", "what", "where", "how",
    "said", "says", "is", "was", "are", "were", "be", "been", "about", "into", "over", "under", "so",
  ])
  static let raisingVerbs = WordSet([
    "on", "continued", "continues", "began", "begins", "tried", "tries", "decided", "went", "seemed",
    "appeared", "wanted", "wants", "used", "had", "has", "have", "ought", "refused", "declined",
  ])
  static let goVerbs = WordSet(["went", "goes", "go", "going"])
  /// Words that take part of a group: `one of the aides`.
  static let partitives = WordSet(["one", "some", "several", "many", "two", "three", "most", "each"])
  static let singlePartitives = WordSet(["one", "each"])

  /// Whether the unit is a lower-case adverb in -ly (`jokingly said`).
  func isAdverb(_ i: Int) -> Bool {
    let u = units[i]
    guard u.kind == .word, !u.isCapitalized, u.end - u.start > 4 else { return false }
    return text[u.end - 1] == "y" && text[u.end - 2] == "l"
  }

  /// Whether unit `i` is a lower-case word of five letters or more ending in `-ed` (`placed`),
  /// a past verb or participle.
  func isPastVerb(_ i: Int) -> Bool {
    let u = units[i]
    guard u.kind == .word, !u.isCapitalized, u.end - u.start > 4 else { return false }
    return text[u.end - 1] == "d" && text[u.end - 2] == "e"
  }

  /// Quantifiers that float after a plural subject, before its verb.
  static let floatingQuantifiers = WordSet(["both", "all", "each"])

  static let nounLinks = WordSet(["for", "of", "at", "with", "from", "on", "to"])
  static let maleTitles = WordSet([
    "mr", "sir", "lord", "king", "father", "brother", "congressman", "spokesman",
  ])
  static let femaleTitles = WordSet([
    "mrs", "ms", "miss", "lady", "dame", "queen", "sister", "congresswoman", "spokeswoman", "chairwoman",
  ])

  /// ``subjectBefore(_:_:)``, remembered per cue for the sentence starting at `lo`.
  mutating func memoSubjectBefore(_ c: Int, _ lo: Int) -> SpeakerMention? {
    if subjectMemoStart != lo {
      subjectMemoStart = lo
      if !subjectMemo.isEmpty { subjectMemo.removeAll(keepingCapacity: true) }
    }
    // By index: a `for entry in` loop copied every entry, mention and all, to compare its cue.
    for k in subjectMemo.indices where subjectMemo[k].cue == c {
      return subjectMemo[k].mention
    }
    let m = subjectBefore(c, lo)
    subjectMemo.append(SubjectMemo(cue: c, mention: m))
    return m
  }

  /// The subject right before the cue at `c` (`Ada said`, `the president has said`,
  /// `Ada Lovelace, founder of X, said`), not before unit `lo`.
  func subjectBefore(_ c: Int, _ lo: Int) -> SpeakerMention? {
    var i = c - 1
    while i >= lo {
      if isWord(i, ReportingVerbs.auxiliaries) || isAdverb(i) {
        i -= 1
      } else if i > lo && isWord(i, Self.floatingQuantifiers) && !units[i].isCapitalized {
        i -= 1  // `the two senators both said`, `Ann Lee and Bob Hart have all said`
      } else if word(i, is: Self.to) && i - 1 >= lo && isWord(i - 1, Self.raisingVerbs) {
        i -= 2  // `went on to say`, `continued to insist`
        if i >= lo && word(i + 1, is: Self.on) && isWord(i, Self.goVerbs) { i -= 1 }
      } else {
        break
      }
    }
    guard i >= lo else { return nil }
    if isComma(i) {
      // `Ann Lee, who, after a long pause, said …`: the clause between commas follows `who`.
      var k = i - 1
      while k > lo && !isComma(k) && i - k < 16 && !isQuote(k) { k -= 1 }
      if k - 1 > lo && isComma(k) && word(k - 1, is: Self.who) && i - k > 2 { i = k - 1 }
    }
    if isComma(i) && !word(i - 1, is: Self.who) {
      // A relative clause with commas of its own: `Ann Lee, who grew up in Salem, Ore., in the
      // 1990s, said …` is Ann Lee's (through `who`), not `Ore.`'s.
      var k = i - 1
      var commas = 0
      while k - 1 > lo && i - k < 30 && commas < 4 && !isQuote(k)
        && !(isPunct(k, 0x2E) && !isShortAbbreviation(k - 1))
      {
        if isComma(k) { commas += 1 }
        if commas > 0 && isComma(k - 1) && word(k, is: Self.who) {
          i = k
          break
        }
        k -= 1
      }
    }
    if i > lo && word(i, is: Self.who) {
      // `Ann Lee, who said …`: the mention is `who`, the speaker its antecedent.
      var j = i - 1
      if isComma(j) { j -= 1 }
      guard j >= lo, let antecedent = npEnding(at: j, lo) ?? (isComma(i - 1) ? subjectBefore(i, lo) : nil)
      else {
        return nil
      }
      var m = antecedent
      m.span = TextSpan(start: units[i].start, end: units[i].end)
      return m
    }
    if isComma(i) && i - 1 > lo && isPunct(i - 1, 0x29) {
      // `Gov. John Kasich (R-OH), said`
      var p = i - 2
      while p > lo && !isPunct(p, 0x28) && i - p < 12 { p -= 1 }
      if p > lo && isPunct(p, 0x28), let m = npEnding(at: p - 1, lo), m.form == .name { return m }
    }
    if isComma(i) {
      // `Name, role, said`: look back over one or two comma-separated appositives.
      var commaAt = i
      var chunks = 0
      var found: SpeakerMention? = nil
      while chunks < 3 {
        var k = commaAt - 1
        while k >= lo && !isComma(k) && commaAt - k < 30 && !isQuote(k)
          && !(isPunct(k, 0x2E) && !(k > lo && isShortAbbreviation(k - 1)))
        {
          k -= 1
        }
        guard k > lo, isComma(k) else { break }
        var nameEnd = k - 1
        if isPunct(nameEnd, 0x29) {
          // `Rep. Ann Lee (D-Md.), chair of …,`
          var p = nameEnd - 1
          while p > lo && !isPunct(p, 0x28) && nameEnd - p < 12 { p -= 1 }
          if p > lo && isPunct(p, 0x28) { nameEnd = p - 1 }
        }
        if var m = npEnding(at: nameEnd, lo), m.form != .pronoun {
          var roleEnd = k + 1
          while roleEnd < i && !isComma(roleEnd) { roleEnd += 1 }
          let mentionStart = unitIndex(after: m.span.start, from: lo, k)
          var npStart = mentionStart
          var nominal = m.form == .nominal
          if m.form == .name, let head = headBefore(npStart, lo) {
            // `The leader of the Harbor League, Ann Lee, said`: the organization is inside the
            // noun phrase before the name.
            npStart = head
            nominal = true
          }
          if nominal, let name = appositiveName(npStart, k, k + 1, roleEnd) {
            found = name
            break  // `In a letter to the Herald, her adviser, Tom Reyes, said`: the name is the speaker
          }
          m.role = cleanRole(k + 1, roleEnd)
          found = m
          if m.form == .name && !m.isOrganization && (mentionStart == lo || isComma(mentionStart - 1)) {
            break  // `On the same show, Ann Lee (D-Mo.), who …, said`: a name opening its phrase
          }
        }
        commaAt = k
        chunks += 1
      }
      if found == nil, i - 1 > lo, units[i - 1].isCapitalized, var m = npEnding(at: i - 1, lo),
        m.form == .name,
        m.span.start > units[lo].start, isComma(unitIndex(after: m.span.start, from: lo, i) - 1)
      {
        // `Another pilot on the harbor board, Tom Reyes, said`; after a quotation or a comma,
        // `another harbor pilot, Tom Reyes, recalled`: the noun phrase before the name is
        // its role and part of the mention, not of what was said.
        let comma = unitIndex(after: m.span.start, from: lo, i) - 1
        var k = comma - 1
        while k > lo && comma - k < 8 && units[k].kind == .word { k -= 1 }
        if k >= lo, k + 1 < comma, isComma(k) || isQuote(k), isWord(k + 1, SpeakerLexicon.determiners) {
          m.role = m.role ?? cleanRole(k + 1, comma)
          m.nameSpan = m.nameSpan ?? m.span
          m.span = TextSpan(start: units[k + 1].start, end: m.span.end)
        }
        return m
      }
      return found
    }
    if isPunct(i, 0x29) {
      var k = i - 1
      while k > lo && !isPunct(k, 0x28) && i - k < 12 { k -= 1 }
      guard k > lo, isPunct(k, 0x28) else { return nil }
      return npEnding(at: k - 1, lo)
    }
    guard let m = npEnding(at: i, lo) else { return standAlonePronoun(i, lo) }
    if m.form == .name, let person = affiliatedBeforePlace(m, i, lo) { return person }
    if m.form == .pronoun { return subjectOfPronoun(m, i, lo) ?? m }
    return pollBehindShare(m, i, lo) ?? listenerOfSubject(m, i, lo) ?? m
  }

  /// `Radio host Tom Reyes minced no words in sharing what he thinks`, `Harbor officials say
  /// that, even if they agreed, …`: a third-person pronoun (unit `i`) inside a sentence whose
  /// subject, named before it with no other name between, agrees with it in number is that
  /// subject. The mention keeps the pronoun's place; its name is the subject's.
  func subjectOfPronoun(_ m: SpeakerMention, _ i: Int, _ lo: Int) -> SpeakerMention? {
    // After a word only: `…, she said` closes a report whose clause is no subject of hers.
    guard !m.isFirstOrSecondPerson, !m.isOrganization, i > lo + 1, units[i - 1].kind == .word,
      var subject = sentenceSubject(lo, i), subject.form != .pronoun, !subject.isFirstOrSecondPerson,
      subject.span.end <= units[i].start
    else { return nil }
    // Not a heading run into the sentence: `THE DREDGING Back when he …`.
    for k in unitIndex(after: subject.span.start, from: lo, i)..<i where units[k].start < subject.span.end {
      if isUpperCaseWord(k) && units[k].end - units[k].start >= 3 { return nil }
    }
    // A person’s name, or a noun phrase whose head is a person noun (`The filmmaker lays out
    // what he believes`).
    let head = unitIndex(after: subject.span.end, from: lo, i) - 1
    let isPerson =
      !subject.isOrganization
      && (subject.form == .name || (subject.form == .nominal && head >= lo && isPersonNoun(head)))
    guard m.isPlural ? subject.isPlural && subject.form == .nominal : isPerson && !subject.isPlural,
      !SpeakerLexicon.isPlace(string(subject.span.start, subject.span.end))
    else { return nil }
    // No other name between the subject and the pronoun: `Ann Lee said Tom Reyes told her he …`.
    var k = unitIndex(after: subject.span.end, from: lo, i)
    while k < i {
      if units[k].kind == .word && units[k].isCapitalized && !isWord(k, Self.timeNouns) { return nil }
      k += 1
    }
    subject.span = m.span
    subject.gender = m.gender
    return subject
  }

  /// Quantifiers that stand for people on their own: `Another said`, `Some chanted`.
  static let standAlonePronouns = WordSet([
    "another", "some", "others", "many", "several", "few", "both", "most", "none", "one",
  ])

  /// `Yet another said, "…"`, `Some chanted "…"`: a quantifier standing alone as the subject at
  /// the start of a clause (unit `i`, not before `lo`). The mention is the quantifier, which names
  /// no speaker but keeps the quotation from the speaker of the one before.
  func standAlonePronoun(_ i: Int, _ lo: Int) -> SpeakerMention? {
    guard isWord(i, Self.standAlonePronouns),
      i == lo || isComma(i - 1) || isQuote(i - 1) || isWord(i - 1, Self.clauseOpeners)
    else { return nil }
    var m = SpeakerMention(span: TextSpan(start: units[i].start, end: units[i].end), form: .nominal)
    m.title = unitString(i).lowercased()
    m.name = unitString(i)
    return m
  }

  /// Words that may open a clause before a stand-alone subject: `Yet another said`.
  static let clauseOpeners = WordSet(["yet", "and", "but", "still", "then"])

  /// Verbs whose listener follows `to` or `with` between a subject and its cue.
  static let listeningVerbs = WordSet([
    "speaking", "spoke", "talking", "talked", "writing", "wrote", "posting", "posted",
  ])

  /// `A harbor source speaking to Dover Radio said`, `pilots who spoke with the Ledger said`: the
  /// mention `m` before the cue (ending at unit `i`) is the one the subject spoke to; the
  /// subject is the noun phrase before the participle, or before `who`.
  func listenerOfSubject(_ m: SpeakerMention, _ i: Int, _ lo: Int) -> SpeakerMention? {
    let first = unitIndex(after: m.span.start, from: lo, i + 1)
    var k = first - 1
    if k > lo && isWord(k, SpeakerLexicon.determiners) { k -= 1 }
    guard k - 1 > lo, word(k, is: Self.to) || word(k, is: Self.with), isWord(k - 1, Self.listeningVerbs)
    else {
      return nil
    }
    k -= 2
    if k > lo && word(k, is: Self.who) { k -= 1 }
    guard let subject = npEnding(at: k, lo), subject.form != .pronoun else { return nil }
    return subject
  }

  /// `Tom Reyes of Dover, Delaware says`: the state after a town and its comma ends the
  /// affiliation of the name before `of`, `from` or `at`, which is the subject. `m` ends at unit `i`.
  func affiliatedBeforePlace(_ m: SpeakerMention, _ i: Int, _ lo: Int) -> SpeakerMention? {
    let ms = unitIndex(after: m.span.start, from: lo, i + 1)
    guard ms - 2 > lo, isComma(ms - 1), SpeakerLexicon.isPlace(string(m.span.start, m.span.end)) else {
      return nil
    }
    var t = ms - 2
    while t > lo && units[t].kind == .word && units[t].isCapitalized { t -= 1 }
    guard t > lo, t < ms - 2, !units[t].isCapitalized, isWord(t, Self.affiliationLinks),
      units[t - 1].kind == .word, units[t - 1].isCapitalized,
      let person = npEnding(at: t - 1, lo), person.form == .name, !person.isOrganization
    else { return nil }
    return person
  }

  static let shareHeads = WordSet([
    "percent", "half", "majority", "minority", "plurality", "third", "quarter",
  ])

  /// `In a new Harbor poll, 61 percent of voters said …`, `The survey found that half of the
  /// dockworkers say …`: a share of respondents speaks through the poll or survey named before it
  /// in the sentence, and the poll is the source. `m` is the subject ending at unit `i`.
  func pollBehindShare(_ m: SpeakerMention, _ i: Int, _ lo: Int) -> SpeakerMention? {
    // `of` before the mention (`61 percent of voters`), or inside it (`61 percent of dockworkers`).
    let first = unitIndex(after: m.span.start, from: lo, i + 1)
    var k = first - 1
    if k > lo && word(k, is: Self.the) { k -= 1 }
    if !(k - 1 > lo && word(k, is: Self.of)) {
      k = first + 1
      while k < i && !word(k, is: Self.of) { k += 1 }
      guard k < i else { return nil }
    }
    let share = k - 1
    let digit = text[units[share].start].value
    guard isWord(share, Self.shareHeads) || isPunct(share, 0x25) || (digit >= 0x30 && digit <= 0x39) else {
      return nil
    }
    var h = min(share, first) - 1
    while h >= lo && !isQuote(h) && !isWord(h, QuoteScanner.pollWords) { h -= 1 }
    guard h >= lo, isWord(h, QuoteScanner.pollWords) else { return nil }
    // Back to the poll's determiner over its name: `a New York Harbor/Ledger poll`.
    var j = h
    while j - 1 >= lo && h - j < 8 && !isWord(j, SpeakerLexicon.determiners)
      && (units[j - 1].kind == .word || isPunct(j - 1, 0x2F) || isPunct(j - 1, 0x2D))
      && !word(j - 1, is: Self.inWord) && !isWord(j - 1, Self.stopBefore)
    {
      j -= 1
    }
    var poll = SpeakerMention(span: TextSpan(start: units[j].start, end: units[h].end), form: .nominal)
    poll.name = string(units[j].start, units[h].end)
    poll.title = unitString(h).lowercased()
    poll.isOrganization = true
    return poll
  }

  /// Whether the capitalized word unit `k` may stand before a stop inside an appositive: four
  /// letters at most (`Md.`, `Fla.`), or a party and state (`R-Wis.`, `D-Calif.`).
  func isShortAbbreviation(_ k: Int) -> Bool {
    let u = units[k]
    guard u.isCapitalized else { return false }
    let length = u.end - u.start
    return length <= 4 || (length <= 8 && length >= 3 && text[u.start + 1] == "-")
  }

  /// A noun phrase naming a speaker that ends with unit `i`.
  /// Whether lower-case word unit `i` is a head for people (WordNet's person nouns, or their
  /// plural in -s) or for a group, after a determiner and its modifiers: `the dockworkers`, `a
  /// retired pilot`, `the crowd`.
  func isDeterminedPersonHead(_ i: Int, _ lo: Int) -> Bool {
    guard i - 1 >= lo, !units[i].isCapitalized else { return false }
    // Over up to five modifiers to the article: lower-case ones (`the harbor pilot`) and a
    // place's capitalized words (`The New York state attorney general`, `the former Rhode
    // Island governor`), but no verb, auxiliary or possessive.
    var p = i - 1
    var modifiers = 0
    while p - 1 >= lo && modifiers < 5 && units[p].kind == .word
      && !SpeakerLexicon.determiners.contains(units[p].hash) && !Self.possessive(self, p)
    {
      let h = units[p].hash
      if !units[p].isCapitalized
        && (Self.stopBefore.contains(h) || (ReportingVerbs.isCue(h) && !Self.nounCues.contains(h))
          || ReportingVerbs.auxiliaries.contains(h))
      {
        break
      }
      p -= 1
      modifiers += 1
    }
    guard units[p].kind == .word, SpeakerLexicon.determiners.contains(units[p].hash) else { return false }
    // A group, or a person noun or its plural: `the crowd`, `the dockworkers`.
    return SpeakerResolver.groupHeads.contains(units[i].hash) || isPersonNoun(i)
  }

  /// Where the subject pronoun of word unit `i` ends when the word is a pronoun and a
  /// contracted auxiliary (`he’s`, `they're`, `I’ve`, `we’d`, `she’ll`, `I’m`); `start` otherwise.
  func contractedPronounEnd(_ i: Int) -> Int {
    let u = units[i]
    guard u.end - u.start >= 3 && u.end - u.start <= 7 else { return u.start }
    var q = u.start + 1
    while q < u.end && text[q] != "'" && text[q] != "\u{2019}" { q += 1 }
    guard q < u.end - 1, Self.contractions.contains(WordHash(text, (q + 1)..<u.end)),
      Self.subjectPronouns.contains(WordHash(text, u.start..<q))
    else { return u.start }
    return q
  }

  static let contractions = WordSet(["s", "re", "ve", "d", "ll", "m"])

  func npEnding(at i: Int, _ lo: Int) -> SpeakerMention? {
    guard i >= lo, units[i].kind == .word else { return nil }
    if i - 2 >= lo && isWord(i, Self.periodNouns) && isWord(i - 1, Self.timeDeterminers) {
      return npEnding(at: i - 2, lo)  // `a study by the Harbor Institute last month shows`
    }
    let u = units[i]
    // `he`, or `he` of `he’s` and `they’re` (`He’s claiming that …`).
    let pronoun = Self.subjectPronouns.contains(u.hash) ? u.end : contractedPronounEnd(i)
    if pronoun > u.start {
      let h = pronoun == u.end ? u.hash : WordHash(text, u.start..<pronoun)
      var m = SpeakerMention(span: TextSpan(start: u.start, end: pronoun), form: .pronoun)
      m.isFirstOrSecondPerson = Self.firstSecond.contains(h)
      m.isPlural = h == Self.they
      m.gender = h == Self.he ? .male : h == Self.she ? .female : .unknown
      m.isOrganization = h == Self.it
      return m
    }
    if u.isCapitalized {
      var j = i
      while j - 1 >= lo {
        let p = units[j - 1]
        if p.kind == .word && (p.isCapitalized || Self.particles.contains(p.hash))
          && !Self.possessive(self, j - 1)
        {
          j -= 1
        } else if p.kind == .punct && p.hash.value == 0x2E && j - 2 >= lo && units[j - 2].kind == .word
          && units[j - 2].end == p.start && units[j - 2].isCapitalized && isNameAbbreviation(j - 2)
        {
          j -= 2
        } else {
          break
        }
      }
      if let m = nameOf(j, lo, i) { return m }
      // `the Centers for Disease Control and Prevention`, `the Academies of Sciences, Engineering
      // and Medicine`: the last words of a body's name after `and` or a comma are not a name.
      if let m = bodyNameEnding(j, lo, i) { return m }
      return nameMention(j, i + 1)
    }
    let isNumber = text[u.start].value >= 0x30 && text[u.start].value <= 0x39
    guard SpeakerLexicon.nominalHeads.contains(u.hash) || isNumber || isDeterminedPersonHead(i, lo) else {
      // `a spokesman for the buyer`: the head before a short prepositional phrase, which ends
      // with no conjunction (`obtained a video of the talk and said`: `and` joins two verbs).
      if Self.coordinators.contains(u.hash) { return nil }
      var p = i - 1
      while p > lo && i - p <= 4 && units[p].kind == .word && !Self.nounLinks.contains(units[p].hash) {
        p -= 1
      }
      if p > lo && i - p <= 4 && isWord(p, Self.nounLinks) && units[p - 1].kind == .word
        && SpeakerLexicon.nominalHeads.contains(units[p - 1].hash), var m = npEnding(at: p - 1, lo)
      {
        m.span = TextSpan(start: m.span.start, end: u.end)
        m.name = string(m.span.start, m.span.end)
        return m
      }
      if i - 1 == lo && SpeakerLexicon.determiners.contains(units[i - 1].hash) && units[i - 1].isCapitalized {
        // `Another ranking says …` at the start of a sentence.
        var m = SpeakerMention(span: TextSpan(start: units[i - 1].start, end: u.end), form: .nominal)
        m.name = string(units[i - 1].start, u.end)
        m.title = unitString(i).lowercased()
        return m
      }
      return nil
    }
    var j = i
    while j - 1 >= lo && i - j < 6 {
      let p = units[j - 1]
      if p.kind != .word {
        // `Ann Reyes’ campaign`: a possessive after -s, its apostrophe a unit of its own.
        if j - 2 >= lo, p.end - p.start == 1, text[p.start] == "'" || text[p.start] == "\u{2019}",
          units[j - 2].kind == .word, units[j - 2].end == p.start, units[j - 2].isCapitalized,
          text[units[j - 2].end - 1] == "s"
        {
          j -= 2
          while j - 1 >= lo && units[j - 1].kind == .word && units[j - 1].isCapitalized { j -= 1 }
        }
        break
      }
      if SpeakerLexicon.determiners.contains(p.hash) || Self.possessive(self, j - 1) {
        j -= 1
        break
      }
      // `state` inside the phrase modifies it (`The New York state attorney general`).
      if Self.stopBefore.contains(p.hash) || (ReportingVerbs.isCue(p.hash) && !Self.nounCues.contains(p.hash))
        || ReportingVerbs.auxiliaries.contains(p.hash)
      {
        break
      }
      j -= 1
    }
    if j < i && j - 1 >= lo && (word(j - 1, is: Self.and) || word(j - 1, is: Self.or)) && isPastVerb(j) {
      j += 1  // `sent letters and placed newspaper ads calling …`: the verb is not the speaker's
    }
    var m = SpeakerMention(span: TextSpan(start: units[j].start, end: u.end), form: .nominal)
    m.title = unitString(i).lowercased()
    m.name = string(units[j].start, u.end)
    let head = m.title ?? ""
    m.isPlural = head.hasSuffix("s") && !head.hasSuffix("ss") && head != "news"
    m.isOrganization = SpeakerLexicon.organizationWords.contains(u.hash)
    if Self.maleTitles.contains(u.hash) { m.gender = .male }
    if Self.femaleTitles.contains(u.hash) { m.gender = .female }
    return m
  }

  /// The hash of word unit `k` without a possessive `’s` (`Department’s` is `department`).
  func stem(_ k: Int) -> WordHash {
    Self.possessive(self, k) ? WordHash(text, units[k].start..<(units[k].end - 2)) : units[k].hash
  }

  static func possessive(_ s: QuoteScanner, _ k: Int) -> Bool {
    let u = s.units[k]
    guard u.end - u.start > 2 else { return false }
    let last = s.text[u.end - 1]
    let prev = s.text[u.end - 2]
    return (last == "s" || last == "S") && (prev == "'" || prev == "\u{2019}")
  }

  /// Whether word unit `k` is read before a full stop inside a name: an initial (`J.`), initials
  /// (`J.J.`, `U.S.`) or a known abbreviation (`Sen.`).
  func isNameAbbreviation(_ k: Int) -> Bool {
    let u = units[k]
    return u.end - u.start == 1 || SpeakerLexicon.abbreviations.contains(u.hash)
      || Self.isInitials(text, u.start, u.end)
  }

  /// Whether `text[start..<end]` is letters each followed by a full stop but the last (`J.J`, `D.C`).
  static func isInitials(_ text: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
    guard end - start >= 3, (end - start) % 2 == 1 else { return false }
    for k in start..<end {
      let isStop = text[k] == "."
      if isStop != ((k - start) % 2 == 1) { return false }
      if !isStop && !QuoteTokenizer.isUpper(text[k]) { return false }
    }
    return true
  }

  static let the = WordHash("the")
  static let a = WordHash("a")
  static let of = WordHash("of")
  static let `for` = WordHash("for")

  /// The name before `of` when the capitalized words `j...i` follow it: a person before a place or
  /// employer (`Sen. Ann Lee of Ohio said` is Ann Lee), or one organization over both (`the
  /// University of Tulsa said`, also with `for`: `the Center for Harbor Safety`); `nil` when no
  /// name stands before it.
  /// The name of a body that ends with the capitalized words `j...i` after `and` or a comma:
  /// `the Centers for Disease Control and Prevention`, `the Academies of Sciences, Engineering
  /// and Medicine`, whose last words are no name of their own. The name runs back over at most
  /// three such links to a capitalized run before `of` or `for`, and is an organization.
  func bodyNameEnding(_ j: Int, _ lo: Int, _ i: Int) -> SpeakerMention? {
    // `and Professor Ann Lee`, `and Ann Lee`: a person after `and` ends no body's name.
    guard !SpeakerLexicon.titles.contains(units[j].hash),
      SpeakerLexicon.gender(ofGivenName: units[j].hash) == .unknown
    else { return nil }
    var jj = j
    for hop in 0..<3 {
      // The last link is `and`; commas come before it (`Sciences, Engineering and Medicine`), so
      // `the University of Miami, Trump said` names no body.
      guard jj - 2 >= lo,
        (word(jj - 1, is: Self.and) && !units[jj - 1].isCapitalized) || (hop > 0 && isComma(jj - 1)),
        units[jj - 2].kind == .word, units[jj - 2].isCapitalized
      else { return nil }
      jj -= 2
      while jj - 1 >= lo && units[jj - 1].kind == .word && units[jj - 1].isCapitalized { jj -= 1 }
      guard jj - 2 >= lo, word(jj - 1, is: Self.of) || word(jj - 1, is: Self.for),
        !units[jj - 1].isCapitalized,
        units[jj - 2].kind == .word, units[jj - 2].isCapitalized, !Self.possessive(self, jj - 2)
      else { continue }
      // The word before `of` or `for` is a body's (`Centers`, `Academies`, `Organization`), not
      // a person's or a group's (`Strategists for Ann Lee and Reyes`).
      let body = units[jj - 2]
      let bodyWord =
        SpeakerLexicon.organizationWords.contains(body.hash) || Self.bodyPlurals.contains(body.hash)
      guard bodyWord else { return nil }
      var start = jj - 2
      while start - 1 >= lo && units[start - 1].kind == .word && units[start - 1].isCapitalized
        && !Self.possessive(self, start - 1)
      {
        start -= 1
      }
      if word(start, is: Self.the) && start < jj - 2 { start += 1 }
      guard var m = nameMention(j, i + 1) else { return nil }
      let span = TextSpan(start: units[start].start, end: units[i].end)
      m.span = span
      m.nameSpan = span
      m.name = string(span.start, span.end)
      m.nameWords = (start...i).filter { units[$0].kind == .word && units[$0].isCapitalized }.map {
        units[$0].hash.value
      }
      m.isOrganization = true
      m.title = nil
      m.role = nil
      m.gender = .unknown
      return m
    }
    return nil
  }

  static let bodyPlurals = WordSet([
    "centers", "centres", "academies", "academy", "institutes", "councils", "associations", "offices",
    "departments", "ministries", "agencies", "foundations", "federations", "unions", "organizations",
  ])

  func nameOf(_ j: Int, _ lo: Int, _ i: Int) -> SpeakerMention? {
    var k = j - 1
    if k > lo && (word(k, is: Self.the) || word(k, is: Self.a)) && !units[k].isCapitalized { k -= 1 }
    guard k - 1 >= lo, word(k, is: Self.of) || word(k, is: Self.for), !units[k].isCapitalized,
      units[k - 1].kind == .word,
      units[k - 1].isCapitalized, !Self.possessive(self, k - 1)
    else { return nil }
    if let office = officeHolder(k, j, i, lo) { return office }
    guard var before = npEnding(at: k - 1, lo), before.form == .name || before.isOrganization,
      let after = nameMention(j, i + 1, lazy: true), after.form == .name
    else { return nil }
    if before.isOrganization {
      // A lone `Center` reads as a nominal head; before `for X` it opens the name.
      let start = before.nameSpan?.start ?? before.span.start
      if before.form == .nominal { before.nameWords = [units[k - 1].hash.value] }
      before.form = .name
      before.title = nil
      before.span = TextSpan(start: before.span.start, end: units[i].end)
      before.nameSpan = TextSpan(start: start, end: units[i].end)
      before.name = string(start, units[i].end)
      before.nameWords += [units[k].hash.value] + after.nameWords
      return before
    }
    guard before.form == .name, word(k, is: Self.of), after.title == nil, after.nameWords.count <= 3,
      before.nameWords.count >= 2 || before.title != nil
    else { return nil }
    return before
  }

  static let affiliationLinks = WordSet(["of", "from", "at"])

  /// Titles that take their office after `of`: `Secretary of State`, `Chief of Staff`.
  static let officeTitles = WordSet([
    "secretary", "supervisor", "director", "minister", "chairman", "chairwoman", "chair", "commissioner",
    "administrator", "superintendent", "chief", "comptroller", "inspector", "clerk", "registrar",
  ])

  /// `Former Secretary of State Ann Lee`, `County Supervisor of Elections Ann Lee`, `Chief of
  /// Staff Tom Reyes`: a title before `of` at unit `k`, its office and a person's name in the
  /// capitalized words `j...i`. The name is the last two words (three with an initial), the
  /// capitalized words from the title to the office its role; `nil` when the words do not have
  /// that shape.
  func officeHolder(_ k: Int, _ j: Int, _ i: Int, _ lo: Int) -> SpeakerMention? {
    guard word(k, is: Self.of), isWord(k - 1, Self.officeTitles) else { return nil }
    var p = i - 1
    if p - 2 >= j && isPunct(p, 0x2E) && isNameAbbreviation(p - 1) { p -= 2 }  // `Lisa M. Madigan`
    guard p > j, units[p].kind == .word, !SpeakerLexicon.titles.contains(units[p].hash),
      var name = nameMention(p, i + 1), name.form == .name, name.nameWords.count >= 2, !name.isOrganization
    else { return nil }
    // The title's own capitalized words before it: `Palm Beach County Supervisor`.
    var t = k - 1
    while t - 1 >= lo && units[t - 1].kind == .word && units[t - 1].isCapitalized
      && !Self.possessive(self, t - 1)
    {
      t -= 1
    }
    name.role = cleanRole(t, p)
    name.nameSpan = name.nameSpan ?? name.span
    name.span = TextSpan(start: units[t].start, end: name.span.end)
    return name
  }

  /// ``SpeakerLexicon/roleTitles`` by hash.
  static let roleTitleWords = WordSet(Array(SpeakerLexicon.roleTitles))

  /// A name mention over units `j..<end` (all words, titles first), or `nil` when the words
  /// are not a name.
  func nameMention(_ j0: Int, _ end0: Int, lazy: Bool = false) -> SpeakerMention? {
    var j = j0
    var end = end0
    while end - 1 > j0 && isWord(end - 1, Self.weekdays) { end -= 1 }  // `in Tulsa Friday`
    while j < end - 1 && units[j].kind == .word
      && (SpeakerLexicon.sentenceWords.contains(units[j].hash)
        || SpeakerLexicon.determiners.contains(units[j].hash))
      && !SpeakerLexicon.titles.contains(units[j].hash)
    {
      j += 1  // `One Ohio delegate`: a determiner opens the phrase, not the name
    }
    // Read once: each read of a `static let` is a call on Linux.
    let (headingWords, headlineVerbs) = (SpeakerLexicon.headingWords, Self.headlineVerbs)
    if j + 1 < end
      && (j + 1..<end).contains(where: {
        units[$0].kind == .word
          && (headingWords.contains(units[$0].hash) || headlineVerbs.contains(units[$0].hash))
      })
    {
      // `Big Win For Bernie`, `FIX IS IN`, `Retired Harbor Master Reveals`: a heading in title case or
      // capitals
      return nil
    }
    // `South Korean-born Ann Lee`: a place of birth before the name is not part of it.
    for k in j..<(end - 1) where units[k].kind == .word && endsWithBorn(k) { j = k + 1 }
    var n = j
    // The title words' string is built only when one of them names a role: most never do.
    var hasRoleTitle = false
    var titleStart = j
    var gender = SpeakerMention.Gender.unknown
    skipTitles(&n, end, &hasRoleTitle, &gender)
    if n <= end - 1 && n > j && gender == .unknown
      && !(j..<(end - 1)).contains(where: { units[$0].kind == .punct })
      && (SpeakerLexicon.organizationWords.contains(stem(end - 1))
        || SpeakerResolver.groupNames.contains(stem(end - 1)))
    {
      // `Justice Department`, `House Republicans`, `Democratic National Committee`: the title
      // words name the body, not a person.
      n = j
      hasRoleTitle = false
      gender = .unknown
    } else if let t = titleAfterPrefix(n, end) {
      // `Tulsa Police Chief Ann Lee`, `Ohio Sen. Ann Lee`: a place or office before the title.
      titleStart = t
      n = t
      skipTitles(&n, end, &hasRoleTitle, &gender)
    }
    while n < end && units[n].kind == .punct { n += 1 }
    guard n < end else { return nil }
    if n + 1 < end, units[n].kind == .word, units[n + 1].kind == .word, units[n + 1].isCapitalized {
      let u = units[n]
      let words = end - n < 3 ? 2 : (n..<end).reduce(0) { $0 + (units[$1].kind == .word ? 1 : 0) }
      if u.end - u.start >= 7 && text[u.end - 1] == "y" && text[u.end - 2] == "l"
        && SpeakerResolver.isAdverb(TextSpan(start: u.start, end: u.end), text)
      {
        n += 1  // `Interestingly Ann Lee`: a sentence adverb before the name
      } else if words >= 3 && words <= 4 && SpeakerLexicon.personNounSet.contains(units[n].hash)
        && !Self.givenNames.contains(units[n].hash) && !isNameAbbreviation(n + 1)
        && !(n..<end).contains(where: {
          SpeakerLexicon.organizationWords.contains(units[$0].hash)
            || SpeakerResolver.documentHeads.contains(units[$0].hash)
        })
      {
        // `Pollster Ann Lee`, `Actor Tom Reyes`: a kind of person before a full name is a title.
        if titleStart == n { titleStart = j }
        hasRoleTitle = true
        n += 1
      }
    }
    if n == end - 1 && (SpeakerLexicon.sentenceWords.contains(units[n].hash)) { return nil }
    if n == end - 1 && j == n && SpeakerLexicon.nominalHeads.contains(units[n].hash) && units[n].start > 0 {
      // `Officials said` at a sentence start.
      var m = SpeakerMention(span: TextSpan(start: units[n].start, end: units[n].end), form: .nominal)
      m.title = unitString(n).lowercased()
      m.name = unitString(n)
      m.isPlural = m.title!.hasSuffix("s")
      m.isOrganization = SpeakerLexicon.organizationWords.contains(units[n].hash)
      return m
    }
    var nameEnd = units[end - 1].end
    if Self.possessive(self, end - 1) { nameEnd -= 2 }
    var words: [UInt64] = []
    words.reserveCapacity(end - n)  // one allocation, not one per doubling
    var org = false
    var allCaps = true
    for k in n..<end where units[k].kind == .word {
      words.append(
        k == end - 1 && nameEnd < units[k].end
          ? WordHash(text, units[k].start..<nameEnd).value : units[k].hash.value)
      if SpeakerLexicon.organizationWords.contains(units[k].hash) { org = true }
      for p in units[k].start..<units[k].end
      where QuoteTokenizer.isWordScalar(text[p]) && !QuoteTokenizer.isUpper(text[p]) {
        allCaps = false
        break
      }
    }
    // `Ann Lee`: a first name that mostly women bear tells what no title does.
    if gender == .unknown && words.count >= 2 && !org {
      gender = SpeakerLexicon.gender(ofGivenName: units[n].hash)
    }
    var title: String? = nil
    if hasRoleTitle {
      title = (titleStart..<n).filter { units[$0].kind == .word }.map { unitString($0).lowercased() }
        .joined(separator: " ")
    }
    // Built in place as the result: a mention filled in field by field was copied whole into the
    // returned optional and the original destroyed, once per name.
    return SpeakerMention(
      span: TextSpan(start: units[j].start, end: units[end - 1].end), form: .name,
      name: lazy ? "" : string(units[n].start, nameEnd),
      nameSpan: TextSpan(start: units[n].start, end: nameEnd),
      nameWords: words, title: title, gender: gender,
      isOrganization: org || (allCaps && words.count == 1 && units[n].end - units[n].start >= 2))
  }

  /// Moves `n` past the title words and stops (`Sen.`, `Dr.`) before the last unit of
  /// `..<end`, noting a role title and the gender they show. A method with `inout` arguments
  /// rather than a nested function of ``nameMention(_:_:lazy:)``, whose captured variables were
  /// checked for exclusivity at run time at every call.
  func skipTitles(
    _ n: inout Int, _ end: Int, _ hasRoleTitle: inout Bool, _ gender: inout SpeakerMention.Gender
  ) {
    while n < end - 1 && (isWord(n, SpeakerLexicon.titles) || units[n].kind == .punct) {
      // `General Electric`, `General Assembly`: a company's or a body's name, not a general's.
      if isWord(n, Self.general) && isWord(n + 1, Self.bodiesAfterGeneral) { return }
      if units[n].kind == .word {
        if Self.roleTitleWords.contains(units[n].hash) { hasRoleTitle = true }
        if Self.maleTitles.contains(units[n].hash) { gender = .male }
        if Self.femaleTitles.contains(units[n].hash) { gender = .female }
      }
      n += 1
    }
  }

  static let honorifics = WordSet(["mr", "mrs", "ms", "dr"])
  static let general = WordSet(["general"])
  /// Words after `General` that make it the first word of a name (`General Motors`), not a title.
  static let bodiesAfterGeneral = WordSet([
    "electric", "motors", "mills", "dynamics", "assembly", "atomics", "foods", "accounting", "hospital",
  ])
  /// Verbs that headlines put after a capitalized subject (`Harbor Master Reveals …`), never a name's
  /// last word.
  static let headlineVerbs = WordSet([
    "reveals", "says", "warns", "admits", "slams", "blasts", "explains", "tells", "urges", "vows",
    "insists", "responds", "confirms", "denies", "defends", "rips", "mocks", "praises", "accuses",
    "announces", "unveils", "claims", "calls", "demands", "pledges", "threatens", "attacks", "wins",
    "loses", "debunks", "addresses", "endorses", "rejects", "dismisses", "touts", "decries", "condemns",
    "quits", "sues", "unleashed",
  ])
  /// Given names that WordNet also lists as kinds of people (`John Ellis Reyes`, `Victor Davis
  /// Lee`): never a title before a name.
  static let givenNames = WordSet([
    "john", "mark", "jack", "don", "bobby", "dean", "donna", "victor", "hope", "guy", "buddy", "earl",
    "jock", "dick", "prince", "hunter", "carter", "cooper", "mason", "porter", "baker", "king", "duke",
    "page", "angel", "sonny", "beau", "deb", "franklin", "grant", "chase", "joy", "grace", "faith",
  ])
  static let periodNouns = WordSet(["week", "month", "year", "weekend", "spring", "summer", "fall", "winter"])
  static let timeDeterminers = WordSet(["last", "this", "next", "earlier", "later"])
  static let weekdays = WordSet([
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ])

  /// Whether word unit `k` ends in `-born` (`Korean-born`).
  func endsWithBorn(_ k: Int) -> Bool {
    let e = units[k].end
    guard e - units[k].start > 5 else { return false }
    return text[e - 5] == "-" && text[e - 4] == "b" && text[e - 3] == "o" && text[e - 2] == "r"
      && text[e - 1] == "n"
  }

  /// Name suffixes that follow a surname, never a name of their own (`King Jr.`).
  static let nameSuffixes = WordSet(["jr", "sr", "ii", "iii", "iv"])

  /// Where the title words start in units `j..<end` when up to four capitalized words of a place
  /// or office stand before them (`Tulsa Police Chief Ann Lee`): the first of the title words
  /// that end with a role title (``SpeakerLexicon/roleTitles``) followed by a name of plain
  /// capitalized words, none a title, an organization word or a suffix; `nil` otherwise.
  func titleAfterPrefix(_ j: Int, _ end: Int) -> Int? {
    guard end - j >= 3, !isWord(j, SpeakerLexicon.titles) else { return nil }
    var k = j + 1
    var last = -1
    while k < end - 1 && k <= j + 5 {
      if units[k].kind == .word && Self.roleTitleWords.contains(units[k].hash) { last = k }
      if units[k].kind == .word && Self.possessive(self, k) { return nil }
      k += 1
    }
    guard last > j else { return nil }
    var after = last + 1
    while after < end && units[after].kind == .punct { after += 1 }
    guard after < end else { return nil }
    for a in after..<end where units[a].kind == .word {
      let h = units[a].hash
      if SpeakerLexicon.titles.contains(h) || SpeakerLexicon.organizationWords.contains(h)
        || Self.nameSuffixes.contains(h) || SpeakerLexicon.nominalHeads.contains(h)
      {
        return nil
      }
    }
    var t = last
    while t - 1 > j && (isWord(t - 1, SpeakerLexicon.titles) || units[t - 1].kind == .punct) { t -= 1 }
    return t
  }

  /// The full names in the whole text, quotations included, whose last word is `surname` (also
  /// with a possessive `’s`): up to three capitalized words before it, not titles, sentence words
  /// or organization words. For a surname that no name outside quotes introduces.
  func names(endingWith surname: UInt64) -> [SpeakerMention] {
    var found: [SpeakerMention] = []
    for t in surnameCandidates(surname) where tokens[t].paragraph != headlineParagraph {
      let token = tokens[t]
      // The name ends at the surname: `The Email That Makes Ohio Look Bad` is no name.
      // A generational suffix may follow: `John G. Roberts Jr.` ends at Roberts.
      if t + 1 < tokens.count && tokens[t + 1].kind == .word && tokens[t + 1].isCapitalized
        && !Self.nameSuffixes.contains(tokens[t + 1].hash)
      {
        continue
      }
      var end = token.end
      if token.hash.value != surname {
        guard token.end - token.start > 3, text[token.end - 1] == "s" || text[token.end - 1] == "S",
          text[token.end - 2] == "'" || text[token.end - 2] == "\u{2019}",
          WordHash(text, token.start..<(token.end - 2)).value == surname
        else { continue }
        end -= 2
      }
      var words = [surname]
      var s = t
      while s - 1 >= 0 && words.count < 4 && tokens[s - 1].paragraph == token.paragraph {
        let p = tokens[s - 1]
        if p.kind == .word && p.isCapitalized && !SpeakerLexicon.titles.contains(p.hash)
          && !SpeakerLexicon.sentenceWords.contains(p.hash) && !SpeakerLexicon.determiners.contains(p.hash)
          && !SpeakerLexicon.organizationWords.contains(p.hash) && p.end - p.start > 1
        {
          words.insert(p.hash.value, at: 0)
          s -= 1
        } else if p.kind == .punct && p.hash.value == 0x2E && s - 2 >= 0 && tokens[s - 2].kind == .word
          && tokens[s - 2].isCapitalized && tokens[s - 2].end == p.start
          && (tokens[s - 2].end - tokens[s - 2].start == 1
            || Self.isInitials(text, tokens[s - 2].start, tokens[s - 2].end))
        {
          words.insert(tokens[s - 2].hash.value, at: 0)
          s -= 2
        } else {
          break
        }
      }
      guard words.count >= 2 else { continue }
      var m = SpeakerMention(span: TextSpan(start: tokens[s].start, end: end), form: .name)
      m.nameSpan = m.span
      m.nameWords = words
      found.append(m)
    }
    return found
  }

  /// Whether the text writes the word with hash `word` in lower case somewhere (`nothing`,
  /// `often`): a capitalized one-word name that is such a word is a sentence's first word.
  func writesInLowerCase(_ word: UInt64) -> Bool {
    // Over the tokens' memory, the hash compared first: each question scans the whole text, and
    // a token copied out of the array at every step cost 2.6 times the instructions.
    tokens.withUnsafeBufferPointer { tokens in
      for t in tokens.indices
      where tokens[t].hash.value == word && tokens[t].kind == .word && !tokens[t].isCapitalized {
        return true
      }
      return false
    }
  }

  /// Where the text writes the word with hash `word` (any case), in order: the start offsets of
  /// its word tokens, for the epithets ``SpeakerResolver`` weighs.
  func wordOffsets(_ word: UInt64) -> [Int] {
    tokens.withUnsafeBufferPointer { tokens in
      var found: [Int] = []
      for t in tokens.indices where tokens[t].hash.value == word && tokens[t].kind == .word {
        found.append(tokens[t].start)
      }
      return found
    }
  }

  /// The capitalized word tokens after the first that may end a name with the surname `surname`:
  /// those with its hash, or ending in `s` (a possessive, `Lee's`, checked by the caller). A
  /// tight pass over the tokens' memory for ``names(endingWith:)``, which scans the whole text
  /// for each surname asked and looks closer only at these few.
  func surnameCandidates(_ surname: UInt64) -> [Int] {
    var found: [Int] = []
    tokens.withUnsafeBufferPointer { tokens in
      text.withUnsafeBufferPointer { text in
        var t = 1
        while t < tokens.count {
          if tokens[t].kind == .word && tokens[t].isCapitalized
            && (tokens[t].hash.value == surname || text[tokens[t].end - 1] == "s"
              || text[tokens[t].end - 1] == "S")
          {
            found.append(t)
          }
          t += 1
        }
      }
    }
    return found
  }

  /// A noun phrase naming a speaker that starts at unit `k` (after an inverted cue or
  /// `according to`), with an appositive role after a comma.
  func mentionAfter(_ k: Int, _ e: Int) -> SpeakerMention? {
    guard k < e, units[k].kind == .word else { return nil }
    let u = units[k]
    if Self.subjectPronouns.contains(u.hash) { return npEnding(at: k, k) }
    // `said retired neurosurgeon Ben Carson`, `said Democratic strategist David Axelrod`: a short
    // descriptor before the name.
    var d = k
    while d < e && d < k + 4 && units[d].kind == .word && !Self.stopBefore.contains(units[d].hash) {
      d += 1
      if d < e && units[d].isCapitalized && !units[d - 1].isCapitalized { break }
    }
    // `said former Gov. Ann Lee`: the name may open with an abbreviated title and its stop.
    let nameFollows =
      d + 1 < e
      && ((units[d + 1].kind == .word && units[d + 1].isCapitalized)
        || (isPunct(d + 1, 0x2E) && d + 2 < e && units[d + 2].isCapitalized
          && SpeakerLexicon.abbreviations.contains(units[d].hash)))
    if d > k && nameFollows && units[d].isCapitalized
      && !units[d - 1].isCapitalized && !SpeakerLexicon.determiners.contains(units[k].hash),
      var m = mentionAfter(d, e), m.form == .name
    {
      m.span = TextSpan(start: u.start, end: m.span.end)
      return m
    }
    var end = k
    if u.isCapitalized {
      while end < e {
        if units[end].kind == .word && (units[end].isCapitalized || Self.particles.contains(units[end].hash))
        {
          end += 1
          if Self.possessive(self, end - 1) { break }
        } else if units[end].kind == .punct && units[end].hash.value == 0x2E && end + 1 < e && end > k
          && units[end + 1].isCapitalized && isNameAbbreviation(end - 1)
        {
          end += 1
        } else {
          break
        }
      }
      if end > k && Self.possessive(self, end - 1) {
        if end < e, let m = nominalAfter(end, e, from: k) { return m }
        // `said Florida’s Ann Lee`: a place's possessive before a name is no part of it.
        if end == k + 1, end < e, units[end].isCapitalized, let m = mentionAfter(end, e), m.form == .name,
          m.nameWords.count >= 2
        {
          return m
        }
        return nil
      }
      guard var m = nameMention(k, end) else { return nil }
      m.role = roleAfter(end, e)
      return m
    }
    if let m = nominalAfter(k, e, from: k) { return m }
    return nil
  }

  /// A common noun phrase from `k` (`the spokesman`, `a report by …`) ending at its head.
  func nominalAfter(_ k: Int, _ e: Int, from start: Int) -> SpeakerMention? {
    // `one of the witnesses`, `several of his aides`: the group's noun phrase is the head.
    if k + 2 < e, isWord(k, Self.partitives), word(k + 1, is: Self.of), units[k + 2].kind == .word,
      var m = nominalAfter(k + 2, e, from: k + 2)
    {
      m.span = TextSpan(start: units[start].start, end: m.span.end)
      if m.form == .nominal {
        m.name = string(units[start].start, m.span.end)
        if isWord(k, Self.singlePartitives) {
          m.title = unitString(k).lowercased()  // `one of the aides` is one person
          m.isPlural = false
        }
      }
      return m
    }
    guard k < e, !Self.stopBefore.contains(units[k].hash) else { return nil }
    var end = k
    var head = -1
    while end < e && end < k + 7 && units[end].kind == .word {
      if end > k && (Self.stopBefore.contains(units[end].hash) || ReportingVerbs.isCue(units[end].hash)) {
        break
      }
      if SpeakerLexicon.nominalHeads.contains(units[end].hash) { head = end }
      end += 1
    }
    if head < 0 && end > k + 1 && SpeakerLexicon.determiners.contains(units[k].hash)
      && SpeakerLexicon.personNounSet.contains(units[end - 1].hash)
    {
      head = end - 1  // `another harbor pilot`: a kind of person after a determiner
    }
    guard head >= 0 else { return nil }
    var m = SpeakerMention(span: TextSpan(start: units[start].start, end: units[head].end), form: .nominal)
    m.title = unitString(head).lowercased()
    m.name = string(units[start].start, units[head].end)
    m.isPlural = m.title!.hasSuffix("s") && !m.title!.hasSuffix("ss")
    m.isOrganization = SpeakerLexicon.organizationWords.contains(units[head].hash)
    if Self.maleTitles.contains(units[head].hash) { m.gender = .male }
    if Self.femaleTitles.contains(units[head].hash) { m.gender = .female }
    m.role = roleAfter(head + 1, e)
    if head + 2 < e && isComma(head + 1) {
      var r = head + 2
      while r < e && !isComma(r) && !isQuote(r) && r < head + 9
        && !(isPunct(r, 0x2E) && !isNameAbbreviation(r - 1))
      {
        r += 1
      }
      if let name = appositiveName(start, head + 1, head + 2, r) { return name }
    }
    return m
  }

  /// `The port's spokeswoman, Ann Lee`: when units `a..<b` after the noun phrase over units
  /// `np..<npEnd` are a name of two to four capitalized words (initials with their periods too),
  /// that name, with the noun phrase as
  /// its role and a span from the noun phrase's start (so the content before ends there).
  /// The first unit of the common noun phrase whose prepositional phrase starts the name at unit
  /// `n` (`the leader of the Harbor League`, `a spokesman for Harbor Works`), or `nil`.
  func headBefore(_ n: Int, _ lo: Int) -> Int? {
    var p = n - 1
    if p >= lo && word(p, is: Self.the) { p -= 1 }
    guard p - 1 >= lo, isWord(p, Self.nounLinks), units[p - 1].kind == .word, !units[p - 1].isCapitalized,
      let head = npEnding(at: p - 1, lo), head.form == .nominal
    else { return nil }
    return unitIndex(after: head.span.start, from: lo, p)
  }

  func appositiveName(_ np: Int, _ npEnd: Int, _ a: Int, _ b0: Int) -> SpeakerMention? {
    let initial = { (k: Int) in self.isPunct(k, 0x2E) && k > a && self.isNameAbbreviation(k - 1) }
    // `Another pollster, Ann Lee of Salem College, said`: the name ends at its affiliation.
    var b = b0
    if b0 > a + 3,
      let o = (a + 2..<b0).first(where: { isWord($0, Self.affiliationLinks) && !units[$0].isCapitalized }),
      o + 1 < b0, units[o + 1].isCapitalized
    {
      b = o
    }
    let words = (a..<b).filter { units[$0].kind == .word }.count
    guard words >= 2, words <= 4,
      (a..<b).allSatisfy({ (units[$0].kind == .word && units[$0].isCapitalized) || initial($0) }),
      var name = nameMention(a, b), name.form == .name, name.nameWords.count >= 2
    else { return nil }
    name.role = cleanRole(np, npEnd)
    name.nameSpan = name.nameSpan ?? name.span
    name.span = TextSpan(start: units[np].start, end: name.span.end)
    return name
  }

  /// The appositive after a name: `, founder and CEO of X,`.
  func roleAfter(_ end: Int, _ e: Int) -> String? {
    guard end < e, isComma(end) else { return nil }
    var r = end + 1
    while r < e && !isComma(r) && !isQuote(r) && r < end + 25 { r += 1 }
    guard r > end + 1 else { return nil }
    return cleanRole(end + 1, r)
  }

  static let roleDrop = WordSet(["a", "an", "the", "another"])
  static let relative = WordSet(["who", "which", "whose", "where", "when", "that", "and", "but"])

  /// The role words of units `a..<b`: leading articles dropped, descriptors between `of` and a
  /// capitalized name dropped (`CEO of knowledge-sharing platform Zhihu` gives `CEO of Zhihu`).
  func cleanRole(_ a0: Int, _ b: Int) -> String? {
    var a = a0
    guard a < b, units[a].kind == .word, !Self.relative.contains(units[a].hash) else { return nil }
    if Self.roleDrop.contains(units[a].hash) { a += 1 }
    guard a < b else { return nil }
    for k in a..<b where isQuote(k) || ReportingVerbs.speech.contains(units[k].hash) && units[k].kind == .word
    {
      return nil
    }
    // `Ms. Lee the harbor master`: another person's name is no role.
    for k in a..<b where isWord(k, Self.honorifics) && k + 1 < b && units[k + 1].kind == .punct { return nil }
    // The role's code points, its pieces joined by spaces as they are found: a `String` per word
    // and a joined list of them cost about 7,000 instructions a role.
    var role: [Unicode.Scalar] = []
    role.reserveCapacity(units[b - 1].end - units[a].start)  // one allocation, not one per doubling
    let the = Self.the
    var k = a
    var last = -1
    while k < b {
      let u = units[k]
      if u.kind == .word && isRoleLink(u.start, u.end) {
        if !role.isEmpty { role.append(" ") }
        role.append(contentsOf: text[u.start..<u.end])
        last = k
        k += 1
        var m = k
        while m < b && units[m].kind == .word && !units[m].isCapitalized && units[m].hash != the {
          m += 1
        }
        if m < b && m > k && units[m].isCapitalized { k = m }
        continue
      }
      // A mark or a word right after the previous unit goes on with its piece (`R-Md.`).
      let glued = last >= 0 && units[last].end == u.start && (u.kind == .punct || u.kind == .word)
      if !glued && !role.isEmpty { role.append(" ") }
      role.append(contentsOf: text[u.start..<u.end])
      last = k
      k += 1
    }
    // Whether it is a role (SpeakerLexicon.isRole) is judged when a speaker takes it: this runs
    // for every appositive near every cue.
    return role.isEmpty ? nil : String(scalars: role)
  }

  /// Whether `text[start..<end]` is `of`, `at` or `for`, written in lower case: the words after
  /// which ``cleanRole(_:_:)`` drops descriptors before a name.
  func isRoleLink(_ start: Int, _ end: Int) -> Bool {
    switch end - start {
    case 2:
      (text[start] == "o" && text[start + 1] == "f") || (text[start] == "a" && text[start + 1] == "t")
    case 3: text[start] == "f" && text[start + 1] == "o" && text[start + 2] == "r"
    default: false
    }
  }
}

extension QuoteScanner {
  /// The names in the body outside quotes that carry a title or have two words or more, in
  /// text order: the people pronouns, surnames and titles can refer back to.
  func nameMentions() -> [SpeakerMention] {
    var result: [SpeakerMention] = []
    let n = units.count
    // Capitalized words the text also writes after a lower-case word, inside a sentence: names,
    // not sentence openers (`said Reyes`, `the Reyes plan`). Sorted hashes, gathered at the
    // first one-word subject (a `Set` cost 16 M instructions over PolNeAR train). A local
    // variable rather than one captured by a nested function, whose every access was checked
    // for exclusivity at run time (`swift_beginAccess`, 3 M instructions).
    var midSentence: [UInt64]? = nil
    var i = 0
    while i < n {
      guard units[i].kind == .word && units[i].isCapitalized else {
        i += 1
        continue
      }
      var end = i + 1
      while end < n && units[end].paragraph == units[i].paragraph {
        if units[end].kind == .word && units[end].isCapitalized && !Self.possessive(self, end - 1) {
          end += 1
        } else if units[end].kind == .punct && units[end].hash.value == 0x2E && end + 1 < n
          && units[end + 1].kind == .word && units[end + 1].isCapitalized && isNameAbbreviation(end - 1)
        {
          end += 1
        } else {
          break
        }
      }
      // A run of six capitalised words or more is a title-case heading (`Nine Things the Mayor
      // Has Said About Boats`), not a name.
      let startsClause = i == 0 || units[i - 1].paragraph != units[i].paragraph || units[i - 1].kind != .word
      // One capitalized word is a name only as a clause's subject, before a lower-case verb
      // (`Reyes has made clear that he …`), and only where a pronoun may look back to it.
      var subjectWord =
        end - i == 1 && startsClause && end < n && units[end].kind == .word && !units[end].isCapitalized
        && units[end].paragraph == units[i].paragraph && !Self.possessive(self, i)
      if subjectWord {
        if midSentence == nil { midSentence = midSentenceWords() }
        subjectWord =
          Self.sortedContains(midSentence!, units[i].hash.value)
          && !SpeakerResolver.postmodifiers.contains(units[end].hash)
      }
      if end - i >= 2 || subjectWord, end - i <= 5,
        !(i..<end).contains(where: { SpeakerLexicon.editorialLabels.contains(units[$0].hash) }),
        var m = nameMention(i, end, lazy: true),
        m.nameWords.count >= 2 || m.title != nil || (subjectWord && !m.isOrganization)
      {
        m.startsClause = startsClause || describedFromClauseStart(i)
        if m.gender == .unknown { m.gender = genderOfNounBefore(i) }
        result.append(consume m)
      }
      i = end
    }
    return result
  }

  /// The gender the noun right before the name at unit `i` tells, over a comma: `her son, Tom
  /// Reyes`, `businesswoman Ann Lee`.
  func genderOfNounBefore(_ i: Int) -> SpeakerMention.Gender {
    var k = i - 1
    if k > 0 && isComma(k) { k -= 1 }
    guard k >= 0, units[k].kind == .word, !units[k].isCapitalized, units[k].paragraph == units[i].paragraph
    else { return .unknown }
    return SpeakerResolver.gender(ofHead: unitString(k).lowercased())
  }

  /// Whether the words before the name at unit `i` are a role that opens its clause (`Radio
  /// talk show host Ann Lee minced no words`, `The Ledger columnist Ann Lee wrote`): the name is
  /// then the clause's subject, which a pronoun after it may stand for.
  func describedFromClauseStart(_ i: Int) -> Bool {
    guard i > 0, units[i - 1].kind == .word, !units[i - 1].isCapitalized,
      units[i - 1].paragraph == units[i].paragraph,
      SpeakerLexicon.personNounSet.contains(units[i - 1].hash)
        || Self.roleTitleWords.contains(units[i - 1].hash)
    else { return false }
    var k = i - 1
    while k > 0 && i - k < 7 && units[k - 1].kind == .word && units[k - 1].paragraph == units[i].paragraph {
      k -= 1
    }
    guard k == 0 || units[k - 1].kind != .word || units[k - 1].paragraph != units[i].paragraph else {
      return false
    }
    if SpeakerLexicon.determiners.contains(units[k].hash) { k += 1 }
    // A verb makes the words a clause (`He told talk show host Ann Lee`); a cue word after
    // another lower-case word is a noun (`talk show host`). After a preposition the name is
    // its object (`officer of logistics company Bluewater Lines`).
    for j in k..<i where !units[j].isCapitalized {
      let word = unitString(j)
      if word == "of" || SpeakerLexicon.roleOpeners.contains(Substring(word)) { return false }
      guard SpeakerResolver.isVerbLike(word) else { continue }
      if j > k && !units[j - 1].isCapitalized && !word.hasSuffix("ed") { continue }
      return false
    }
    return SpeakerLexicon.isRole(string(units[k].start, units[i - 1].end))
  }

  /// The sorted hashes of the capitalized words written right after a lower-case word of the
  /// same paragraph (see ``nameMentions()``).
  func midSentenceWords() -> [UInt64] {
    var found: [UInt64] = []
    let n = units.count
    for k in 1..<max(n, 1)
    where units[k].kind == .word && units[k].isCapitalized && units[k - 1].kind == .word
      && !units[k - 1].isCapitalized && units[k - 1].paragraph == units[k].paragraph
    {
      found.append(units[k].hash.value)
    }
    found.sort()
    return found
  }

  /// Whether the sorted `words` hold `word`.
  static func sortedContains(_ words: [UInt64], _ word: UInt64) -> Bool {
    words.withUnsafeBufferPointer { sorted in
      var lo = 0
      var hi = sorted.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if sorted[mid] < word { lo = mid + 1 } else { hi = mid }
      }
      return lo < sorted.count && sorted[lo] == word
    }
  }
}
