import Testing

@testable import QuothModel

@Suite struct QuoteMarkupTests {
  @Test func marksQuotesAndKeepsBlocks() {
    let article = ReaderFixtures.article()
    let analysis = QuoteNavigationTests.analysis(for: article)
    let marked = QuoteMarkup.marked(article, analysis: analysis)
    let blocks = marked.blocks.map { marked.string($0.span) }
    #expect(blocks.count == article.blocks.count)
    #expect(
      blocks.contains(
        "«\"We are glad to have the Aurora back where she belongs,\"»[Maria Keller] said Maria Keller, director of the port authority."
      ))
    #expect(
      blocks.contains {
        $0.hasPrefix("‹The repairs cost about 2.1 million euros›[transport office], according to")
      })
    #expect(blocks.first == article.string(article.blocks[0].span), "unquoted blocks are unchanged")
  }

  @Test func splitQuotesMarkEachPart() {
    let text = Array("Title\n\n\"One,\" she said, \"two.\"".unicodeScalars)
    let article = ArticleParser.parse(path: "t.txt", text: text, format: .text)
    let quote = Quote(
      kind: .direct, span: TextSpan(start: 7, end: 30),
      parts: [TextSpan(start: 7, end: 13), TextSpan(start: 24, end: 30)], speaker: 0)
    let marked = QuoteMarkup.marked(
      article,
      analysis: QuoteAnalysis(quotes: [quote], speakers: [Speaker(name: "Ada", kind: .person, direct: 1)]))
    #expect(marked.string(marked.blocks[1].span) == "«\"One,\"» she said, «\"two.\"»[Ada]")
  }
}
