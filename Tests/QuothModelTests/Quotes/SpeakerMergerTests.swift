import Testing

@testable import QuothModel

@Suite struct SpeakerMergerTests {
  @Test(arguments: [
    ("President Xi Jinping", "xi jinping"),
    ("Xi Jinping", "xi jinping"),
    ("Mr. Xi Jinping", "xi jinping"),
    ("Former President Barack Obama", "barack obama"),
    ("Secretary of State John Kerry", "john kerry"),
    ("U.S. Sen. Ted Cruz", "ted cruz"),
    ("Dr. José Álvarez", "jose alvarez"),
    ("Hillary Clinton", "hillary clinton"),
    ("Bill Clinton", "bill clinton"),
    ("President", "president"),
    ("Xi", "xi"),
    ("Donald J. Trump", "donald trump"),
  ])
  func personKeys(name: String, key: String) {
    #expect(SpeakerMerger.key(for: name, kind: .person) == key)
  }

  @Test func organizationKeysDropOnlyTheArticle() {
    #expect(SpeakerMerger.key(for: "The White House", kind: .organization) == "white house")
    #expect(SpeakerMerger.key(for: "White House", kind: .organization) == "white house")
    #expect(SpeakerMerger.key(for: "General Motors", kind: .organization) == "general motors")
  }

  @Test func mergesTitlesAcrossArticlesButNotSharedSurnames() {
    let occurrences = [
      SpeakerMerger.Occurrence(
        article: "a",
        speaker: Speaker(name: "Xi Jinping", role: "president of China", kind: .person, direct: 2)),
      SpeakerMerger.Occurrence(
        article: "b", speaker: Speaker(name: "President Xi Jinping", kind: .person, indirect: 1)),
      SpeakerMerger.Occurrence(
        article: "b", speaker: Speaker(name: "Xi", kind: .person, direct: 1)),
      SpeakerMerger.Occurrence(
        article: "c", speaker: Speaker(name: "Xi Jinping", role: "leader", kind: .person, mixed: 1)),
      SpeakerMerger.Occurrence(
        article: "a", speaker: Speaker(name: "Hillary Clinton", kind: .person, direct: 1)),
      SpeakerMerger.Occurrence(
        article: "c", speaker: Speaker(name: "Bill Clinton", kind: .person, direct: 3)),
      SpeakerMerger.Occurrence(
        article: "c", speaker: Speaker(name: "Nobody Quoted", kind: .person)),
    ]
    let merged = MergedSpeaker.sorted(SpeakerMerger.merge(occurrences), by: .quotes)
    #expect(merged.map(\.name) == ["Xi Jinping", "Bill Clinton", "Hillary Clinton", "Xi"])
    let xi = merged[0]
    #expect(xi.articles == 3)
    #expect(xi.quotes == 4)
    #expect(xi.roles == ["president of China", "leader"])
    #expect(xi.kind == .person)
    #expect(merged[3].articles == 1)
  }

  @Test func sortsByNameAndFilters() {
    let speakers = [
      MergedSpeaker(key: "b", name: "Bo Chen", kind: .person, articles: 1, quotes: 5),
      MergedSpeaker(
        key: "a", name: "ann Lee", roles: ["Mayor of Zürich"], kind: .person, articles: 2, quotes: 1),
    ]
    #expect(MergedSpeaker.sorted(speakers, by: .name).map(\.key) == ["a", "b"])
    #expect(MergedSpeaker.sorted(speakers, by: .quotes).map(\.key) == ["b", "a"])
    #expect(MergedSpeaker.sorted(speakers, by: .articles).map(\.key) == ["a", "b"])
    #expect(speakers.filter { $0.matches("zuri") }.map(\.key) == ["a"])
    #expect(speakers.filter { $0.matches("CHEN") }.map(\.key) == ["b"])
    #expect(speakers.filter { $0.matches("") }.count == 2)
  }
}

@Suite struct SpeakerJoinTests {
  func merged(_ speakers: [(String, String, Int)]) -> [MergedSpeaker] {
    let occurrences = speakers.map { article, name, quotes in
      SpeakerMerger.Occurrence(article: article, speaker: Speaker(name: name, kind: .person, direct: quotes))
    }
    return MergedSpeaker.sorted(SpeakerMerger.merge(occurrences), by: .quotes)
  }

  @Test(arguments: [
    ("Texas Sen. Ted Cruz", "ted cruz"),
    ("New York City Mayor Rudy Giuliani", "rudy giuliani"),
    ("Secretary of State John Kerry", "john kerry"),
  ])
  func placesBeforeTitlesAreDropped(name: String, key: String) {
    #expect(SpeakerMerger.key(for: name, kind: .person) == key)
  }

  @Test func aBareSurnameJoinsTheOneFullName() {
    let result = merged([("a", "Barack Obama", 3), ("b", "Obama", 2), ("c", "Hillary Rodham Clinton", 1)])
    #expect(result.map(\.name) == ["Barack Obama", "Hillary Rodham Clinton"])
    #expect(result[0].quotes == 5)
  }

  @Test func middleNamesJoinTheShortName() {
    let result = merged([("a", "Hillary Clinton", 3), ("b", "Hillary Rodham Clinton", 1)])
    #expect(result.map(\.name) == ["Hillary Clinton"])
  }

  @Test func sharedSurnamesOfPeersStayApart() {
    let result = merged([("a", "Hillary Clinton", 3), ("b", "Bill Clinton", 2), ("c", "Clinton", 4)])
    #expect(Set(result.map(\.name)) == ["Hillary Clinton", "Bill Clinton", "Clinton"])
  }

  @Test func aTitleOfTheOtherGenderStaysApart() {
    let result = merged([("a", "Humayun Khan", 3), ("b", "Ms. Khan", 1)])
    #expect(result.count == 2)
    let joined = merged([("a", "Mr. Humayun Khan", 3), ("b", "Mr. Khan", 1)])
    #expect(joined.count == 1)
  }
}
