/// Resolves speaker mentions to speakers: full names for surnames, pronouns to the most recent
/// fitting speaker, nominal references through roles and titles; drops the article's authors.
struct SpeakerResolver {
  /// A speaker being built.
  struct Entity {
    var name: String
    var words: [UInt64]
    var role: String?
    var titles: [String]
    var kind: Speaker.Kind
    var gender: SpeakerMention.Gender
    var isPlural: Bool
    var lastOffset = -1
    var speakerIndex: Int?
  }

  /// Names seen in the body (with a title or two words or more), in text order.
  let names: [SpeakerMention]
  /// The article's authors, lower-cased words of each.
  let authors: [[UInt64]]
  /// The article text, to spell names found before any quote.
  let text: [Unicode.Scalar]
  var entities: [Entity] = []
  var speakers: [Speaker] = []
  /// Entity indices in order of their latest quote.
  var recent: [Int] = []

  /// A resolver for one article.
  init(names: [SpeakerMention], authors: [String], text: [Unicode.Scalar]) {
    self.names = names
    self.text = text
    self.authors = authors.map { $0.split(separator: " ").map { WordHash(String($0)).value } }
  }

  func isAuthor(_ words: [UInt64]) -> Bool {
    guard !words.isEmpty else { return false }
    for author in authors where !author.isEmpty {
      if author == words || (words.count == 1 && author.contains(words[0])) { return true }
    }
    return false
  }

  /// The latest name mention before `offset` that holds `word`.
  func introducedName(with word: UInt64, before offset: Int) -> SpeakerMention? {
    var lo = 0
    var hi = names.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if names[mid].span.start < offset { lo = mid + 1 } else { hi = mid }
    }
    var k = lo - 1
    while k >= 0 {
      let m = names[k]
      if m.nameWords.count >= 2 && m.nameWords.contains(word) && !m.isOrganization { return m }
      k -= 1
    }
    return nil
  }

  /// The entity index for `mention` at a quote, creating the entity when new; `nil` when the
  /// mention names nobody the article introduces (or an author).
  mutating func resolve(_ m: SpeakerMention) -> Int? {
    switch m.form {
    case .name:
      if isAuthor(m.nameWords) { return nil }
      if m.isOrganization {
        if let e = entities.firstIndex(where: { $0.name == m.name }) { return touch(e, m) }
        return create(m, kind: .organization)
      }
      if let e = entities.lastIndex(where: { $0.words == m.nameWords }) { return touch(e, m) }
      if m.nameWords.count == 1 {
        let w = m.nameWords[0]
        if let e = recent.reversed().first(where: {
          entities[$0].kind == .person && entities[$0].words.count >= 2 && entities[$0].words.contains(w)
        }) {
          return touch(e, m)
        }
        if let full = introducedName(with: w, before: m.span.start) {
          if isAuthor(full.nameWords) { return nil }
          if let e = entities.firstIndex(where: { $0.words == full.nameWords }) { return touch(e, m) }
          var mm = full
          mm.role = m.role ?? full.role
          if mm.title == nil { mm.title = m.title }
          return create(mm, kind: .person)
        }
      } else {
        // A fuller name for a speaker first met by one word.
        if let e = entities.firstIndex(where: {
          $0.words.count == 1 && m.nameWords.contains($0.words[0]) && $0.kind == .person
        }) {
          entities[e].name = m.name.isEmpty ? entities[e].name : m.name
          entities[e].words = m.nameWords
          if let s = entities[e].speakerIndex { speakers[s].name = m.name }
          return touch(e, m)
        }
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
      var k = names.count - 1
      while k >= 0 && names[k].span.start >= m.span.start { k -= 1 }
      if k >= 0 {
        let n = names[k]
        if n.span.start > lastSpeakerOffset && lastSpeakerOffset >= 0 && n.startsClause && !n.isOrganization
          && n.nameWords.count <= 3 && !isAuthor(n.nameWords) && m.span.start - n.span.start < 400
        {
          if let e = entities.firstIndex(where: { $0.words == n.nameWords }) { return touch(e, m) }
          var mm = n
          mm.gender = m.gender
          return create(mm, kind: .person)
        }
      }
      for e in recent.reversed() where entities[e].kind == .person && !entities[e].isPlural {
        if entities[e].gender == .unknown || entities[e].gender == m.gender {
          entities[e].gender = m.gender
          return touch(e, m)
        }
      }
      // Nobody quoted yet: the latest person named before.
      k = names.count - 1
      while k >= 0 {
        let n = names[k]
        if n.span.start < m.span.start && !n.isOrganization && (n.startsClause || n.title != nil)
          && n.nameWords.count <= 4
          && !isAuthor(n.nameWords)
        {
          if let e = entities.firstIndex(where: { $0.words == n.nameWords }) { return touch(e, m) }
          var mm = n
          mm.gender = m.gender
          return create(mm, kind: .person)
        }
        k -= 1
      }
      return nil
    case .nominal:
      let head = m.title ?? ""
      let determiner = m.name.lowercased().split(separator: " ").first.map(String.init) ?? ""
      if determiner == "the" && !m.isPlural && !head.isEmpty && m.name.split(separator: " ").count <= 3 {
        // `the president` names someone already introduced with that title or role.
        for e in recent.reversed() {
          let ent = entities[e]
          if ent.titles.contains(where: { $0.contains(head) })
            || (ent.role?.lowercased().contains(head) ?? false)
          {
            return touch(e, m)
          }
        }
        var k = names.count - 1
        while k >= 0 {
          let n = names[k]
          if n.span.start < m.span.start, let t = n.title, t.contains(head), !isAuthor(n.nameWords) {
            if let e = entities.firstIndex(where: { $0.words == n.nameWords }) { return touch(e, m) }
            return create(n, kind: n.isOrganization ? .organization : .person)
          }
          k -= 1
        }
      }
      let key = WordHash(m.name).value
      if let e = entities.firstIndex(where: { $0.words == [key] }) { return touch(e, m) }
      var mm = m
      mm.nameWords = [key]
      return create(mm, kind: m.isOrganization ? .organization : .person)
    }
  }

  mutating func create(_ m0: SpeakerMention, kind: Speaker.Kind) -> Int {
    var m = m0
    if m.name.isEmpty, let span = m.nameSpan {
      m.name = String(scalars: text[span.start..<span.end])
    }
    var titles: [String] = []
    if let t = m.title { titles.append(t) }
    entities.append(
      Entity(
        name: m.name, words: m.nameWords, role: m.role, titles: titles, kind: kind, gender: m.gender,
        isPlural: m.isPlural))
    entities[entities.count - 1].lastOffset = m.span.start
    recent.append(entities.count - 1)
    return entities.count - 1
  }

  mutating func touch(_ e: Int, _ m: SpeakerMention) -> Int {
    if let role = m.role, role.count > (entities[e].role?.count ?? 0) { entities[e].role = role }
    if m.form == .name, let t = m.title, !entities[e].titles.contains(t) { entities[e].titles.append(t) }
    if m.gender != .unknown && entities[e].gender == .unknown { entities[e].gender = m.gender }
    entities[e].lastOffset = max(entities[e].lastOffset, m.span.start)
    if let k = recent.lastIndex(of: e) { recent.remove(at: k) }
    recent.append(e)
    return e
  }

  /// The index in ``speakers`` of entity `e`, adding the speaker on its first quote.
  mutating func speaker(for e: Int) -> Int {
    if let s = entities[e].speakerIndex {
      if let role = entities[e].role { speakers[s].role = role }
      return s
    }
    let ent = entities[e]
    let role =
      ent.role
      ?? ent.titles.first(where: { t in SpeakerLexicon.roleTitles.contains(where: { t.hasSuffix($0) }) })
    speakers.append(Speaker(name: ent.name, role: role, kind: ent.kind))
    entities[e].speakerIndex = speakers.count - 1
    return speakers.count - 1
  }
}
