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
    if u.kind == .word { return u.isCapitalized || (text[u.start].value >= 0x30 && text[u.start].value <= 0x39) }
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
      if units[k].kind == .punct { return false }
      if units[k].kind == .word && ReportingVerbs.speech.contains(units[k].hash) { return true }
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
      if v == 0x2E || v == 0x3F || v == 0x21 || v == 0x3B || v == 0x2026 || v == 0x2C { e -= 1 } else { break }
    }
    guard e > a else { return }
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
        quotes.append(RawQuote(kind: .direct, parts: parts, cue: colon.cue, mention: colon.mention, paragraph: paragraph))
        lastDirect = quotes.count - 1
        pendingColon = nil
      } else if lastDirect >= 0 && quotes[lastDirect].paragraph == paragraph {
        quotes[lastDirect].parts += parts
      } else if lastDirect >= 0 && quotes[lastDirect].paragraph + 1 >= paragraph && units[a].start
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

    if !matchAccordingTo(a, e) && !matchCueAfter(a, e) {
      if let colon = matchCueFirst(a, e, fullEnd: b) {
        pendingColon = (colon.0, colon.1, paragraph)
      }
    }
    if quotes.count > before {
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
      if let last = quotes.indices.last, quotes[last].kind == .direct { lastDirect = last } else { lastDirect = -1 }
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
  func content(_ a: Int, _ e: Int) -> (Quote.Kind, [TextSpan])? {
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
    guard words >= 3 else { return nil }
    return (hasQuote ? .mixed : .indirect, [TextSpan(start: units[s].start, end: units[t - 1].end)])
  }

  /// `according to the ministry, …` and `…, according to the ministry.`
  mutating func matchAccordingTo(_ a: Int, _ e: Int) -> Bool {
    var k = a
    while k + 2 < e {
      if word(k, is: Self.according) && word(k + 1, is: Self.to) {
        guard let mention = mentionAfter(k + 2, e) else { return false }
        let cue = TextSpan(start: units[k].start, end: units[k + 1].end)
        let mentionEnd = unitIndex(after: mention.span.end, from: k + 2, e)
        if mention.form == .pronoun { return false }
        let body: (Quote.Kind, [TextSpan])?
        if k <= a + 1 {
          body = content(mentionEnd, e)
        } else {
          body = content(a, k)
        }
        guard let (kind, parts) = body else { return false }
        quotes.append(RawQuote(kind: kind, parts: parts, cue: cue, mention: mention, paragraph: units[a].paragraph))
        return true
      }
      k += 1
    }
    return false
  }

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
      guard units[c].kind == .word, ReportingVerbs.speech.contains(units[c].hash) else { continue }
      // Subject before the cue, after a comma or a quote.
      var mention: SpeakerMention?
      var contentEnd = -1
      var tailStart = c + 1
      let subject = subjectBefore(c, a)
      if let m = subject {
        let ms = unitIndex(after: m.span.start, from: a, c)
        if ms == a || (ms == a + 1 && units[a].kind == .word) { continue }
      }
      if let m = subject {
        let ms = unitIndex(after: m.span.start, from: a, c)
        if ms > a && (isComma(ms - 1) || isPunct(ms - 1, 0x2014) || (isQuote(ms - 1) && quoteCanEndClause(ms - 1))) {
          mention = m
          contentEnd = ms
        }
      }
      if mention == nil && c > a && (isComma(c - 1) || (isQuote(c - 1) && quoteCanEndClause(c - 1))) {
        if let m = mentionAfter(c + 1, e), m.form != .pronoun || m.isFirstOrSecondPerson == false {
          mention = m
          contentEnd = c
          tailStart = unitIndex(after: m.span.end, from: c + 1, e)
          if let role = m.role, !role.isEmpty {
            // Skip the appositive after the name.
            var k = tailStart
            if k < e && isComma(k) {
              k += 1
              while k < e && !isComma(k) && !isQuote(k) { k += 1 }
              tailStart = k
            }
          }
        }
      }
      guard var m = mention else { continue }
      // The attribution ends the sentence, or only a short tail follows it.
      var tailLength = 0
      var t = tailStart
      while t < e && !(t == tailStart && isComma(t)) && !isQuote(t) {
        if units[t].kind == .word && ReportingVerbs.isCue(units[t].hash) { tailLength = 99 }
        if word(t, is: Self.that) { tailLength = 99 }
        tailLength += 1
        t += 1
      }
      if tailLength > 10 { continue }
      var end = contentEnd
      if end > a && (isComma(end - 1) || isPunct(end - 1, 0x2014)) { end -= 1 }
      guard let (kind, parts) = content(a, end) else { continue }
      // The tail: a second quoted part, or words that belong to the attribution.
      var allParts = parts
      var k = tailStart
      while k < e && (isComma(k) || isPunct(k, 0x3A)) { k += 1 }
      var tailKind = kind
      if k < e {
        if isQuote(k) && (k + 1 == e) {
          allParts += quoteParts(k, k + 1)
        } else if tailStart < e && isComma(tailStart) {
          // `…, he said, adding that …` or `…, he added, "…"` with more words.
          var rest = k
          var sawQuote = false
          while rest < e && rest < k + 12 {
            if isQuote(rest) { sawQuote = true }
            rest += 1
          }
          if sawQuote, let tail = content(k, e), tail.0 != .indirect, !containsCue(k, e) {
            allParts += tail.1
            if tailKind == .indirect { tailKind = .mixed }
          }
        }
      }
      if m.role == nil, let role = appositiveRole(afterMention: m, c, e) { m.role = role }
      let cue = TextSpan(start: units[c].start, end: units[c].end)
      quotes.append(RawQuote(kind: tailKind, parts: allParts, cue: cue, mention: m, paragraph: units[a].paragraph))
      return true
    }
    return false
  }

  func containsCue(_ a: Int, _ e: Int) -> Bool {
    for k in a..<e where units[k].kind == .word && ReportingVerbs.speech.contains(units[k].hash) { return true }
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
      guard units[c].kind == .word, ReportingVerbs.isCue(units[c].hash) else { continue }
      guard let m = subjectBefore(c, a) else { continue }
      let h = units[c].hash
      let cue = TextSpan(start: units[c].start, end: units[c].end)
      var s = c + 1
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
      guard let (kind, parts) = content(s, e) else { continue }
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
      quotes.append(RawQuote(kind: finalKind, parts: finalParts, cue: cue, mention: m, paragraph: units[a].paragraph))
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
