/// Attribution patterns around reporting verbs: `according to`, closing cues (`"…," she said`),
/// dash credits, transcript labels, inverted cues and opening cues (`X said that …`).
extension QuoteScanner {
  /// Words after the head of a noun phrase that start what modifies it: `conducted`, `by`.
  static let headTails = WordSet([
    "conducted", "taken", "commissioned", "obtained", "cited", "done", "by", "of", "from", "for", "in",
    "on", "at", "last", "this",
  ])

  /// `according to the ministry, …` and `…, according to the ministry.`
  mutating func matchAccordingTo(_ a: Int, _ e: Int) -> Bool {
    var k = a
    while k + 2 < e {
      if word(k, is: Self.according) && word(k + 1, is: Self.to) {
        // The source runs to the next comma: `according to early results of the exit poll, …`.
        var end = k + 2
        while end < e && !isComma(end) && !isQuote(end) && end < k + 16 { end += 1 }
        guard end > k + 2 else { return false }
        var mention: SpeakerMention
        if let m = mentionAfter(k + 2, e), m.form != .pronoun {
          mention = m
          mention.span = TextSpan(start: units[k + 2].start, end: units[end - 1].end)
        } else {
          mention = SpeakerMention(
            span: TextSpan(start: units[k + 2].start, end: units[end - 1].end), form: .nominal)
          mention.name = string(units[k + 2].start, units[end - 1].end)
          // The head is the noun before a participle or preposition that follows it: `a Harbor
          // Ledger poll released last week` is a poll.
          var head = end - 1
          for j in (k + 3)..<end
          where units[j].kind == .word && !units[j].isCapitalized
            && (isWord(j, Self.publishVerbs) || isWord(j, Self.headTails)) && units[j - 1].kind == .word
          {
            head = j - 1
            break
          }
          mention.title = unitString(head).lowercased()
          mention.isOrganization = SpeakerLexicon.organizationWords.contains(units[head].hash)
          if k + 3 == end && Self.objectPronouns.contains(units[k + 2].hash) {
            mention.form = .pronoun
            mention.gender =
              units[k + 2].hash == WordHash("him")
              ? .male : units[k + 2].hash == WordHash("her") ? .female : .unknown
            mention.isPlural = units[k + 2].hash == WordHash("them")
          }
        }
        let cue = TextSpan(start: units[k].start, end: units[k + 1].end)
        var body: (Quote.Kind, [TextSpan])? = nil
        var words = 0
        for j in a..<k where units[j].kind == .word { words += 1 }
        if k <= a + 1 || (words < 5 && end < e) {
          body = content(end, e)
        } else {
          body = content(a, k)
        }
        guard let (kind, parts) = body else { return false }
        quotes.append(
          RawQuote(
            kind: kind, parts: parts, cue: cue, mention: mention, paragraph: units[a].paragraph,
            rule: .accordingTo))
        return true
      }
      k += 1
    }
    return false
  }

  static let coordinators = WordSet(["and", "but"])

  /// Any noun phrase from a determiner at `k` to the next comma or the end (`said the printed
  /// slate card`).
  func looseNominal(_ k: Int, _ e: Int) -> SpeakerMention? {
    // `that` after a cue opens its clause (`claiming that fees fell`), not a noun phrase.
    guard k < e, isWord(k, SpeakerLexicon.determiners), !word(k, is: Self.that) else { return nil }
    var end = k + 1
    while end < e && units[end].kind == .word && end < k + 8 && !Self.stopBefore.contains(units[end].hash) {
      end += 1
    }
    guard end > k + 1 else { return nil }
    var m = SpeakerMention(span: TextSpan(start: units[k].start, end: units[end - 1].end), form: .nominal)
    m.name = string(units[k].start, units[end - 1].end)
    m.title = unitString(end - 1).lowercased()
    m.isOrganization = SpeakerLexicon.organizationWords.contains(units[end - 1].hash)
    return m
  }

  static let objectPronouns = WordSet(["him", "her", "them", "it", "me", "us"])

  /// The index of the first unit at or after `offset`.
  func unitIndex(after offset: Int, from k: Int, _ e: Int) -> Int {
    var i = k
    while i < e && units[i].start < offset { i += 1 }
    return i
  }

  /// Modals and forms of `be` and `have`: after a noun phrase they make it a clause's subject.
  static let clauseVerbs = WordSet([
    "would", "will", "could", "might", "may", "can", "should", "must", "is", "are", "was", "were", "has",
    "have", "had",
  ])

  /// Words after which a cue word is a noun: articles, possessives and prepositions.
  static let nounMarkers = WordSet([
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "of", "in", "for", "on", "at",
    "from", "with", "by", "into", "across",
  ])
  /// Cue words that are nouns after any determiner (`in five states`).
  static let nounCues = WordSet(["state", "states"])

  /// `"…," he said.`, `…, Xi added.`, `"…," said Ada, "…"`.
  mutating func matchCueAfter(_ a: Int, _ e: Int) -> Bool {
    // Read once: each read of a `static let` is a call on Linux.
    let (speech, closing, went, on) = (ReportingVerbs.speech, ReportingVerbs.closing, Self.went, Self.on)
    let (cues, that, and) = (ReportingVerbs.cues, Self.that, Self.and)
    var c = a + 1
    while c < e {
      defer { c += 1 }
      guard units[c].kind == .word, !units[c].isCapitalized,
        speech.contains(units[c].hash)
          || (word(c, is: went) && c + 1 < e && word(c + 1, is: on))
          || (isQuote(a) && c <= a + 6 && closing.contains(units[c].hash))
      else {
        continue
      }
      // `boats are asked to dock early …`: a passive cue reports nothing its subject said.
      if isWord(c - 1, Self.copulas) && !isQuote(a) { continue }
      // `“…,” the report stated.`, `in many states`, `secretary of state`: a cue word after an
      // article or a preposition, or `state` after any determiner, is a noun.
      if c > a, units[c - 1].kind == .word, !units[c - 1].isCapitalized,
        isWord(c - 1, Self.nounMarkers)
          || (isWord(c, Self.nounCues) && isWord(c - 1, SpeakerLexicon.determiners))
      {
        continue
      }
      // `including Friday’s tweets`: a cue word after a possessive is a noun.
      if c > a && Self.possessive(self, c - 1) { continue }
      // `“…” The story was first reported by the Ledger.`: a passive with its agent after it.
      if c + 1 < e && word(c + 1, is: Self.by) && isPassive(c, a) { continue }
      // Subject before the cue, after a comma or a quote.
      var mention: SpeakerMention?
      var contentEnd = -1
      var tailStart = c + 1
      let subject = memoSubjectBefore(c, a)
      if let m = subject {
        let ms = unitIndex(after: m.span.start, from: a, c)
        // `…, from Ann Lee, who declared …`: a relative clause's words come after its cue.
        if word(ms, is: Self.who) { continue }
        if ms == a || (ms == a + 1 && units[a].kind == .word) { continue }
        if isWord(ms - 1, Self.subordinators)
          || (ms >= a + 2 && isWord(ms - 2, Self.subordinators) && !isComma(ms - 1))
        {
          continue  // `…, when Clinton testified`
        }
        if isComma(ms - 1) || isDash(ms - 1) || (isQuote(ms - 1) && quoteCanEndClause(ms - 1)) {
          mention = m
          contentEnd = ms
        } else if m.form != .pronoun {
          // `"…," Mr. Morgan of the Sierra Club said`: the words between the quote and the cue.
          var q = ms - 1
          while q > a && ms - q < 8
            && ((units[q].kind == .word && !word(q, is: and))
              || (isPunct(q, 0x2E) && q > a && isAbbreviation(q - 1)))
          {
            q -= 1
          }
          if isComma(q) || isDash(q) || (isQuote(q) && quoteCanEndClause(q)) {
            var wide = m
            // `Mr. Morgan of the Harbor Institute for Ocean Studies said`: the name before `of`
            // speaks, not the tail of the institution's name.
            if units[q + 1].isCapitalized, let o = (q + 2..<ms).first(where: { word($0, is: Self.of) }),
              !SpeakerLexicon.organizationWords.contains(units[o - 1].hash),
              (q + 1..<o).allSatisfy({
                (units[$0].isCapitalized && !Self.possessive(self, $0)) || isPunct($0, 0x2E)
              }),
              var name = nameMention(q + 1, o),
              name.form == .name, !name.isOrganization
            {
              name.nameSpan = name.nameSpan ?? name.span
              wide = name
            }
            wide.span = TextSpan(start: units[q + 1].start, end: m.span.end)
            mention = wide
            contentEnd = q + 1
          }
        }
      }
      if mention == nil && subject == nil && c - a >= 2 {
        // `"…," the ad's narrator says`: a short noun phrase between the quote and the cue.
        var q = c - 1
        // Not over another cue: in `…, the agency said in a June report, …` `report` is a noun.
        while q > a && c - q <= 6 && units[q].kind == .word && !ReportingVerbs.isCue(units[q].hash) { q -= 1 }
        if q < c - 1 && (isComma(q) || (isQuote(q) && quoteCanEndClause(q)))
          && (SpeakerLexicon.determiners.contains(units[q + 1].hash) || units[q + 1].isCapitalized)
        {
          var m = SpeakerMention(
            span: TextSpan(start: units[q + 1].start, end: units[c - 1].end), form: .nominal)
          m.name = string(units[q + 1].start, units[c - 1].end)
          m.title = unitString(c - 1).lowercased()
          mention = m
          contentEnd = q + 1
        }
      }
      if mention == nil && (isComma(c - 1) || (isQuote(c - 1) && quoteCanEndClause(c - 1))) {
        // `One of the pilots, Ann Lee, said the fee …`: a name in apposition right before the cue
        // is its subject, and what follows the cue is what was said.
        if isComma(c - 1), let s = subject, let name = s.nameSpan, name.start > s.span.start,
          s.span.end == units[c - 2].end
        {
          continue
        }
        if let m = mentionAfter(c + 1, e) ?? looseNominal(c + 1, e), !m.isFirstOrSecondPerson {
          let after = unitIndex(after: m.span.end, from: c + 1, e)
          // `…, saying the plan would fail`: a noun phrase before a verb is the subject of what
          // was said, not the speaker.
          if after < e && isWord(after, Self.clauseVerbs) { continue }
          mention = m
          contentEnd = c
          tailStart = after
          if m.role != nil, tailStart < e, isComma(tailStart) {
            // Skip the appositive after the name.
            var k = tailStart + 1
            while k < e && !isComma(k) && !isQuote(k) { k += 1 }
            tailStart = k
          }
        }
      }
      guard let m = mention else { continue }
      // What follows the attribution: nothing, a few words (`in a statement`), then perhaps
      // `, "…"` (the quote goes on), `, adding that …` (a second report), or the rest of a
      // clause the attribution interrupts (`The museum, he said, would …`).
      var end = contentEnd
      if end > a && (isComma(end - 1) || isDash(end - 1)) { end -= 1 }
      let headIsQuote = isQuote(a) && end == a + 1
      var t = tailStart
      var words = 0
      while t < e && !isComma(t) && !isDash(t) && (headIsQuote || !isQuote(t)) {
        if units[t].kind == .word
          && ((cues.contains(units[t].hash) && !isNounAfterDeterminer(t)) || word(t, is: that))
        {
          words = headIsQuote ? words : 99
        }
        words += 1
        t += 1
      }
      if (words > 10 && !headIsQuote) || (t < e && isQuote(t)) { continue }
      if !headIsQuote && words > 2 && !isWord(tailStart, Self.tailStarts)
        && !ReportingVerbs.withListener.contains(units[c].hash)
      {
        continue  // `Xi mentioned the proposal …`: the cue has an object, not a clause before it.
      }
      var allParts: [TextSpan] = []
      var finalKind = Quote.Kind.indirect
      var second: RawQuote? = nil
      var k = t + 1
      while k < e && (isComma(k) || isPunct(k, 0x3A)) { k += 1 }
      if words > 0 && t < e && k < e && isQuote(k) && !headIsQuote
        && !(a..<end).contains(where: { isQuote($0) })
      {
        continue  // `By noon, the harbor master told reporters, "…"`: the cue opens the quotation
      }
      if t < e && k < e && units[k].kind == .word && ReportingVerbs.isCue(units[k].hash) {
        // `…, he said, adding that …`
        guard let (kind, parts) = content(a, end) else { continue }
        (finalKind, allParts) = (kind, parts)
        if let (k2, p2) = content(k + 1, e) {
          second = RawQuote(
            kind: k2, parts: p2, cue: TextSpan(start: units[k].start, end: units[k].end), mention: m,
            paragraph: units[a].paragraph, rule: .cueAfter)
        }
      } else if t < e && k < e && (words == 0 || headIsQuote), !isWord(k, Self.tailStarts),
        let (k2, p2) = content(k, e, minWords: 1), !headIsQuote || k2 == .direct,
        // `…, said Ann Lee, but she …`, `…, said Ann Lee, a lawyer …`: after a name that follows
        // its cue, a new clause or another appositive, not the rest of what was said (which
        // `…, Ann Lee said, the pier …` may be).
        k2 == .direct || m.span.start < units[c].start
          || !(isWord(k, Self.clauseBreaks) || isWord(k, SpeakerLexicon.determiners))
      {
        guard let (k1, p1) = content(a, end, minWords: 1) else { continue }
        if k1 != .direct && k2 == .direct && isQuote(k) { continue }  // `Asked about it, Ada said, "…"`
        if k1 == .direct && k2 == .direct {
          finalKind = .direct
          allParts = p1 + p2
        } else {
          finalKind = k1 == .indirect && k2 == .indirect ? .indirect : .mixed
          allParts = [
            TextSpan(start: p1[0].start, end: p1[p1.count - 1].end),
            TextSpan(start: p2[0].start, end: p2[p2.count - 1].end),
          ]
        }
      } else {
        guard let (kind, parts) = content(a, end) else { continue }
        if kind == .indirect && isWord(a, Self.introWords) && !(a..<end).contains(where: { isComma($0) }) {
          continue  // `Following the meeting, Ada boasted …`
        }
        (finalKind, allParts) = (kind, parts)
        if headIsQuote && t < e {
          // `"…," Ada said during a rally in Kenansville, N.C., "but …"`
          var q = t
          while q < e && !isQuote(q) && q < t + 14
            && !(units[q].kind == .word && ReportingVerbs.isCue(units[q].hash))
          {
            q += 1
          }
          if q < e, isQuote(q), isComma(q - 1) || isPunct(q - 1, 0x3A), let (k3, p3) = content(q, e),
            k3 == .direct
          {
            allParts += p3
          }
        }
      }
      let cue = TextSpan(start: units[c].start, end: units[c].end)
      quotes.append(
        RawQuote(
          kind: finalKind, parts: allParts, cue: cue, mention: m, paragraph: units[a].paragraph,
          rule: .cueAfter))
      if let second { quotes.append(second) }
      return true
    }
    return false
  }

  @inline(__always) func isDash(_ i: Int) -> Bool {
    units[i].kind == .punct
      && (units[i].hash.value == 0x2014 || units[i].hash.value == 0x2013 || units[i].hash.value == 0x2015
        || units[i].hash.value == 0x2D)
  }

  /// `"…" ― Ada Lovelace`: a quote credited after a dash.
  mutating func matchDashCredit(_ a: Int, _ e: Int) -> Bool {
    guard isQuote(a) else { return false }
    var k = a + 1
    while k < e && (isQuote(k) || isComma(k)) { k += 1 }
    guard k + 1 < e, isDash(k), units[k + 1].isCapitalized, e - (k + 1) <= 6 else { return false }
    for j in (k + 1)..<e where units[j].kind != .word && !isPunct(j, 0x2E) { return false }
    guard let m = nameMention(k + 1, e) else { return false }
    quotes.append(
      RawQuote(
        kind: .direct, parts: quoteParts(a, k), cue: TextSpan(start: units[k].start, end: units[k].end),
        mention: m,
        paragraph: units[a].paragraph, rule: .dashCredit))
    return true
  }

  /// `PENCE: Well, look, …`: a transcript's speaker label at the start of a paragraph; the
  /// content is the rest of the paragraph.
  mutating func matchSpeakerLabel(_ a: Int) -> Bool {
    guard a == 0 || units[a - 1].lastParagraph != units[a].paragraph else { return false }
    var k = a
    while k < units.count && k < a + 4 && units[k].kind == .word && units[k].isCapitalized
      && units[k].paragraph == units[a].paragraph
    {
      k += 1
    }
    guard k > a, k + 1 < units.count, isPunct(k, 0x3A), units[k + 1].paragraph == units[a].paragraph else {
      return false
    }
    // Labels are written in capitals (`WALLACE`) or are a single short word (`Q`, `A`).
    var capitals = true
    for p in units[a].start..<units[k - 1].end
    where QuoteTokenizer.isWordScalar(text[p]) && !QuoteTokenizer.isUpper(text[p]) {
      capitals = false
      break
    }
    guard capitals || units[a].paragraph == headlineParagraph else { return false }
    if (a..<k).contains(where: { SpeakerLexicon.editorialLabels.contains(units[$0].hash) })
      || (a + 1..<k).contains(where: { SpeakerLexicon.headingWords.contains(units[$0].hash) })
    {
      return false  // `Breaking:`, `CORRECTION:`, `The Latest:`, `FIX IS IN:`
    }
    if !capitals && SpeakerLexicon.determiners.contains(units[a].hash) {
      return false  // `The Inside Track: …`, a column's name before a headline
    }
    var last = k + 1
    while last + 1 < units.count && units[last + 1].paragraph == units[a].paragraph { last += 1 }
    var m = SpeakerMention(span: TextSpan(start: units[a].start, end: units[k - 1].end), form: .name)
    m.name = string(units[a].start, units[k - 1].end)
    m.nameWords = (a..<k).map { units[$0].hash.value }
    m.isOrganization = false
    m.isLabel = true
    let hasQuote = (k + 1...last).contains { isQuote($0) }
    quotes.append(
      RawQuote(
        kind: hasQuote ? .mixed : .indirect,
        parts: [TextSpan(start: units[k + 1].start, end: units[last].end)],
        cue: TextSpan(start: units[k].start, end: units[k].end), mention: m, paragraph: units[a].paragraph,
        rule: .speakerLabel))
    labelledParagraph = units[a].paragraph
    return true
  }

  /// `Said Ada: "…"`: the cue first, then the speaker.
  mutating func matchInvertedFirst(_ a: Int, _ e: Int) -> Bool {
    guard isWord(a, ReportingVerbs.speech), units[a].isCapitalized,
      let m = mentionAfter(a + 1, e), m.form != .pronoun
    else { return false }
    let after = unitIndex(after: m.span.end, from: a + 1, e)
    var k = after
    while k < e && (isComma(k) || isPunct(k, 0x3A)) { k += 1 }
    // `State Rep. Ann Lee said …`: a verb after the name means the first word was no cue.
    guard k < e, k > after || isQuote(k), let (kind, parts) = content(k, e) else { return false }
    quotes.append(
      RawQuote(
        kind: kind, parts: parts, cue: TextSpan(start: units[a].start, end: units[a].end), mention: m,
        paragraph: units[a].paragraph, rule: .invertedCue))
    return true
  }

  /// Words that open an adverbial phrase or clause before a reported clause's subject.
  static let introOpeners = WordSet([
    "if", "when", "under", "because", "although", "though", "after", "before", "as", "while", "since",
    "unless", "despite", "during", "without", "once", "until", "given", "amid",
  ])

  /// The comma closing an adverbial that opens the reported clause at unit `s` (past `that`):
  /// `that if the pier closes, the town …`; -1 when the clause opens otherwise.
  func introPhraseComma(_ s: Int, _ e: Int) -> Int {
    let f = word(s, is: Self.that) ? s + 1 : s
    guard f < e, isWord(f, Self.introOpeners) else { return -1 }
    var k = f + 1
    while k < e && k < f + 12 && !isComma(k) && !isQuote(k) { k += 1 }
    return k < e && isComma(k) ? k : -1
  }

  /// `Xi said the internet …`, `He noted that …`, `Ada said: "…"`.
  ///
  /// - Returns: the mention and cue when the sentence ends with the cue and a colon, so that the
  ///   next quote can take them.
  mutating func matchCueFirst(_ a: Int, _ e: Int, fullEnd: Int) -> (SpeakerMention, TextSpan)? {
    // Read once: each read of a `static let` is a call on Linux.
    let (cues, put, it, that) = (ReportingVerbs.cues, Self.put, Self.it, Self.that)
    let (reportBreaks, participles, and) = (Self.reportBreaks, Self.participles, Self.and)
    var c = a + 1
    while c < e {
      defer { c += 1 }
      let putIt = word(c, is: put) && c + 1 < e && word(c + 1, is: it)
      guard units[c].kind == .word, !units[c].isCapitalized, cues.contains(units[c].hash) || putIt
      else {
        continue
      }
      // `The New York state attorney general`: `state` before a noun for people modifies it.
      if isWord(c, Self.nounCues) && c + 1 < e
        && (isPersonNoun(c + 1) || isWord(c + 1, SpeakerLexicon.nominalHeads))
      {
        continue
      }
      // `At a rally in Ohio, Ada was blunt, claiming that …`: a participle after a comma reports
      // what the sentence's subject said, not the phrase before the comma.
      let participleAfterComma = c - 1 > a && isComma(c - 1) && isWord(c, participles)
      guard
        let m = (participleAfterComma ? participleSubject(a, c - 1) : nil) ?? memoSubjectBefore(c, a)
          ?? (c - 1 > a && (isWord(c - 1, Self.coordinators)) ? sentenceSubject(a, c - 1) : nil)
      else { continue }
      // `32% of Republican claims`: one capitalized word after `of` and before a cue in -s
      // modifies the cue, a noun (unlike `60% of voters say`).
      if m.form != .pronoun, case let ms = unitIndex(after: m.span.start, from: a, c), ms == c - 1, ms > a,
        word(ms - 1, is: Self.of), units[ms].isCapitalized, text[units[c].end - 1] == "s"
      {
        continue
      }
      let h = units[c].hash
      let cue = TextSpan(start: units[c].start, end: units[c].end)
      var s = putIt ? c + 2 : c + 1
      // `that` shortly after the cue starts the clause: `said in a statement that …`.
      var thatAt = -1
      var k = c + 1
      while k < e && k < c + 9 {
        if word(k, is: that) {
          thatAt = k
          break
        }
        if isQuote(k) || (units[k].kind == .word && cues.contains(units[k].hash)) { break }
        if isPunct(k, 0x3A) { break }
        k += 1
      }
      if thatAt >= 0 {
        s = thatAt
      } else if ReportingVerbs.withListener.contains(h) {
        // `told reporters …`, `told The Associated Press …`
        var j = c + 1
        while j < e && j < c + 6 && units[j].kind == .word
          && (units[j].isCapitalized || SpeakerLexicon.determiners.contains(units[j].hash)
            || SpeakerLexicon.nominalHeads.contains(units[j].hash))
        {
          j += 1
        }
        if j == c + 1 { continue }
        s = j
      }
      if s >= fullEnd || (s >= e && e < fullEnd && isPunct(e, 0x3A)) {
        if s >= e && e < fullEnd && isPunct(e, 0x3A) { return (m, cue) }
        continue
      }
      if s < e && isPunct(s, 0x3A) {
        if s + 1 >= e { return (m, cue) }
      }
      if isPunct(e - 1, 0x3A) && fullEnd < units.count && isQuote(fullEnd)
        && !(s..<e).contains(where: { isQuote($0) })
      {
        return (m, cue)  // `He told the crowd, to applause:` and the quotation paragraph after it
      }
      var clauseEnd = e
      if m.span.end - m.span.start == 3 && word(unitIndex(after: m.span.start, from: a, c), is: Self.who) {
        // `Ann Lee, who said she votes, said …`: the relative clause ends at its comma.
        // Not at a comma before a quotation: `who said in the harbor office, "…"`.
        var k3 = s
        while k3 < e && !(isComma(k3) && !(k3 + 1 < e && isQuote(k3 + 1))) { k3 += 1 }
        clauseEnd = k3
      }
      if units[a].isCapitalized && isWord(a, Self.subordinators) && !(s..<e).contains(where: { isQuote($0) })
      {
        // `When Ada said the plan failed, the board …`: the report ends with the clause.
        var k3 = s
        while k3 < e && !isComma(k3) { k3 += 1 }
        clauseEnd = k3
      }
      var second: (cue: Int, end: Int, rule: QuoteRule)? = nil
      var nextReport = -1
      var k2 = s + 1
      let introComma = introPhraseComma(s, e)
      while k2 + 1 < e {
        if k2 == introComma {
          k2 += 1
          continue  // `that after the storm, even the old pier …`: the phrase opens the clause
        }
        if k2 > s + 1 && (isComma(k2) || isWord(k2, reportBreaks)) && !isWord(k2 - 1, reportBreaks),
          reportFollows(k2 + 1, e)
        {
          // `Ada said the pier is safe, but Tom said it is not`: a second report with its own
          // subject ends this one.
          clauseEnd = k2
          nextReport = isComma(k2) && k2 + 1 < e && isWord(k2 + 1, reportBreaks) ? k2 + 2 : k2 + 1
          break
        }
        if isComma(k2) && units[k2 + 1].kind == .word && participles.contains(units[k2 + 1].hash) {
          clauseEnd = k2
          second = (k2 + 1, e, .participle)
          break
        }
        if isComma(k2) && breaksClause(k2 + 1) {
          clauseEnd = k2  // `… , but officials said …`
          break
        }
        if word(k2, is: and) && k2 > s + 1 && k2 + 2 < e && units[k2 + 1].kind == .word
          && !units[k2 + 1].isCapitalized && cues.contains(units[k2 + 1].hash)
        {
          // `called the plan "a mistake" and warned that …`: a second report by the same subject.
          clauseEnd = isComma(k2 - 1) ? k2 - 1 : k2
          second = (k2 + 1, e, .cueFirst)
          break
        }
        if isQuote(k2) && regions[units[k2].region].endsWithComma && units[k2 + 1].kind == .word {
          // `… “expanded the party,” claiming …`: the comma closing the clause is inside the quote.
          if participles.contains(units[k2 + 1].hash) {
            clauseEnd = k2 + 1
            second = (k2 + 1, e, .participle)
            break
          }
          if breaksClause(k2 + 1) {
            clauseEnd = k2 + 1
            break
          }
        }
        k2 += 1
      }
      guard var (kind, parts) = content(s, clauseEnd) else { continue }
      if kind == .mixed {
        // `says of Clinton, "…"`: a short phrase, then the quote.
        var q = s
        while q < clauseEnd && !isQuote(q) && q < s + 16 { q += 1 }
        if q > s, q < clauseEnd, isComma(q - 1) || isPunct(q - 1, 0x3A), let (k3, p3) = content(q, clauseEnd),
          k3 == .direct
        {
          (kind, parts) = (k3, p3)
        }
        var q0 = s
        while q0 < clauseEnd && (isComma(q0) || isPunct(q0, 0x3A)) { q0 += 1 }
        if kind == .mixed && q0 < clauseEnd && isQuote(q0) {
          // `the crowd chanted, "Lock her up!" as they had before`: the quote, not the narrative.
          let r = regions[units[q0].region]
          if r.endsSentence || r.wordCount >= 5 {
            kind = .direct
            parts = r.pieces
          }
        }
      }
      defer {
        if nextReport >= 0, quotes.count > 0, quotes[quotes.count - 1].cue == cue {
          _ = matchCueFirst(nextReport, e, fullEnd: fullEnd)
        }
        if let (pc, pe, rule) = second, quotes.count > 0, quotes[quotes.count - 1].cue == cue,
          let (kind2, parts2) = content(pc + 1, pe)
        {
          quotes.append(
            RawQuote(
              kind: kind2, parts: parts2, cue: TextSpan(start: units[pc].start, end: units[pc].end),
              mention: rule == .participle ? nearerPronoun(m, a, pc) : m,
              paragraph: units[a].paragraph, rule: rule))
        }
      }
      let isSpeech = ReportingVerbs.speech.contains(h)
      if kind == .indirect {
        guard isSpeech, thatAt >= 0 || ReportingVerbs.bareClause.contains(h) else { continue }
        if thatAt < 0 && !looksLikeClause(s, e) { continue }
      }
      var finalKind = kind
      var finalParts = parts
      let ms = unitIndex(after: m.span.start, from: a, c)
      if s < e && isQuote(s) && ms > a && isWord(ms - 1, Self.relativeWords) && m.form != .pronoun {
        // `what Mr. Hedge called "the prior economy model"`: the relative clause is the content.
        finalKind = .mixed
        finalParts = [TextSpan(start: units[ms - 1].start, end: regions[units[s].region].span.end)]
        quotes.append(
          RawQuote(
            kind: finalKind, parts: finalParts, cue: cue, mention: m, paragraph: units[a].paragraph,
            rule: .cueFirst))
        return nil
      }
      if kind == .direct && !isSpeech {
        finalKind = .mixed
        finalParts = [TextSpan(start: units[s].start, end: parts[parts.count - 1].end)]
      }
      quotes.append(
        RawQuote(
          kind: finalKind, parts: finalParts, cue: cue, mention: m, paragraph: units[a].paragraph,
          rule: .cueFirst))
      return nil
    }
    return nil
  }

  /// Words that may join two reports by different subjects: `Ada said …, and Tom said …`.
  static let reportBreaks = WordSet(["and", "but", "while", "as", "whereas", "although", "though"])

  /// Whether a subject and a speech verb that takes a clause start units `s..<e` within a few
  /// words: `Tom said …`, `six in ten voters said …`.
  func reportFollows(_ s: Int, _ e: Int) -> Bool {
    var j = isWord(s, Self.reportBreaks) ? s + 1 : s
    let first = j
    while j < e && j < first + 7 && units[j].kind == .word {
      if j > first, !units[j].isCapitalized, j + 1 < e,
        ReportingVerbs.bareClause.contains(units[j].hash)
          && (units[j + 1].kind == .word || isQuote(j + 1))
          || ReportingVerbs.speech.contains(units[j].hash)
            && (isQuote(j + 1) || isComma(j + 1) || isPunct(j + 1, 0x3A) || word(j + 1, is: Self.that)),
        subjectBefore(j, first) != nil
      {
        return true
      }
      j += 1
    }
    return false
  }

  /// Whether units `s..<e` start like a clause: a subject then a verb-ish word, rather than an
  /// object (`said nothing`, `said so`).
  func looksLikeClause(_ s: Int, _ e: Int) -> Bool {
    guard e - s >= 3 else { return false }
    return units[s].kind == .word || isQuote(s)
  }

  static let relativeWords = WordSet(["what", "that", "which", "whom"])

  /// Whether the cue word at `k` is a noun after a determiner, perhaps with one modifier between
  /// (`in a report`, `in a June report`), not a verb.
  func isNounAfterDeterminer(_ k: Int) -> Bool {
    guard k >= 2 else { return false }
    if units[k - 1].kind == .word && SpeakerLexicon.determiners.contains(units[k - 1].hash) { return true }
    return units[k - 1].kind == .word && !ReportingVerbs.isCue(units[k - 1].hash)
      && units[k - 2].kind == .word && SpeakerLexicon.determiners.contains(units[k - 2].hash)
  }
}
