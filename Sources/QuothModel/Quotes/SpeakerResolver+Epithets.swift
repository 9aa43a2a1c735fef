/// Epithets: `the Florida senator`, `the retired neurosurgeon`, written for a person the article
/// names with that title or description (`Sen. Ann Reyes (R-Fla.)`, `Tom Lee, a retired
/// neurosurgeon,`).
extension SpeakerResolver {
  /// The person a definite epithet `m` stands for: the one person named before it whose title,
  /// the words right before a mention of the name, or the name's appositive hold the epithet's
  /// head word and its telling modifiers (a place, a party, `former`): `Florida Sen. Ann Reyes`
  /// or `Ann Reyes (R-Fla.)` for `the Florida senator`. Two such people, or none: `nil`.
  ///
  /// A head that more often stands for someone unnamed (`the official`, `the man`) is left alone,
  /// and so is a capitalized one (`the Las Vegas Sun`).
  mutating func epithetAntecedent(_ m: SpeakerMention) -> Int? {
    guard !m.isPlural, !m.isOrganization, let head = m.title, !head.isEmpty, Self.opensWithThe(m.name)
    else { return nil }
    let headWord = WordHash(head)
    guard SpeakerLexicon.personNounSet.contains(headWord) || QuoteScanner.roleTitleWords.contains(headWord),
      !Self.anonymousHeads.contains(headWord), let modifiers = epithetModifiers(m, head: headWord)
    else { return nil }
    // The people the article describes so before the epithet: one pass over the names, the
    // words of a mention built only when the head word stands near it.
    let heads = offsets(of: headWord, before: m.span.start)
    let before = names[..<namesBefore(m.span.start)]
    var fitting: [[UInt64]] = []
    for n in before.reversed() {
      guard !n.isOrganization, !isAuthor(n.nameWords), mayDescribe(n, heads, head),
        !fitting.contains(n.nameWords)
      else { continue }
      let words = descriptionWords(of: n)
      guard words.contains(head), modifiers.allSatisfy({ Self.holds(words, $0) }), !isPlaceName(n) else {
        continue
      }
      fitting.append(n.nameWords)
      if fitting.count > 1 { return nil }  // two people fit: the reader cannot tell either
    }
    // The latest mention of that person.
    guard let name = fitting.first, let n = before.last(where: { $0.nameWords == name }), isAntecedent(n)
    else {
      return nil
    }
    // `moderator Ann Reyes, the anchor of …`: an appositive, which says who she is, not who
    // speaks.
    if (n.span.end..<m.span.start).allSatisfy({ text[$0] == "," || text[$0] == " " || text[$0] == "(" }) {
      return nil
    }
    // A bare epithet (`the senator`) is the person named last: `Sen. Ann Reyes … Tom Lee
    // spoke next. “…,” the senator said.` is no one the reader can be sure of.
    if modifiers.isEmpty, let last = lastMention(of: n.nameWords, before: m.span.start) {
      var others: Set<[UInt64]> = [n.nameWords]
      for o in before.reversed() {
        guard !o.isOrganization, !others.contains(o.nameWords), !isPlaceName(o),
          o.nameWords.last != n.nameWords.last
        else { continue }
        others.insert(o.nameWords)
        if let other = lastMention(of: o.nameWords, before: m.span.start), other > last { return nil }
      }
    }
    let gender = Self.gender(ofHead: head)
    let e: Int
    if let known = firstEntity(n.nameWords) {
      e = known
    } else if n.nameWords.count > 1 {
      e = create(n, kind: .person)
    } else if let known = recent.reversed().first(where: {
      entities[$0].kind == .person && entities[$0].words.count >= 2
        && Self.endsWith(entities[$0].words, n.nameWords[0])
    }) {
      e = known  // `Adm. Tom Lee … Admiral Lee`: the person quoted by that surname
    } else if let full = onlyFullName(with: n.nameWords[0]),
      describes(full.nameWords, head: head, modifiers: [], before: text.count)
    {
      // `Adm. Tom Lee Jr. … Admiral Lee … the admiral`: the full name, described the same way.
      e = firstEntity(full.nameWords) ?? create(full, kind: .person)
    } else {
      // `President Lee`: this very name, not a fuller one the article gives someone else.
      e = create(n, kind: .person)
    }
    guard entities[e].kind == .person, !entities[e].isPlural,
      gender == .unknown || entities[e].gender == .unknown || entities[e].gender == gender
    else { return nil }
    return e
  }

  /// The modifiers of epithet `m` that tell people apart, lower-cased: its capitalized words
  /// (`florida`, `new jersey`, `republican`) and `former`-like words; `nil` when the head is
  /// capitalized (a name: `the Las Vegas Sun`), or neither last nor before `of`.
  func epithetModifiers(_ m: SpeakerMention, head: WordHash) -> [String]? {
    let words = wordRanges(in: m.span.start..<m.span.end).map {
      (word: String(scalars: text[$0]).lowercased(), upper: QuoteTokenizer.isUpper(text[$0.lowerBound]))
    }
    // The head ends the epithet or comes before `of` (`the former secretary of state`).
    guard words.count >= 2,
      let h = words.indices.dropFirst().first(where: {
        WordHash(words[$0].word) == head && ($0 == words.count - 1 || words[$0 + 1].word == "of")
      }), !words[h].upper
    else { return nil }
    var modifiers: [String] = []
    var phrase: [String] = []
    for (word, upper) in words[1..<h] {
      if upper {
        phrase.append(word)
        continue
      }
      if !phrase.isEmpty { modifiers.append(phrase.joined(separator: " ")) }
      phrase = []
      if Self.tellingModifiers.contains(word) { modifiers.append(word) }
    }
    if !phrase.isEmpty { modifiers.append(phrase.joined(separator: " ")) }
    return modifiers
  }

  /// Lower-case modifiers that tell people apart: `the former president` is not the president.
  static let tellingModifiers: Set<String> = ["former", "late", "outgoing", "incoming", "retired", "ex"]

  /// Whether the person named `name` before `offset` is described by `head` and
  /// `modifiers` somewhere the article names them: a title (`Sen.` is `senator`), the words just
  /// before the name (`retired neurosurgeon Tom Lee`) or its appositive (`Tom Lee, a retired
  /// neurosurgeon,`, `Ann Reyes (R-Fla.)`).
  func describes(_ name: [UInt64], head: String, modifiers: [String], before offset: Int) -> Bool {
    let heads = offsets(of: WordHash(head), before: offset)
    var k = namesBefore(offset) - 1
    while k >= 0 {
      let n = names[k]
      k -= 1
      guard n.nameWords == name, !n.isOrganization, mayDescribe(n, heads, head) else { continue }
      let words = descriptionWords(of: n)
      guard words.contains(head) else { continue }
      if modifiers.allSatisfy({ Self.holds(words, $0) }) { return true }
    }
    return false
  }

  /// Where the text writes the word `word` before `offset` (its first code points), in order.
  func offsets(of word: WordHash, before offset: Int) -> [Int] {
    if let wordOffsets { return wordOffsets(word.value).filter { $0 < offset } }
    return wordRanges(in: 0..<min(offset, text.count)).filter { WordHash(text, $0) == word }.map(\.lowerBound)
  }

  /// The words of `text[range]`, as ranges, in order.
  func wordRanges(in range: Range<Int>) -> [Range<Int>] {
    var found: [Range<Int>] = []
    var i = range.lowerBound
    while i < range.upperBound {
      guard QuoteTokenizer.isWordScalar(text[i]) else {
        i += 1
        continue
      }
      var e = i + 1
      while e < range.upperBound && QuoteTokenizer.isWordScalar(text[e]) { e += 1 }
      found.append(i..<e)
      i = e
    }
    return found
  }

  /// Whether the head word stands within a few words of name mention `n` (`heads`: where the
  /// text writes it), or its title holds it: a check before ``descriptionWords(of:)`` builds
  /// strings.
  func mayDescribe(_ n: SpeakerMention, _ heads: [Int], _ head: String) -> Bool {
    if let title = n.title, Self.titleHolds(title, head) { return true }
    return heads.contains { $0 >= n.span.start - 60 && $0 < n.span.end + 100 }
  }

  /// Whether a name's title (`sen`, `florida sen`) holds `head` (`senator`), written out or not.
  static func titleHolds(_ title: String, _ head: String) -> Bool {
    if has(title, head) { return true }
    // Only a title with an abbreviation written out as `head` is spelled out (`sen`: senator).
    guard abbreviations.contains(where: { $0.value == head && has(title, String($0.key)) }) else {
      return false
    }
    return has(spelledOut(title), head)
  }

  /// The lower-case words describing name mention `n`: its title written out, up to five words
  /// before it in its clause, and its appositive or parenthesis after it (up to twelve words).
  func descriptionWords(of n: SpeakerMention) -> [String] {
    var words: [String] = []
    if let title = n.title { words += Self.spelledOut(title).split(separator: " ").map(String.init) }
    // The mention's own words before the name: `Florida Sen. Ann Reyes`.
    let nameStart = n.nameSpan?.start ?? n.span.start
    words += wordRanges(in: n.span.start..<max(n.span.start, nameStart)).map {
      String(scalars: text[$0]).lowercased()
    }
    // Before: back over words, hyphens and periods of abbreviations, to the clause's edge.
    var i = n.span.start - 1
    var count = 0
    var before: [String] = []
    while i >= 0 && count < 5 {
      let c = text[i]
      if c == " " || c == "\u{A0}" || c == "-" || c == "." || c == "’" || c == "'" {
        i -= 1
        continue
      }
      guard QuoteTokenizer.isWordScalar(c) else { break }
      var s = i
      while s > 0 && QuoteTokenizer.isWordScalar(text[s - 1]) { s -= 1 }
      let word = String(scalars: text[s...i]).lowercased()
      // Only what can describe a person: `Tom Lee mocked Ann Reyes` and `Tom Lee and Ann Reyes`
      // describe neither.
      guard QuoteTokenizer.isUpper(text[s]) || Self.describesPerson(word) else { break }
      before.append(word)
      count += 1
      i = s - 1
    }
    words += before.reversed()  // in reading order, for `New Jersey`
    // After: `, a retired neurosurgeon,`, `(R-Fla.)`, `, R-Fla.,`.
    var j = n.span.end
    while j < text.count && text[j] == " " { j += 1 }
    guard j < text.count, text[j] == "," || text[j] == "(" else { return words }
    let close: Unicode.Scalar = text[j] == "(" ? ")" : ","
    j += 1
    count = 0
    var appositive: [String] = []
    while j < text.count && count < 12 && text[j] != close && text[j] != "\n"
      && !(text[j] == "." && j + 1 < text.count && text[j + 1] == " ")
    {
      guard QuoteTokenizer.isWordScalar(text[j]) else {
        j += 1
        continue
      }
      var e = j + 1
      while e < text.count && QuoteTokenizer.isWordScalar(text[e]) { e += 1 }
      appositive.append(String(scalars: text[j..<e]).lowercased())
      count += 1
      j = e
    }
    // Closed, and not by the clause that follows an opening phrase (`With Tom Lee, the senator
    // said …` is no appositive of Tom Lee's).
    let closed =
      j < text.count && text[j] == close && (close == ")" || !appositive.contains(where: Self.isVerbLike))
    if closed { words += appositive.map { Self.abbreviations[Substring($0)] ?? $0 } }
    return words
  }

  /// Whether a lower-case word may describe a person before their name: a person noun, a title,
  /// or an adjective of office (`former`, `presidential`, `campaign`).
  static func describesPerson(_ word: String) -> Bool {
    let hash = WordHash(word)
    return SpeakerLexicon.personNounSet.contains(hash) || QuoteScanner.roleTitleWords.contains(hash)
      || QuoteScanner.subjectModifiers.contains(hash) || tellingModifiers.contains(word)
      || officeAdjectives.contains(word)
  }

  /// Adjectives and noun modifiers of office before a name beyond a subject's modifiers
  /// (``QuoteScanner/subjectModifiers``: `presidential`, `campaign`, `press`): `presumptive
  /// nominee`, `ranking member`, `Senate majority leader`.
  static let officeAdjectives: Set<String> = [
    "conservative", "liberal", "progressive", "vice", "assistant", "associate", "general", "federal",
    "local", "legal", "public", "presumptive", "likely", "potential", "prospective", "freshman", "junior",
    "acting", "managing", "founding", "ranking", "sitting", "senate", "house", "minority", "majority",
    "republican", "democratic",
  ]

  /// Whether a word of an appositive reads as a verb (`said`, `stated`, `is`): then the words are
  /// a clause, not an appositive.
  static func isVerbLike(_ word: String) -> Bool {
    ReportingVerbs.isCue(WordHash(word))
      || ["is", "was", "has", "had", "will", "would", "says", "said"].contains(word)
      || (word.hasSuffix("ed") && !SpeakerLexicon.personNounSet.contains(WordHash(word)))
  }

  /// Whether description `words` hold `modifier`: the words themselves (`new jersey`), a party's
  /// letter (`R-Fla.` for `republican`), or a state's abbreviation (`Fla.` for `florida`).
  static func holds(_ words: [String], _ modifier: String) -> Bool {
    if Self.holdsRun(words, modifier) { return true }
    switch modifier {
    case "republican", "gop":
      return words.contains("r") || words.contains("republican") || words.contains("gop")
    case "democratic", "democrat":
      return words.contains("d") || words.contains("democrat") || words.contains("democratic")
    case "independent": return words.contains("i") || words.contains("independent")
    default: break
    }
    guard let abbreviations = SpeakerLexicon.stateAbbreviations[modifier] else { return false }
    return abbreviations.contains { holdsRun(words, $0) }
  }

  /// Whether `words` hold the words of `phrase` one after another.
  static func holdsRun(_ words: [String], _ phrase: String) -> Bool {
    let parts = phrase.split(separator: " ")
    return words.indices.contains {
      $0 + parts.count <= words.count && words[$0..<($0 + parts.count)].elementsEqual(parts) { $0 == $1 }
    }
  }

  /// Heads that stand for an unnamed person more often than for one the article names: `a
  /// senior official said … the official added`, `a woman in the crowd … the woman said`.
  static let anonymousHeads = WordSet([
    "man", "woman", "person", "guy", "boy", "girl", "child", "kid", "teen", "teenager", "official",
    "source", "aide", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "staffer",
    "voter", "resident", "supporter", "protester", "member", "worker", "employee", "student", "friend",
    "neighbor", "caller", "participant", "attendee", "delegate", "donor", "volunteer", "visitor",
    "customer", "victim", "witness", "officer", "agent", "insider", "operative", "individual",
  ])

  /// Where the text last writes the name `words` (its last word, capitalized, as a whole word)
  /// before `offset`.
  func lastMention(of words: [UInt64], before offset: Int) -> Int? {
    guard let last = words.last else { return nil }
    if wordOffsets != nil {
      return offsets(of: WordHash(value: last), before: offset).last { QuoteTokenizer.isUpper(text[$0]) }
    }
    var i = min(offset, text.count) - 1
    while i >= 0 {
      guard QuoteTokenizer.isWordScalar(text[i]) else {
        i -= 1
        continue
      }
      var s = i
      while s > 0 && QuoteTokenizer.isWordScalar(text[s - 1]) { s -= 1 }
      if QuoteTokenizer.isUpper(text[s]) && WordHash(text, s..<(i + 1)).value == last { return s }
      i = s - 1
    }
    return nil
  }

  /// Whether `name` opens with the word `the`.
  static func opensWithThe(_ name: String) -> Bool {
    let bytes = Array(name.utf8.prefix(4))
    guard bytes.count == 4, bytes[3] == 0x20 else { return false }
    return (bytes[0] | 0x20) == 0x74 && (bytes[1] | 0x20) == 0x68 && (bytes[2] | 0x20) == 0x65
  }

  /// The gender a head word shows: `congresswoman`, `first lady`, `businessman`.
  static func gender(ofHead head: String) -> SpeakerMention.Gender {
    let word = WordHash(head)
    if QuoteScanner.femaleTitles.contains(word) || femaleKin.contains(word) || head.hasSuffix("woman")
      || head == "lady"
    {
      return .female
    }
    if QuoteScanner.maleTitles.contains(word) || maleKin.contains(word)
      || (head.hasSuffix("man") && !head.hasSuffix("woman"))
    {
      return .male
    }
    return .unknown
  }

  /// Kinship nouns that tell a gender: `her son, Tom Reyes`, `his wife, Ann Lee`.
  static let maleKin = WordSet([
    "son", "father", "husband", "brother", "grandson", "grandfather", "nephew", "uncle", "boyfriend",
    "dad", "stepson", "stepfather",
  ])
  static let femaleKin = WordSet([
    "daughter", "mother", "wife", "sister", "granddaughter", "grandmother", "niece", "aunt", "girlfriend",
    "mom", "widow", "stepdaughter", "stepmother",
  ])
}
