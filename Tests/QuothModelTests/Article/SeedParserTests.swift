import Foundation
import Testing

@testable import QuothModel

@Suite struct SeedParserTests {
  static let article = """
     date 2024-06-02 Ferry strike ends after overnight talks

    June 02, 2024 By Lena Ortiz and Sam Achebe ( Coastal Courier

    Passengers queue at the north pier on Saturday morning. [Photo/Coastal Courier]

    Crews to return on Monday with a 6 percent raise

    The ferry strike that stranded islanders for four days ended on Sunday.

    "We got what we came for," said Tom Reyes, the union's negotiator.
    """

  @Test func readsEveryHeaderField() {
    let article = ArticleParser.parse(path: "a.txt", text: Array(Self.article.unicodeScalars))
    #expect(article.format == .seed)
    #expect(article.title == "Ferry strike ends after overnight talks")
    #expect(article.date == "2024-06-02")
    #expect(article.authors == ["Lena Ortiz", "Sam Achebe"])
    #expect(article.source == "Coastal Courier")
    #expect(article.caption == "Passengers queue at the north pier on Saturday morning.")
    #expect(article.captionCredit == "Photo/Coastal Courier")
    #expect(article.deck == "Crews to return on Monday with a 6 percent raise")
    #expect(article.paragraphs.count == 2)
    #expect(article.blocks.map(\.kind) == [.title, .byline, .caption, .deck, .paragraph, .paragraph])
    #expect(article.string(article.blocks[0].span) == "Ferry strike ends after overnight talks")
  }

  @Test func crlfAndBOMKeepTheSameFields() {
    let crlf = "\u{FEFF}" + Self.article.replacingOccurrences(of: "\n", with: "\r\n")
    let bytes = Array(crlf.utf8)
    let article = ArticleParser.parse(path: "a.txt", bytes: bytes)
    #expect(article.format == .seed)
    #expect(article.title == "Ferry strike ends after overnight talks")
    #expect(article.authors == ["Lena Ortiz", "Sam Achebe"])
    #expect(article.deck == "Crews to return on Monday with a 6 percent raise")
    #expect(article.paragraphs.count == 2)
    // Offsets are into the file's text, BOM included; no paragraph holds a CR.
    for block in article.blocks { #expect(!article.string(block.span).contains("\r")) }
    #expect(article.text.first == "\u{FEFF}")
    #expect(article.warnings.isEmpty)
  }

  @Test(
    arguments: [
      (
        "November 09, 2023 By Xu Wei, Cheng Yu and Ma Si ( China Daily", ["Xu Wei", "Cheng Yu", "Ma Si"],
        "China Daily"
      ),
      ("By Ana Ruiz (Valley Times)", ["Ana Ruiz"], "Valley Times"),
      ("By Ana Ruiz | Valley Times", ["Ana Ruiz"], "Valley Times"),
      ("March 3, 2021 By Bo Li and Kim Sun", ["Bo Li", "Kim Sun"], nil),
      ("by Jo Park (", ["Jo Park"], nil),
    ] as [(String, [String], String?)])
  func bylineVariants(line: String, authors: [String], source: String?) {
    let byline = Byline.parse(line)
    #expect(byline?.authors == authors)
    #expect(byline?.source == source)
  }

  @Test func notABylineWhenNoBy() {
    #expect(Byline.parse("The council met on Tuesday.") == nil)
    #expect(Byline.parse("") == nil)
  }

  @Test func bylineDate() {
    #expect(Byline.parse("November 09, 2023 By Xu Wei ( China Daily")?.date == "2023-11-09")
  }

  @Test func noCaptionNoDeck() {
    let text = """
       date 2024-01-05 Short one

      January 05, 2024 By Ada Park ( Daily Note

      First paragraph of the story, which ends with a stop.

      Second paragraph.
      """
    let article = ArticleParser.parse(path: "b.txt", text: Array(text.unicodeScalars))
    #expect(article.caption == nil)
    #expect(article.deck == nil)
    #expect(article.paragraphs.count == 2)
  }

  @Test func captionCreditWithoutPhotoWordIsNotACaption() {
    #expect(SeedParser.captionAndCredit("He said [sic]") == nil)
    #expect(SeedParser.captionAndCredit("A view of the bay. [Photo/AFP]")?.1 == "Photo/AFP")
  }

  /// The first seed article, in `../shared/seed` beside the package.
  static let seedPath = URL(fileURLWithPath: #filePath)  // Tests/QuothModelTests/Article/…
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("../shared/seed/000_45918df99b064356.txt")
    .standardizedFileURL.path

  /// Under `CI=true` a missing seed fails the test instead of skipping it.
  static var seedRequired: Bool {
    ProcessInfo.processInfo.environment["CI"] == "true" || FileManager.default.fileExists(atPath: seedPath)
  }

  @Test(.enabled(if: seedRequired, "needs ../shared/seed beside the package (always runs under CI=true)"))
  func theSeedArticle() throws {
    let bytes = try Data(contentsOf: URL(fileURLWithPath: Self.seedPath))
    let article = try ArticleParser.article(bytes: Array(bytes), path: Self.seedPath)
    #expect(article.title == "Xi: Take cyberspace to new level")
    #expect(article.date == "2023-11-09")
    #expect(article.authors == ["Xu Wei", "Cheng Yu", "Ma Si"])
    #expect(article.source == "China Daily")
    #expect(article.captionCredit == "Photo/XINHUA")
    #expect(article.caption?.hasPrefix("President Xi Jinping addresses") == true)
    #expect(article.deck == "Bringing benefits of internet to all nations stressed")
    #expect(article.paragraphs.count == 22)
    #expect(
      article.paragraphs.first.map { article.string($0.span).hasPrefix("President Xi Jinping called") }
        == true)
  }
}
