import Testing

@testable import QuothModel

struct ArticleRefTests {
  @Test(arguments: [
    ("-", ArticleRef.stdin),
    ("sample:wuzhen", .sample("wuzhen")),
    ("http://127.0.0.1:8080/a.html", .url("http://127.0.0.1:8080/a.html")),
    ("HTTPS://example.test/story", .url("HTTPS://example.test/story")),
    ("news/harbour.txt", .file("news/harbour.txt")),
    ("ftp://example.test/a.txt", .file("ftp://example.test/a.txt")),
    ("-x", .file("-x")),
  ])
  func anArgumentNamesOneKind(argument: String, expected: ArticleRef) {
    #expect(ArticleRef(argument: argument) == expected)
  }

  @Test func namesReadBackAsTheArgumentsThatGaveThem() {
    for argument in ["-", "sample:wuzhen", "https://example.test/a", "a/b.txt"] {
      #expect(ArticleRef(argument: argument).description == argument)
    }
    #expect(
      ArticleRef.feedItem(feed: "https://example.test/feed.xml", item: "item-3").description
        == "https://example.test/feed.xml#item-3")
    #expect(ArticleRef.corpusLine(file: "news.jsonl", line: 12).description == "news.jsonl:12")
  }

  @Test func onlyFilesHaveAFilePath() {
    #expect(ArticleRef.file("a.txt").filePath == "a.txt")
    for ref in [
      ArticleRef.stdin, .sample("a"), .url("https://example.test/"), .corpusLine(file: "a.jsonl", line: 1),
    ] {
      #expect(ref.filePath == nil)
    }
  }

  @Test func entriesAndArticlesCarryTheirReference() {
    let article = ArticleParser.parse(path: "-", text: Array("Title\n\nBody text.\n".unicodeScalars))
    #expect(article.ref == .stdin)
    #expect(LibraryEntry(article: article).ref == .stdin)
    #expect(LibraryEntry(ref: .url("https://example.test/a"), title: "A").path == "https://example.test/a")
  }
}
