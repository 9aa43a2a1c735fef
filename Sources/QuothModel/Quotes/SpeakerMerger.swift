import Foundation

/// Merges the speakers of many articles into one list, by name.
///
/// Each article's analysis already resolves short mentions to the name it introduced in full
/// ("Xi" after "President Xi Jinping" is "Xi Jinping"), so merging only compares those full names:
/// titles before a person's name are dropped ("President Xi Jinping" = "Xi Jinping"), a leading
/// "the" is dropped from organizations, as are a person's middle initials ("Donald J. Trump"), and
/// case and diacritics are folded. Nothing is guessed
/// beyond that: an article that only ever says "Xi" keeps a speaker "Xi", and two people who share
/// a surname ("Hillary Clinton", "Bill Clinton") stay apart.
public enum SpeakerMerger {
  /// One speaker of one article, as the merger takes it.
  public struct Occurrence: Sendable, Hashable {
    /// The article the speaker was quoted in (any identifier: a path, a database id).
    public var article: String
    /// The speaker, with that article's quote counts.
    public var speaker: Speaker

    /// Creates an occurrence.
    public init(article: String, speaker: Speaker) {
      self.article = article
      self.speaker = speaker
    }
  }

  /// Words taken as titles when they come before a person's name (lower case, no final period).
  public static let titles: Set<String> = [
    "president", "vice", "prime", "minister", "premier", "chancellor", "secretary", "general",
    "senator", "sen", "rep", "representative", "congressman", "congresswoman", "governor", "gov",
    "mayor", "judge", "justice", "chief", "ambassador", "mr", "mrs", "ms", "miss", "dr", "prof",
    "professor", "sir", "dame", "lord", "king", "queen", "prince", "princess", "gen", "col",
    "colonel", "lt", "capt", "captain", "adm", "admiral", "sgt", "rev", "reverend", "father", "pope",
    "speaker", "leader", "chairman", "chairwoman", "chair", "commissioner", "deputy", "foreign",
    "state", "former", "acting", "candidate", "democratic", "republican", "gop", "sheriff", "attorney",
    "detective", "officer", "spokesman", "spokeswoman", "spokesperson", "director", "ceo", "founder",
    "mp", "us", "u.s",
  ]

  /// The key under which `name` is merged: titles (for people) or a leading "the" (for
  /// organizations) dropped, punctuation around words removed, case and diacritics folded.
  ///
  /// A name made only of title words keeps them ("President" stays "president"), so it is never
  /// merged into an empty key.
  /// - Complexity: O(n) in the length of the name.
  public static func key(for name: String, kind: Speaker.Kind = .person) -> String {
    var words = fold(name).split(whereSeparator: { $0.isWhitespace }).map {
      String($0).trimmingCharacters(in: trimmed)
    }.filter { !$0.isEmpty }
    // Possessives and joined forms are not part of the name.
    if let last = words.last, last.hasSuffix("'s") || last.hasSuffix("’s") {
      words[words.count - 1] = String(last.dropLast(2))
    }
    var start = 0
    if kind != .person {
      if words.count > 1 && words[0] == "the" { start = 1 }
    } else {
      // A place or office before a title goes with it ("Texas Sen. Ted Cruz", "New York City
      // Mayor Rudy Giuliani"): drop the words up to the last title among the first four.
      for k in stride(from: min(3, words.count - 2), through: 1, by: -1) {
        let word = words[k].hasSuffix(".") ? String(words[k].dropLast()) : words[k]
        if titles.contains(word) && word != "state" && word != "us" && word != "u.s" {
          start = k + 1
          break
        }
      }
      // Drop leading titles, and "of X" after one ("Secretary of State John Kerry"); keep at
      // least one word.
      while start < words.count - 1 {
        let word = words[start].hasSuffix(".") ? String(words[start].dropLast()) : words[start]
        if titles.contains(word) || word == "the" {
          start += 1
        } else if word == "of" && start > 0 && start < words.count - 2 {
          start += 2
        } else {
          break
        }
      }
    }
    var kept = words[min(start, words.count)...].map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }
    // Middle initials do not tell people apart in news text ("Donald J. Trump").
    if kind == .person && kept.count > 2 {
      kept = [kept[0]] + kept[1..<(kept.count - 1)].filter { $0.count > 1 } + [kept[kept.count - 1]]
    }
    return kept.joined(separator: " ")
  }

  /// Merges the speakers of many articles: one ``MergedSpeaker`` per key, in no particular order
  /// (see ``MergedSpeaker/sorted(_:by:)``).
  ///
  /// Speakers with no quote are left out. The shown name is the one most occurrences use (ties:
  /// the shortest, then the first seen); the kind is the one most occurrences give.
  /// - Complexity: O(n) in the number of occurrences, plus sorting each speaker's names.
  public static func merge(_ occurrences: [Occurrence]) -> [MergedSpeaker] {
    struct Group {
      var names: [String: (count: Int, first: Int)] = [:]
      var roles: [String] = []
      var roleSet: Set<String> = []
      var kinds: [Speaker.Kind: Int] = [:]
      /// Whether a name was written with `Mr.` (male) or `Mrs.`, `Ms.`, `Miss` (female).
      var male = false
      var female = false
      var articles: Set<String> = []
      var quotes = 0
    }
    var groups: [String: Group] = [:]
    var order: [String] = []
    for (index, occurrence) in occurrences.enumerated() {
      let speaker = occurrence.speaker
      guard speaker.total > 0 else { continue }
      let key = key(for: speaker.name, kind: speaker.kind)
      if groups[key] == nil { order.append(key) }
      func add(to group: inout Group) {
        let seen = group.names[speaker.name]
        group.names[speaker.name] = ((seen?.count ?? 0) + 1, seen?.first ?? index)
        if let role = speaker.role?.trimmingCharacters(in: .whitespacesAndNewlines), !role.isEmpty,
          group.roleSet.insert(role.lowercased()).inserted
        {
          group.roles.append(role)
        }
        group.kinds[speaker.kind, default: 0] += 1
        let first = fold(speaker.name).split(separator: " ").first.map {
          $0.trimmingCharacters(in: .punctuationCharacters)
        }
        if first == "mr" { group.male = true }
        if first == "mrs" || first == "ms" || first == "miss" { group.female = true }
        group.articles.insert(occurrence.article)
        group.quotes += speaker.total
      }
      add(to: &groups[key, default: Group()])
    }
    // Joins within people: "Hillary Rodham Clinton" into "Hillary Clinton", then a bare surname
    // ("Obama") into the one full name that ends with it; never when two full names share the
    // surname as peers, or when `Mr.`/`Ms.` meets a name not written with that title.
    func isPerson(_ group: Group) -> Bool {
      (group.kinds[.person] ?? 0) >= group.kinds.values.max() ?? 0
    }
    var into: [String: String] = [:]
    var byLast: [String: Set<String>] = [:]
    for key in order where isPerson(groups[key]!) {
      let words = key.split(separator: " ")
      guard words.count >= 2 else { continue }
      if words.count >= 3 {
        let short = "\(words[0]) \(words[words.count - 1])"
        if let target = groups[short], isPerson(target) {
          into[key] = short
          continue
        }
      }
      byLast[String(words[words.count - 1]), default: []].insert(key)
    }
    for key in order where !key.contains(" ") && isPerson(groups[key]!) {
      // One full name, or one that has three times the quotes of all the others together
      // ("Trump" in a library of campaign news is Donald Trump, not Ivanka Trump).
      guard let candidates = byLast[key]?.sorted(by: { groups[$0]!.quotes > groups[$1]!.quotes }),
        let target = candidates.first,
        groups[target]!.quotes >= 3 * candidates.dropFirst().reduce(0, { $0 + groups[$1]!.quotes })
      else { continue }
      let (a, b) = (groups[key]!, groups[target]!)
      // `Mr. Khan` or `Ms. Khan` joins only a full name written with the same kind of title: the
      // title tells a gender that a first name alone does not tell the merger.
      if (a.male && !b.male) || (a.female && !b.female) { continue }
      into[key] = target
    }
    for (from, to) in into {
      let source = groups.removeValue(forKey: from)!
      var group = groups[to]!
      for (name, seen) in source.names {
        let old = group.names[name]
        group.names[name] = ((old?.count ?? 0) + seen.count, min(old?.first ?? seen.first, seen.first))
      }
      for role in source.roles where group.roleSet.insert(role.lowercased()).inserted {
        group.roles.append(role)
      }
      for (kind, count) in source.kinds { group.kinds[kind, default: 0] += count }
      group.male = group.male || source.male
      group.female = group.female || source.female
      group.articles.formUnion(source.articles)
      group.quotes += source.quotes
      groups[to] = group
    }
    order.removeAll { into[$0] != nil }
    return order.map { key in
      let group = groups[key]!
      // The shown name is one of the group's own key (a full name, not a joined surname).
      let kind = Speaker.Kind.allCases.reduce(Speaker.Kind.person) {
        (group.kinds[$1] ?? 0) > (group.kinds[$0] ?? 0) ? $1 : $0
      }
      let own = group.names.filter { Self.key(for: $0.key, kind: kind) == key }
      // A name written as the key (`Chris Christie`) before one with a place and title
      // (`New Jersey Gov. Chris Christie`).
      let plain = Set(own.keys.filter { fold($0) == key })
      let name = (own.isEmpty ? group.names : own).min { lhs, rhs in
        let (l, r) = (plain.contains(lhs.key), plain.contains(rhs.key))
        if l != r { return l }
        if lhs.value.count != rhs.value.count { return lhs.value.count > rhs.value.count }
        if lhs.key.count != rhs.key.count { return lhs.key.count < rhs.key.count }
        return lhs.value.first < rhs.value.first
      }!.key
      return MergedSpeaker(
        key: key, name: name, roles: group.roles,
        kind: kind,
        articles: group.articles.count, quotes: group.quotes)
    }
  }

  /// `text` lower-cased with diacritics removed, for keys and filtering.
  public static func fold(_ text: String) -> String {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
  }

  /// Punctuation trimmed from either end of a name's words (a final period is kept so that
  /// abbreviated titles are recognised, then dropped).
  private static let trimmed = CharacterSet(charactersIn: ",;:!?\"“”‘’()[]{}«»")
}
