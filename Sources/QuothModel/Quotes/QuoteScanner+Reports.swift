/// Broader reports tried when no reporting verb matched: participles, any verb before a
/// quotation or a that-clause, wants and appeals, verbs of judgment, evidence, questions and
/// unsourced judgments (`seemed to`).
extension QuoteScanner {
  /// `Trump tweeted on Friday, saying that …`: a participle cue whose speaker is the subject of
  /// the sentence.
  mutating func matchParticiple(_ a: Int, _ e: Int) {
    var c = a + 2
    while c < e - 2 {
      defer { c += 1 }
      guard isWord(c, Self.participles), !units[c].isCapitalized,
        isComma(c - 1) || word(c + 1, is: Self.that) || isPunct(c + 1, 0x2C)
      else { continue }
      guard let m = (isComma(c - 1) ? nil : withSubject(c, a)) ?? participleSubject(a, c) else { return }
      var s = c + 1
      while s < e && (isComma(s) || isPunct(s, 0x3A)) { s += 1 }
      // A short object before a quotation is enough: `, calling it “absurd.”`
      let end = clauseEnd(s, e)
      let short = content(s, end, minWords: 1).flatMap { $0.0 == .indirect ? nil : $0 }
      guard let (kind, parts) = content(s, end) ?? short else { return }
      if kind == .indirect && !word(s, is: Self.that) { return }
      quotes.append(
        RawQuote(
          kind: kind, parts: parts, cue: TextSpan(start: units[c].start, end: units[c].end), mention: m,
          paragraph: units[a].paragraph, rule: .participle))
      return
    }
  }

  /// `Ann Lee rejected the plan on Monday, calling it “absurd.”`: a participle after a comma, past
  /// the report the sentence already gave, opening a quotation, reports for that report's speaker.
  mutating func matchTrailingParticiple(_ a: Int, _ e: Int) {
    let last = quotes[quotes.count - 1]
    guard var m = last.mention, units[a].paragraph == last.paragraph else { return }
    var c = a + 2
    while c < e - 1 && units[c].start < last.span.end { c += 1 }
    while c < e - 1 {
      defer { c += 1 }
      guard isComma(c - 1), isWord(c, Self.participles), !units[c].isCapitalized else { continue }
      var s = c + 1
      while s < e && (isComma(s) || isPunct(s, 0x3A)) { s += 1 }
      guard let (kind, parts) = content(s, clauseEnd(s, e), minWords: 1), kind != .indirect else { return }
      m = nearerPronoun(m, a, c)
      quotes.append(
        RawQuote(
          kind: kind, parts: parts, cue: TextSpan(start: units[c].start, end: units[c].end), mention: m,
          paragraph: units[a].paragraph, rule: .participle))
      return
    }
  }

  static let with = WordHash("with")

  /// `Critics piled on, with Ann Lee warning that …`, `with 61 percent of voters saying …`: the
  /// noun phrase after `with` is the subject of the participle at unit `c`.
  func withSubject(_ c: Int, _ a: Int) -> SpeakerMention? {
    guard let m = npEnding(at: c - 1, a) else { return nil }
    var j = unitIndex(after: m.span.start, from: a, c) - 1
    while j > a && c - j < 8 && units[j].kind == .word && !word(j, is: Self.with) { j -= 1 }
    return j >= a && word(j, is: Self.with) ? m : nil
  }

  /// `The ad targets a "corrupt system"`: a subject and a verb of any kind before a quotation
  /// that is not a title.
  mutating func matchAnyVerbQuote(_ a: Int, _ e: Int) {
    var firstQuote = a
    while firstQuote < e && !isQuote(firstQuote) { firstQuote += 1 }
    guard firstQuote < e, firstQuote > a + 1, !looksLikeTitle(firstQuote) else { return }
    var v = a + 1
    while v < firstQuote {
      defer { v += 1 }
      let u = units[v]
      guard u.kind == .word, !u.isCapitalized,
        looksLikeVerb(v)
          || (isWord(v - 1, Self.copulas) && u.end - u.start > 4 && text[u.end - 1] == "g"
            && text[u.end - 2] == "n")
      else { continue }
      guard let m = memoSubjectBefore(v, a), m.form != .pronoun || !m.isFirstOrSecondPerson else { continue }
      let ms = unitIndex(after: m.span.start, from: a, v)
      guard ms <= a + 3 || isComma(ms - 1) else { continue }
      guard let (kind, parts) = content(v + 1, clauseEnd(v + 1, e), minWords: 1) else { return }
      let span = kind == .direct ? parts : [TextSpan(start: parts[0].start, end: parts[parts.count - 1].end)]
      quotes.append(
        RawQuote(
          kind: kind == .indirect ? .mixed : kind, parts: span, cue: TextSpan(start: u.start, end: u.end),
          mention: m, paragraph: units[a].paragraph, rule: .anyVerbQuote))
      return
    }
  }

  /// `The report shows that …`: a subject and a verb of any kind followed by `that`.
  mutating func matchAnyVerbThat(_ a: Int, _ e: Int) {
    var v = a + 1
    while v + 2 < e {
      defer { v += 1 }
      guard word(v + 1, is: Self.that), units[v].kind == .word, !units[v].isCapitalized, looksLikeVerb(v),
        let m = memoSubjectBefore(v, a), !m.isFirstOrSecondPerson,
        let (kind, parts) = content(v + 1, clauseEnd(v + 1, e))
      else { continue }
      appendReport(kind, parts, cue: v, mention: m, in: a, rule: .anyVerbThat)
      return
    }
  }

  static let toVerbs = WordSet([
    "want", "wants", "wanted", "plan", "plans", "planned", "hope", "hopes", "hoped", "intend", "intends",
    "intended", "vow", "vows", "vowed", "pledge", "pledges", "pledged", "promise", "promises", "promised",
    "refuse", "refuses", "refused", "decline", "declines", "declined", "urge", "urges", "urged", "ask",
    "asks", "asked", "encourage", "encourages", "encouraged", "agree", "agrees", "agreed", "threaten",
    "threatens", "threatened", "seek", "seeks", "sought", "expect", "expects", "expected", "demand",
    "demands", "demanded", "warned", "warns", "told", "tells", "invited", "invites", "challenged",
    "challenges", "called", "calls", "call", "proposed", "proposes", "offered", "offers", "vowing",
    "pledging", "promising", "urging", "calling", "asking",
  ])
  static let forWord = WordHash("for")
  static let went = WordHash("went")
  static let and = WordHash("and")
  static let or = WordHash("or")
  static let nameLinks = WordSet(["of", "the", "for", "at", "de", "van", "von", "la", "le", "del", "da"])
  static let put = WordHash("put")
  /// Words that open an adverbial clause, whose subject a participle after it can share.
  static let adverbialOpeners = WordSet([
    "when", "as", "after", "before", "while", "because", "since", "once", "though", "although", "until",
  ])
  static let subordinators = WordSet([
    "when", "as", "after", "before", "while", "because", "if", "since", "once", "though", "although",
    "until", "where", "which", "that", "whom", "whose", "unless", "whether",
  ])
  static let introWords = WordSet([
    "following", "after", "in", "at", "on", "during", "with", "asked", "speaking", "before", "since",
    "from", "for", "by", "without", "despite", "amid", "under", "over", "through", "writing", "appearing",
    "addressing", "responding", "pressed", "interviewed", "questioned", "campaigning", "visiting",
  ])
  static let whWords = WordSet(["whether", "if", "why", "how", "what", "when", "where", "who", "about"])
  static let askVerbs = WordSet([
    "ask", "asks", "asked", "asking", "wondered", "wonders", "questioned", "questions",
  ])
  static let copulas = WordSet(["is", "are", "was", "were", "been", "be"])
  static let passiveCopulas = WordSet(["is", "are", "was", "were", "been", "be", "being"])

  /// Whether the verb at unit `v` is a passive participle after a form of `be`, over adverbs
  /// (`Ohio will also be considered a battleground`, `Salem was called for Tom Reyes`): its
  /// subject is what was said about, not who said it, and the report keeps no speaker.
  func isPassive(_ v: Int, _ a: Int) -> Bool {
    // `The Harbor Ledger is expected to endorse …`: the subject still does what follows.
    guard isPastVerb(v), !isWord(v, Self.raisingParticiples) else { return false }
    var k = v - 1
    while k > a && (isAdverb(k) || isWord(k, Self.passiveAdverbs)) { k -= 1 }
    return k >= a && isWord(k, Self.passiveCopulas)
  }
  static let raisingParticiples = WordSet(["expected", "scheduled", "slated", "poised", "supposed"])
  static let passiveAdverbs = WordSet([
    "also", "not", "never", "often", "widely", "still", "then", "now", "first", "later", "since",
  ])
  static let by = WordHash("by")
  /// Words that join clauses: `… but found it`, `… or show images` have no subject right before
  /// the verb.
  static let conjunctions = WordSet(["and", "but", "or", "nor", "yet", "so"])
  static let on = WordHash("on")

  /// `Trump urged supporters to watch the polls`, `She called for more money`: wants, plans and
  /// appeals.
  mutating func matchToComplement(_ a: Int, _ e: Int) {
    var v = a + 1
    while v + 2 < e {
      defer { v += 1 }
      guard isWord(v, Self.toVerbs), !units[v].isCapitalized else { continue }
      var k = v + 1
      if units[v].hash == WordHash("called") || units[v].hash == WordHash("calls")
        || units[v].hash == WordHash("call") || units[v].hash == WordHash("calling")
      {
        if word(k, is: Self.on) && k + 1 < e && units[k + 1].isCapitalized
          && isWord(k + 1, SpeakerLexicon.sentenceWords)
        {
          k += 2  // `called on Monday for …`
        }
        guard word(k, is: Self.forWord) || word(k, is: Self.on) else { continue }
        k += 1
      } else {
        var j = k
        while j < e && j < k + 5 && units[j].kind == .word && !word(j, is: Self.to)
          && !isWord(j, Self.whWords)
        {
          j += 1
        }
        guard j < e, word(j, is: Self.to) || (isWord(j, Self.whWords) && isWord(v, Self.askVerbs)) else {
          continue
        }
      }
      guard
        let m = memoSubjectBefore(v, a)
          ?? (Self.participles.contains(units[v].hash) ? participleSubject(a, v) : nil),
        !m.isFirstOrSecondPerson,
        let (kind, parts) = content(k, clauseEnd(k, e), minWords: 2)
      else { continue }
      appendReport(kind, parts, cue: v, mention: isPassive(v, a) ? nil : m, in: a, rule: .toComplement)
      return
    }
  }

  static let objectVerbs = WordSet([
    "criticized", "criticizes", "criticize", "attacked", "attacks", "praised", "praises", "questioned",
    "questions", "mentioned", "mentions", "discussed", "discusses", "described", "describes", "proposed",
    "proposes", "announced", "announces", "endorsed", "endorses", "supports", "supported", "opposes",
    "opposed", "defended", "defends", "denied", "denies", "rejected", "rejects", "dismissed",
    "dismisses", "blamed", "blames", "accused", "accuses", "condemned", "condemns", "denounced",
    "denounces", "touted", "touts", "highlighted", "highlights", "cited", "cites", "recommended",
    "recommends", "predicted", "predicts", "revealed", "reveals", "confirmed", "confirms", "dubbed",
    "labeled", "branded", "slammed", "slams", "blasted", "blasts", "mocked", "mocks", "lamented",
    "laments", "welcomed", "welcomes", "applauded", "hailed", "favors", "favored", "backed", "backs",
    "disputed", "disputes", "doubted", "doubts", "addressed", "addresses", "pushed", "pushes",
    "argued", "suggested", "noted", "acknowledged", "admitted", "insisted", "claimed", "warned",
    "see", "sees", "saw", "view", "views", "viewed", "regard", "regards", "regarded", "consider",
    "considers", "considered",
  ])

  /// `Sanders criticized the trade deal`: a subject and a verb of judgment with its object.
  mutating func matchObjectVerb(_ a: Int, _ e: Int) {
    var v = a + 1
    while v + 1 < e {
      defer { v += 1 }
      guard isWord(v, Self.objectVerbs), !units[v].isCapitalized,
        (units[v + 1].kind == .word && !isWord(v + 1, Self.adverbialPrepositions)) || isQuote(v + 1),
        let m = memoSubjectBefore(v, a), !m.isFirstOrSecondPerson
      else { continue }
      let end = objectEnd(v + 1, clauseEnd(v + 1, e))
      // A one-word object is a name (`endorsed Cruz`), never a lone pronoun or determiner.
      let oneName = end == v + 2 && units[v + 1].isCapitalized && !isWord(v + 1, SpeakerLexicon.determiners)
      guard let (kind, parts) = content(v + 1, end, minWords: oneName ? 1 : 2) else { continue }
      appendReport(kind, parts, cue: v, mention: isPassive(v, a) ? nil : m, in: a, rule: .objectVerb)
      return
    }
  }

  /// Prepositions that start an adverbial after a verb, not its object (`argued in court`,
  /// `backed by voters`). Not `for` and `on`, which PolNeAR takes as the content more often than
  /// not (`criticized for …`, `attacked on …`).
  static let adverbialPrepositions = WordSet([
    "in", "at", "with", "from", "by", "to", "into", "over", "under", "after", "before", "during", "since",
    "until", "through", "throughout", "across", "behind", "inside", "outside",
  ])

  /// Words after an object that start an adverbial clause rather than continue the noun phrase
  /// (`praised the plan after the vote`).
  static let objectBreaks = WordSet([
    "after", "before", "during", "amid", "while", "when", "because", "since", "until", "saying", "though",
    "although", "despite",
  ])
  /// Words that start a time adverbial (`last week`, `on Tuesday`, `in 2015`).
  static let timeStarts = WordSet([
    "last", "yesterday", "today", "tonight", "earlier", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "this",
  ])
  static let timeNouns = WordSet([
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "june", "july", "august", "september", "october", "november", "december", "late",
    "early",
  ])
  static let adjunctPrepositions = WordSet(["in", "on", "at"])
  /// Comma, semicolon, colon, dashes, `!` and `?`.
  static let objectStops: Set<UInt64> = [0x2C, 0x3B, 0x3A, 0x2014, 0x2013, 0x21, 0x3F]

  /// The end of the object noun phrase starting at unit `s`, before `e`: at an adverbial clause
  /// (`after the vote`), at `and` before a verb (`endorsed Ada and said …`), or at a time adverbial
  /// that ends the clause (`endorsed Ada last week.`, `on Tuesday, …`); a complement after the
  /// time (`criticized Ada on Tuesday for …`) keeps the whole clause.
  func objectEnd(_ s: Int, _ e: Int) -> Int {
    var k = s + 1
    while k < e {
      let u = units[k]
      if u.kind == .word {
        if isWord(k, Self.objectBreaks) { return k }
        let isTime =
          isWord(k, Self.timeStarts)
          || (isWord(k, Self.adjunctPrepositions) && k + 1 < e
            && (isWord(k + 1, Self.timeNouns)
              || (text[units[k + 1].start].value >= 0x30 && text[units[k + 1].start].value <= 0x39)))
        if isTime {
          // The adverbial runs for a few words; it ends the object only if the clause ends with it.
          var j = k + 1
          while j < e && j < k + 4 && units[j].kind == .word && !word(j, is: Self.and) { j += 1 }
          if j >= e || (units[j].kind == .punct && Self.objectStops.contains(units[j].hash.value))
            || word(j, is: Self.and)
          {
            return k
          }
        }
        if word(k, is: Self.and) && k + 1 < e && units[k + 1].kind == .word && !units[k + 1].isCapitalized
          && (looksLikeVerb(k + 1) || isWord(k + 1, ReportingVerbs.auxiliaries)
            || isWord(k + 1, Self.copulas))
        {
          return k
        }
      }
      k += 1
    }
    return e
  }

  static let seemVerbs = WordSet(["seem", "seems", "seemed", "appear", "appears", "appeared"])
  static let expected = WordHash("expected")

  /// `Sanders seemed to be of two minds`, `The vote is expected to …`: judgments with no
  /// stated source; the content is the clause itself.
  mutating func matchSeeming(_ a: Int, _ e: Int) {
    // Read once: each read of a `static let` is a call on Linux.
    let (seemVerbs, copulas, to, that, expected) = (
      Self.seemVerbs, Self.copulas, Self.to, Self.that, Self.expected
    )
    var v = a + 1
    while v + 1 < e {
      defer { v += 1 }
      let isSeem = isWord(v, seemVerbs) && (word(v + 1, is: to) || word(v + 1, is: that))
      let isExpected = word(v, is: expected) && isWord(v - 1, copulas) && word(v + 1, is: to)
      guard isSeem || isExpected, !units[v].isCapitalized else { continue }
      var start = a
      var k = a
      while k < v && k < a + 12 {
        if isComma(k) { start = k + 1 }
        k += 1
      }
      guard let (kind, parts) = content(start, clauseEnd(v, e)) else { return }
      appendReport(kind, parts, cue: v, mention: nil, in: a, rule: .seeming)
      return
    }
  }

  static let asked = WordHash("asked")
  static let when = WordHash("when")

  /// `Asked whether he would run, Ada said …`: the question is attributed to the subject that
  /// follows it.
  mutating func matchAskedIntro(_ a: Int, _ e: Int) {
    var k = a
    if word(k, is: Self.when) { k += 1 }
    guard k + 2 < e, word(k, is: Self.asked), units[k].isCapitalized || k > a else { return }
    var w = k + 1
    while w < e && w < k + 4 && !isWord(w, Self.whWords) { w += 1 }
    guard w < e, isWord(w, Self.whWords) else { return }
    var comma = w + 1
    while comma < e && !isComma(comma) && comma < w + 30 { comma += 1 }
    guard comma + 1 < e, isComma(comma), let m = sentenceSubject(comma + 1, min(e, comma + 8)),
      let (kind, parts) = content(w, comma, minWords: 2)
    else { return }
    appendReport(kind, parts, cue: k, mention: m, in: a, rule: .askedIntro)
  }

  static let evidenceVerbs = WordSet([
    "show", "shows", "showed", "shown", "found", "finds", "suggest", "suggests", "suggested", "indicate",
    "indicates", "indicated", "reveal", "reveals", "revealed", "confirm", "confirms", "confirmed",
  ])

  /// `The latest poll shows Trump leading`, `Their experience shows that …`: evidence verbs
  /// with any noun phrase as the source.
  mutating func matchEvidence(_ a: Int, _ e: Int) {
    var v = a + 1
    while v + 2 < e {
      defer { v += 1 }
      guard isWord(v, Self.evidenceVerbs), !units[v].isCapitalized, units[v - 1].kind == .word,
        !isWord(v - 1, Self.copulas), !isWord(v - 1, Self.conjunctions),
        units[v - 1].isCapitalized || !isWord(v - 1, Self.nounMarkers)  // `the show`, `the report`
      else { continue }
      if isWord(v - 1, ReportingVerbs.auxiliaries) {
        // `Ann Lee, the mayor, has indicated …`: the subject is before the auxiliary, never the
        // auxiliary itself.
        guard let m = memoSubjectBefore(v, a), let (kind, parts) = content(v + 1, clauseEnd(v + 1, e)) else {
          return
        }
        appendReport(kind, parts, cue: v, mention: m, in: a, rule: .evidence)
        return
      }
      var start = v - 1
      while start > a && v - start < 8 && units[start - 1].kind == .word
        && !Self.stopBefore.contains(units[start - 1].hash)
      {
        start -= 1
        if SpeakerLexicon.determiners.contains(units[start].hash) { break }
      }
      if start > a && units[start - 1].kind == .word && !isComma(start - 1) { continue }
      if units[v - 1].isCapitalized, let name = npEnding(at: v - 1, a), name.form == .name {
        // `Mr. Lee found …`: a name is a person's, not a loose noun phrase.
        guard let (kind, parts) = content(v + 1, clauseEnd(v + 1, e)) else { return }
        appendReport(kind, parts, cue: v, mention: name, in: a, rule: .evidence)
        return
      }
      var m = SpeakerMention(span: TextSpan(start: units[start].start, end: units[v - 1].end), form: .nominal)
      m.name = string(units[start].start, units[v - 1].end)
      m.title = unitString(v - 1).lowercased()
      m.isOrganization = true
      guard let (kind, parts) = content(v + 1, clauseEnd(v + 1, e)) else { return }
      appendReport(kind, parts, cue: v, mention: m, in: a, rule: .evidence)
      return
    }
  }

  static let pollWords = WordSet(["poll", "polls", "survey", "surveys"])
  static let pollMarkers = WordSet(["a", "an", "new", "latest", "recent", "one", "another", "this"])
  static let inWord = WordHash("in")

  /// `In a new poll, Ada leads by nine points`, `Ada leads by nine points in the latest survey`:
  /// a poll or survey after `in`, at the start or the end of the sentence, is the source of the
  /// rest of it.
  mutating func matchInPoll(_ a: Int, _ e: Int) {
    var h = a + 1
    while h < e && !isWord(h, Self.pollWords) { h += 1 }
    guard h < e else { return }
    // `in`, then up to six words (or `/`, `-`, `.` between them) before the head.
    var i = h - 1
    while i >= a && h - i <= 7 && !word(i, is: Self.inWord)
      && (units[i].kind == .word || isPunct(i, 0x2F) || isPunct(i, 0x2D) || isPunct(i, 0x2E))
    {
      i -= 1
    }
    // A named or new poll (`a Gallup poll`, `the latest survey`), not `in the polls`.
    guard i >= a, word(i, is: Self.inWord),
      (i + 1..<h).contains(where: { units[$0].isCapitalized || isWord($0, Self.pollMarkers) })
    else { return }
    var m = SpeakerMention(span: TextSpan(start: units[i + 1].start, end: units[h].end), form: .nominal)
    m.name = string(units[i + 1].start, units[h].end)
    m.title = unitString(h).lowercased()
    m.isOrganization = true
    var start: Int
    var end: Int
    if i == a || (i == a + 1 && isWord(a, Self.conjunctions)) {
      // The phrase opens the sentence and a comma closes it.
      var c = h + 1
      while c < e && c < h + 8 && !isComma(c) { c += 1 }
      guard c < e, isComma(c) else { return }
      (start, end) = (c + 1, e)
    } else {
      // The phrase ends the sentence, after at most a few words (`released Sunday`).
      guard e - h <= 4, !(h + 1..<e).contains(where: { isComma($0) || isQuote($0) }) else { return }
      (start, end) = (a, i)
      if isComma(end - 1) { end -= 1 }
    }
    guard looksLikeClause(start, end), let (kind, parts) = content(start, end) else { return }
    appendReport(kind, parts, cue: i, mention: m, in: a, rule: .inPoll)
  }

  /// Whether the quotation at unit `k` looks like a title: a few words, each capitalized.
  func looksLikeTitle(_ k: Int) -> Bool {
    let r = regions[units[k].region]
    guard r.wordCount <= 4 else { return false }
    for t in r.firstToken...r.lastToken where tokens[t].kind == .word && !tokens[t].isCapitalized {
      if !Self.titleSmallWords.contains(tokens[t].hash) { return false }
    }
    return true
  }

  static let titleSmallWords = WordSet(["of", "the", "a", "an", "and", "in", "on", "to", "for", "at", "with"])
  static let notVerbs = WordSet([
    "is", "was", "are", "were", "has", "had", "have", "does", "this", "his", "its", "as", "has", "was",
    "us", "yes", "news", "less", "unless", "thus", "plus", "always", "perhaps", "across", "whereas",
    "besides", "towards", "afterwards", "needed", "based", "used", "so-called", "red", "bed", "led",
  ])

  /// Whether the word at `k` looks like a finite verb: a reporting verb, or a word ending in
  /// `-ed` or `-s`.
  func looksLikeVerb(_ k: Int) -> Bool {
    let u = units[k]
    if ReportingVerbs.isCue(u.hash) { return true }
    if Self.notVerbs.contains(u.hash) || u.end - u.start < 4 { return false }
    let last = text[u.end - 1]
    let prev = text[u.end - 2]
    if last == "s" && prev != "s" && prev != "'" && prev != "\u{2019}" { return true }
    return last == "d" && prev == "e"
  }

  /// Words that never follow a sentence's subject: a determiner, `from` or `off`.
  static let notAfterSubject = WordSet(["the", "a", "an", "from", "off"])

  /// Lower-case words between a capitalized modifier and the name or noun of a subject:
  /// `Republican presidential candidate`, `Harbor former chief`.
  static let subjectModifiers = WordSet([
    "presidential", "vice-presidential", "gubernatorial", "congressional", "mayoral", "former", "current",
    "longtime", "senior", "top", "chief", "leading", "fellow", "national", "state", "party", "campaign",
    "communications", "press", "policy", "foreign", "political", "economic", "deputy", "executive",
    "front-runner", "frontrunner", "hopeful", "nominee", "spokesman", "spokeswoman", "spokesperson",
  ])

  /// Whether word unit `k` is one of WordNet's person nouns or its plural in -s (`economist`,
  /// `lobbyists`).
  func isPersonNoun(_ k: Int) -> Bool {
    let u = units[k]
    guard u.kind == .word, !u.isCapitalized else { return false }
    if SpeakerLexicon.personNounSet.contains(u.hash) { return true }
    guard u.end - u.start > 3, text[u.end - 1] == "s" else { return false }
    return SpeakerLexicon.personNounSet.contains(WordHash(text, u.start..<(u.end - 1)))
  }

  /// The speaker of a participle at unit `limit` (`…, saying …`): the sentence's subject, named
  /// where the nearest clause before the participle refers to it by `he` or `she`. In `Lee spoke
  /// on Monday, though at the rally he went further, saying …` the participle is said by `he`,
  /// who is Lee: the mention is the pronoun, resolved as the name it stands for.
  func participleSubject(_ sentence: Int, _ limit: Int) -> SpeakerMention? {
    sentenceSubject(sentence, limit).map { nearerPronoun($0, sentence, limit) }
  }

  /// `m`, named by the last `he` or `she` of the sentence `sentence..<limit` that follows it and
  /// agrees with it, with no other name or quotation between them; `m` itself otherwise.
  func nearerPronoun(_ m: SpeakerMention, _ sentence: Int, _ limit: Int) -> SpeakerMention {
    var m = m
    guard !m.isPlural, !m.isOrganization, !m.isFirstOrSecondPerson else { return m }
    var k = limit - 1
    while k > sentence && units[k].start >= m.span.end {
      defer { k -= 1 }
      let u = units[k]
      if isQuote(k) { return m }
      guard u.kind == .word, u.hash == Self.he || u.hash == Self.she, k + 1 < limit,
        units[k + 1].kind == .word, !units[k + 1].isCapitalized
      else { continue }
      let gender: SpeakerMention.Gender = u.hash == Self.he ? .male : .female
      guard m.gender == .unknown || m.gender == gender else { return m }
      // The pronoun opens an adverbial clause (`when he`, `though last week he`); in `says he
      // would` or `that he` it is the subject of what is reported, and the speaker is the subject.
      var b = k - 1
      while b > k - 8 && b > sentence && units[b].start >= m.span.end && !isComma(b) && !isQuote(b)
        && !isWord(b, Self.adverbialOpeners)
      {
        b -= 1
      }
      guard isWord(b, Self.adverbialOpeners), units[b].start >= m.span.end else { return m }
      // Another name or a quotation between the subject and the pronoun: it may stand for
      // someone else (`a Trump ally` modifies, a name after a determiner).
      var j = k - 1
      while j > sentence && units[j].start >= m.span.end {
        if isQuote(j) { return m }
        if units[j].kind == .word && units[j].isCapitalized && !isWord(j, Self.weekdays)
          && !isWord(j - 1, SpeakerLexicon.determiners)
        {
          return m
        }
        j -= 1
      }
      m.span = TextSpan(start: u.start, end: u.end)
      m.gender = gender
      return m
    }
    return m
  }

  /// Whether word unit `k` is a party or nationality word before a lower-case word, an adjective
  /// (`Libertarian presidential candidate`), not a name or the people it names (`Republicans`).
  func isPartyAdjective(_ k: Int) -> Bool {
    (isWord(k, Self.partyWords) || SpeakerLexicon.demonyms.contains(units[k].hash)) && k + 1 < units.count
      && units[k + 1].kind == .word && !units[k + 1].isCapitalized
  }

  /// The noun phrase from `start` that a party or nationality adjective at `k` opens, to its head
  /// (`The GOP presidential candidate`, `Republican politicians`, `An Egyptian textbook`), over
  /// modifiers and hyphenated words (`vice-presidential`); `nil` when no person noun or nominal
  /// head follows.
  func partyNounPhrase(_ k: Int, _ start: Int, _ limit: Int) -> SpeakerMention? {
    var head = -1
    var j = k + 1
    while j < limit && j < k + 7 {
      if isPunct(j, 0x2D) {
        j += 1
        continue
      }
      guard units[j].kind == .word else { break }
      // `Libertarian presidential candidate Gary Johnson’s doctor`: a name after it has the phrase.
      if units[j].isCapitalized { return nil }
      if isPersonNoun(j) || isWord(j, SpeakerLexicon.nominalHeads) {
        head = j
      } else if !isWord(j, Self.subjectModifiers) && !isPunct(j - 1, 0x2D)
        && !(j + 1 < limit && isPunct(j + 1, 0x2D))
      {
        break
      }
      j += 1
    }
    guard head > k else { return nil }
    if let m = npEnding(at: head, start) { return m }
    var m = SpeakerMention(span: TextSpan(start: units[start].start, end: units[head].end), form: .nominal)
    m.title = unitString(head).lowercased()
    m.name = string(units[start].start, units[head].end)
    m.isPlural = m.title?.hasSuffix("s") == true && m.title?.hasSuffix("ss") == false
    m.isOrganization = SpeakerLexicon.organizationWords.contains(units[head].hash)
    return m
  }

  /// The noun phrase that starts the sentence `a..<limit`, after an introductory phrase.
  func sentenceSubject(_ sentence: Int, _ limit: Int) -> SpeakerMention? {
    // Past a dateline and an opening phrase: `SALEM — Shortly after the vote, the pilots walked
    // out, warning …` is the pilots', not `SALEM`'s or `Shortly`'s.
    let a = subjectStart(sentence, limit)
    // The last name or pronoun that starts the sentence or follows a comma and is followed by a
    // lower-case word (its verb): `In Salem, Trump went after Bush, calling him …`.
    var k = limit - 1
    while k >= a {
      let u = units[k]
      if u.kind == .word && !u.isCapitalized && k - 1 >= a && k + 1 < limit && units[k + 1].kind == .word
        && !units[k + 1].isCapitalized && (SpeakerLexicon.nominalHeads.contains(u.hash) || isPersonNoun(k))
        && isWord(k - 1, SpeakerLexicon.determiners) && (k - 1 == a || isComma(k - 2)),
        let m = npEnding(at: k, k - 1)
      {
        return m  // `When the ferry left, the pilot refused …, insisting …`
      }
      if u.kind == .word && (u.isCapitalized || Self.subjectPronouns.contains(u.hash))
        && k + 1 < limit && units[k + 1].kind == .word && !units[k + 1].isCapitalized
        // `Fresh off a win, …`, `Along the way, …`: no verb follows, so no subject.
        && !isWord(k + 1, Self.notAfterSubject)
        // `Lee, Ohio’s former governor, …`: a possessive opens a noun phrase.
        && !Self.possessive(self, k)
      {
        if isWord(k, Self.partyWords) || SpeakerLexicon.demonyms.contains(u.hash),
          let m = adjectiveSubject(k, a, limit)
        {
          return m  // `the Republican presidential candidate said`, not `Republican`
        }
        var start = k
        while start > a
          && ((units[start - 1].kind == .word && units[start - 1].isCapitalized)
            || (isPunct(start - 1, 0x2E) && start - 2 >= a && isAbbreviation(start - 2)))
        {
          start -= 1  // `Mrs. Clinton tried`: over titles and their periods
        }
        var lead = start
        while lead > a
          && (isPersonNoun(lead - 1) || isWord(lead - 1, Self.subjectModifiers)
            || isWord(lead - 1, Self.partyWords)
            || (word(lead - 1, is: Self.and) && lead - 2 > a
              && (isPersonNoun(lead - 2) || isWord(lead - 2, Self.subjectModifiers))))
        {
          lead -= 1
        }
        if lead < start && (lead == a || isComma(lead - 1)), let m = npEnding(at: k, lead) {
          // `On Monday, campaign manager Tom Reyes released …`, `GOP contender and former
          // surgeon Ann Lee responded`
          return m
        }
        if start - 2 >= a && word(start - 1, is: Self.of) && isWord(start - 2, Self.officeTitles),
          let m = npEnding(at: k, a)
        {
          // `Former Secretary of State Ann Lee urged …`: the name after a title and its office.
          let ms = unitIndex(after: m.span.start, from: a, k)
          if ms == a || isComma(ms - 1) { return m }
        }
        if start == a || isComma(start - 1) {
          if start == k && !isPersonNoun(k + 1) && isWord(k + 1, SpeakerLexicon.nominalHeads)
            && k + 2 < limit && units[k + 2].kind == .word && !units[k + 2].isCapitalized,
            let m = npEnding(at: k + 1, k)
          {
            return m  // `Exit polls taken in Ohio found …`: one capitalized word modifies the head
          }
          if isPersonNoun(k + 1) || isWord(k + 1, Self.subjectModifiers) {
            // `Republican presidential front-runner Ann Lee argues`, `Harbor lobbyists argue`: the
            // capitalized word is a modifier; the subject runs to the name or the noun before
            // the verb.
            var j = k + 1
            var sawName = false
            while j + 1 < limit && j - k < 10 {
              if isPunct(j + 1, 0x2E) && units[j].isCapitalized && isAbbreviation(j) && j + 2 < limit
                && units[j + 2].isCapitalized
              {
                j += 2  // `candidate Sen. Ann Lee`
                continue
              }
              guard units[j + 1].kind == .word else { break }
              if !sawName && j + 2 < limit && word(j + 1, is: Self.of) && isWord(j, Self.officeTitles)
                && units[j + 2].kind == .word
              {
                j += 2  // `Former US secretary of state Ann Lee`
                continue
              }
              if units[j + 1].isCapitalized {
                sawName = true
              } else if sawName || !(isPersonNoun(j + 1) || isWord(j + 1, Self.subjectModifiers)) {
                break
              }
              j += 1
            }
            // Only when what follows is the verb (or the cue at `limit`): `Ann Lee shot back`
            // keeps Ann Lee.
            // After a name, any lower-case word but a noun: `Harbor master Tom Lee met …`.
            if j + 1 >= limit || looksLikeVerb(j + 1) || isWord(j + 1, ReportingVerbs.auxiliaries)
              || isAdverb(j + 1) || (sawName && (isComma(j + 1) || isPunct(j + 1, 0x28)))
              || (sawName && units[j + 1].kind == .word && !isPersonNoun(j + 1)
                && !isWord(j + 1, SpeakerLexicon.nominalHeads)),
              let m = npEnding(at: j, start)
            {
              return m
            }
          }
          // `Libertarian presidential candidate Gary Johnson’s doctor`: a party or nationality
          // word before a lower-case word is an adjective, never a name of its own.
          if isPartyAdjective(k) {
            if let m = partyNounPhrase(k, start, limit) { return m }
          } else if let m = npEnding(at: k, start) {
            return m
          }
        }
      }
      k -= 1
    }
    // Otherwise the first noun phrase after the introductory words.
    k = a
    while k < limit && (units[k].kind != .word || SpeakerLexicon.sentenceWords.contains(units[k].hash))
      && !Self.subjectPronouns.contains(units[k].hash)
    {
      k += 1
    }
    guard k < limit else { return nil }
    if isPartyAdjective(k) {
      return partyNounPhrase(k, k > a && isWord(k - 1, SpeakerLexicon.determiners) ? k - 1 : k, limit)
    }
    var end = k
    while end + 1 < limit {
      if units[end + 1].kind == .word && units[end + 1].isCapitalized {
        end += 1
      } else if end + 2 < limit && isPunct(end + 1, 0x2E) && isAbbreviation(end)
        && units[end + 2].kind == .word && units[end + 2].isCapitalized
      {
        end += 2  // `Sen. Ann Lee`
      } else {
        break
      }
    }
    // `the pilots`: a determiner before a person noun belongs to it.
    let determined = end == k && k > a && isWord(k - 1, SpeakerLexicon.determiners) && isPersonNoun(k)
    let digit = text[units[k].start].value
    if end == k && digit >= 0x30 && digit <= 0x39 && k + 1 < limit && !units[k + 1].isCapitalized
      && (isPersonNoun(k + 1) || isWord(k + 1, SpeakerResolver.groupHeads))
    {
      // `About 50 protesters had gathered, chanting …`: the people counted (a number is no name).
      var m = SpeakerMention(span: TextSpan(start: units[k + 1].start, end: units[k + 1].end), form: .nominal)
      m.title = unitString(k + 1).lowercased()
      m.name = unitString(k + 1)
      m.isPlural = true
      return m
    }
    return npEnding(at: end, determined ? k - 1 : k)
  }

  /// The noun phrase whose adjective is the party or nationality word `k` (`the Republican
  /// presidential candidate`, `two Democratic speechwriters`, `Republican lawmakers`), when it
  /// starts the sentence (`a`) or follows a comma and a person noun ends it before the verb or a
  /// comma; `nil` otherwise (`the Republican said`, `betting that Republican voters will …`).
  func adjectiveSubject(_ k: Int, _ a: Int, _ limit: Int) -> SpeakerMention? {
    var head = -1
    var j = k + 1
    while j < limit && j < k + 4 && units[j].kind == .word && !units[j].isCapitalized {
      if isPersonNoun(j) || isWord(j, SpeakerLexicon.nominalHeads) {
        head = j
      } else if !isWord(j, Self.subjectModifiers) {
        break
      }
      j += 1
    }
    guard head > k,
      head + 1 >= limit || isComma(head + 1) || isDash(head + 1) || looksLikeVerb(head + 1)
        || isWord(head + 1, ReportingVerbs.auxiliaries)
    else { return nil }
    // Back over `former` and a determiner: `A former Republican presidential candidate -- …`.
    var start = k
    while start > a && start > k - 3
      && (isWord(start - 1, Self.subjectModifiers) || isWord(start - 1, SpeakerLexicon.determiners))
    {
      start -= 1
    }
    // A subject starts its sentence or follows an opening phrase's comma or a quotation's
    // (`“…,” the Republican nominee said`).
    guard start == a || isComma(start - 1) || (start - 2 >= a && isQuote(start - 1) && isComma(start - 2))
    else {
      return nil
    }
    return npEnding(at: head, start)
  }

  /// Where the subject of the sentence `a..<limit` can start: past a dateline (`SALEM, Ore. —`,
  /// `PARIS, May 2 (Reuters) -`) and past the comma of an opening phrase (`Having lost the vote,`,
  /// `Shortly after the storm,`, `Citing the report,`, `In an interview on Monday,`); `a`
  /// otherwise.
  func subjectStart(_ a: Int, _ limit: Int) -> Int {
    var k = a
    if isUpperCaseWord(k) {
      var d = k + 1
      while d < limit && d < k + 12 && !isDash(d) && !isQuote(d) { d += 1 }
      if d + 1 < limit && isDash(d) { k = d + 1 }
    } else if units[k].kind == .word && units[k].isCapitalized {
      // `Dover (AFP) – …`, `Salem, Ore. (Reuters) - …`: a place, its agency in parentheses, a dash.
      var d = k + 1
      while d < limit && d < k + 8 && !isPunct(d, 0x28) && !isDash(d) && !isQuote(d) { d += 1 }
      if d < limit && isPunct(d, 0x28) {
        var c = d + 1
        while c < limit && c < d + 5 && !isPunct(c, 0x29) { c += 1 }
        if c + 2 < limit && isPunct(c, 0x29) && isDash(c + 1) { k = c + 2 }
      }
    }
    guard k + 1 < limit, units[k].kind == .word, units[k].isCapitalized, units[k + 1].kind == .word else {
      return k
    }
    let u = units[k]
    let length = u.end - u.start
    let next = units[k + 1]
    let opens: Bool
    if u.hash == Self.having || isWord(k, Self.introOpeners) || isWord(k, Self.openingPrepositions) {
      opens = true  // `Having lost the vote, Ada …`, `In an interview on Monday, the mayor …`
    } else if length >= 5 && text[u.end - 2] == "l" && text[u.end - 1] == "y" {
      // `Shortly after`, `Hastily citing`: an adverb before a preposition or a participle.
      opens = Self.openerFollowers.contains(next.hash) || (!next.isCapitalized && endsInIng(k + 1))
    } else if length >= 6 && endsInIng(k) {
      opens = !next.isCapitalized && Self.openerFollowers.contains(next.hash)  // `Citing the report,`
    } else {
      opens = false
    }
    guard opens else { return k }
    var j = k + 2
    while j < limit && j < k + 16 && !isComma(j) && !isQuote(j) { j += 1 }
    return j + 1 < limit && isComma(j) ? j + 1 : k
  }

  static let having = WordHash("having")
  /// Prepositions that open a sentence with a phrase of place, time or occasion.
  static let openingPrepositions = WordSet([
    "in", "on", "at", "with", "for", "from", "by", "following", "throughout", "inside", "outside", "across",
  ])
  /// Words after an opening adverb or participle: prepositions and determiners.
  static let openerFollowers = WordSet([
    "after", "before", "into", "at", "in", "on", "to", "for", "from", "with", "by", "about", "over",
    "the", "a", "an", "his", "her", "their", "its", "this", "that", "these", "those",
  ])

  /// Whether word unit `k` ends in `-ing`.
  func endsInIng(_ k: Int) -> Bool {
    let u = units[k]
    return u.kind == .word && u.end - u.start >= 5 && text[u.end - 3] == "i" && text[u.end - 2] == "n"
      && text[u.end - 1] == "g"
  }

  /// Whether unit `k` is a word of two or more letters, all of them capitals (`SALEM`).
  func isUpperCaseWord(_ k: Int) -> Bool {
    let u = units[k]
    guard u.kind == .word, u.isCapitalized, u.end - u.start >= 2 else { return false }
    for i in u.start..<u.end where text[i].value >= 0x61 && text[i].value <= 0x7A { return false }
    return true
  }

  func containsCue(_ a: Int, _ e: Int) -> Bool {
    for k in a..<e where units[k].kind == .word && ReportingVerbs.speech.contains(units[k].hash) {
      return true
    }
    return false
  }

  /// Whether a quoted region can end the clause before a cue (`"…," he said`).
  func quoteCanEndClause(_ k: Int) -> Bool {
    let r = regions[units[k].region]
    return r.endsWithComma || r.endsSentence || !r.isClosed || r.wordCount > 2
  }

  /// Records reported speech: the clause from its first to its last piece, `direct` content
  /// counted as mixed (a quoted fragment inside a report), cued by unit `cue`, in the paragraph of
  /// unit `sentence`.
  mutating func appendReport(
    _ kind: Quote.Kind, _ parts: [TextSpan], cue: Int, mention: SpeakerMention?, in sentence: Int,
    rule: QuoteRule
  ) {
    quotes.append(
      RawQuote(
        kind: kind == .direct ? .mixed : kind,
        parts: [TextSpan(start: parts[0].start, end: parts[parts.count - 1].end)],
        cue: TextSpan(start: units[cue].start, end: units[cue].end), mention: mention,
        paragraph: units[sentence].paragraph, rule: rule))
  }
}
