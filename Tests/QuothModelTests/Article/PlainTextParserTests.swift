import Testing

@testable import QuothModel

@Suite struct PlainTextParserTests {
  @Test func titleOnFirstLineAndAgencyDateline() {
    let text = """
      Mayor opens new bridge over the Elm.

      ELMWOOD, Ore. (AP) — The mayor cut the ribbon on Friday.

      Traffic will start on Monday.
      """
    let article = ArticleParser.parse(path: "x/story.txt", text: Array(text.unicodeScalars))
    #expect(article.format == .text)
    #expect(article.title == "Mayor opens new bridge over the Elm")
    #expect(article.source == "AP")
    #expect(article.paragraphs.count == 2)
  }

  @Test(arguments: [
    ("DALLAS (AP) — A storm hit.", "AP"),
    ("LONDON (Reuters) - Prices rose.", "Reuters"),
    ("TRENTON, N.J. (AP) — The governor spoke.", "AP"),
  ])
  func datelines(paragraph: String, agency: String) {
    #expect(Dateline.parse(paragraph)?.agency == agency)
  }

  @Test(arguments: ["The (AP) style guide — a book.", "Dallas (AP) — mixed case", "NO PAREN — here"])
  func notDatelines(paragraph: String) {
    #expect(Dateline.parse(paragraph) == nil)
  }

  @Test func dateFromFileName() {
    #expect(Dateline.dateInFileName("/c/nyt_2016-01-05_some-title.txt") == "2016-01-05")
    #expect(Dateline.dateInFileName("/2016-01-05/story.txt") == nil)
    #expect(Dateline.dateInFileName("v12016-01-05.txt") == nil)
    #expect(Dateline.dateInFileName("2016-13-05.txt") == nil)
    #expect(Dateline.dateInFileName("/d/2016-01-0x_a_2017-12-31.txt") == "2017-12-31")
    #expect(Dateline.dateInFileName("2016-01-05") == "2016-01-05")
    #expect(Dateline.dateInFileName("2016-01-32.txt") == nil)
    #expect(Dateline.dateInFileName("é2016-01-05é.txt") == "2016-01-05")
  }

  @Test(arguments: [
    ("Plain title", "Plain title"), ("Ends with a stop.", "Ends with a stop"),
    ("In the U.S.", "In the U.S."), ("  Spaced   out\ttitle ", "Spaced out title"), ("Wait...", "Wait..."),
    ("Café  au lait.", "Café au lait"), ("", ""), ("One.", "One"),
  ])
  func headlinesAreTidied(raw: String, clean: String) {
    #expect(HeadlineCleaner.clean(raw) == clean)
  }

  @Test(arguments: ["", "   \n\n \t\r\n", "\u{FEFF}"])
  func emptyAndBlankFiles(text: String) {
    let article = ArticleParser.parse(path: "empty.txt", bytes: Array(text.utf8))
    #expect(article.title == "")
    #expect(article.blocks.isEmpty)
    #expect(article.wordCount == 0)
  }

  @Test func crlfTitleAndParagraphs() {
    let text = "Headline here\r\n\r\nFirst line\r\nsame paragraph.\r\n\r\nSecond.\r\n"
    let article = ArticleParser.parse(path: "c.txt", text: Array(text.unicodeScalars))
    #expect(article.title == "Headline here")
    #expect(
      article.paragraphs.map { article.string($0.span) } == ["First line\r\nsame paragraph.", "Second."])
  }
}
