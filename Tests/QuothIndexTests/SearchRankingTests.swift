import Foundation
import QuothModel
import Testing

@testable import QuothIndex

/// Ranking that still orders articles for a word nearly every article has, and snippets from
/// the reading text only.
@Suite struct SearchRankingTests {
  @Test func aCommonWordRanksTitleAndQuoteMatchesAboveAPassingMention() throws {
    let library = try TestLibrary()
    // "harbour" is in every article, so bm25 alone gives it next to no weight.
    for number in 1...6 {
      try library.write(
        "filler\(number).txt", title: "Council meets on budget \(number)",
        paragraphs: ["The council met near the harbour on Monday to discuss the budget for next year."])
    }
    try library.write(
      "title.txt", title: "Harbour reopens after storm",
      paragraphs: ["Boats returned to the harbour on Friday, and the harbour office reopened."])
    try library.write(
      "quote.txt", title: "Fishermen count the cost",
      paragraphs: ["\"The harbour is our living,\" said Ada Lind, a fisherman. The harbour wall held."])
    let index = try LibraryIndex.open(at: library.cache)
    try index.update(paths: [library.path])
    let hits = try index.search("harbour")
    #expect(hits.count == 8)
    let names = hits.map { ($0.path as NSString).lastPathComponent }
    #expect(Array(names.prefix(2)) == ["title.txt", "quote.txt"], "\(names)")
    #expect(hits.allSatisfy { $0.score > 0 }, "every score says something")
    #expect(hits[0].score > hits[2].score)
  }

  @Test func snippetsComeFromTheReadingTextNotTheSeedHeader() throws {
    let library = try TestLibrary()
    let text = """
       date 2024-05-02 Night trains return

      May 02, 2024 By Ines Varga ( Valley Courier

      The night train returns to the valley in June, the rail company said.

      """
    try Data(text.utf8).write(to: library.articles.appendingPathComponent("trains.txt"))
    let index = try LibraryIndex.open(at: library.cache)
    try index.update(paths: [library.path])
    let hit = try #require(try index.search("valley").first)
    #expect(!hit.snippet.contains("date 2024"))
    #expect(!hit.snippet.contains("( Valley Courier"))
    #expect(hit.snippet.contains("returns to the valley"))
    let offset = try #require(hit.matchOffset)
    let scalars = Array(text.unicodeScalars)
    #expect(
      String(String.UnicodeScalarView(scalars[offset..<offset + 6])) == "valley",
      "offsets are article offsets")
  }
}
