import Foundation
import Testing

@testable import QuothModel

private typealias F = ReaderFixtures

/// A library search carries into the article it opens; `~` searches by regular expression.
@Suite struct SearchCarryTests {
  static func hit(_ path: String, offset: Int?) -> SearchHit {
    SearchHit(path: path, title: path, date: nil, snippet: "", score: 1, matchOffset: offset)
  }

  /// A library whose index is ready, with a search for `query` answered by `hits`.
  static func searched(_ query: String, hits: [SearchHit]) -> ReaderState {
    var state = ReaderState(entries: F.entries, columns: 80, rows: 12)
    state.reduce(.start(indexed: true))
    state.reduce(.indexReady(problems: []))
    #expect(F.press([.char("/")] + F.type(query) + [.enter], &state) == [.searchLibrary(query)])
    state.reduce(.searchLoaded(query: query, hits))
    return state
  }

  @Test func anArticleOpenedFromASearchHitShowsTheMatchesAndNGoesOn() throws {
    let article = F.article()
    let text = String(String.UnicodeScalarView(article.text))
    let second = try #require(text.range(of: "Keller said"))
    let offset = text.unicodeScalars.distance(from: text.startIndex, to: second.lowerBound)
    var state = Self.searched("keller", hits: [Self.hit("b.txt", offset: offset)])
    #expect(F.press([.enter], &state) == [.load(.file("b.txt"))])
    state.reduce(.loaded(article, analysis: QuoteExtractor.analyze(article)))
    let doc = try #require(state.document)
    #expect(doc.matches.count == 3, "every Keller is marked")
    #expect(doc.currentMatch == 1, "the hit's own match is current")
    #expect(state.message == "match 2/3: keller")
    F.press([.char("n")], &state)
    #expect(state.document?.currentMatch == 2)
    #expect(state.message == "match 3/3: keller")
  }

  @Test func aMultiWordQueryMarksEachWordAndQuotedPhrasesWhole() {
    #expect(
      SearchPattern.terms(of: "ferry \"port authority\" repair*") == ["ferry", "port authority", "repair"])
    let article = F.article()
    let found = try? SearchPattern.query("\"port authority\" storm*").matches(
      in: article.text, within: article.blocks.map(\.span))
    let words = found?.map { String(String.UnicodeScalarView(article.text[$0.start..<$0.end])) }
    #expect(words?.filter { $0 == "port authority" }.count == 2)
    #expect(words?.contains("storm") == true && words?.contains("Storm") == true)
  }

  @Test func libraryNAndNWalkTheSearchHits() {
    var state = Self.searched(
      "budget", hits: [Self.hit("c.txt", offset: nil), Self.hit("a.txt", offset: nil)])
    F.press([.char("q")], &state)
    #expect(state.resultsPanel == nil)
    F.press([.char("n")], &state)
    #expect(state.entries[state.selection].path == "c.txt", "n goes to the next hit in list order")
    #expect(state.message == "hit 1/2: budget")
    F.press([.char("n")], &state)
    #expect(state.entries[state.selection].path == "a.txt", "and wraps round")
    F.press([.char("N")], &state)
    #expect(state.entries[state.selection].path == "c.txt")
  }

  @Test func nInAnArticleFindsASearchMadeElsewhere() {
    var state = ReaderState(entries: F.entries, columns: 80, rows: 12)
    F.press([.char("/")] + F.type("Choir") + [.enter], &state)
    #expect(state.entries[state.selection].path == "c.txt")
    F.press([.enter], &state)
    let article = ArticleParser.parse(
      path: "c.txt", text: Array("Choir wins\n\nThe choir sang. The Choir won.\n".unicodeScalars))
    state.reduce(.loaded(article, analysis: QuoteAnalysis()))
    F.press([.char("n")], &state)
    #expect(state.document?.matches.count == 2, "smart case: Choir with a capital")
    #expect(state.message == "match 1/2: Choir")
  }

  @Test func aLeadingTildeSearchesByRegularExpression() {
    var state = F.articleState()
    F.press([.char("/")] + F.type("~kel+er (said|added)") + [.enter], &state)
    #expect(state.document?.matches.count == 2)
    #expect(state.message?.hasPrefix("match 1/2: ~kel+er") == true)
    F.press([.char("/")] + F.type("~(unclosed") + [.enter], &state)
    #expect(state.messageIsError)
    #expect(state.message?.hasPrefix("Not a regular expression: ~(unclosed") == true)
  }
}
