import Testing

@testable import QuothModel

@Suite("Plain text dump")
struct PlainTextRendererTests {
  /// A short seed-format article written for these tests.
  static let seed = """
     date 2024-03-05 Lighthouse keepers return to the northern isles

    March 05, 2024 By Ada Byron and Kim Lee ( Harbour Post

    A keeper climbs the stairs of the restored tower at Skerry Point on Monday evening. [Photo/HARBOUR POST]

    Volunteers relight a beacon dark for forty years

    The lamp at Skerry Point was lit again on Monday evening, after a restoration that took three winters and \
    most of the village.

    "We wanted the ships to see it from the sound," said Ada Mensah, who led the work. 灯塔重新点亮了。

    A stray \u{1B}[31mescape\u{1B}[0m and a bell\u{07} must not reach the terminal.

    """

  let article = ArticleParser.parse(path: "lighthouse.txt", text: Array(Self.seed.unicodeScalars))

  @Test("the header, caption, deck and paragraphs")
  func shape() {
    let lines = PlainTextRenderer(width: 40).lines(for: article)
    #expect(
      Array(lines.prefix(10)) == [
        "Lighthouse keepers return to the",
        "northern isles",
        "2024-03-05 \u{B7} Harbour Post",
        "By Ada Byron and Kim Lee",
        "",
        "  A keeper climbs the stairs of the",
        "  restored tower at Skerry Point on",
        "  Monday evening. [Photo/HARBOUR POST]",
        "",
        "Volunteers relight a beacon dark for",
      ])
    #expect(lines.contains("\"We wanted the ships to see it from the"))
    #expect(lines.suffix(3).joined(separator: " ").contains("\u{241B}[31mescape\u{241B}[0m"))
    #expect(lines.suffix(3).joined(separator: " ").contains("bell\u{2407}"))
  }

  @Test("every line fits and no control character gets through", arguments: [1, 2, 5, 12, 40, 72, 200])
  func fits(width: Int) {
    let text = PlainTextRenderer(width: width).render(article)
    #expect(text.hasSuffix("\n"))
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let scalars = Array(line.unicodeScalars)
      #expect(DisplayWidth.of(line) <= width || LayoutFixture.clusterCount(scalars) == 1, "\(line)")
      #expect(scalars.allSatisfy { $0.value >= 0x20 && !(0x7F..<0xA0).contains($0.value) })
    }
  }

  @Test("an article with no header prints its blocks")
  func plain() {
    let article = LayoutFixture.article(["Short title", "One paragraph.", "Two paragraphs."])
    #expect(
      PlainTextRenderer(width: 80).render(article) == "Short title\n\nOne paragraph.\n\nTwo paragraphs.\n")
  }
}
