/// Resolves speaker mentions to speakers: full names for surnames, pronouns to the most recent
/// fitting speaker, nominal references through roles and titles; drops the article's authors.
struct SpeakerResolver {
  /// A speaker being built.
  struct Entity {
    var name: String
    var words: [UInt64]
    var role: String? { didSet { foldedRole = role?.lowercased() } }
    /// ``role`` lower-cased, kept so that nominal references compare without allocating.
    private(set) var foldedRole: String?
    var titles: [String]
    var kind: Speaker.Kind
    var gender: SpeakerMention.Gender
    /// Whether ``gender`` comes from the title or first name of the name the entity was made
    /// from (`Mrs. Lee`, `Tom Reyes`), rather than from later mentions and pronouns resolved to
    /// it, which may be wrong.
    var genderFromName = false
    var isPlural: Bool
    var lastOffset = -1
    var speakerIndex: Int?

    init(
      name: String, words: [UInt64], role: String?, titles: [String], kind: Speaker.Kind,
      gender: SpeakerMention.Gender, isPlural: Bool
    ) {
      self.name = name
      self.words = words
      self.role = role
      self.foldedRole = role?.lowercased()
      self.titles = titles
      self.kind = kind
      self.gender = gender
      self.isPlural = isPlural
    }
  }

  /// Names seen in the body (with a title or two words or more), in text order.
  let names: [SpeakerMention]
  /// The article's authors, lower-cased words of each.
  let authors: [[UInt64]]
  /// The article text, to spell names found before any quote.
  let text: [Unicode.Scalar]
  private(set) var entities: [Entity] = []
  /// The entities with the given name words, in index order: long articles have thousands.
  private var entitiesByWords: [[UInt64]: [Int]] = [:]
  var speakers: [Speaker] = []
  /// Entity indices in order of their latest quote.
  var recent: [Int] = []

  /// The full names anywhere in the text, quotations included, that end with a surname (see
  /// ``QuoteScanner/names(endingWith:)``): asked only for a surname no name before it introduces.
  let namesEndingWith: (UInt64) -> [SpeakerMention]
  /// Whether the text writes a word in lower case somewhere (see
  /// ``QuoteScanner/writesInLowerCase(_:)``): asked only for a one-word name no fuller name explains.
  let writesInLowerCase: (UInt64) -> Bool
  /// Where the text writes a word, any case (see ``QuoteScanner/wordOffsets(_:)``); `nil`: read
  /// from ``text`` instead.
  let wordOffsets: ((UInt64) -> [Int])?
  /// The answers of ``writesInLowerCase`` so far, by word.
  private var lowerCaseWords: [UInt64: Bool] = [:]

  /// A resolver for one article.
  init(
    names: [SpeakerMention], authors: [String], text: [Unicode.Scalar],
    namesEndingWith: @escaping (UInt64) -> [SpeakerMention] = { _ in [] },
    writesInLowerCase: @escaping (UInt64) -> Bool = { _ in false },
    wordOffsets: ((UInt64) -> [Int])? = nil
  ) {
    self.wordOffsets = wordOffsets
    self.names = names
    self.text = text
    self.namesEndingWith = namesEndingWith
    self.writesInLowerCase = writesInLowerCase
    self.authors = authors.map { $0.split(separator: " ").map { WordHash(String($0)).value } }
    // Articles quote a handful of speakers: room for them up front, not three resizes each.
    entitiesByWords.reserveCapacity(16)
  }

  func isAuthor(_ words: [UInt64]) -> Bool {
    guard !words.isEmpty else { return false }
    for author in authors where !author.isEmpty {
      if author == words || (words.count == 1 && author.contains(words[0])) { return true }
    }
    return false
  }

  /// The number of name mentions that start before `offset`.
  func namesBefore(_ offset: Int) -> Int {
    var lo = 0
    var hi = names.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if names[mid].span.start < offset { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }

  /// Whether `text` holds `part`, byte for byte: Foundation's `contains` goes through CFString,
  /// which made long articles slow.
  static func has(_ text: String, _ part: String) -> Bool {
    var text = text
    var part = part
    return text.withUTF8 { hay in
      part.withUTF8 { needle in
        guard !needle.isEmpty else { return true }
        guard needle.count <= hay.count else { return false }
        let first = needle[0]
        for start in 0...(hay.count - needle.count) where hay[start] == first {
          var k = 1
          while k < needle.count && hay[start + k] == needle[k] { k += 1 }
          if k == needle.count { return true }
        }
        return false
      }
    }
  }

  /// The first entity named by `words`.
  func firstEntity(_ words: [UInt64]) -> Int? { entitiesByWords[words]?.first }

  /// The latest name mention before `offset` that ends with `word` (`Ann Lee` for `Lee`); else,
  /// when no name in the article ends with it, the latest that holds it (`Ann Lee` for `Ann`).
  /// A surname is never read as the first word of a heading or a place (`Lee Tower`, `Lee Train`)
  /// when the article gives the person's full name. With `gender`, a name that tells the
  /// other one is passed over (`Mrs. Lee` is not `Tom Lee`).
  func introducedName(
    with word: UInt64, before offset: Int, gender: SpeakerMention.Gender = .unknown
  ) -> SpeakerMention? {
    let first = namesBefore(offset) - 1
    var k = first
    while k >= 0 {
      let m = names[k]
      if Self.endsWith(m.nameWords, word) && !m.isOrganization
        && (gender == .unknown || m.gender == .unknown || m.gender == gender)
      {
        return m
      }
      k -= 1
    }
    guard !isSurname(word) else { return nil }
    k = first
    while k >= 0 {
      let m = names[k]
      // `the Lee Train` names a thing, not a person.
      if m.nameWords.count >= 2 && m.nameWords.contains(word) && !m.isOrganization && !follows(m, Self.the) {
        return m
      }
      k -= 1
    }
    return nil
  }

  /// Whether some person's full name among the article's name mentions ends with `word`.
  func isSurname(_ word: UInt64) -> Bool {
    names.contains { Self.endsWith($0.nameWords, word) && !$0.isOrganization }
  }

  /// Whether the full name `words` (two words at least) ends with the surname `word`, perhaps
  /// before a generational suffix (``QuoteScanner/nameSuffixes``: `Tom Reyes III`).
  static func endsWith(_ words: [UInt64], _ word: UInt64) -> Bool {
    guard words.count >= 2 else { return false }
    if words[words.count - 1] == word { return true }
    return words.count >= 3 && words[words.count - 2] == word
      && QuoteScanner.nameSuffixes.contains(WordHash(value: words[words.count - 1]))
  }

  /// The one person the article names in full with the surname `word`, anywhere in its text
  /// (after the quote, or only inside a quotation): `nil` when it names none, or people with
  /// different first names (two Lees), or an author.
  func onlyFullName(with word: UInt64) -> SpeakerMention? {
    let found = namesEndingWith(word).filter { !isAuthor($0.nameWords) }
    guard let first = found.first, found.allSatisfy({ $0.nameWords.first == first.nameWords.first }) else {
      return nil
    }
    return found.max { $0.nameWords.count < $1.nameWords.count }
  }

  /// The entity index for `mention` at a quote, creating the entity when new; `nil` when the
  /// mention names nobody the article introduces (or an author).
  mutating func resolve(_ m: SpeakerMention) -> Int? {
    guard isSource(m), let e = resolveMention(m) else { return nil }
    return Self.isSourceName(entities[e].name) ? e : nil
  }

  /// Pronouns that a name resolved from elsewhere may still be (`He said` at a name's place).
  static let notNames = WordSet([
    "he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us",
    // Words that open a sentence with a capital and are never a name alone: `Pretty soon she …`,
    // `Ever since she …`, `Let’s hope …`, `Correction: …`.
    "pretty", "ever", "let", "correction", "update",
  ])

  /// Whether `name` can be a speaker's name: not a pronoun, a lone function word, a question
  /// (`Does Ada`, `Had Lee`), a number or a single letter.
  static func isSourceName(_ name: String) -> Bool {
    var hash = WordHash.seed
    var scalars = 0
    var oneWord = true
    var firstScalar: Unicode.Scalar? = nil
    for s in name.unicodeScalars {
      if firstScalar == nil { firstScalar = s }
      scalars += 1
      if s == " " {
        oneWord = false
        break
      }
      hash = WordHash.mix(hash, s)
    }
    guard let scalar = firstScalar else { return false }
    if (oneWord && scalars == 1) || (scalar.value >= 0x30 && scalar.value <= 0x39) { return false }
    let first = WordHash(value: hash)
    if oneWord && (functionWords.contains(first) || notNames.contains(first)) { return false }
    if !oneWord && questionWords.contains(first) && QuoteTokenizer.isUpper(scalar) { return false }
    return true
  }

  /// Whether the one word over `span` joins a lower-case part with a hyphen (`Republican-backed`,
  /// `Harbor-era`, `Commander-in-Chief`), a compound adjective or noun; not `Al-Amin`, `Coca-Cola`.
  static func isLowerCompound(_ span: TextSpan, _ text: [Unicode.Scalar]) -> Bool {
    guard span.end <= text.count, span.start < span.end else { return false }
    var k = span.start + 1
    while k + 1 < span.end {
      if text[k] == "-" && text[k + 1].properties.isLowercase { return true }
      k += 1
    }
    return false
  }

  /// Adverb endings, each with a stem before it: `separately`, `ironically`, `hastily`; not
  /// `-elly`, `-olly`, `-erly` (`Kelly`, `Connolly`, `Beverly`).
  static let adverbEndings = [
    "ally", "ately", "ively", "ently", "antly", "ously", "edly", "ingly", "fully", "ibly", "ably", "arly",
    "ctly", "lessly", "ily", "rtly", "ckly", "ghly", "owly", "ssly", "rely", "ntly", "ftly",
  ].map { Array($0.unicodeScalars) }

  /// Whether the one word over `span` is shaped as an adverb: seven letters or more, ending in one
  /// of ``adverbEndings``.
  static func isAdverb(_ span: TextSpan, _ text: [Unicode.Scalar]) -> Bool {
    guard span.end - span.start >= 7, span.end <= text.count else { return false }
    return adverbEndings.contains { ending in
      var k = 0
      while k < ending.count {
        var v = text[span.end - ending.count + k].value
        if v >= 0x41 && v <= 0x5A { v += 0x20 }
        if v != ending[k].value { return false }
        k += 1
      }
      return true
    }
  }

  /// Whether the word over `span` is a participle (`Adding`, `Acknowledging`, `Disillusioned`,
  /// six letters at least) or a contraction with `’m` (`I’m`): alone, with no full name in the
  /// article to join, such a word opens a clause; it names nobody.
  static func isVerbForm(_ span: TextSpan, _ text: [Unicode.Scalar]) -> Bool {
    guard span.end <= text.count, span.end - span.start >= 2 else { return false }
    let last = text[span.end - 1].value | 0x20
    let before = text[span.end - 2].value
    // `I’m`, `I’d`, `I’ve`, `I’ll`: the first person with a verb.
    if span.end - span.start <= 4 && (text[span.start] == "I") && span.end - span.start >= 3
      && (text[span.start + 1] == "'" || text[span.start + 1] == "\u{2019}")
    {
      return true
    }
    if last == 0x6D && (before == 0x27 || before == 0x2019) { return true }
    // `HarborFeed`: a capital inside makes a name.
    guard span.end - span.start >= 6,
      !text[(span.start + 1)..<span.end].contains(where: QuoteTokenizer.isUpper)
    else { return false }
    let third = text[span.end - 3].value | 0x20
    return (third == 0x69 && (before | 0x20) == 0x6E && last == 0x67)
      || ((before | 0x20) == 0x65 && last == 0x64)
  }

  /// Whether the article writes `word` in lower case somewhere: then, capitalized alone, it is
  /// a common word at a sentence start, not a name.
  mutating func isCommonWord(_ word: UInt64) -> Bool {
    if let known = lowerCaseWords[word] { return known }
    let found = writesInLowerCase(word)
    lowerCaseWords[word] = found
    return found
  }

  /// Whether the one-word name `m` (no title, no full name in the article to join) is no
  /// person's name: `Nothing changed …`, `Often, …`, `Separately, …`, `Russian fears …`,
  /// `Republican-backed …`, `Adding, …` open with a word the article also writes in lower case,
  /// an adverb, another sentence opener, a nationality, a compound adjective or a participle,
  /// capitalized where a sentence starts or always.
  mutating func isOneWordNoName(_ m: SpeakerMention) -> Bool {
    guard m.nameWords.count == 1, Self.kind(of: m, given: .person) == .person else { return false }
    let word = WordHash(value: m.nameWords[0])
    let span = m.nameSpan ?? m.span
    return isCommonWord(m.nameWords[0]) || Self.isAdverb(span, text)
      || SpeakerLexicon.sentenceWords.contains(word) || SpeakerLexicon.demonyms.contains(word)
      || Self.isLowerCompound(span, text) || Self.isVerbForm(span, text)
  }

  /// Whether name mention `n` may be what a pronoun refers to: not a one-word name that names
  /// nobody (``isOneWordNoName(_:)``), nor a heading that opens with a participle (`Praising
  /// Ann Lee`).
  mutating func isAntecedent(_ n: SpeakerMention) -> Bool {
    if n.nameWords.count == 1 {
      return !isOneWordNoName(n)
    }
    let span = n.nameSpan ?? n.span
    if isSubhead(n.span) { return false }  // `THE BORROWING Back when he …`
    var firstEnd = span.start
    while firstEnd < span.end && QuoteTokenizer.isWordScalar(text[firstEnd]) { firstEnd += 1 }
    return !Self.isVerbForm(TextSpan(start: span.start, end: firstEnd), text)
  }

  /// Whether pronoun `m` can stand for name mention `n`: not when the name's title (`Mrs.`,
  /// `Mr.`) or first name (`Tom`) gives the other gender.
  func agrees(_ n: SpeakerMention, _ m: SpeakerMention) -> Bool {
    guard m.gender != .unknown else { return true }
    var known = n.gender
    if known == .unknown, let e = firstEntity(n.nameWords), entities[e].genderFromName {
      known = entities[e].gender
    }
    if known == .unknown && n.nameWords.count == 1 {
      // `Reyes` alone: the gender of the fuller name it stands for (`Tom Reyes`).
      var k = namesBefore(n.span.start) - 1
      while k >= 0 && known == .unknown {
        if names[k].nameWords.count >= 2 && Self.endsWith(names[k].nameWords, n.nameWords[0]) {
          known = names[k].gender
          break
        }
        k -= 1
      }
    }
    return known == .unknown || known == m.gender
  }

  /// Whether name mention `n` is a place (`New Hampshire`, `Dover`), which `he` or `she` never
  /// stands for.
  func isPlaceName(_ n: SpeakerMention) -> Bool {
    if n.nameWords.count == 1 { return SpeakerLexicon.isPlaceName(WordHash(value: n.nameWords[0])) }
    let span = n.nameSpan ?? n.span
    guard n.nameWords.count <= 3, span.end <= text.count else { return false }
    var name = String.UnicodeScalarView()
    name.append(contentsOf: text[span.start..<span.end])
    return SpeakerLexicon.isPlace(String(name))
  }

  /// The entity for `m`, before the check that its name can be a speaker's.
  mutating func resolveMention(_ m: SpeakerMention) -> Int? {
    switch m.form {
    case .name:
      if isAuthor(m.nameWords) { return nil }
      if m.isOrganization {
        if let e = entities.firstIndex(where: { $0.name == m.name }) { return touch(e, m) }
        return create(m, kind: .organization)
      }
      if let e = entitiesByWords[m.nameWords]?.last { return touch(e, m) }
      if m.nameWords.count == 1 {
        let w = m.nameWords[0]
        let surname = isSurname(w)
        // `Mrs. Lee` is not `Tom Lee`.
        if let e = recent.reversed().first(where: {
          entities[$0].kind == .person && entities[$0].words.count >= 2
            && (Self.endsWith(entities[$0].words, w) || (!surname && entities[$0].words.contains(w)))
            && (m.gender == .unknown || !entities[$0].genderFromName || entities[$0].gender == m.gender)
        }) {
          return touch(e, m)
        }
        if let full = introducedName(with: w, before: m.span.start, gender: m.gender) {
          if isAuthor(full.nameWords) { return nil }
          if let e = firstEntity(full.nameWords) { return touch(e, m) }
          var mm = full
          mm.role = m.role ?? full.role
          if mm.title == nil { mm.title = m.title }
          return create(mm, kind: .person)
        }
        if !m.isOrganization, !SpeakerLexicon.titles.contains(WordHash(value: w)), !follows(m, Self.the),
          let full = onlyFullName(with: w)
        {
          // The article gives the full name only later or inside a quotation.
          if let e = firstEntity(full.nameWords) { return touch(e, m) }
          var mm = full
          mm.span = m.span
          mm.role = m.role
          mm.title = m.title
          mm.gender = m.gender
          return create(mm, kind: .person)
        }
      } else {
        // A fuller name for a speaker first met by one word.
        if let e = entities.firstIndex(where: {
          $0.words.count == 1 && m.nameWords.contains($0.words[0]) && $0.kind == .person
        }) {
          entities[e].name = m.name.isEmpty ? entities[e].name : m.name
          setWords(e, m.nameWords)
          if m.gender != .unknown {
            entities[e].gender = m.gender
            entities[e].genderFromName = true
          }
          if let s = entities[e].speakerIndex { speakers[s].name = m.name }
          return touch(e, m)
        }
      }
      if m.nameWords.count == 1 && m.title == nil {
        let word = WordHash(value: m.nameWords[0])
        if QuoteScanner.roleTitleWords.contains(word) {
          // A title alone (`Justice vows …`) is a nominal: the person with that title.
          var mm = m
          mm.form = .nominal
          mm.title = String(scalars: text[m.span.start..<m.span.end]).lowercased()
          if let e = titled(mm.title!, before: m.span.start) { return touch(e, mm) }
          if let n = names.first(where: {
            $0.span.start > m.span.start && $0.title.map { Self.has($0, mm.title!) } ?? false
          }),
            !isAuthor(n.nameWords)
          {
            if let e = firstEntity(n.nameWords) { return touch(e, m) }
            var found = n
            found.span = m.span
            return create(found, kind: .person)
          }
          mm.nameWords = [WordHash(m.name.isEmpty ? mm.title! : m.name).value]
          return create(mm, kind: .unnamed)
        }
        // `the Globe said`: no person's name follows `the`.
        // `The Tulsa Beacon reported`: nor a one-word name after `The` within the mention.
        if follows(m, Self.the) || (m.nameWords.count == 1 && opensWithThe(m)) {
          return create(m, kind: .organization)
        }
        if isOneWordNoName(m) { return nil }
      }
      return create(m, kind: .person)
    case .pronoun:
      if m.isFirstOrSecondPerson { return nil }
      if m.isPlural || m.isOrganization {
        for e in recent.reversed() where entities[e].kind == .organization || entities[e].isPlural {
          return touch(e, m)
        }
        return nil
      }
      // A person named as a subject after the latest speaker's last quote takes the pronoun.
      var lastSpeakerOffset = -1
      for e in recent.reversed() where entities[e].kind == .person && !entities[e].isPlural {
        if entities[e].gender == .unknown || entities[e].gender == m.gender {
          lastSpeakerOffset = entities[e].lastOffset
          break
        }
      }
      var k = namesBefore(m.span.start) - 1
      if k >= 0 {
        let n = names[k]
        if n.span.start > lastSpeakerOffset && lastSpeakerOffset >= 0 && n.startsClause && !n.isOrganization
          && n.nameWords.count <= 3 && !isAuthor(n.nameWords) && m.span.start - n.span.start < 400
          && !isPlaceName(n) && isAntecedent(n) && agrees(n, m)
        {
          if let e = firstEntity(n.nameWords) { return touch(e, m) }
          // A surname alone joins the full name the article gives for it.
          if n.nameWords.count > 1 { return touch(create(n, kind: .person), m) }
          if let e = resolveMention(n), entities[e].kind == .person { return touch(e, m) }
        }
      }
      for e in recent.reversed() where entities[e].kind == .person && !entities[e].isPlural {
        if entities[e].gender == .unknown || entities[e].gender == m.gender {
          entities[e].gender = m.gender
          return touch(e, m)
        }
      }
      // Nobody quoted yet: the latest person named before.
      k = namesBefore(m.span.start) - 1
      var passedOver = false
      while k >= 0 {
        let n = names[k]
        let sameGender = m.gender != .unknown && n.gender == m.gender
        if n.span.start < m.span.start && !n.isOrganization
          && (n.startsClause || n.title != nil || sameGender)
          && n.nameWords.count <= 4
          && !isAuthor(n.nameWords) && !isPlaceName(n) && isAntecedent(n)
        {
          // Past a name of the other gender, only a name that tells the pronoun's gender: the
          // names further back are often no person (`the Sunshine State`).
          guard agrees(n, m) else {
            passedOver = true
            k -= 1
            continue
          }
          guard !passedOver || sameGender else {
            k -= 1
            continue
          }
          if let e = firstEntity(n.nameWords) { return touch(e, m) }
          if n.nameWords.count > 1 { return touch(create(n, kind: .person), m) }
          if let e = resolveMention(n), entities[e].kind == .person { return touch(e, m) }
        }
        k -= 1
      }
      return nil
    case .nominal:
      if let e = epithetAntecedent(m) {
        // `the Florida senator` is the senator's role too.
        var mm = m
        if mm.role == nil { mm.role = String(m.name.dropFirst(4)) }
        return touch(e, mm)
      }
      let head = m.title ?? ""
      if !m.isPlural && !head.isEmpty && Self.isDefinite(m.name), let e = titled(head, before: m.span.start) {
        // `the president` names someone already introduced with that title or role.
        return touch(e, m)
      }
      let key = WordHash(m.name).value
      if let e = firstEntity([key]) { return touch(e, m) }
      let headWord = WordHash(head)
      if Self.documentHeads.contains(headWord),
        let e = entities.firstIndex(where: { $0.kind == .document && $0.words == [headWord.value] })
      {
        // A headline's label (`Poll: …`) is the poll the article then names (`A new poll`).
        entities[e].name = m.name
        setWords(e, [key])
        if !entities[e].titles.contains(head) { entities[e].titles.append(head) }
        if let s = entities[e].speakerIndex { speakers[s].name = m.name }
        return touch(e, m)
      }
      var mm = m
      mm.nameWords = [key]
      return create(mm, kind: m.isOrganization ? .organization : .person)
    }
  }

  /// The entity with the title or role `head` (`president`) met before `offset`: the latest
  /// quoted one, else the latest name with that title, created; `nil` when none.
  mutating func titled(_ head: String, before offset: Int) -> Int? {
    for e in recent.reversed() {
      let ent = entities[e]
      if ent.titles.contains(where: { Self.has($0, head) })
        || (ent.foldedRole.map { Self.has($0, head) } ?? false)
      {
        return e
      }
    }
    var k = namesBefore(offset) - 1
    while k >= 0 {
      let n = names[k]
      if let t = n.title, Self.has(t, head), !isAuthor(n.nameWords) {
        if let e = firstEntity(n.nameWords) { return e }
        return create(n, kind: n.isOrganization ? .organization : .person)
      }
      k -= 1
    }
    return nil
  }

  /// Whether `The` stands right before mention `m`'s name (`The Beacon`, `as The Beacon put
  /// it`): an outlet's or a body's name, never a person's.
  func opensWithThe(_ m: SpeakerMention) -> Bool {
    guard let (hash, _) = wordBefore(m.nameSpan?.start ?? m.span.start) else { return false }
    return hash == Self.the
  }

  /// Whether the word right before mention `m` is `word`, in lower case (`the Globe`).
  func follows(_ m: SpeakerMention, _ word: WordHash) -> Bool {
    guard let (hash, upper) = wordBefore(m.nameSpan?.start ?? m.span.start) else { return false }
    return hash == word && !upper
  }

  /// The word before `offset` (its hash, and whether it is capitalized), skipping spaces.
  func wordBefore(_ offset: Int) -> (WordHash, Bool)? {
    var k = offset - 1
    while k >= 0 && (text[k] == " " || text[k] == "\u{A0}") { k -= 1 }
    var s = k
    while s >= 0 && QuoteTokenizer.isWordScalar(text[s]) { s -= 1 }
    guard k > s else { return nil }
    return (WordHash(text, (s + 1)..<(k + 1)), QuoteTokenizer.isUpper(text[s + 1]))
  }

  static let the = WordHash("the")

  /// Whether `title` ends with one of ``SpeakerLexicon/roleTitles`` (`vice president`), compared
  /// by UTF-8 bytes for ASCII titles (no `String` comparisons), by characters otherwise.
  static func endsWithRoleTitle(_ title: String) -> Bool {
    // A whole last word: `drinking` does not end with the title `king`.
    let bytes = Array(title.utf8)
    guard bytes.allSatisfy({ $0 < 0x80 }) else {
      return SpeakerLexicon.roleTitles.contains(where: { title == $0 || title.hasSuffix(" " + $0) })
    }
    return roleTitleBytes.contains { suffix in
      suffix.count <= bytes.count && bytes[(bytes.count - suffix.count)...].elementsEqual(suffix)
        && (suffix.count == bytes.count || bytes[bytes.count - suffix.count - 1] == 0x20)
    }
  }

  /// ``SpeakerLexicon/roleTitles`` as UTF-8.
  static let roleTitleBytes = SpeakerLexicon.roleTitles.map { Array($0.utf8) }

  /// Whether `name` is `the` and at most two more words (`the president`, `The top aide`), by
  /// its UTF-8 without splitting it into strings.
  static func isDefinite(_ name: String) -> Bool {
    var words = 0
    var first: UInt32 = 0  // the first word's bytes, lower-cased, packed
    var length = 0
    var inWord = false
    for b in name.utf8 {
      if b == 0x20 {
        inWord = false
        continue
      }
      if !inWord {
        inWord = true
        words += 1
        if words > 3 { return false }
      }
      if words == 1 {
        length += 1
        guard length <= 3 else { return false }
        first = first << 8 | UInt32(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
      }
    }
    return length == 3 && first == 0x74_68_65  // "the"
  }

  mutating func create(_ m0: SpeakerMention, kind: Speaker.Kind) -> Int {
    var m = m0
    if m.name.isEmpty, let span = m.nameSpan {
      m.name = String(scalars: text[span.start..<span.end])
    }
    let kind = Self.kind(of: m, given: kind)
    var titles: [String] = []
    if let t = m.title { titles.append(t) }
    entities.append(
      Entity(
        name: m.name, words: m.nameWords, role: m.role.flatMap { SpeakerLexicon.isRole($0) ? $0 : nil },
        titles: titles, kind: kind, gender: m.gender,
        isPlural: m.isPlural))
    entities[entities.count - 1].lastOffset = m.span.start
    entities[entities.count - 1].genderFromName = m.form == .name && m.gender != .unknown
    entitiesByWords[m.nameWords, default: []].append(entities.count - 1)
    recent.append(entities.count - 1)
    return entities.count - 1
  }

  /// Words that open a question, not a name: `Does Ada …`, `Should Mrs. Lee …`.
  static let questionWords = WordSet([
    "does", "do", "did", "should", "would", "could", "can", "is", "was", "are", "were", "has",
    "have", "had", "why", "how", "what", "who", "when", "where", "which", "shall", "might", "must",
  ])
  /// Words that make no speaker on their own: `those said`, `One added`, `the said`.
  static let functionWords = WordSet([
    "the", "a", "an", "one", "those", "these", "this", "that", "some", "many", "most", "others", "other",
    "another", "all", "both", "each", "few", "several", "it", "there", "here", "such", "which", "what",
    "neither", "either", "none",
  ])
  /// Prepositions after which a name is a place, not a speaker: `in Tulsa`, `at Harvard`.
  static let placePrepositions = WordSet([
    "in", "at", "from", "near", "outside", "across", "throughout", "inside", "within",
  ])
  /// Prepositions after which a name is the object of a phrase, not a subject: `a post on
  /// Chirper`, `a fight against Harbor Outfitters`. Not `for`, `of` or `to`, after which a name
  /// may still stand for its spokesman's source (`according to Ada Lee`), nor `with` or `like`,
  /// which may open a clause (`with Ada Lee calling for …`).
  static let objectPrepositions = WordSet([
    "on", "about", "against", "into", "toward", "towards", "via", "than", "between",
    "among", "without", "upon", "through", "over", "under", "onto", "behind", "beyond",
  ])
  /// Plural names of parties and groups: `Democrats said`.
  static let groupNames = WordSet([
    "democrats", "republicans", "conservatives", "liberals", "progressives", "independents",
    "evangelicals", "americans", "libertarians", "moderates", "populists", "socialists", "democrat",
    "republican", "democratic", "gop", "dems", "millennials", "hispanics", "latinos", "jews", "muslims",
    "christians", "catholics", "crowds", "audiences", "allies", "protesters", "demonstrators",
  ])
  /// Heads of nominal mentions that are texts rather than people: `a statement said`.
  static let documentHeads = WordSet([
    "statement", "report", "reports", "poll", "polls", "survey", "surveys", "study", "studies", "article",
    "data", "figures", "document", "documents", "memo", "letter", "email", "emails", "post", "tweet",
    "tweets", "posts", "release", "website", "editorial", "transcript", "records", "filing", "filings",
    "complaint", "lawsuit", "ruling", "analysis", "ad", "ads", "video", "speech", "book", "interview",
    "announcement", "indictment", "memoir", "clip", "spot", "piece", "story", "headline", "site",
    "account", "page", "message", "sign", "banner", "card", "order", "bill", "law", "rule", "rules",
    "bylaws", "plan", "platform", "policy", "proposal", "measure", "resolution", "amendment", "column",
    "op-ed", "essay", "broadcast", "show", "program", "segment", "film", "documentary", "movie", "song",
    "text", "note", "caption", "slogan", "chart", "model", "forecast", "index", "paper", "magazine",
    "newspaper", "network", "outlet", "research",
  ])

  /// Heads of number and share phrases, never sources: `Twelve percent said`, `half said`; and of
  /// sort phrases, whose noun is what they are about: `That sort of gap …`.
  static let quantityHeads = WordSet([
    "sort", "sorts", "kind", "kinds", "type", "types", "percent", "percentage", "half", "third", "thirds",
    "quarter", "quarters", "fourth", "fourths", "fifth",
    "fifths", "majority", "plurality", "minority", "two", "three", "four", "five", "six", "seven", "eight",
    "nine", "ten", "dozen", "dozens", "hundreds", "thousands", "millions",
  ])

  /// Pronouns a mention of their antecedent may stand on.
  static let standInPronouns = WordSet([
    "he", "she", "they", "him", "her", "them", "his", "their", "who", "whom",
  ])

  /// Whether `m` can name a source at all: not a transcript's `Q` or `A`, not a question
  /// (`Does Ada`), a number, a lone function word (`those`, `One`) or a place after a preposition
  /// (`in Tulsa`).
  func isSource(_ m: SpeakerMention) -> Bool {
    let span = m.span
    guard span.start < span.end, span.end <= text.count else { return false }
    var firstEnd = span.start
    while firstEnd < span.end && QuoteTokenizer.isWordScalar(text[firstEnd]) { firstEnd += 1 }
    let first = WordHash(text, span.start..<firstEnd)
    let v = text[span.start].value
    if v >= 0x30 && v <= 0x39 { return false }
    if m.form == .pronoun { return true }
    if Self.questionWords.contains(first) && QuoteTokenizer.isUpper(text[span.start]) { return false }
    // A name or noun phrase standing on a lower-case pronoun (`over her remark`, `who said`,
    // `what he thinks`) is its antecedent's.
    let standsOnPronoun =
      m.form != .pronoun && !QuoteTokenizer.isUpper(text[span.start]) && Self.standInPronouns.contains(first)
    if firstEnd >= span.end && Self.functionWords.contains(first) && !standsOnPronoun { return false }
    if m.form == .nominal, let head = m.title, Self.quantityHeads.contains(WordHash(head)) { return false }
    if m.form == .nominal && !Self.isNounPhrase(m.name) { return false }
    if m.form == .name && !standsOnPronoun {
      if m.nameWords.count == 1 && span.end - span.start == 1 { return false }
      if isDateline(span) || isSubhead(span) { return false }
      if m.nameWords.count == 1 && SpeakerLexicon.editorialLabels.contains(WordHash(value: m.nameWords[0]))
        && (span.start..<span.end).allSatisfy({
          !QuoteTokenizer.isWordScalar(text[$0]) || QuoteTokenizer.isUpper(text[$0])
        })
      {
        return false  // `CLARIFICATION:`, where `Photos showed …` names the photos
      }
      // The word before: a place preposition makes the name a place.
      if let (before, upper) = wordBefore(span.start), !m.isOrganization,
        Self.placePrepositions.contains(before) || (!upper && Self.objectPrepositions.contains(before))
      {
        return false
      }
    }
    return true
  }

  /// Where the line holding offset `offset` starts, when only spaces (and with `overCapitals`,
  /// capital letters) stand between the two; `nil` when anything else does.
  func lineStart(before offset: Int, overCapitals: Bool) -> Int? {
    var b = offset - 1
    while b >= 0
      && (text[b] == " " || text[b] == "\u{A0}" || (overCapitals && QuoteTokenizer.isUpper(text[b])))
    {
      b -= 1
    }
    return b < 0 || text[b] == "\n" ? b + 1 : nil
  }

  /// Whether `span` is a dateline: capitals only, opening its line, and followed by a comma, a
  /// dash or a parenthesis (`SALEM, Ore. (AP) — …`, `DOVER — …`).
  func isDateline(_ span: TextSpan) -> Bool {
    guard lineStart(before: span.start, overCapitals: false) != nil else { return false }
    var letters = 0
    for i in span.start..<span.end {
      let c = text[i]
      if QuoteTokenizer.isUpper(c) {
        letters += 1
      } else if QuoteTokenizer.isWordScalar(c) {
        return false
      }
    }
    guard letters >= 2 else { return false }
    var a = span.end
    while a < text.count && text[a] == " " { a += 1 }
    guard a < text.count else { return false }
    return [",", "(", "\u{2014}", "\u{2013}", "-"].contains(text[a])
  }

  /// Whether `span` opens its line (perhaps after more capitals) with a subhead's lead-in: two
  /// words or more in capitals, one of six letters or more, then in the name a word in lower case
  /// (`THE BORROWING Back`, `SAVE A QUARTER Let`). An outlet in capitals (`HARBORWATCH Ohio`)
  /// is one word, acronyms in names (`NASA Administrator`) are shorter.
  func isSubhead(_ span: TextSpan) -> Bool {
    // Over capitals too: `THE BORROWING Back` may be named from its second word.
    guard let start = lineStart(before: span.start, overCapitals: true) else { return false }
    var capitals = 0
    var capitalWords = 0
    var longCapitals = false
    var lower = false
    var inWordWithLower = false
    for i in start...span.end {
      let c = i < span.end ? text[i] : " "
      if QuoteTokenizer.isUpper(c) {
        capitals += 1
      } else if QuoteTokenizer.isWordScalar(c) {
        inWordWithLower = true
        if i >= span.start { lower = true }
      } else {
        if capitals > 0 && !inWordWithLower {
          capitalWords += 1
          longCapitals = longCapitals || capitals >= 6
        }
        capitals = 0
        inWordWithLower = false
      }
    }
    return longCapitals && capitalWords >= 2 && lower
  }

  /// Words that open a clause or a phrase of its own, never a noun phrase that speaks: `though
  /// people`, `to the voters`.
  static let clauseOpeners = WordSet([
    "though", "although", "because", "if", "unless", "whether", "while", "when", "since", "and", "but",
    "or", "nor", "so", "yet", "to", "in", "on", "at", "for", "with", "from", "by", "of", "about",
    "into", "than", "as", "not", "no", "there", "here", "it", "i", "we", "you", "he", "she", "they",
    "why", "how", "what", "whether", "where",
  ])
  /// Verbs that make a clause of the words around them: `the council will vote to`, `a reporter
  /// can be heard`.
  static let clauseVerbs = WordSet([
    "is", "was", "are", "were", "be", "been", "being", "has", "had", "have", "having", "do", "does",
    "did", "will", "would", "can", "could", "shall", "should", "may", "might", "must", "isn't",
    "wasn't", "aren't", "don't", "doesn't", "didn't", "won't", "wouldn't", "can't", "couldn't",
  ])
  /// Heads of nominal mentions that can speak: people (WordNet's person nouns), groups,
  /// organizations and documents.
  static let speakingHeads = WordSet(
    union: [
      SpeakerLexicon.nominalHeads, SpeakerLexicon.organizationWords, SpeakerLexicon.personNounSet,
      SpeakerLexicon.roleTitleSet, documentHeads, groupNames,
    ])

  /// Whether `word` (lower-cased by its hash) or its singular is a head that can speak:
  /// `officials`, `mourners`, `spokeswomen`.
  static func isSpeakingHead(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
    if speakingHeads.contains(WordHash(text, range)) { return true }
    let n = range.count
    guard n > 3, text[range.upperBound - 1] == "s" else {
      // `spokeswomen`, `chairmen`: the singular in -man.
      if n > 4 && text[range.upperBound - 1] == "n" && text[range.upperBound - 2] == "e"
        && text[range.upperBound - 3] == "m"
      {
        var h = WordHash(text, range.lowerBound..<(range.upperBound - 2)).value
        h = WordHash.mix(h, "a")
        return speakingHeads.contains(WordHash(value: WordHash.mix(h, "n")))
      }
      return false
    }
    if speakingHeads.contains(WordHash(text, range.lowerBound..<(range.upperBound - 1))) { return true }
    if text[range.upperBound - 2] == "e" {
      if text[range.upperBound - 3] == "i" {
        // `authorities` is `authority`.
        let h = WordHash(text, range.lowerBound..<(range.upperBound - 3)).value
        if speakingHeads.contains(WordHash(value: WordHash.mix(h, "y"))) { return true }
      }
      return speakingHeads.contains(WordHash(text, range.lowerBound..<(range.upperBound - 2)))
    }
    return false
  }

  /// Words after which a noun phrase's head has been named: prepositions and relatives
  /// (`officials in the city`, `a person who was there`).
  static let postmodifiers = WordSet([
    "of", "for", "to", "in", "on", "at", "with", "from", "by", "about", "near", "close", "who", "that",
    "which", "whose", "where", "when", "since", "after", "before", "during", "under", "over", "than",
  ])
  /// Nouns for bodies of people that speak together: `the crowd chanted`.
  static let groupHeads = WordSet([
    "crowd", "crowds", "audience", "audiences", "public", "electorate", "panel", "jury", "delegation",
    "family", "families", "couple", "community", "communities", "crew",
  ])
  /// Nouns for companies that the organization words lack: `the airline said`.
  static let companyHeads = WordSet(["airline", "airlines", "carrier", "carriers", "retailer", "insurer"])

  static let thisWord = WordHash("this")
  /// What an article calls itself: `this story`, `this article`.
  static let selfReferences = WordSet(["story", "article", "piece", "post", "column"])

  /// Whether the common noun phrase `name` can name a source: it does not open with a
  /// conjunction, preposition or ing-form (`though people`, `seeking to`), holds no auxiliary that
  /// makes it a clause (`the council will vote to`, also after a relative: `those who were`), and before its first preposition or
  /// relative it holds a noun for a person, group, organization or document (`officials familiar
  /// with the talks`), ends with a capitalized name (`the Tulsa Herald`) or an age (`the
  /// 46-year-old`): not an adjective (`a harbor-friendly`), function words (`some of the`) or a
  /// thing (`the rest`).
  static func isNounPhrase(_ name: String) -> Bool {
    let text = [Unicode.Scalar](scalarsOf: name)
    // Each word's hash is taken as the word is found: the tests below ask for it several times.
    var words: [Range<Int>] = []
    var hashes: [UInt64] = []
    words.reserveCapacity(8)
    hashes.reserveCapacity(8)
    var k = 0
    while k < text.count {
      guard QuoteTokenizer.isWordScalar(text[k]) else {
        // Punctuation other than a space ends the phrase: `exit polls (a wide margin`.
        if text[k] != " " && text[k] != "\u{A0}" && text[k] != "\n" && !words.isEmpty { break }
        k += 1
        continue
      }
      var e = k + 1
      var h = WordHash.mix(WordHash.seed, text[k])
      while e < text.count
        && (QuoteTokenizer.isWordScalar(text[e])
          || ((text[e] == "-" || text[e] == "'" || text[e] == "\u{2019}") && e + 1 < text.count
            && QuoteTokenizer.isWordScalar(text[e + 1])))
      {
        h = WordHash.mix(h, text[e])
        e += 1
      }
      words.append(k..<e)
      hashes.append(h)
      k = e
    }
    guard let first = words.first else { return false }
    // The article itself (`this story said`, in a correction) is no source of its own.
    if words.count == 2 && WordHash(value: hashes[0]) == thisWord
      && selfReferences.contains(WordHash(value: hashes[1]))
    {
      return false
    }
    let firstUpper = QuoteTokenizer.isUpper(text[first.lowerBound])
    if !firstUpper && clauseOpeners.contains(WordHash(value: hashes[0])) { return false }
    // An ing-form opens a clause (`seeking to`), unless it is an adjective of roles (`acting`).
    if words.count > 1, !firstUpper, first.count > 4, text[first.upperBound - 1] == "g",
      text[first.upperBound - 2] == "n", text[first.upperBound - 3] == "i",
      !SpeakerLexicon.roleAdjectiveSet.contains(WordHash(value: hashes[0]))
    {
      return false
    }
    for h in hashes where clauseVerbs.contains(WordHash(value: h)) { return false }
    // A phrase that ends in a function word was cut off inside the next one (`a source for his`).
    let end = WordHash(value: hashes[hashes.count - 1])
    if words.count > 1
      && (functionWords.contains(end) || postmodifiers.contains(end) || clauseOpeners.contains(end)
        || SpeakerLexicon.determiners.contains(end))
    {
      return false
    }
    // The head's part ends at the first preposition or relative; `of` after a quantifier does not
    // end it (`some of the officials`).
    var zone = words.count
    for i in 1..<words.count
    where postmodifiers.contains(WordHash(value: hashes[i]))
      && !functionWords.contains(WordHash(value: hashes[i - 1]))
    {
      zone = i
      break
    }
    var last = first
    for i in 0..<zone {
      let w = words[i]
      let hash = WordHash(value: hashes[i])
      last = w
      if QuoteTokenizer.isUpper(text[w.lowerBound]) || functionWords.contains(hash) { continue }
      let u = w.upperBound
      if w.count > 4 && text[u - 4] == "-" && text[u - 3] == "o" && text[u - 2] == "l" && text[u - 1] == "d" {
        return true
      }
      if groupHeads.contains(hash) || companyHeads.contains(hash) || isSpeakingHead(text, w) { return true }
    }
    let possessive =
      last.count > 2 && (text[last.upperBound - 1] == "s" || text[last.upperBound - 1] == "S")
      && (text[last.upperBound - 2] == "'" || text[last.upperBound - 2] == "\u{2019}")
    if QuoteTokenizer.isUpper(text[last.lowerBound]) && !possessive && words.count > 1 { return true }
    // A one-word capitalized nominal at a sentence start: `Officials said`.
    return words.count == 1 && isSpeakingHead(text, first)
  }

  /// The kind of a new speaker first named by `m`: groups, unnamed people and documents apart
  /// from the person or organization the mention's form suggests.
  static func kind(of m: SpeakerMention, given kind: Speaker.Kind) -> Speaker.Kind {
    switch m.form {
    case .nominal:
      let head = WordHash(m.title ?? "")
      if documentHeads.contains(head) { return .document }
      if kind == .organization || m.isOrganization || companyHeads.contains(head) { return .organization }
      if groupHeads.contains(head) { return .group }
      let title = m.title ?? ""
      let plural = m.isPlural || (title.hasSuffix("s") && !title.hasSuffix("ss") && title != "news")
      return plural || title == "people" || title == "staff" ? .group : .unnamed
    case .name:
      if m.nameWords.count == 1 && documentHeads.contains(WordHash(value: m.nameWords[0])) {
        return .document  // a label such as the headline's `Poll:`
      }
      if kind != .document, let last = m.nameWords.last, groupNames.contains(WordHash(value: last)),
        m.nameWords.count == 1 || m.name.hasSuffix("s")
      {
        return .group  // `Democrats`, `House Republicans`
      }
      if kind == .person && SpeakerLexicon.isPlace(m.name) { return .organization }
      if kind == .person && m.nameWords.count == 1
        && SpeakerLexicon.isPlaceName(WordHash(value: m.nameWords[0]))
      {
        return .organization  // `Berlin backed off`: a city for its government
      }
      if kind == .person && m.nameWords.count == 1
        && SpeakerLexicon.oneWordOrganizations.contains(WordHash(value: m.nameWords[0]))
      {
        return .organization  // `Politifact rated it false`
      }
      if m.nameWords.count >= 2, let last = m.nameWords.last, pollHeads.contains(WordHash(value: last)) {
        return .document  // `Harbor Consult Poll`
      }
      if kind == .person, m.nameWords.count == 2,
        QuoteScanner.general.contains(WordHash(value: m.nameWords[0])),
        QuoteScanner.bodiesAfterGeneral.contains(WordHash(value: m.nameWords[1]))
      {
        return .organization  // `General Mills`
      }
      if kind == .person, m.nameWords.count >= 2, let last = m.nameWords.last {
        let word = WordHash(value: last)
        if organizationEnds.contains(word) { return .organization }  // `Tulsa Daily News`, `Lee Tower`
        if partyMembers.contains(word), let space = m.name.lastIndex(of: " "),
          SpeakerLexicon.isPlace(String(m.name[..<space]))
        {
          return .unnamed  // `the Ohio Republican`: a person not named
        }
      }
      if kind == .person && m.nameWords.count == 1 && isInnerCapitalized(m.name) { return .organization }
      if kind == .person && m.nameWords.count == 1 && isPeoplePlural(m.name) { return .group }
      if kind == .person && !m.isLabel && isAcronym(m.name) { return .organization }  // `HP`, `F.A.A.`
      return kind
    case .pronoun:
      return kind
    }
  }

  /// Last words of names that make them organizations: outlets, buildings and bodies (`Tulsa
  /// Daily News`, `Lee Tower`, `Harbor Institute`), not a person's surname.
  static let organizationEnds = WordSet([
    "news", "times", "daily", "post", "journal", "tribune", "herald", "gazette", "magazine", "network",
    "review", "weekly", "radio", "tv", "channel", "press", "wire", "report", "guide", "show", "plaza",
    "tower", "state", "institute", "center", "foundation", "committee", "party", "campaign", "group",
    "inc", "corp", "university", "college", "services", "service", "agency", "administration",
    "department", "bureau", "commission", "council", "association", "office", "legion", "league",
  ])
  /// Last words of names that make them polls: documents.
  static let pollHeads = WordSet(["poll", "polls", "survey"])
  /// A member of a party, after a place (`the Ohio Republican`).
  static let partyMembers = WordSet(["republican", "democrat"])
  /// Prefixes of surnames written with a capital inside (`McLee`, `DeReyes`, `O’Lee`).
  static let innerCapitalPrefixes = WordSet([
    "mc", "mac", "de", "di", "da", "du", "la", "le", "van", "von", "o", "st", "fitz",
  ])

  /// Whether the one word `name` has a capital after a lower-case letter (`HarborFeed`,
  /// `TheTulsaWire`), a brand's or an outlet's name, unless a surname's prefix comes before it
  /// (`McLee`, `DeReyes`).
  static func isInnerCapitalized(_ name: String) -> Bool {
    let scalars = [Unicode.Scalar](scalarsOf: name)
    var k = 1
    while k < scalars.count {
      if QuoteTokenizer.isUpper(scalars[k]) && scalars[k - 1].properties.isLowercase {
        var prefix = WordHash.seed
        for s in scalars[0..<k] where QuoteTokenizer.isWordScalar(s) { prefix = WordHash.mix(prefix, s) }
        return !innerCapitalPrefixes.contains(WordHash(value: prefix))
      }
      k += 1
    }
    return false
  }

  /// Whether `name` is one acronym, two to six capitals with or without periods (`HP`, `NATO`,
  /// `F.A.A.`, `NAACP's`): an organization, never a person's name.
  static func isAcronym(_ name: String) -> Bool {
    var capitals = 0
    for (i, scalar) in name.unicodeScalars.enumerated() {
      if scalar.value >= 0x41 && scalar.value <= 0x5A {
        capitals += 1
      } else if scalar == "." {
        continue
      } else if (scalar == "'" || scalar == "\u{2019}") && i > 0 {
        break  // a possessive ends it
      } else {
        return false
      }
    }
    return capitals >= 2 && capitals <= 6
  }

  /// Whether the one word `name` is a plural for people, capitalized where a sentence starts or as
  /// a people's name: a plural of a noun for people (`Mourners`), of a demonym in -an
  /// (`Peruvians`, `Ohioans`, `Iowans`) or of another nationality (`Saudis`).
  static func isPeoplePlural(_ name: String) -> Bool {
    let scalars = [Unicode.Scalar](scalarsOf: name)
    let n = scalars.count
    guard n > 3, scalars[n - 1] == "s", scalars[n - 2] != "s" else { return false }
    if n >= 6 && scalars[n - 2] == "n" && scalars[n - 3] == "a" { return true }
    let singular = WordHash(scalars, 0..<(n - 1))
    return SpeakerLexicon.personNounSet.contains(singular) || SpeakerLexicon.demonyms.contains(singular)
  }

  /// Abbreviated titles written out, for roles taken from a title (`Sen.` gives `senator`).
  static let abbreviations: [Substring: String] = [
    "sen": "senator", "gov": "governor", "rep": "representative", "gen": "general", "prof": "professor",
    "sec": "secretary", "adm": "admiral", "col": "colonel", "lt": "lieutenant", "capt": "captain",
  ]

  /// `title` with its abbreviated words written out.
  static func spelledOut(_ title: String) -> String {
    title.split(separator: " ").map { abbreviations[$0] ?? String($0) }.joined(separator: " ")
  }

  /// Renames entity `e` to `words`, keeping the index by words in step.
  mutating func setWords(_ e: Int, _ words: [UInt64]) {
    entitiesByWords[entities[e].words]?.removeAll { $0 == e }
    entities[e].words = words
    var list = entitiesByWords[words, default: []]
    list.insert(e, at: list.firstIndex { $0 > e } ?? list.count)
    entitiesByWords[words] = list
  }

  mutating func touch(_ e: Int, _ m: SpeakerMention) -> Int {
    // Lengths in UTF-8 bytes: constant time, where `count` walks every character.
    if let role = m.role, role.utf8.count > (entities[e].role?.utf8.count ?? 0), SpeakerLexicon.isRole(role) {
      entities[e].role = role
    }
    if m.form == .name, let t = m.title, !entities[e].titles.contains(t) { entities[e].titles.append(t) }
    if m.gender != .unknown && entities[e].gender == .unknown { entities[e].gender = m.gender }
    entities[e].lastOffset = max(entities[e].lastOffset, m.span.start)
    if let k = recent.lastIndex(of: e) { recent.remove(at: k) }
    recent.append(e)
    return e
  }

  /// Whether `name` already ends with `role` (`The senator`, `senator`): a role that would only
  /// repeat the name is not shown.
  static func repeats(_ name: String, _ role: String) -> Bool {
    if let plain = plainRepeats(name, role) { return plain }
    return name.count > role.count
      ? name.lowercased().hasSuffix(" " + role.lowercased()) : name.lowercased() == role.lowercased()
  }

  /// ``repeats(_:_:)`` over the UTF-8 of two ASCII strings with no carriage return (where a
  /// character is a byte and lower-casing folds A–Z), with no string made; `nil` for others.
  static func plainRepeats(_ name: String, _ role: String) -> Bool? {
    var name = name
    var role = role
    return name.withUTF8 { n in
      role.withUTF8 { r -> Bool? in
        guard !n.contains(where: { $0 >= 0x80 || $0 == 0x0D }),
          !r.contains(where: { $0 >= 0x80 || $0 == 0x0D })
        else { return nil }
        @inline(__always) func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b + 0x20 : b }
        let offset: Int
        if n.count > r.count {
          offset = n.count - r.count
          guard n[offset - 1] == 0x20 else { return false }
        } else {
          guard n.count == r.count else { return false }
          offset = 0
        }
        for j in 0..<r.count where lower(n[offset + j]) != lower(r[j]) { return false }
        return true
      }
    }
  }

  /// The role entity `e`'s first title that names a role gives, spelled out (`Sen.`: senator).
  func titleRole(_ e: Int) -> String? {
    entities[e].titles.first(where: Self.endsWithRoleTitle).map(Self.spelledOut)
  }

  /// The index in ``speakers`` of entity `e`, adding the speaker on its first quote.
  mutating func speaker(for e: Int) -> Int {
    if let s = entities[e].speakerIndex {
      // A role the speaker already shows is not judged again (`repeats` lower-cases both). A
      // title met after the first quote gives a role too: `“…,” Ann Lee said.` and later
      // `President Ann Lee …`.
      if let role = entities[e].role ?? (speakers[s].role == nil ? titleRole(e) : nil),
        speakers[s].role != role, !Self.repeats(entities[e].name, role)
      {
        speakers[s].role = role
      }
      return s
    }
    let ent = entities[e]
    let role = ent.role ?? titleRole(e)
    speakers.append(
      Speaker(name: ent.name, role: role.flatMap { Self.repeats(ent.name, $0) ? nil : $0 }, kind: ent.kind))
    entities[e].speakerIndex = speakers.count - 1
    return speakers.count - 1
  }
}
