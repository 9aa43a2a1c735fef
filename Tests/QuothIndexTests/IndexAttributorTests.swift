import Foundation
import QuothModel
import Testing

@testable import QuothIndex

/// An attributor that finds one fixed quote in every article, named by `identity`.
struct FixedAttributor: QuoteAttributor {
  var identity: String
  var speaker: String

  func analyze(_ article: Article) -> QuoteAnalysis {
    QuoteAnalysis(
      quotes: [
        Quote(kind: .direct, span: TextSpan(start: 0, end: 1), speaker: 0, rule: .bareQuote, confidence: 0.5)
      ],
      speakers: [Speaker(name: speaker, kind: .person, direct: 1)])
  }
}

/// The attributor is injected into the index and is part of each file's key.
@Suite struct IndexAttributorTests {
  @Test func anInjectedAttributorFindsTheQuotes() throws {
    let library = try TestLibrary()
    try library.write("a.txt", title: "A", paragraphs: ["Nothing is quoted here at all."])
    let index = try LibraryIndex.inMemory(
      attributor: FixedAttributor(identity: "fixed/1", speaker: "Ada Lovelace"))
    try index.update(paths: [library.path])
    #expect(try index.speakers().map(\.name) == ["Ada Lovelace"])
  }

  @Test func aNewAttributorVersionAnalysesCachedFilesAgain() throws {
    let library = try TestLibrary()
    try library.write("a.txt", title: "A", paragraphs: ["Nothing is quoted here at all."])
    let first = try LibraryIndex.open(
      at: library.cache, attributor: FixedAttributor(identity: "fixed/1", speaker: "Ada Lovelace"))
    #expect(try first.update(paths: [library.path]).indexed == 1)
    let same = try LibraryIndex.open(
      at: library.cache, attributor: FixedAttributor(identity: "fixed/1", speaker: "Tom Reyes"))
    #expect(try same.update(paths: [library.path]).indexed == 0)
    #expect(try same.speakers().map(\.name) == ["Ada Lovelace"])
    let newer = try LibraryIndex.open(
      at: library.cache, attributor: FixedAttributor(identity: "fixed/2", speaker: "Tom Reyes"))
    #expect(try newer.update(paths: [library.path]).indexed == 1)
    #expect(try newer.speakers().map(\.name) == ["Tom Reyes"])
  }

  @Test func theStandardAttributorNamesItsRulesAndModel() {
    let identity = QuoteExtractor.standard.identity
    #expect(identity.hasPrefix("quoth-rules/"))
    #expect(identity.contains("+model/"))
  }
}
