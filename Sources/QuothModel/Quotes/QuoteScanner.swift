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

  /// The headline's paragraph (0, set by the caller when the first span is the headline, where
  /// `Name: …` credits the words after the colon), or -1.
  var headlineParagraph = -1

  /// Every sentence scanned, in text order: its first unit, the end of its words (before the
  /// final marks) and its end.
  var sentences: [(start: Int32, words: Int32, end: Int32)] = []

  /// ``subjectBefore(_:_:)`` of the cues of the sentence from unit ``subjectMemoStart``, which
  /// several patterns ask for the same cue: the units never change, so neither does the answer.
  var subjectMemo: [SubjectMemo] = []
  var subjectMemoStart = -1

  /// One remembered subject: a struct rather than a tuple, whose copies and destruction went
  /// through the runtime's generic tuple witnesses, element by element.
  struct SubjectMemo {
    var cue: Int
    var mention: SpeakerMention?
  }

  /// Tokenizes `paragraphs` of `text` and pairs quotation marks.
  init(text: [Unicode.Scalar], paragraphs: [TextSpan]) {
    self.text = text
    let tokens = QuoteTokenizer.tokenize(text, paragraphs: paragraphs)
    let (regions, owner) = QuoteRegionFinder.regions(tokens, text: text)
    self.tokens = tokens
    self.regions = regions
    units = Self.units(tokens, regions: regions, owner: owner)
  }

  /// One unit per token outside quotation marks and one per quoted region, built over buffers
  /// into a local array (through `self` every read of a token retained the arrays), each stored
  /// straight into the array's memory: there are never more units than tokens.
  private static func units(_ tokens: [QuoteToken], regions: [QuoteRegion], owner: [Int32]) -> [Unit] {
    [Unit](unsafeUninitializedCapacity: tokens.count) { units, built in
      guard let memory = units.baseAddress else { return }
      tokens.withUnsafeBufferPointer { tokens in
        owner.withUnsafeBufferPointer { owner in
          regions.withUnsafeBufferPointer { regions in
            var out = memory
            var i = 0
            while i < tokens.count {
              let r = Int(owner[i])
              if r >= 0 {
                let first = regions[r].firstToken
                let last = regions[r].lastToken
                out.initialize(
                  to: Unit(
                    start: tokens[first].start, end: tokens[last].end, kind: .mark, region: r,
                    hash: WordHash(value: 0), isCapitalized: false, paragraph: tokens[i].paragraph,
                    lastParagraph: tokens[last].paragraph, token: i))
                i = last + 1
              } else {
                let t = tokens[i]
                out.initialize(
                  to: Unit(
                    start: t.start, end: t.end, kind: t.kind == .mark ? .punct : t.kind, region: -1,
                    hash: t.hash, isCapitalized: t.isCapitalized, paragraph: t.paragraph,
                    lastParagraph: t.paragraph, token: i))
                i += 1
              }
              out += 1
            }
            built = out - memory
          }
        }
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
    String(scalars: text[a..<b])
  }
  func unitString(_ i: Int) -> String { string(units[i].start, units[i].end) }

  static let that = WordHash("that")
  static let according = WordHash("according")
  static let to = WordHash("to")
  static let who = WordHash("who")
  static let participles = WordSet([
    "adding", "saying", "noting", "arguing", "calling", "writing", "telling", "claiming", "insisting",
    "warning", "explaining", "declaring", "suggesting", "asking", "citing", "describing", "urging",
    "accusing", "stressing", "acknowledging", "referring", "predicting", "promising", "vowing",
    "remarking", "continuing", "concluding", "responding", "replying", "recalling", "joking", "quipping",
    "boasting", "complaining", "admitting", "conceding", "asserting", "stating", "tweeting", "posting",
    "chanting", "shouting", "yelling", "mentioning", "announcing", "proclaiming", "demanding", "pledging",
  ])
  /// Conjunctions after a comma that end a reported clause.
  static let clauseBreaks = WordSet([
    "but", "while", "although", "though", "whereas", "yet", "which", "who", "however", "according",
    "despite", "even", "whom", "whose",
  ])

  static let butWords = WordSet(["but", "yet"])

  /// Whether the conjunction or relative word at unit `k` starts a new clause: `but` and `yet`
  /// unless a second predicate of the same subject follows (an adverb or a verb:
  /// `… “angry,” but also hungry for …`), not a new subject (`…, but she said …`).
  func breaksClause(_ k: Int) -> Bool {
    guard isWord(k, Self.clauseBreaks) else { return false }
    guard isWord(k, Self.butWords), k + 1 < units.count, units[k + 1].kind == .word else { return true }
    let next = units[k + 1]
    guard !next.isCapitalized, next.paragraph == units[k].paragraph else { return true }
    return
      !(Self.predicateStarts.contains(next.hash) || isAdverb(k + 1) || looksLikeVerb(k + 1)
      || ReportingVerbs.auxiliaries.contains(next.hash))
  }
  /// Words that go on with a second predicate after `but` (`but also`, `but not`, `but rather`).
  static let predicateStarts = WordSet(["also", "not", "rather", "still", "instead", "then", "now", "only"])

  /// The end of the reported clause starting at `s`: the sentence end, or a comma before a
  /// conjunction or relative pronoun, or a dash.
  func clauseEnd(_ s: Int, _ e: Int) -> Int {
    var k = s + 1
    let introComma = introPhraseComma(s, e)
    while k + 1 < e {
      if isComma(k) && k != introComma && breaksClause(k + 1) {
        return k
      }
      if isQuote(k) && regions[units[k].region].endsWithComma
        && (breaksClause(k + 1) || isWord(k + 1, Self.participles))
      {
        return k + 1  // `… “expanded the party,” claiming …`: the comma is inside the quote
      }
      k += 1
    }
    return e
  }
  /// Words opening a subordinate clause in a cue's tail (`said as he left`).
  static let tailSubordinators = WordSet([
    "as", "when", "while", "after", "before", "since", "until", "because", "if", "though", "although",
    "once", "whereas", "following",
  ])

  /// Words that start the adverbials allowed after a closing cue (`said on Tuesday`).
  static let tailStarts = WordSet([
    "in", "on", "at", "during", "after", "before", "to", "about", "of", "from", "with", "for", "last",
    "this", "yesterday", "today", "earlier", "later", "recently", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "when", "while", "as", "via", "through", "by", "in",
    "afterward", "afterwards", "then", "again", "also", "previously", "late", "early", "outside",
    "inside", "near", "over", "under", "following", "since", "recently", "tonight", "this", "last",
  ])

  // MARK: - Sentences

  /// Words that announce a transcript (`Partial transcript as follows:`), whose quotations are
  /// credited by their own labels, not to the sentence's subject.
  static let transcriptWords = WordSet(["transcript", "transcripts", "excerpt", "excerpts"])

  /// Runs every pattern over every sentence.
  mutating func scan() {
    var a = 0
    let n = units.count
    var i = 0
    var pendingColon: (mention: SpeakerMention, cue: TextSpan, paragraph: Int)? = nil
    var lastDirect = -1
    var waitingQuotes: [Int] = []
    while i < n {
      // Over the units' memory, past the words whose next unit is in the same paragraph: no
      // sentence ends after them.
      i = units.withUnsafeBufferPointer { units in
        var k = i
        while k + 1 < n && units[k].kind == .word && units[k + 1].paragraph == units[k].lastParagraph {
          k += 1
        }
        return k
      }
      var b = i + 1
      var cut = false
      if b >= n {
        cut = true
      } else if units[b].paragraph != units[i].lastParagraph {
        cut = true
      } else if units[i].kind == .punct {
        let v = units[i].hash.value
        if (v == 0x2E || v == 0x3F || v == 0x21 || v == 0x2026) && startsSentence(b) {
          // `… in the U.S. He says …`: a capitalized pronoun after an abbreviation starts a sentence.
          cut =
            !(v == 0x2E && i > a && isAbbreviation(i - 1))
            || (units[b].kind == .word && units[b].isCapitalized
              && Self.sentencePronouns.contains(units[b].hash))
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
    carrySpeakers()
    addUncuedRegions()
    addLeadingRoles()
  }

  /// A name with no role takes the lower-case person noun right before it and its modifiers as
  /// one: `campaign manager Tom Reyes`, `Republican presidential candidate Ann Lee`, `told
  /// economist Ann Lee`.
  mutating func addLeadingRoles() {
    for q in quotes.indices {
      if let m = quotes[q].mention, let role = leadingRole(m) { quotes[q].mention?.role = role }
      if let m = quotes[q].alternative, let role = leadingRole(m) { quotes[q].alternative?.role = role }
    }
  }

  /// The role ``addLeadingRoles()`` gives mention `m`, if any.
  func leadingRole(_ m: SpeakerMention) -> String? {
    guard m.form == .name, !m.isOrganization, m.role == nil else { return nil }
    let start = (m.nameSpan ?? m.span).start
    // The unit where the name starts, by binary search.
    var lo = 0
    var hi = units.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if units[mid].start < start { lo = mid + 1 } else { hi = mid }
    }
    guard lo > 0, lo < units.count, units[lo].start == start,
      isPersonNoun(lo - 1) || isWord(lo - 1, Self.roleHeads)
    else { return nil }
    let paragraph = units[lo].paragraph
    var k = lo - 1
    while k - 1 >= 0 && units[k - 1].kind == .word && units[k - 1].paragraph == paragraph
      && ((!units[k - 1].isCapitalized
        && (isPersonNoun(k - 1) || isWord(k - 1, Self.subjectModifiers) || isWord(k - 1, Self.roleHeads)
          || isWord(k - 1, Self.roleModifiers)))
        || isWord(k - 1, Self.partyWords))
    {
      k -= 1
    }
    return cleanRole(k, lo)
  }

  /// Heads of a role before a name that are not WordNet person nouns.
  static let roleHeads = WordSet([
    "spokesman", "spokeswoman", "spokesperson", "nominee", "hopeful", "front-runner", "frontrunner",
  ])
  /// Modifiers of a role's head that are neither person nouns nor subject modifiers: `first lady`,
  /// `venture capitalist`.
  static let roleModifiers = WordSet([
    "first", "venture", "vice", "assistant", "associate", "acting", "interim",
  ])
  /// Party words that may open a role before a name: `Republican presidential candidate`.
  static let partyWords = WordSet(["republican", "democratic", "gop", "libertarian", "independent"])

  /// Quoted regions that no pattern claimed become ``QuoteRule/uncued`` candidates, for the model
  /// to keep or drop: `Her answer was "no comment."`, or a slogan chanted by a crowd. The speaker
  /// is the first found of: a name before a colon introducing it, a mention right after it, the
  /// subject of the verb before it, its sentence's subject, the attributed quotation before it,
  /// the previous sentence's subject; ``RawQuote/source`` records which.
  mutating func addUncuedRegions() {
    guard !regions.isEmpty else { return }
    var claimed = [Bool](repeating: false, count: regions.count)
    for q in quotes.indices {
      let span = quotes[q].span  // not a copy of the whole quote
      // Regions are in text order: the first whose span ends after the quote starts.
      var lo = 0
      var hi = regions.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if regions[mid].span.end <= span.start { lo = mid + 1 } else { hi = mid }
      }
      while lo < regions.count && regions[lo].span.start < span.end {
        claimed[lo] = true
        lo += 1
      }
    }
    // The attributed quotations, by start, for the speaker of a region nothing else names.
    let attributed = quotes.filter { $0.mention != nil && $0.kind != .indirect }.sorted {
      $0.span.start < $1.span.start
    }
    var next = 0
    for r in regions.indices where !claimed[r] {
      // An attribute's value in markup left in the text (`<tweet author="…">`) is no quotation.
      let open = regions[r].span.start
      guard open == 0 || text[open - 1] != "=", let s = sentence(holding: open) else { continue }
      let a = Int(sentences[s].start)
      let e = Int(sentences[s].end)
      var k = a
      while k < e && !(units[k].kind == .mark && units[k].region == r) { k += 1 }
      guard k < e else { continue }
      var quote = RawQuote(
        kind: .direct, parts: regions[r].pieces, paragraph: units[k].paragraph, rule: .uncued)
      while next < attributed.count && attributed[next].span.start < regions[r].span.start { next += 1 }
      if k >= a + 2 && isPunct(k - 1, 0x3A) && units[k - 2].kind == .word && units[k - 2].isCapitalized,
        let m = npEnding(at: k - 2, a), m.form == .name
      {
        quote.mention = m  // `…, wrote the analyst Ada Lovelace: "…"`
        quote.source = "colon"
      } else if k + 1 < e && units[k + 1].kind == .word, let m = mentionAfter(k + 1, e), m.form != .pronoun {
        quote.mention = m  // `"…" Ada Lovelace of the Analytical Society.`, `"…" the senator said`
        quote.source = units[k + 1].isCapitalized ? "after" : "nominal-after"
        if quoteCanEndClause(k), let c = speechAfter(unitIndex(after: m.span.end, from: k + 1, e), e) {
          // `"…," Ada Lovelace of the Analytical Society for the Study of Engines wrote.`: a
          // speech verb after the name, past words the cue-after pattern does not read.
          quote.cue = TextSpan(start: units[c].start, end: units[c].end)
          quote.rule = .cueAfter
          quote.source = nil
        }
      } else if k + 2 < e && units[k + 1].kind == .word && !units[k + 1].isCapitalized
        && units[k + 2].kind == .word && units[k + 2].isCapitalized, let m = mentionAfter(k + 2, e),
        m.form != .pronoun
      {
        quote.mention = m  // `"…" beamed Ada Lovelace.`
        quote.cue = TextSpan(start: units[k + 1].start, end: units[k + 1].end)
        quote.source = "verb-after"
      } else if k + 2 < e && isWord(k + 1, ReportingVerbs.speech) && !units[k + 1].isCapitalized
        && quoteCanEndClause(k), let m = mentionAfter(k + 2, e), m.form != .pronoun
      {
        // `The pier "was never safe," said a former harbor pilot.`: a quotation inside its
        // sentence with a speech verb and its subject right after it.
        quote.mention = m
        quote.cue = TextSpan(start: units[k + 1].start, end: units[k + 1].end)
        quote.rule = .cueAfter
      } else if k + 2 < e && units[k + 1].kind == .word && units[k + 2].kind == .word
        && !units[k + 2].isCapitalized, let m = mentionAfter(k + 1, e), m.form == .pronoun,
        !m.isFirstOrSecondPerson
      {
        quote.mention = m  // `"…" she recounted.`
        quote.cue = TextSpan(start: units[k + 2].start, end: units[k + 2].end)
        quote.source = "pronoun-after"
      } else if let m = possessiveSpeaker(k, a) {
        quote.mention = m  // `over her remark that “…”`
        quote.source = "possessive"
      } else if let v = verbBefore(k, a), !isWord(v, Self.notVerbsBefore), let m = subjectBefore(v, a),
        !m.isFirstOrSecondPerson
      {
        quote.mention = m  // `Holding signs, the protesters chanted "…"`: the verb's own subject
        quote.cue = TextSpan(start: units[v].start, end: units[v].end)
        quote.source = "verb-before"
      } else if k > a + 1, let m = sentenceSubject(a, k), !m.isFirstOrSecondPerson {
        quote.mention = m
        quote.source = "subject"
      } else if next > 0, attributed[next - 1].paragraph + 1 >= quote.paragraph {
        quote.mention = attributed[next - 1].mention  // the speaker of the quotation before
        quote.source = "carried"
      } else if let m = previousSubject(regions[r].span.start, paragraph: quote.paragraph) {
        quote.mention = m
        quote.source = "previous-subject"
      } else {
        quote.source = "none"
      }
      quotes.append(quote)
    }
  }

  /// Nouns for something said, whose owner said it: `her remark`, `Ann Lee’s comment`.
  static let speechNouns = WordSet([
    "comment", "comments", "remark", "remarks", "statement", "claim", "claims", "assertion", "promise",
    "pledge", "warning", "vow", "insistence", "argument", "suggestion", "declaration", "admission",
    "response", "reply", "retort", "quip", "boast", "complaint", "message", "words", "tweet", "line",
    "motto", "mantra", "slogan", "refrain", "plea", "demand", "dictum", "answer", "description",
  ])
  static let possessivePronouns = WordSet(["his", "her", "their", "its"])
  static let (his, her, their, its) = (WordHash("his"), WordHash("her"), WordHash("their"), WordHash("its"))

  /// `over her remark that “…”`, `Ann Lee’s comment, “…”`, `his famous line, “…”`: a speech noun
  /// right before the quotation mark at unit `k` (over `that`, a comma or a colon), owned by a
  /// possessive pronoun or name, with at most one word between them; the owner is the speaker.
  func possessiveSpeaker(_ k: Int, _ a: Int) -> SpeakerMention? {
    var n = k - 1
    while n > a && (isComma(n) || isPunct(n, 0x3A) || word(n, is: Self.that)) { n -= 1 }
    guard n > a, isWord(n, Self.speechNouns), !units[n].isCapitalized else { return nil }
    var p = n - 1
    if p > a && units[p].kind == .word && !isWord(p, Self.possessivePronouns) && !Self.possessive(self, p) {
      p -= 1  // `her March comment`
    }
    guard p >= a, units[p].kind == .word else { return nil }
    if isWord(p, Self.possessivePronouns) {
      let h = units[p].hash
      let span = TextSpan(start: units[p].start, end: units[p].end)
      var m = SpeakerMention(span: span, form: .pronoun)
      m.gender = h == Self.his ? .male : h == Self.her ? .female : .unknown
      m.isPlural = h == Self.their
      m.isOrganization = h == Self.its
      guard m.gender != .unknown else { return m }
      // `Tom Lee criticized Ann Reyes over her remark`: `his` or `her` is the person named last
      // in the sentence; the mention stays the pronoun.
      var q = p - 1
      while q >= a && !isQuote(q) {
        if units[q].kind == .word && units[q].isCapitalized && !(q + 1 < p && units[q + 1].isCapitalized),
          var named = npEnding(at: q, a), named.form == .name, !named.isOrganization,
          !SpeakerLexicon.isPlace(string(named.span.start, named.span.end))
        {
          named.span = span
          named.gender = m.gender
          return named
        }
        q -= 1
      }
      return m
    }
    guard Self.possessive(self, p), units[p].isCapitalized, let m = npEnding(at: p, a), m.form == .name else {
      return nil
    }
    return m
  }

  /// The first lower-case speech verb (``ReportingVerbs/speech``) among the dozen units from unit
  /// `i`, in the sentence ending at unit `e`, before any quotation or full stop.
  func speechAfter(_ i: Int, _ e: Int) -> Int? {
    let speech = ReportingVerbs.speech
    var k = i
    while k < e && k < i + 12 && !isQuote(k) && !isPunct(k, 0x2E) {
      if units[k].kind == .word && !units[k].isCapitalized && speech.contains(units[k].hash) { return k }
      k += 1
    }
    return nil
  }

  /// Quote-only sentences that found no speaker of their own take the speaker of the attributed
  /// quotation before them, in the same or the previous paragraph: `“We won,” Ada said. The crowd
  /// cheered. “Now we rest.”` is Ada's too.
  mutating func carrySpeakers() {
    let order = quotes.indices.sorted { quotes[$0].span.start < quotes[$1].span.start }
    var last = -1
    for q in order {
      if quotes[q].rule == .bareQuote && quotes[q].mention == nil {
        if let m = reportingSubject(before: quotes[q].span.start, paragraph: quotes[q].paragraph) {
          quotes[q].mention = m  // `Ann Lee agreed. "The pier is safe."`: the new voice speaks
          quotes[q].source = "previous-subject"
        } else if last >= 0 && quotes[q].paragraph <= quotes[last].paragraph + 1 {
          quotes[q].mention = quotes[last].mention
          quotes[q].rule = .continuation
        } else if let m = previousSubject(quotes[q].span.start, paragraph: quotes[q].paragraph) {
          quotes[q].mention = m  // `The judge turned to me. "Mr. Lee?"`
          quotes[q].source = "previous-subject"
        }
      } else if quotes[q].mention != nil && quotes[q].kind != .indirect {
        last = q
      }
    }
  }

  /// The subject of the sentence right before the one holding `offset` when that sentence
  /// reports speech without quoting it (`Ann Lee agreed.`, `She says the pier is safe.`): a
  /// quotation that follows on its own is that speaker's, not the last quoted one's.
  func reportingSubject(before offset: Int, paragraph: Int) -> SpeakerMention? {
    guard let s = sentence(holding: offset), s > 0 else { return nil }
    let (a, e) = (Int(sentences[s - 1].start), Int(sentences[s - 1].words))
    let speech = ReportingVerbs.speech
    guard e <= units.count, !(a..<e).contains(where: { isQuote($0) }),
      (a..<e).contains(where: {
        units[$0].kind == .word && !units[$0].isCapitalized && speech.contains(units[$0].hash)
      })
    else { return nil }
    return previousSubject(offset, paragraph: paragraph)
  }

  /// Words right before a quotation that are no verb with a subject of their own: after
  /// `thanked Tom Reyes for "…"` or `a memo titled "…"` the speaker is the sentence's subject.
  /// Articles, possessives and prepositions (``nounMarkers``), and a few more.
  static let notVerbsBefore = WordSet(
    union: [nounMarkers],
    ["about", "as", "like", "than", "to", "and", "or", "titled", "entitled", "headlined", "named"])

  /// The lower-case word right before the quotation at unit `k` (past a comma or colon), as in
  /// `chanted "…"` or `said, "…"`, when the sentence starting at `a` has words before it.
  func verbBefore(_ k: Int, _ a: Int) -> Int? {
    var v = k - 1
    if v > a && (isComma(v) || isPunct(v, 0x3A)) { v -= 1 }
    guard v > a, units[v].kind == .word, !units[v].isCapitalized else { return nil }
    return v
  }

  /// The subject of the sentence before the one holding text offset `offset`, when that
  /// sentence lies in `paragraph` or the one before and names a third person.
  func previousSubject(_ offset: Int, paragraph: Int) -> SpeakerMention? {
    guard let s = sentence(holding: offset), s > 0 else { return nil }
    let (a, e) = (Int(sentences[s - 1].start), Int(sentences[s - 1].words))
    // A heading (`Ten Things the Mayor Said`, with or without a final mark) names no speaker.
    guard units[a].paragraph + 1 >= paragraph, units[a].paragraph != headlineParagraph, e > a + 1,
      e < units.count, units[e].kind == .punct,
      units[e].paragraph == units[e - 1].paragraph,
      !(a..<e).contains(where: { isWord($0, Self.transcriptWords) }),
      (a..<e).contains(where: { units[$0].kind == .word && !units[$0].isCapitalized }) || e - a < 4,
      let m = sentenceSubject(a, e), !m.isFirstOrSecondPerson
    else { return nil }
    return m
  }

  /// The index of the last scanned sentence starting at or before text offset `offset`.
  func sentence(holding offset: Int) -> Int? {
    var lo = 0
    var hi = sentences.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if units[Int(sentences[mid].start)].start <= offset { lo = mid + 1 } else { hi = mid }
    }
    return lo > 0 ? lo - 1 : nil
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
  /// sentence does not end the sentence around it. The speaker may carry a title (`Mr. Lee
  /// said`) or an appositive (`Ada Lovelace, the head of the society, said`), and `told` its
  /// listener (`Lee told reporters.`).
  /// Pronouns that, capitalized after an abbreviation's full stop, start a new sentence.
  static let sentencePronouns = WordSet(["he", "she", "they", "we", "it"])

  /// Whether a subject pronoun or `that` follows within the few words from `k`, where a cue's
  /// tail starts (`said Monday she`, `said on Tuesday that`): the cue opens a report of its own.
  /// Not after a subordinator: `said as he left` closes the attribution.
  func clauseAfterTail(_ k: Int) -> Bool {
    let p = units[k].paragraph
    var j = k
    while j < units.count && j < k + 4 && units[j].paragraph == p && units[j].kind == .word {
      if isWord(j, Self.tailSubordinators) { return false }
      if word(j, is: Self.that) || (!units[j].isCapitalized && Self.subjectPronouns.contains(units[j].hash)) {
        return true
      }
      j += 1
    }
    return false
  }

  func cueFollows(_ i: Int) -> Bool {
    let p = units[i].paragraph
    var k = i
    var limit = i + 6
    var appositive = false
    while k < units.count && k < limit && units[k].paragraph == p {
      if units[k].kind != .word {
        if isPunct(k, 0x2E) && k > i && isAbbreviation(k - 1) {
          k += 1
          limit += 1
          continue
        }
        guard isComma(k), k > i, !appositive, units[i].isCapitalized else { return false }
        // `Ada Lovelace, the head of the society, said`: over the appositive to its comma.
        var c = k + 1
        while c < units.count && c < k + 14 && units[c].paragraph == p && units[c].kind == .word { c += 1 }
        guard c + 1 < units.count, isComma(c), units[c + 1].kind == .word, !units[c + 1].isCapitalized else {
          return false
        }
        appositive = true
        k = c + 1
        limit = k + 1
        continue
      }
      let h = units[k].hash
      if ReportingVerbs.speech.contains(h) || ReportingVerbs.closing.contains(h) {
        // The cue must close the attribution: `Ada said.`, `Ada said on Tuesday.`; but not when a
        // clause follows the time (`"…." Ada said Monday she would stay.`).
        if k + 1 < units.count && isWord(k + 1, Self.tailStarts) { return !clauseAfterTail(k + 1) }
        // `"…." Ada added, "…"`: a cue opening the next quotation starts a sentence of its own.
        if k + 2 < units.count && (isComma(k + 1) || isPunct(k + 1, 0x3A)) && isQuote(k + 2) { return false }
        // `"…?" Ada asked reporters at a briefing.`: a question's cue after its subject takes a
        // listener too, unless what was asked follows (`asked them to stay`, `whether …`).
        let asks = k > i && Self.askVerbs.contains(h)
        let listener = asks || ReportingVerbs.withListener.contains(h)
        var j = k + 1
        while j < units.count && j < k + (listener ? 8 : 5) && units[j].paragraph == p {
          if word(j, is: Self.that) || (asks && (word(j, is: Self.to) || isWord(j, Self.whWords))) {
            return false
          }
          // `"…." He said dockworkers "know the tides."`: words and then a quotation after the
          // cue are a report of its own.
          if isQuote(j) && j > k + 1 && !listener { return false }
          if units[j].kind != .word && !(listener && (isPunct(j, 0x2019) || isPunct(j, 0x27))) { return true }
          j += 1
        }
        return listener || j >= units.count || units[j].paragraph != p
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
    sentences.append((Int32(a), Int32(e), Int32(b)))
    if units[a].paragraph == labelledParagraph { return }
    if matchSpeakerLabel(a) { return }
    let paragraph = units[a].paragraph
    if matchCreditLine(a, e, paragraph: paragraph) { return }

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
          RawQuote(
            kind: .direct, parts: parts, cue: colon.cue, mention: colon.mention, paragraph: paragraph,
            rule: .colonCue))
        lastDirect = quotes.count - 1
        pendingColon = nil
      } else if lastDirect >= 0 && quotes[lastDirect].paragraph == paragraph {
        quotes[lastDirect].parts += parts
      } else if lastDirect >= 0 && quotes[lastDirect].paragraph + 1 >= paragraph
        && units[a].start
          == tokens[firstToken(of: paragraph)].start
      {
        // A quote paragraph right after a quote: the same speaker goes on, as one attribution.
        quotes[lastDirect].parts += parts
      } else {
        waiting.append(contentsOf: [quotes.count])
        quotes.append(RawQuote(kind: .direct, parts: parts, paragraph: paragraph, rule: .bareQuote))
      }
      return
    }
    pendingColon = nil
    let before = quotes.count

    // Every pattern below needs a quote or one of its trigger words: most sentences have neither.
    // The words' trigger bits, gathered in one pass, also say which patterns can match at all.
    let table = Self.triggerTable  // read once: each read of a `static let` is a call on Linux
    var words: UInt32 = 0
    var hasQuote = false
    units.withUnsafeBufferPointer { units in
      for k in a..<e {
        if units[k].kind == .word {
          words |= table.bits(units[k].hash)
        } else if units[k].kind == .mark {
          hasQuote = true
        }
      }
    }
    if hasQuote || words & TriggerBit.any != 0 {
      matchPatterns(
        a, e, b, paragraph: paragraph, pendingColon: &pendingColon, words: words, hasQuote: hasQuote)
    }
    let added = quotes.count - before
    for q in before..<quotes.count {
      creditAuthor(q, a, e)
      addAlternative(q, a, e)
    }
    if added == 0 && pendingColon == nil && b - 1 > a && isPunct(b - 1, 0x3A) && b < units.count
      && isQuote(b) && units[b].paragraph != paragraph,
      !(a..<b).contains(where: { isWord($0, Self.transcriptWords) }),
      let m = sentenceSubject(a, b - 1), !m.isFirstOrSecondPerson
    {
      // `Ada Lovelace issued the following statement:` and a quotation paragraph: the subject
      // of a sentence ending with a colon introduces the quotation after it.
      let cue = units[b - 2].kind == .word ? b - 2 : b - 1
      pendingColon = (m, TextSpan(start: units[cue].start, end: units[cue].end), paragraph)
    }

    if added > 0 {
      // Quote sentences waiting in the paragraph belong to the first quote found after them.
      let q = before
      if quotes[q].kind == .direct {
        var merged: [TextSpan] = []
        var keep: [Int] = []
        for w in waiting {
          if quotes[w].paragraph == paragraph && quotes[w].mention == nil {
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

  /// The rules whose speaker is a subject before the cue, where the sentence's own subject may
  /// be the speaker instead: `cue-first` and the other report patterns, not `according to X`.
  static func hasSubjectChoice(_ rule: QuoteRule) -> Bool {
    switch rule {
    case .cueFirst, .objectVerb, .toComplement, .anyVerbQuote, .anyVerbThat, .evidence, .participle, .seeming,
      .inPoll:
      true
    default: false
    }
  }

  /// Gives quote `q`, found in the sentence `a..<e`, the sentence's subject before its cue as an
  /// alternative speaker mention when that is another phrase than its mention: `On Monday, Ann
  /// Lee, whose hometown, Dover, is near the coast, argues that …` (the rules' nearest subject is
  /// Dover, the sentence's is Ann Lee).
  mutating func addAlternative(_ q: Int, _ a: Int, _ e: Int) {
    guard Self.hasSubjectChoice(quotes[q].rule), let cue = quotes[q].cue else { return }
    let c = unitIndex(after: cue.start, from: a, e)
    // A passive cue's subject was spoken about (``isPassive(_:_:)``), in either reading.
    guard c > a, c < e, quotes[q].mention != nil || !isPassive(c, a), let s = sentenceSubject(a, c),
      s.span.end <= cue.start
    else { return }
    if let m = quotes[q].mention {
      guard m.span.start >= s.span.end || s.span.start >= m.span.end else { return }
      // `Ann Lee, the mayor of Dover, said that …`: an appositive of the mention is the same
      // speaker, not another reading.
      let (lo, hi) = (min(m.span.end, s.span.end), max(m.span.start, s.span.start))
      if (lo..<hi).allSatisfy({ text[$0] == "," || text[$0] == " " }) { return }
      // `A study by the Harbor Institute found …`, `a spokesman for the port`: one noun phrase
      // gives a document or a person and whom it stands for, one source either way.
      if s.span.end <= m.span.start {
        let between = unitIndex(after: s.span.end, from: a, c)
        let mentionStart = unitIndex(after: m.span.start, from: between, c)
        if mentionStart > between && (between..<mentionStart).allSatisfy({ isWord($0, Self.joiningWords) }) {
          return
        }
      }
    }
    quotes[q].alternative = s
  }

  static let joiningWords = WordSet(["by", "from", "of", "for", "at", "the"])

  /// Verbs whose object is a document its subject put out: `issued a statement`.
  static let publishVerbs = WordSet([
    "issued", "issues", "released", "releases", "sent", "sends", "put", "puts", "posted", "posts",
    "published", "circulated", "distributed", "revised", "tweeted", "filed", "unveiled", "emailed",
    "shared", "ran", "aired", "wrote", "writes", "penned", "delivered", "gave",
  ])
  static let out = WordHash("out")

  /// `Ada Lovelace issued a statement saying …`, `Ada Lovelace in her speech said …`: a document
  /// that the subject of the verb or the name before `in` put out gives way to its author, the
  /// mention of quote `q` found in the sentence `a..<e`.
  mutating func creditAuthor(_ q: Int, _ a: Int, _ e: Int) {
    guard let m = quotes[q].mention, m.form == .nominal, let title = m.title,
      SpeakerResolver.documentHeads.contains(WordHash(title))
    else { return }
    let s = unitIndex(after: m.span.start, from: a, e)
    guard s - 1 > a, s < e, units[s - 1].kind == .word, !units[s - 1].isCapitalized else { return }
    var v = s - 1
    if word(v, is: Self.out) && v - 1 > a { v -= 1 }  // `put out a statement`
    guard
      isWord(v, Self.publishVerbs)
        || (word(v, is: Self.inWord) && quotes[q].rule != .inPoll && v - 1 > a && units[v - 1].isCapitalized)
    else { return }
    guard let author = subjectBefore(v, a), !author.isFirstOrSecondPerson,
      author.form != .nominal || !SpeakerResolver.documentHeads.contains(WordHash(author.title ?? ""))
    else { return }
    quotes[q].mention = author
  }

  /// `- Ada Lovelace.` in a paragraph of its own after a quotation paragraph: a credit line naming
  /// the speaker of the quotation before it.
  mutating func matchCreditLine(_ a: Int, _ e: Int, paragraph: Int) -> Bool {
    guard isPunct(a, 0x2D) || isPunct(a, 0x2014) || isPunct(a, 0x2013) || isPunct(a, 0x2015), e - a <= 7,
      e > a + 1, units[a].start == tokens[firstToken(of: paragraph)].start,
      let last = quotes.indices.last, quotes[last].mention == nil, quotes[last].kind == .direct,
      quotes[last].paragraph + 1 == paragraph || quotes[last].span.end >= units[a].start - 2,
      (a + 1..<e).allSatisfy({ units[$0].kind == .word || isPunct($0, 0x2E) }),
      units[a + 1].isCapitalized, let m = nameMention(a + 1, e)
    else { return false }
    quotes[last].mention = m
    quotes[last].cue = TextSpan(start: units[a].start, end: units[a].end)
    quotes[last].rule = .dashCredit
    return true
  }

  /// The words without which none of ``matchPatterns(_:_:_:paragraph:pendingColon:)`` can match.
  static let triggers = WordSet(
    union: [
      ReportingVerbs.speech, ReportingVerbs.quoting, participles, toVerbs, objectVerbs, evidenceVerbs,
      seemVerbs, pollWords,
    ], ["that", "according", "asked", "went", "put", "expected"])

  /// Runs the attribution patterns over the sentence `a..<e` (`b` past its final punctuation),
  /// in order of precedence; `words` holds the sentence's trigger bits (``TriggerBit``) and
  /// `hasQuote` whether it holds a quotation. A pattern is run only when the sentence has a word
  /// it cannot match without: one that does not run appends nothing, as it would not have.
  mutating func matchPatterns(
    _ a: Int, _ e: Int, _ b: Int, paragraph: Int,
    pendingColon: inout (mention: SpeakerMention, cue: TextSpan, paragraph: Int)?, words: UInt32,
    hasQuote: Bool
  ) {
    if words & TriggerBit.asked != 0 { matchAskedIntro(a, e) }
    let afterAsked = quotes.count
    guard words & TriggerBit.according == 0 || !matchAccordingTo(a, e), !matchDashCredit(a, e),
      !matchInvertedFirst(a, e),
      words & (TriggerBit.speech | TriggerBit.went | TriggerBit.closing) == 0
        || !matchCueAfter(a, e)
    else { return }
    if words & (TriggerBit.cues | TriggerBit.put) != 0,
      let colon = matchCueFirst(a, e, fullEnd: b)
    {
      pendingColon = (colon.0, colon.1, paragraph)
    } else if quotes.count > afterAsked {
      if hasQuote && words & TriggerBit.participles != 0 { matchTrailingParticiple(a, e) }
    } else {
      if words & TriggerBit.participles != 0 { matchParticiple(a, e) }
      if quotes.count == afterAsked && hasQuote { matchAnyVerbQuote(a, e) }
      if quotes.count == afterAsked && words & TriggerBit.that != 0 { matchAnyVerbThat(a, e) }
      if quotes.count == afterAsked && words & TriggerBit.toVerbs != 0 { matchToComplement(a, e) }
      if quotes.count == afterAsked && words & TriggerBit.evidenceVerbs != 0 { matchEvidence(a, e) }
      if quotes.count == afterAsked && words & TriggerBit.objectVerbs != 0 { matchObjectVerb(a, e) }
      if quotes.count == afterAsked && words & (TriggerBit.seemVerbs | TriggerBit.expected) != 0 {
        matchSeeming(a, e)
      }
      if quotes.count == afterAsked && words & TriggerBit.pollWords != 0 { matchInPoll(a, e) }
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
}
