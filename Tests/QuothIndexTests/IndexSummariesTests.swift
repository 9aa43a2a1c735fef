import Foundation
import QuothIO
import QuothModel
import Testing

@testable import QuothIndex

/// The library list's quote counts and top speakers come from the index, and agree with
/// summarising each article directly.
@Suite struct IndexSummariesTests {
  @Test func summariesMatchTheArticles() throws {
    let library = try TestLibrary()
    try LibraryIndexTests.threeArticles(library)
    let index = try LibraryIndex.inMemory()
    try index.update(paths: [library.path])
    let summaries = try index.summaries()
    #expect(summaries.count == 3, "every article, quotes or not")
    for name in ["a.txt", "b.txt", "c.txt"] {
      let path = library.articles.appendingPathComponent(name).path
      let direct = QuoteSummary(QuoteExtractor.analyze(try ArticleLoader.load(path: path)))
      #expect(summaries[path] == direct, "\(name)")
    }
    let weather = library.articles.appendingPathComponent("c.txt").path
    #expect(summaries[weather] == QuoteSummary(quotes: 0, topSpeakers: []))
  }
}
