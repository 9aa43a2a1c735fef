import QuothModel
import Testing

/// A project-written article in the seed format, with the seed's structure: a leader quoted
/// directly and in reported speech, business people with appositive roles, a mixed quote, a
/// pronoun that must go to the latest speaker, and a byline whose authors are not speakers.
let harborArticle = """
   date 2024-03-14 Harbor summit: ports pledge cleaner shipping

  March 14, 2024 By Lena Fischer, Omar Haddad and Kim Sora ( Harbor Daily

  Governor Maria Alvarez speaks at the opening of the 2024 Coastal Ports Summit in Valmar on Monday. [Photo/HARBOR]

  Cleaner fuel for every berth urged

  Governor Maria Alvarez called on Monday for ports along the coast to cut emissions from ships at berth.

  She made the remarks while opening the 2024 Coastal Ports Summit in Valmar.

  Shipping faces rising fuel costs, stricter rules and older fleets at the same time, she said.

  Shore power is becoming the cheapest way to keep ships running while they unload, Alvarez added.

  "We want every berth to offer clean power by the end of the decade," she said.

  "We want shared standards so that a ship can plug in at any port," the governor said.

  Tomas Berg, director of trade group Coastal Freight Alliance, said the plan would give smaller ports a chance to compete for larger ships.

  He noted that the alliance had asked for common plug standards for years.

  Priya Nair, chief operating officer of logistics company Bluewater Lines, said that the company was ready to "retrofit the whole fleet within five years".

  "It also means our crews breathe cleaner air in every port we visit," she said.
  """

@Suite("Seed-format article")
struct SeedArticleTests {
  let article = ArticleParser.parse(
    path: "harbor.txt", text: Array(harborArticle.unicodeScalars), format: .seed)

  @Test("Every quote is found with its speaker, and the authors are not speakers")
  func quotesAndSpeakers() throws {
    #expect(article.authors == ["Lena Fischer", "Omar Haddad", "Kim Sora"])
    let analysis = QuoteExtractor.analyze(article)
    let names = analysis.speakers.map(\.name)
    #expect(names == ["Maria Alvarez", "Tomas Berg", "Priya Nair"])
    for author in article.authors { #expect(!names.contains(author)) }
    let alvarez = try #require(analysis.speakers.first { $0.name == "Maria Alvarez" })
    #expect(alvarez.direct == 2)
    #expect(alvarez.indirect == 3)
    let call = try #require(analysis.quotes.first)
    #expect(article.string(call.span).hasPrefix("ports along the coast"))
    let berg = try #require(analysis.speakers.first { $0.name == "Tomas Berg" })
    #expect(berg.role == "director of Coastal Freight Alliance")
    #expect(berg.indirect == 2)
    let nair = try #require(analysis.speakers.first { $0.name == "Priya Nair" })
    #expect(nair.role == "chief operating officer of Bluewater Lines")
    #expect(nair.mixed == 1)
    #expect(nair.direct == 1)
    let noted = try #require(analysis.quotes.first { article.string($0.span).hasPrefix("that the alliance") })
    #expect(noted.speaker.map { analysis.speakers[$0].name } == "Tomas Berg")
  }
}
