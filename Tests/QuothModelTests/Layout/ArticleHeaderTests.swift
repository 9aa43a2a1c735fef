import Foundation
import Testing

@testable import QuothModel

@Suite("Article header")
struct ArticleHeaderTests {
  static let seed = """
     date 2024-06-02 Ferry strike ends after overnight talks

    June 02, 2024 By Lena Ortiz and Sam Achebe ( Coastal Courier

    The ferry strike that stranded islanders for four days ended on Sunday.

    "We got what we came for," said Tom Reyes, the union's negotiator.
    """

  static func parse(_ text: String, path: String = "a.txt") -> Article {
    ArticleParser.parse(path: path, text: Array(text.unicodeScalars))
  }

  /// The layout's lines as text: article text for text lines, the header's for header lines.
  static func shown(_ layout: ArticleLayout, _ article: Article) -> [String] {
    layout.lines.map { line in
      line.header.map { layout.header[$0].text } ?? article.string(line.span)
    }
  }

  @Test func aSeedArticleShowsTheCleanedHeaderNotItsDateline() {
    let article = Self.parse(Self.seed)
    let layout = ArticleLayout(article: article, width: 80)
    #expect(
      Self.shown(layout, article).prefix(5) == [
        "Ferry strike ends after overnight talks",
        "2024-06-02 · Coastal Courier",
        "By Lena Ortiz and Sam Achebe",
        "",
        "The ferry strike that stranded islanders for four days ended on Sunday.",
      ])
    // The raw dateline block is laid out nowhere; the header lines are not text.
    let byline = article.blocks.firstIndex { $0.kind == .byline }!
    #expect(layout.lines(for: byline).isEmpty)
    #expect(layout.lines.filter { $0.header != nil }.allSatisfy { $0.span.isEmpty && $0.block == nil })
    #expect(layout.header.map(\.kind) == [.byline, .byline])
  }

  @Test("the reader shows what dump prints", arguments: [24, 40, 80])
  func sameHeaderAsDump(width: Int) {
    for text in [Self.seed, "Council votes\n\nDALLAS (AP) — The council voted on Monday.\n"] {
      let article = Self.parse(text, path: "2024-03-01-council.txt")
      let layout = ArticleLayout(article: article, width: width)
      let dump = PlainTextRenderer(width: width).lines(for: article)
      #expect(Self.shown(layout, article) == dump)
    }
  }

  @Test func plainTextAndMarkdownGetAHeaderFromTheirFields() {
    let plain = Self.parse("Council votes\n\nDALLAS (AP) — The council voted.\n", path: "2024-03-01-c.txt")
    let markdown = Self.parse(
      "---\ntitle: Bridge reopens\ndate: 2024-05-06\nauthor: Ada Lovelace\nsource: Gazette\n---\n\nThe bridge reopened.\n",
      path: "b.md")
    let plainLayout = ArticleLayout(article: plain, width: 80)
    #expect(plainLayout.header.map(\.text) == ["2024-03-01 · AP"])
    let markdownLayout = ArticleLayout(article: markdown, width: 80)
    #expect(
      Self.shown(markdownLayout, markdown).prefix(3) == [
        "Bridge reopens", "2024-05-06 · Gazette", "By Ada Lovelace",
      ])
  }

  @Test func headerTextIsSanitizedAndWrapped() {
    var article = Self.parse("Title\n\nBody text here.\n")
    article.source = "Evil\u{1B}[31m Source"
    article.authors = ["Ada Lovelace", "Grace Hopper", "Katherine Johnson"]
    let layout = ArticleLayout(article: article, width: 20)
    #expect(!layout.header.contains { $0.text.unicodeScalars.contains("\u{1B}") })
    #expect(layout.header.allSatisfy { $0.width <= 20 })
    #expect(layout.header.count >= 3)
  }

  @Test func noBylineThatOnlyRepeatsTheSourceOrADate() {
    var article = Self.parse("Title\n\nBody text here.\n")
    article.source = "Harbour News"
    article.authors = ["harbour news"]
    #expect(ArticleHeader.byline(article) == nil)
    article.authors = []
    article.byline = "April 28, 2019 at 6:01 am Updated April 29, 2019"
    #expect(ArticleHeader.byline(article) == nil)
    article.byline = "Staff of the Harbour News"
    #expect(ArticleHeader.byline(article) == "Staff of the Harbour News")
    article.authors = ["Ana Ruiz"]
    #expect(ArticleHeader.byline(article) == "By Ana Ruiz")
  }

  @Test func anArticleWithNoTextHasNoHeaderEither() {
    var article = Self.parse("")
    article.date = "2024-01-01"
    #expect(ArticleLayout(article: article, width: 80).lines.isEmpty)
  }

  @Test func offsetsSkipTheHeader() {
    let article = Self.parse(Self.seed)
    let layout = ArticleLayout(article: article, width: 80)
    let body = article.paragraphs[0].span.start
    let line = layout.line(containing: body)
    #expect(layout.lines[line].block == article.blocks.firstIndex { $0.kind == .paragraph })
    // Spans stay in text order, header lines included, so binary searches hold.
    var end = 0
    for line in layout.lines {
      #expect(line.span.start >= end)
      end = line.span.end
    }
  }

  @Test func searchDoesNotFindTheHiddenDateline() throws {
    var state = ReaderState(entries: [], hasLibrary: false, columns: 80, rows: 10)
    let article = Self.parse(Self.seed)
    state.reduce(.loaded(article, analysis: QuoteExtractor.analyze(article)))
    for key in "/June".unicodeScalars { state.reduce(.key(.char(key))) }
    state.reduce(.key(.enter))
    #expect(state.document?.matches.isEmpty == true)
  }

  @Test func aResizeWithAHeaderLineOnTopComesBack() {
    let paragraphs = (1...30).map {
      "Paragraph \($0) holds enough words to wrap at a narrow width, twice over."
    }
    let text = Self.seed + "\n\n" + paragraphs.joined(separator: "\n\n")
    var state = ReaderState(entries: [], hasLibrary: false, columns: 80, rows: 10)
    let article = Self.parse(text)
    state.reduce(.loaded(article, analysis: QuoteExtractor.analyze(article)))
    state.reduce(.key(.char("j")))
    let top = state.document!.top
    #expect(state.document!.layout.lines[top].header != nil)
    for (columns, rows) in [(30, 10), (50, 12), (80, 10)] {
      state.reduce(.resize(columns: columns, rows: rows))
    }
    #expect(state.document!.top == top)
  }
}
