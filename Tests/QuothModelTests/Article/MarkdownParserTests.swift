import Testing

@testable import QuothModel

@Suite struct MarkdownParserTests {
  static let withFrontMatter = """
    ---
    title: "Library opens a seed bank"
    date: 2024-04-18T09:30:00Z
    authors: [Nia Brooks, Omar Haddad]
    source: Greenfield Gazette
    ---

    The *new* seed bank lends **tomato** and bean seeds, said [Ruth Alder](https://example.org/ruth), \
    the head librarian.

    ## How it works

    Borrowers return seeds from their own harvest at the end of the season.
    """

  @Test func frontMatterFields() {
    let article = ArticleParser.parse(path: "seed-bank.md", text: Array(Self.withFrontMatter.unicodeScalars))
    #expect(article.format == .markdown)
    #expect(article.title == "Library opens a seed bank")
    #expect(article.date == "2024-04-18")
    #expect(article.authors == ["Nia Brooks", "Omar Haddad"])
    #expect(article.source == "Greenfield Gazette")
    #expect(article.blocks.map(\.kind) == [.title, .paragraph, .heading, .paragraph])
  }

  @Test func emphasisAndLinksReduceToText() {
    let article = ArticleParser.parse(path: "seed-bank.md", text: Array(Self.withFrontMatter.unicodeScalars))
    #expect(
      article.string(article.paragraphs[0].span)
        == "The new seed bank lends tomato and bean seeds, said Ruth Alder, the head librarian.")
    #expect(article.string(article.blocks[2].span) == "How it works")
  }

  @Test func offsetsMapBackToTheFile() throws {
    let article = ArticleParser.parse(path: "seed-bank.md", text: Array(Self.withFrontMatter.unicodeScalars))
    let reading = String(String.UnicodeScalarView(article.text))
    let fileText = try #require(article.fileText)
    #expect(article.sourceOffsets?.count == article.text.count + 1)
    // Every code point maps to the same code point in the file.
    for (index, offset) in try #require(article.sourceOffsets).dropLast().enumerated()
    where article.text[index] != " " && article.text[index] != "\n" {
      #expect(fileText[offset] == article.text[index])
    }
    // A phrase spanning emphasis and a link maps back to the file's text as written.
    let phrase = Array("tomato and bean seeds, said Ruth Alder".unicodeScalars)
    let start = try #require(findSubarray(article.text, phrase))
    let span = TextSpan(start: start, end: start + phrase.count)
    #expect(article.fileString(span) == "tomato** and bean seeds, said [Ruth Alder")
    #expect(reading.contains("Ruth Alder, the head librarian."))
    // The title maps into the front matter value, inside its quotes.
    let title = try #require(article.blocks.first)
    #expect(article.fileString(title.span) == "Library opens a seed bank")
  }

  @Test func hashTitleUnderscoresAndCode() {
    let text = """
      # Robots *win* the regional cup

      By Kai Moreno | Tech Ledger

      The team's snake_case_name stayed; `a*b*c` stayed too, and 5 * 3 is 15.

      - First item
      - Second _item_
      """
    let article = ArticleParser.parse(path: "r.md", text: Array(text.unicodeScalars))
    #expect(article.title == "Robots win the regional cup")
    #expect(article.authors == ["Kai Moreno"])
    #expect(article.source == "Tech Ledger")
    #expect(article.blocks.map(\.kind) == [.title, .byline, .paragraph, .paragraph, .paragraph])
    #expect(
      article.string(article.paragraphs[0].span)
        == "The team's snake_case_name stayed; a*b*c stayed too, and 5 * 3 is 15.")
    #expect(article.string(article.paragraphs[2].span) == "Second item")
  }

  @Test func setextHeadingsQuotesAndEscapes() {
    let text = """
      Harbour swim returns
      ====================

      > "The water is clean again," said the \\*harbour\\* master.
      > She swam first.

      Results
      -------

      Ten swimmers finished. &mdash; ![a photo](p.jpg)Done.
      """
    let article = ArticleParser.parse(path: "s.md", text: Array(text.unicodeScalars))
    #expect(article.title == "Harbour swim returns")
    #expect(article.blocks.map(\.kind) == [.title, .paragraph, .heading, .paragraph])
    #expect(
      article.paragraphs.map { article.string($0.span) } == [
        "\"The water is clean again,\" said the *harbour* master. She swam first.",
        "Ten swimmers finished. \u{2014} Done.",
      ])
  }

  @Test func crlfAndBOM() {
    let text = "\u{FEFF}# Title line\r\n\r\nOne *two*\r\nthree.\r\n"
    let article = ArticleParser.parse(path: "t.md", bytes: Array(text.utf8))
    #expect(article.title == "Title line")
    #expect(article.paragraphs.map { article.string($0.span) } == ["One two three."])
    let span = article.paragraphs[0].span
    #expect(article.fileString(span) == "One *two*\r\nthree.")
  }

  @Test func unclosedMarkupNeverCrashes() {
    for text in ["[link(", "**", "`", "---\ntitle: x", "# ", "![](", "&#x;", "*a _b* c_", "<http://"] {
      _ = ArticleParser.parse(path: "x.md", text: Array(text.unicodeScalars))
    }
  }
}

/// The first index where `needle` occurs in `haystack`.
func findSubarray(_ haystack: [Unicode.Scalar], _ needle: [Unicode.Scalar]) -> Int? {
  guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
  for start in 0...(haystack.count - needle.count)
  where Array(haystack[start..<(start + needle.count)]) == needle {
    return start
  }
  return nil
}
