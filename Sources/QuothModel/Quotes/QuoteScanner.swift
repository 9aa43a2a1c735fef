/// Finds direct, mixed and indirect quotes in an article's body with rules over tokens, and the
/// cue and speaker mention of each.
///
/// The scanner works on units: tokens outside quotation marks, and one unit per quoted region.
/// Units are split into sentences; each sentence is matched against a few attribution patterns
/// (a quote followed by its cue, a cue followed by its clause, `according to`).
struct QuoteScanner {
  /// A token outside quotation marks, or a whole quoted region.
  struct Unit: Sendable {
    var start: Int
    var end: Int
    var kind: QuoteToken.Kind
    var region: Int
    var hash: WordHash
    var isCapitalized: Bool
    var paragraph: Int
    var lastParagraph: Int
    var token: Int
  }

  let text: [Unicode.Scalar]
  let tokens: [QuoteToken]
  let regions: [QuoteRegion]
  var units: [Unit] = []
  var quotes: [RawQuote] = []
  /// The paragraph taken whole by a transcript label (`WALLACE: …`), whose sentences are skipped.
  var labelledParagraph = -1

  /// Tokenizes `paragraphs` of `text` and pairs quotation marks.
  init(text: [Unicode.Scalar], paragraphs: [TextSpan]) {
    self.text = text
    tokens = QuoteTokenizer.tokenize(text, paragraphs: paragraphs)
    let (regions, owner) = QuoteRegionFinder.regions(tokens, text: text)
    self.regions = regions
    units.reserveCapacity(tokens.count)
    var i = 0
    while i < tokens.count {
      let r = Int(owner[i])
      if r >= 0 {
        let region = regions[r]
        units.append(
          Unit(
            start: tokens[region.firstToken].start, end: tokens[region.lastToken].end, kind: .mark,
            region: r, hash: WordHash(value: 0), isCapitalized: false, paragraph: tokens[i].paragraph,
            lastParagraph: tokens[region.lastToken].paragraph, token: i))
        i = region.lastToken + 1
      } else {
        let t = tokens[i]
        units.append(
          Unit(
            start: t.start, end: t.end, kind: t.kind == .mark ? .punct : t.kind, region: -1, hash: t.hash,
            isCapitalized: t.isCapitalized, paragraph: t.paragraph, lastParagraph: t.paragraph, token: i))
        i += 1
      }
    }
  }

  // MARK: - Unit tests

  @inline(__always) func isWord(_ i: Int) -> Bool { units[i].kind == .word }
  @inline(__always) func isQuote(_ i: Int) -> Bool { units[i].kind == .mark }
  @inline(__always) func isPunct(_ i: Int, _ scalar: UInt32) -> Bool {
    units[i].kind == .punct && units[i].hash.value == UInt64(scalar)
  }
  @inline(__always) func isComma(_ i: Int) -> Bool { isPunct(i, 0x2C) }
  @inline(__always) func isWord(_ i: Int, _ set: WordSet) -> Bool {
    units[i].kind == .word && set.contains(units[i].hash)
  }
  @inline(__always) func word(_ i: Int, is w: WordHash) -> Bool {
    units[i].kind == .word && units[i].hash == w
  }
  func string(_ a: Int, _ b: Int) -> String {
    var s = String.UnicodeScalarView()
    s.append(contentsOf: text[a..<b])
    return String(s)
  }
  func unitString(_ i: Int) -> String { string(units[i].start, units[i].end) }

  static let that = WordHash("that")
  static let according = WordHash("according")
  static let to = WordHash("to")
  static let who = WordHash("who")
  static let which = WordHash("which")
  static let participles = WordSet([
    "adding", "saying", "noting", "arguing", "calling", "writing", "telling", "claiming", "insisting",
    "warning", "explaining", "declaring", "suggesting", "asking", "citing", "describing", "urging",
    "accusing", "stressing", "acknowledging", "referring", "predicting", "promising", "vowing",
    "remarking", "continuing", "concluding", "responding", "replying", "recalling", "joking", "quipping",
    "boasting", "complaining", "admitting", "conceding", "asserting", "stating", "tweeting", "posting",
  ])
  /// Conjunctions after a comma that end a reported clause.
  static let clauseBreaks = WordSet([
    "but", "while", "although", "though", "whereas", "yet", "which", "who", "however", "according",
    "despite", "even", "whom", "whose",
  ])

  /// The end of the reported clause starting at `s`: the sentence end, or a comma before a
  /// conjunction or relative pronoun, or a dash.
  func clauseEnd(_ s: Int, _ e: Int) -> Int {
    var k = s + 1
    while k + 1 < e {
      if isComma(k) && isWord(k + 1, Self.clauseBreaks) {
        return k
      }
      k += 1
    }
    return e
  }
  /// Words that start the adverbials allowed after a closing cue (`said on Tuesday`).
  static let tailStarts = WordSet([
    "in", "on", "at", "during", "after", "before", "to", "about", "of", "from", "with", "for", "last",
    "this", "yesterday", "today", "earlier", "later", "recently", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "when", "while", "as", "via", "through", "by", "in",
    "afterward", "afterwards", "then", "again", "also", "previously", "late", "early", "outside",
    "inside", "near", "over", "under", "following", "since", "recently", "tonight", "this", "last",
  ])
  static let s = WordHash("s")
  static let apostropheS = WordHash("'s")

  // MARK: - Sentences

  /// Runs every pattern over every sentence.
  mutating func scan() {
    var a = 0
    let n = units.count
    var i = 0
    var pendingColon: (mention: SpeakerMention, cue: TextSpan, paragraph: Int)? = nil
    var lastDirect = -1
    var waitingQuotes: [Int] = []
    while i < n {
      var b = i + 1
      var cut = false
      if b >= n {
        cut = true
      } else if units[b].paragraph != units[i].lastParagraph {
        cut = true
      } else if units[i].kind == .punct {
        let v = units[i].hash.value
        if (v == 0x2E || v == 0x3F || v == 0x21 || v == 0x2026) && startsSentence(b) {
          cut = !(v == 0x2E && i > a && isAbbreviation(i - 1))
        } else if v == 0x3B {
          cut = true
        }
      } else if units[i].kind == .mark && regions[units[i].region].endsSentence && startsSentence(b) {
        cut = !cueFollows(b)
      }
      if cut {
        b = i + 1
        analyze(a, b, pendingColon: &pendingColon, lastDirect: &lastDirect, waiting: &waitingQuotes)
        a = b
      }
      i += 1
    }
  }

  func startsSentence(_ i: Int) -> Bool {
    let u = units[i]
    if u.kind == .mark { return true }
    if u.kind == .word {
      return u.isCapitalized || (text[u.start].value >= 0x30 && text[u.start].value <= 0x39)
    }
    let v = u.hash.value
    return v == 0x28 || v == 0x5B || v == 0x2018 || v == 0x27
  }

  func isAbbreviation(_ i: Int) -> Bool {
    let u = units[i]
    guard u.kind == .word, u.end == units[i + 1].start else { return false }
    if u.end - u.start == 1 && u.isCapitalized { return true }
    if SpeakerLexicon.abbreviations.contains(u.hash) { return true }
    for k in u.start..<u.end where text[k] == "." { return true }
    return false
  }

  /// Whether a cue follows closely after `i` (`"…!" Ada said.`), so that a quote ending a
  /// sentence does not end the sentence around it.
  func cueFollows(_ i: Int) -> Bool {
    var k = i
    while k < units.count && k < i + 6 && units[k].paragraph == units[i].paragraph {
      if units[k].kind != .word { return false }
      if ReportingVerbs.speech.contains(units[k].hash) {
        // The cue must close the attribution: `Ada said.`, `Ada said on Tuesday.`
        var j = k + 1
        while j < units.count && j < k + 5 && units[j].paragraph == units[i].paragraph {
          if units[j].kind != .word { return !isQuote(j) || true }
          if word(j, is: Self.that) { return false }
          j += 1
        }
        return j >= units.count || units[j].paragraph != units[i].paragraph
      }
      k += 1
    }
    return false
  }

  // MARK: - Patterns

  /// Matches the sentence of units `a..<b` against the attribution patterns.
  mutating func analyze(
    _ a: Int, _ b: Int, pendingColon: inout (mention: SpeakerMention, cue: TextSpan, paragraph: Int)?,
    lastDirect: inout Int, waiting: inout [Int]
  ) {
    var e = b
    while e > a && units[e - 1].kind == .punct {
      let v = units[e - 1].hash.value
      if v == 0x2E || v == 0x3F || v == 0x21 || v == 0x3B || v == 0x2026 || v == 0x2C {
        e -= 1
      } else {
        break
      }
    }
    guard e > a else { return }
    if units[a].paragraph == labelledParagraph { return }
    if matchSpeakerLabel(a) { return }
    let paragraph = units[a].paragraph
    if lastDirect >= 0 && quotes[lastDirect].paragraph != paragraph
      && units[a].paragraph != units[a].lastParagraph
    {
      lastDirect = lastDirect + 0
    }

    // A sentence that is only a quote.
    var onlyQuotes = true
    var quoteCount = 0
    for k in a..<e {
      if isQuote(k) {
        quoteCount += 1
      } else if !(isComma(k) || isPunct(k, 0x2014) || isPunct(k, 0x2013)) {
        onlyQuotes = false
        break
      }
    }
    if onlyQuotes && quoteCount > 0 {
      let parts = quoteParts(a, e)
      if let colon = pendingColon, colon.paragraph == paragraph || colon.paragraph + 1 == paragraph {
        quotes.append(
          RawQuote(kind: .direct, parts: parts, cue: colon.cue, mention: colon.mention, paragraph: paragraph))
        lastDirect = quotes.count - 1
        pendingColon = nil
      } else if lastDirect >= 0 && quotes[lastDirect].paragraph == paragraph {
        quotes[lastDirect].parts += parts
      } else if lastDirect >= 0 && quotes[lastDirect].paragraph + 1 >= paragraph
        && units[a].start
          == tokens[firstToken(of: paragraph)].start
      {
        // A quote paragraph right after a quote: the same speaker goes on.
        quotes.append(RawQuote(kind: .direct, parts: parts, sameSpeakerAs: lastDirect, paragraph: paragraph))
        lastDirect = quotes.count - 1
      } else {
        waiting.append(contentsOf: [quotes.count])
        quotes.append(RawQuote(kind: .direct, parts: parts, paragraph: paragraph))
      }
      return
    }
    pendingColon = nil
    let before = quotes.count

    matchAskedIntro(a, e)
    let afterAsked = quotes.count
    if !matchAccordingTo(a, e) && !matchDashCredit(a, e) && !matchInvertedFirst(a, e) && !matchCueAfter(a, e)
    {
      if let colon = matchCueFirst(a, e, fullEnd: b) {
        pendingColon = (colon.0, colon.1, paragraph)
      } else if quotes.count == afterAsked {
        matchParticiple(a, e)
        if quotes.count == afterAsked && (a..<e).contains(where: { isQuote($0) }) { matchAnyVerbQuote(a, e) }
        if quotes.count == afterAsked { matchAnyVerbThat(a, e) }
        if quotes.count == afterAsked { matchToComplement(a, e) }
        if quotes.count == afterAsked { matchEvidence(a, e) }
        if quotes.count == afterAsked { matchObjectVerb(a, e) }
        if quotes.count == afterAsked { matchSeeming(a, e) }
      }
    }
    let added = quotes.count - before
    if added > 0 {
      // Quote sentences waiting in the paragraph belong to the first quote found after them.
      let q = before
      if quotes[q].kind == .direct {
        var merged: [TextSpan] = []
        var keep: [Int] = []
        for w in waiting {
          if quotes[w].paragraph == paragraph && quotes[w].mention == nil && quotes[w].sameSpeakerAs == nil {
            merged += quotes[w].parts
          } else {
            keep.append(w)
          }
        }
        if !merged.isEmpty {
          quotes[q].parts = merged + quotes[q].parts
          let drop = Set(waiting).subtracting(keep)
          var removed = 0
          for w in drop.sorted() {
            quotes.remove(at: w - removed)
            removed += 1
          }
        }
      }
      waiting.removeAll()
      lastDirect = -1
      for k in stride(from: quotes.count - 1, through: max(0, quotes.count - added), by: -1)
      where quotes[k].kind != .indirect {
        lastDirect = k
        break
      }
    } else if quoteCount == 0 {
      lastDirect = lastDirect >= 0 && quotes[lastDirect].paragraph == paragraph ? -1 : lastDirect
    }
  }

  func firstToken(of paragraph: Int) -> Int {
    var lo = 0
    var hi = tokens.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if tokens[mid].paragraph < paragraph { lo = mid + 1 } else { hi = mid }
    }
    return min(lo, tokens.count - 1)
  }

  /// The content pieces of the quoted regions among units `a..<e`.
  func quoteParts(_ a: Int, _ e: Int) -> [TextSpan] {
    var parts: [TextSpan] = []
    for k in a..<e where isQuote(k) { parts += regions[units[k].region].pieces }
    return parts
  }

  /// The kind and parts of content units `a..<e`: direct when it is only quotes, mixed when it
  /// holds one, indirect otherwise.
  func content(_ a: Int, _ e: Int, minWords: Int = 3) -> (Quote.Kind, [TextSpan])? {
    var s = a
    var t = e
    while s < t && units[s].kind == .punct && !isPunct(s, 0x28) { s += 1 }
    while t > s && units[t - 1].kind == .punct && !isPunct(t - 1, 0x29) { t -= 1 }
    guard s < t else { return nil }
    var quotesOnly = true
    var hasQuote = false
    var words = 0
    for k in s..<t {
      if isQuote(k) {
        hasQuote = true
        words += regions[units[k].region].wordCount
      } else if units[k].kind == .word {
        quotesOnly = false
        words += 1
      } else if !(isComma(k) || isPunct(k, 0x2014)) {
        quotesOnly = false
      }
    }
    if quotesOnly && hasQuote { return (.direct, quoteParts(s, t)) }
    guard words >= minWords else { return nil }
    return (hasQuote ? .mixed : .indirect, [TextSpan(start: units[s].start, end: units[t - 1].end)])
  }

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
          mention.title = unitString(end - 1).lowercased()
          mention.isOrganization = SpeakerLexicon.organizationWords.contains(units[end - 1].hash)
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
          RawQuote(kind: kind, parts: parts, cue: cue, mention: mention, paragraph: units[a].paragraph))
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
    guard k < e, isWord(k, SpeakerLexicon.determiners) else { return nil }
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

  /// `"…," he said.`, `…, Xi added.`, `"…," said Ada, "…"`.
  mutating func matchCueAfter(_ a: Int, _ e: Int) -> Bool {
    var c = a + 1
    while c < e {
      defer { c += 1 }
      guard units[c].kind == .word, !units[c].isCapitalized,
        ReportingVerbs.speech.contains(units[c].hash)
          || (word(c, is: Self.went) && c + 1 < e && word(c + 1, is: Self.on))
      else {
        continue
      }
      // Subject before the cue, after a comma or a quote.
      var mention: SpeakerMention?
      var contentEnd = -1
      var tailStart = c + 1
      let subject = subjectBefore(c, a)
      if let m = subject {
        let ms = unitIndex(after: m.span.start, from: a, c)
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
            && ((units[q].kind == .word && !word(q, is: Self.and))
              || (isPunct(q, 0x2E) && q > a && isAbbreviation(q - 1)))
          {
            q -= 1
          }
          if isComma(q) || isDash(q) || (isQuote(q) && quoteCanEndClause(q)) {
            var wide = m
            wide.span = TextSpan(start: units[q + 1].start, end: m.span.end)
            mention = wide
            contentEnd = q + 1
          }
        }
      }
      if mention == nil && subject == nil && c - a >= 2 {
        // `"…," the ad's narrator says`: a short noun phrase between the quote and the cue.
        var q = c - 1
        while q > a && c - q <= 6 && units[q].kind == .word { q -= 1 }
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
        if let m = mentionAfter(c + 1, e) ?? looseNominal(c + 1, e), !m.isFirstOrSecondPerson {
          mention = m
          contentEnd = c
          tailStart = unitIndex(after: m.span.end, from: c + 1, e)
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
        if units[t].kind == .word && (ReportingVerbs.isCue(units[t].hash) || word(t, is: Self.that)) {
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
      if t < e && k < e && units[k].kind == .word && ReportingVerbs.isCue(units[k].hash) {
        // `…, he said, adding that …`
        guard let (kind, parts) = content(a, end) else { continue }
        (finalKind, allParts) = (kind, parts)
        if let (k2, p2) = content(k + 1, e) {
          second = RawQuote(
            kind: k2, parts: p2, cue: TextSpan(start: units[k].start, end: units[k].end), mention: m,
            paragraph: units[a].paragraph)
        }
      } else if t < e && k < e && (words == 0 || headIsQuote), !isWord(k, Self.tailStarts),
        let (k2, p2) = content(k, e, minWords: 1), !headIsQuote || k2 == .direct
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
        RawQuote(kind: finalKind, parts: allParts, cue: cue, mention: m, paragraph: units[a].paragraph))
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
        paragraph: units[a].paragraph))
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
    guard capitals else { return false }
    var last = k + 1
    while last + 1 < units.count && units[last + 1].paragraph == units[a].paragraph { last += 1 }
    var m = SpeakerMention(span: TextSpan(start: units[a].start, end: units[k - 1].end), form: .name)
    m.name = string(units[a].start, units[k - 1].end)
    m.nameWords = (a..<k).map { units[$0].hash.value }
    m.isOrganization = false
    let hasQuote = (k + 1...last).contains { isQuote($0) }
    quotes.append(
      RawQuote(
        kind: hasQuote ? .mixed : .indirect,
        parts: [TextSpan(start: units[k + 1].start, end: units[last].end)],
        cue: TextSpan(start: units[k].start, end: units[k].end), mention: m, paragraph: units[a].paragraph))
    labelledParagraph = units[a].paragraph
    return true
  }

  /// `Said Ada: "…"`: the cue first, then the speaker.
  mutating func matchInvertedFirst(_ a: Int, _ e: Int) -> Bool {
    guard isWord(a, ReportingVerbs.speech), units[a].isCapitalized,
      let m = mentionAfter(a + 1, e), m.form != .pronoun
    else { return false }
    var k = unitIndex(after: m.span.end, from: a + 1, e)
    while k < e && (isComma(k) || isPunct(k, 0x3A)) { k += 1 }
    guard k < e, let (kind, parts) = content(k, e) else { return false }
    quotes.append(
      RawQuote(
        kind: kind, parts: parts, cue: TextSpan(start: units[a].start, end: units[a].end), mention: m,
        paragraph: units[a].paragraph))
    return true
  }

  /// `Trump tweeted on Friday, saying that …`: a participle cue whose speaker is the subject of
  /// the sentence.
  mutating func matchParticiple(_ a: Int, _ e: Int) {
    var c = a + 2
    while c < e - 2 {
      defer { c += 1 }
      guard isWord(c, Self.participles), !units[c].isCapitalized,
        isComma(c - 1) || word(c + 1, is: Self.that) || isPunct(c + 1, 0x2C)
      else { continue }
      guard let m = sentenceSubject(a, c) else { return }
      var s = c + 1
      while s < e && (isComma(s) || isPunct(s, 0x3A)) { s += 1 }
      guard let (kind, parts) = content(s, clauseEnd(s, e)) else { return }
      if kind == .indirect && !word(s, is: Self.that) { return }
      quotes.append(
        RawQuote(
          kind: kind, parts: parts, cue: TextSpan(start: units[c].start, end: units[c].end), mention: m,
          paragraph: units[a].paragraph))
      return
    }
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
      guard let m = subjectBefore(v, a), m.form != .pronoun || !m.isFirstOrSecondPerson else { continue }
      let ms = unitIndex(after: m.span.start, from: a, v)
      guard ms <= a + 3 || isComma(ms - 1) else { continue }
      guard let (kind, parts) = content(v + 1, clauseEnd(v + 1, e), minWords: 1) else { return }
      let span = kind == .direct ? parts : [TextSpan(start: parts[0].start, end: parts[parts.count - 1].end)]
      quotes.append(
        RawQuote(
          kind: kind == .indirect ? .mixed : kind, parts: span, cue: TextSpan(start: u.start, end: u.end),
          mention: m, paragraph: units[a].paragraph))
      return
    }
  }

  /// `The report shows that …`: a subject and a verb of any kind followed by `that`.
  mutating func matchAnyVerbThat(_ a: Int, _ e: Int) {
    var v = a + 1
    while v + 2 < e {
      defer { v += 1 }
      guard word(v + 1, is: Self.that), units[v].kind == .word, !units[v].isCapitalized, looksLikeVerb(v),
        let m = subjectBefore(v, a), !m.isFirstOrSecondPerson,
        let (kind, parts) = content(v + 1, clauseEnd(v + 1, e))
      else { continue }
      let span = [TextSpan(start: parts[0].start, end: parts[parts.count - 1].end)]
      quotes.append(
        RawQuote(
          kind: kind == .direct ? .mixed : kind, parts: span,
          cue: TextSpan(start: units[v].start, end: units[v].end),
          mention: m, paragraph: units[a].paragraph))
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
  static let nameLinks = WordSet(["of", "the", "for", "at", "de", "van", "von", "la", "le", "del", "da"])
  static let put = WordHash("put")
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
        let m = subjectBefore(v, a)
          ?? (Self.participles.contains(units[v].hash) ? sentenceSubject(a, v) : nil),
        !m.isFirstOrSecondPerson,
        let (kind, parts) = content(k, clauseEnd(k, e), minWords: 2)
      else { continue }
      let span = [TextSpan(start: parts[0].start, end: parts[parts.count - 1].end)]
      quotes.append(
        RawQuote(
          kind: kind == .direct ? .mixed : kind, parts: span,
          cue: TextSpan(start: units[v].start, end: units[v].end),
          mention: m, paragraph: units[a].paragraph))
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
        units[v + 1].kind == .word || isQuote(v + 1),
        let m = subjectBefore(v, a), !m.isFirstOrSecondPerson,
        let (kind, parts) = content(v + 1, clauseEnd(v + 1, e), minWords: 2)
      else { continue }
      let span = [TextSpan(start: parts[0].start, end: parts[parts.count - 1].end)]
      quotes.append(
        RawQuote(
          kind: kind == .direct ? .mixed : kind, parts: span,
          cue: TextSpan(start: units[v].start, end: units[v].end),
          mention: m, paragraph: units[a].paragraph))
      return
    }
  }

  static let seemVerbs = WordSet(["seem", "seems", "seemed", "appear", "appears", "appeared"])
  static let expected = WordHash("expected")

  /// `Sanders seemed to be of two minds`, `The vote is expected to …`: judgments with no
  /// stated source; the content is the clause itself.
  mutating func matchSeeming(_ a: Int, _ e: Int) {
    var v = a + 1
    while v + 1 < e {
      defer { v += 1 }
      let isSeem = isWord(v, Self.seemVerbs) && (word(v + 1, is: Self.to) || word(v + 1, is: Self.that))
      let isExpected = word(v, is: Self.expected) && isWord(v - 1, Self.copulas) && word(v + 1, is: Self.to)
      guard isSeem || isExpected, !units[v].isCapitalized else { continue }
      var start = a
      var k = a
      while k < v && k < a + 12 {
        if isComma(k) { start = k + 1 }
        k += 1
      }
      guard let (kind, parts) = content(start, clauseEnd(v, e)) else { return }
      quotes.append(
        RawQuote(
          kind: kind == .direct ? .mixed : kind,
          parts: [TextSpan(start: parts[0].start, end: parts[parts.count - 1].end)],
          cue: TextSpan(start: units[v].start, end: units[v].end), mention: nil, paragraph: units[a].paragraph
        ))
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
    quotes.append(
      RawQuote(
        kind: kind == .direct ? .mixed : kind,
        parts: [TextSpan(start: parts[0].start, end: parts[parts.count - 1].end)],
        cue: TextSpan(start: units[k].start, end: units[k].end), mention: m, paragraph: units[a].paragraph))
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
        !isWord(v - 1, Self.copulas)
      else { continue }
      var start = v - 1
      while start > a && v - start < 8 && units[start - 1].kind == .word
        && !Self.stopBefore.contains(units[start - 1].hash)
      {
        start -= 1
        if SpeakerLexicon.determiners.contains(units[start].hash) { break }
      }
      if start > a && units[start - 1].kind == .word && !isComma(start - 1) { continue }
      var m = SpeakerMention(span: TextSpan(start: units[start].start, end: units[v - 1].end), form: .nominal)
      m.name = string(units[start].start, units[v - 1].end)
      m.title = unitString(v - 1).lowercased()
      m.isOrganization = true
      guard let (kind, parts) = content(v + 1, clauseEnd(v + 1, e)) else { return }
      quotes.append(
        RawQuote(
          kind: kind == .direct ? .mixed : kind,
          parts: [TextSpan(start: parts[0].start, end: parts[parts.count - 1].end)],
          cue: TextSpan(start: units[v].start, end: units[v].end), mention: m, paragraph: units[a].paragraph))
      return
    }
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

  /// The noun phrase that starts the sentence `a..<limit`, after an introductory phrase.
  func sentenceSubject(_ a: Int, _ limit: Int) -> SpeakerMention? {
    // The last name or pronoun that starts the sentence or follows a comma and is followed by a
    // lower-case word (its verb): `In Salem, Trump went after Bush, calling him …`.
    var k = limit - 1
    while k >= a {
      let u = units[k]
      if u.kind == .word && (u.isCapitalized || Self.subjectPronouns.contains(u.hash))
        && k + 1 < limit && units[k + 1].kind == .word && !units[k + 1].isCapitalized
      {
        var start = k
        while start > a && units[start - 1].kind == .word && units[start - 1].isCapitalized { start -= 1 }
        if start == a || isComma(start - 1) {
          if let m = npEnding(at: k, start) { return m }
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
    var end = k
    while end + 1 < limit && units[end + 1].kind == .word && units[end + 1].isCapitalized { end += 1 }
    return npEnding(at: end, k)
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

  func appositiveRole(afterMention m: SpeakerMention, _ c: Int, _ e: Int) -> String? { nil }

  /// `Xi said the internet …`, `He noted that …`, `Ada said: "…"`.
  ///
  /// - Returns: the mention and cue when the sentence ends with the cue and a colon, so that the
  ///   next quote can take them.
  mutating func matchCueFirst(_ a: Int, _ e: Int, fullEnd: Int) -> (SpeakerMention, TextSpan)? {
    var c = a + 1
    while c < e {
      defer { c += 1 }
      let putIt = word(c, is: Self.put) && c + 1 < e && word(c + 1, is: Self.it)
      guard units[c].kind == .word, !units[c].isCapitalized, ReportingVerbs.isCue(units[c].hash) || putIt
      else {
        continue
      }
      guard
        let m = subjectBefore(c, a)
          ?? (c - 1 > a && (isWord(c - 1, Self.coordinators)) ? sentenceSubject(a, c - 1) : nil)
      else { continue }
      let h = units[c].hash
      let cue = TextSpan(start: units[c].start, end: units[c].end)
      var s = putIt ? c + 2 : c + 1
      // `that` shortly after the cue starts the clause: `said in a statement that …`.
      var thatAt = -1
      var k = c + 1
      while k < e && k < c + 9 {
        if word(k, is: Self.that) {
          thatAt = k
          break
        }
        if isQuote(k) || (units[k].kind == .word && ReportingVerbs.isCue(units[k].hash)) { break }
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
      var clauseEnd = e
      if m.span.end - m.span.start == 3 && word(unitIndex(after: m.span.start, from: a, c), is: Self.who) {
        // `Ann Lee, who said she votes, said …`: the relative clause ends at its comma.
        var k3 = s
        while k3 < e && !isComma(k3) { k3 += 1 }
        clauseEnd = k3
      }
      if units[a].isCapitalized && isWord(a, Self.subordinators) && !(s..<e).contains(where: { isQuote($0) })
      {
        // `When Ada said the plan failed, the board …`: the report ends with the clause.
        var k3 = s
        while k3 < e && !isComma(k3) { k3 += 1 }
        clauseEnd = k3
      }
      var second: (Int, Int)? = nil
      var k2 = s + 1
      while k2 + 1 < e {
        if isComma(k2) && units[k2 + 1].kind == .word && Self.participles.contains(units[k2 + 1].hash) {
          clauseEnd = k2
          second = (k2 + 1, e)
          break
        }
        if isComma(k2) && isWord(k2 + 1, Self.clauseBreaks) {
          clauseEnd = k2  // `… , but officials said …`
          break
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
      }
      defer {
        if let (pc, pe) = second, quotes.count > 0, quotes[quotes.count - 1].cue == cue,
          let (kind2, parts2) = content(pc + 1, pe)
        {
          quotes.append(
            RawQuote(
              kind: kind2, parts: parts2, cue: TextSpan(start: units[pc].start, end: units[pc].end),
              mention: m,
              paragraph: units[a].paragraph))
        }
      }
      let isSpeech = ReportingVerbs.speech.contains(h)
      if kind == .indirect {
        guard isSpeech, thatAt >= 0 || ReportingVerbs.bareClause.contains(h) else { continue }
        if thatAt < 0 && !looksLikeClause(s, e) { continue }
      }
      if kind == .direct && !isSpeech && !(s > c + 1) {
        // `called it "a disgrace"` is mixed: keep the clause.
      }
      var finalKind = kind
      var finalParts = parts
      if kind == .direct && !isSpeech {
        finalKind = .mixed
        finalParts = [TextSpan(start: units[s].start, end: parts[parts.count - 1].end)]
      }
      quotes.append(
        RawQuote(kind: finalKind, parts: finalParts, cue: cue, mention: m, paragraph: units[a].paragraph))
      return nil
    }
    return nil
  }

  /// Whether units `s..<e` start like a clause: a subject then a verb-ish word, rather than an
  /// object (`said nothing`, `said so`).
  func looksLikeClause(_ s: Int, _ e: Int) -> Bool {
    guard e - s >= 3 else { return false }
    return units[s].kind == .word || isQuote(s)
  }
}
