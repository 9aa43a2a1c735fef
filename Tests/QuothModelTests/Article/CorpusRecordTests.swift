import Testing

@testable import QuothModel

struct CorpusRecordTests {
  static func article(_ json: String) throws -> Article {
    try CorpusRecord.article(line: Array(json.utf8), ref: .corpusLine(file: "c.jsonl", line: 4))
  }

  @Test func newsPleaseFieldsAreRead() throws {
    let article = try Self.article(
      #"{"title": "Harbour plan passes", "maintext": "The council voted on Monday.\n\"It is done,\" said Ana Ortiz.", "date_publish": "2024-03-01 10:00:00", "source_domain": "ledger.test", "authors": ["Ann Lee", "Bo Chen"], "url": "https://ledger.test/a"}"#
    )
    #expect(article.ref == .corpusLine(file: "c.jsonl", line: 4))
    #expect(article.path == "c.jsonl:4")
    #expect(article.title == "Harbour plan passes")
    #expect(article.date == "2024-03-01")
    #expect(article.source == "ledger.test")
    #expect(article.authors == ["Ann Lee", "Bo Chen"])
    #expect(article.url == "https://ledger.test/a")
    #expect(
      article.paragraphs.map { article.string($0.span) } == [
        "The council voted on Monday.", "\"It is done,\" said Ana Ortiz.",
      ])
  }

  @Test func otherFieldNamesAndAStringOfAuthors() throws {
    let article = try Self.article(
      #"{"title": "A", "body": "First.\n\nSecond\nline.", "published": "March 2, 2024", "domain": "post.test", "author": "By Ann Lee and Bo Chen"}"#
    )
    #expect(article.date == "2024-03-02")
    #expect(article.source == "post.test")
    #expect(article.authors == ["Ann Lee", "Bo Chen"])
    #expect(article.paragraphs.count == 2, "blank lines separate paragraphs when the text has them")
  }

  @Test func aPlaceholderDateIsDropped() throws {
    #expect(try Self.article(#"{"title": "A", "text": "B.", "date": "0001-01-01"}"#).date == nil)
  }

  @Test(arguments: [
    ("[1, 2]", "c.jsonl:4: cannot read: not a JSON object"),
    ("{\"title\": \"x\"", "c.jsonl:4: cannot read: not a JSON object"),
    ("{\"title\": \"x\", \"text\": \"  \"}", "c.jsonl:4: cannot read: no text (text, maintext or body)"),
  ])
  func aLineThatIsNoArticleSaysWhy(json: String, message: String) {
    let error = #expect(throws: ArticleError.self) { try Self.article(json) }
    #expect(error?.description == message)
  }

  @Test func standardInputIsACorpusWhenItOpensAJSONObject() {
    #expect(CorpusRecord.looksLikeCorpus(Array("\n  {\"title\"".utf8)))
    #expect(CorpusRecord.looksLikeCorpus(Array("\u{FEFF}{".utf8)))
    #expect(!CorpusRecord.looksLikeCorpus(Array("Title\n\n{not json}".utf8)))
  }

  @Test func aRecordNamesItselfByIdOrAddress() {
    #expect(CorpusRecord.ownName(line: Array(#"{"id": "s-1", "url": "https://x.test/"}"#.utf8)) == "s-1")
    #expect(CorpusRecord.ownName(line: Array(#"{"id": 7}"#.utf8)) == "7")
    #expect(CorpusRecord.ownName(line: Array(#"{"url": "https://x.test/"}"#.utf8)) == "https://x.test/")
    #expect(CorpusRecord.ownName(line: Array(#"{"title": "t"}"#.utf8)) == nil)
  }

  @Test func textIsDecodedScalarByScalarWithoutCarriageReturns() {
    // One-, two-, three- and four-byte UTF-8, and Windows line ends.
    let text = "A caf\u{E9} \u{201C}said\u{201D}\r\nso \u{1F600} \u{5B89}\r\n"
    let scalars = CorpusRecord.scalarsWithoutCarriageReturns(text)
    #expect(scalars == Array(text.unicodeScalars.filter { $0 != "\r" }))
    #expect(CorpusRecord.scalarsWithoutCarriageReturns("").isEmpty)
  }
}
