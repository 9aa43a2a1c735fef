import Testing

@testable import QuothModel

@Suite struct SpeakerResolverTests {
  @Test func substringSearchIsByteForByte() {
    #expect(SpeakerResolver.has("senior vice-president", "president"))
    #expect(SpeakerResolver.has("president", "president"))
    #expect(SpeakerResolver.has("anything", ""))
    #expect(!SpeakerResolver.has("pres", "president"))
    #expect(!SpeakerResolver.has("vice-presidency", "president"))
    #expect(SpeakerResolver.has("ministre délégué", "délégué"))
  }

  /// A long article with many speakers: surnames, fuller names and `the senator` still find the
  /// right person among hundreds (the resolver indexes entities by name and names by position).
  @Test func manySpeakersResolveLikeFew() {
    let first = ["Ada", "Ben", "Cleo", "Dev", "Eli", "Fay", "Gus", "Hal", "Ivy", "Jon"]
    let last = ["Ames", "Brody", "Cruz", "Diaz", "Engel", "Frost", "Grant", "Hale", "Ibsen", "Judd"]
    var paragraphs = ["A long day at the capitol"]
    for i in 0..<100 {
      let name = "\(first[i % 10]) \(last[i / 10])"
      paragraphs.append("“We will vote on item \(i),” \(name) said.")
    }
    paragraphs.append("Senator Nora Quill arrived late.")
    paragraphs.append("“The vote is a farce,” the senator said.")
    paragraphs.append("“Item 3 was fine,” Brody said.")
    paragraphs.append("Then Walt spoke. “I agree,” Walt said.")
    paragraphs.append("“I agree with Walt,” said Walt Zimmer, who had waited all day.")
    let text = Array(paragraphs.joined(separator: "\n\n").unicodeScalars)
    let analysis = QuoteExtractor.analyze(ArticleParser.parse(path: "long.txt", text: text, format: .text))
    let speakers = analysis.quotes.map { $0.speaker.map { analysis.speakers[$0].name } }
    #expect(speakers.count == 104)
    #expect(speakers[0] == "Ada Ames" && speakers[99] == "Jon Judd")
    #expect(speakers[100] == "Nora Quill")
    // `Brody` alone: the latest speaker with that surname.
    #expect(speakers[101] == "Jon Brody")
    // A speaker first met by one word takes the fuller name when it comes.
    #expect(speakers[102] == "Walt Zimmer" && speakers[103] == "Walt Zimmer")
    #expect(analysis.speakers.count == 102)
  }
}
