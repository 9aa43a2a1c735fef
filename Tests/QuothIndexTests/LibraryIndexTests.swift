import Foundation
import QuothIO
import QuothModel
import Testing

@testable import QuothIndex

@Suite struct LibraryIndexTests {
  /// Three articles: two quote Xi Jinping (once with his title), two Clintons share a surname.
  static func threeArticles(_ library: TestLibrary) throws {
    try library.write(
      "a.txt", title: "Summit opens in Beijing",
      paragraphs: [
        "\"We welcome all partners,\" said President Xi Jinping at the opening.",
        "\"The talks were useful,\" said Hillary Clinton, the former secretary of state.",
      ])
    try library.write(
      "b.txt", title: "Trade figures improve",
      paragraphs: [
        "\"Exports grew strongly this year,\" Xi Jinping said on Tuesday.",
        "\"I saw the numbers myself,\" said Bill Clinton.",
      ])
    try library.write(
      "c.txt", title: "Weather report",
      paragraphs: ["Rain is expected across the north on Sunday, with sun later in the week."])
  }

  @Test func buildsThenReopensWithoutReading() throws {
    let library = try TestLibrary()
    try Self.threeArticles(library)
    let first = try LibraryIndex.open(at: library.cache)
    let progress = ProgressLog()
    let built = try first.update(paths: [library.path]) { progress.add($0, $1) }
    #expect(built.files == 3)
    #expect(built.indexed == 3)
    #expect(progress.calls.first! == [0, 3])
    #expect(progress.calls.last! == [3, 3])
    #expect(first.warnings.isEmpty)

    let second = try LibraryIndex.open(at: library.cache)
    let reopened = try second.update(paths: [library.path])
    #expect(reopened == IndexUpdate(files: 3, indexed: 0, removed: 0))
    #expect(try second.search("weather").map(\.title) == ["Weather report"])
  }

  @Test func reindexesAChangedFileOnly() throws {
    let library = try TestLibrary()
    try Self.threeArticles(library)
    let index = try LibraryIndex.open(at: library.cache)
    try index.update(paths: [library.path])
    try library.write("c.txt", title: "Weather report", paragraphs: ["Snow is expected everywhere tonight."])
    let update = try index.update(paths: [library.path])
    #expect(update.indexed == 1)
    #expect(try index.search("snow").map(\.title) == ["Weather report"])
    #expect(try index.search("rain").isEmpty)
  }

  @Test func dropsADeletedFile() throws {
    let library = try TestLibrary()
    try Self.threeArticles(library)
    let index = try LibraryIndex.open(at: library.cache)
    try index.update(paths: [library.path])
    try FileManager.default.removeItem(at: library.articles.appendingPathComponent("b.txt"))
    let update = try index.update(paths: [library.path])
    #expect(update.removed == 1)
    #expect(update.indexed == 0)
    #expect(try index.search("exports").isEmpty)
    #expect(try index.speakers().map(\.name).contains("Bill Clinton") == false)
  }

  @Test func keepsOtherLibrariesButShowsOnlyThisOne() throws {
    let library = try TestLibrary()
    try Self.threeArticles(library)
    let other = library.root.appendingPathComponent("other")
    try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
    try Data("Elsewhere\n\nRain fell on the other library too.\n".utf8).write(
      to: other.appendingPathComponent("d.txt"))
    let index = try LibraryIndex.open(at: library.cache)
    try index.update(paths: [library.path])
    let update = try index.update(paths: [other.path])
    #expect(update.removed == 0)
    #expect(try index.search("rain").map(\.title) == ["Elsewhere"])
    #expect(try index.update(paths: [library.path]).indexed == 0)
    #expect(try index.search("rain").map(\.title) == ["Weather report"])
  }

  @Test func mergesSpeakersAcrossArticles() throws {
    let library = try TestLibrary()
    try Self.threeArticles(library)
    let index = try LibraryIndex.open(at: library.cache)
    try index.update(paths: [library.path])
    let speakers = try index.speakers(order: .name)
    #expect(speakers.map(\.name) == ["Bill Clinton", "Hillary Clinton", "Xi Jinping"])
    let xi = try #require(speakers.last)
    #expect(xi.articles == 2)
    #expect(xi.quotes == 2)
    #expect(xi.kind == .person)
    #expect(try index.speakers(matching: "clin").count == 2)

    let quotes = try index.quotes(of: xi.key)
    #expect(quotes.map { ($0.path as NSString).lastPathComponent } == ["a.txt", "b.txt"])
    #expect(quotes.map(\.title) == ["Summit opens in Beijing", "Trade figures improve"])
    for quote in quotes {
      let article = try ArticleLoader.load(path: quote.path)
      #expect(article.string(quote.span) == quote.text)
    }
    #expect(quotes[0].text.contains("We welcome all partners"))
  }

  @Test func titleHitsOutrankBodyMentionsAndPhrasesMatchAsWritten() throws {
    let library = try TestLibrary()
    try library.write(
      "body.txt", title: "Council meeting notes",
      paragraphs: ["The council discussed parking, budgets, schools and, briefly, solar panels."])
    try library.write(
      "title.txt", title: "Solar farm approved",
      paragraphs: ["The plan was approved on Monday after a long debate."])
    try library.write(
      "apart.txt", title: "Energy and gardens",
      paragraphs: ["Green spaces matter; energy prices too."])
    try library.write(
      "phrase.txt", title: "Policy", paragraphs: ["The city wants green energy by 2030, officials said."])
    let index = try LibraryIndex.inMemory()
    try index.update(paths: [library.path])

    let solar = try index.search("solar")
    #expect(solar.map(\.title) == ["Solar farm approved", "Council meeting notes"])
    #expect(solar[0].score > solar[1].score)

    let phrase = try index.search("\"green energy\"")
    #expect(phrase.map(\.title) == ["Policy"])
    let hit = try #require(phrase.first)
    let article = try ArticleLoader.load(path: hit.path)
    let offset = try #require(hit.matchOffset)
    #expect(article.string(TextSpan(start: offset, end: offset + 5)) == "green")
    #expect(hit.snippet.contains("green energy"))
    #expect(hit.highlights.count == 1)

    #expect(try index.search("green energy").count == 2)
    #expect(try index.search("sol*").count == 2)
    #expect(try index.search("ÉNERGY prices").map(\.title) == ["Energy and gardens"])
  }

  @Test(arguments: [
    "AND", "NEAR(", "a:b", "title:", "^x", "(", "-x", "\"\"", "x\"\"y", "'; DROP TABLE file; --",
  ])
  func operatorsTypedByTheUserAreText(query: String) throws {
    let library = try TestLibrary()
    try Self.threeArticles(library)
    let index = try LibraryIndex.inMemory()
    try index.update(paths: [library.path])
    do {
      _ = try index.search(query)
    } catch {
      #expect(error == .emptyQuery(query: query))
    }
    #expect(try index.search("weather").count == 1)
  }

  @Test func badQueriesAreClearErrors() throws {
    #expect(throws: IndexError.badQuery(query: "\"open", reason: "unclosed quotation mark")) {
      try SearchQuery.expression(for: "\"open")
    }
    #expect(throws: IndexError.emptyQuery(query: " * ")) { try SearchQuery.expression(for: " * ") }
    #expect(try SearchQuery.expression(for: "a \"b c\" d*") == "\"a\" AND \"b c\" AND \"d\" *")
    #expect(try SearchQuery.expression(for: "say\"\"") == "\"say\"")
  }

  @Test func inMemoryIndexWritesNoFile() throws {
    let library = try TestLibrary()
    try Self.threeArticles(library)
    let index = try LibraryIndex.inMemory()
    #expect(index.url == nil)
    try index.update(paths: [library.path])
    #expect(try index.speakers().count == 3)
    #expect(!FileManager.default.fileExists(atPath: library.cache.deletingLastPathComponent().path))
  }

  @Test func indexesALibraryWithEmbeddedArticles() throws {
    let index = try LibraryIndex.inMemory()
    let update = try index.update(library: .sample)
    #expect(update.indexed == Library.sample.entries.count)
    #expect(!(try index.speakers()).isEmpty)
    #expect(try index.update(library: .sample).indexed == Library.sample.entries.count)
  }

  @Test func unreadableFilesAreReportedEachTime() throws {
    let library = try TestLibrary()
    try Self.threeArticles(library)
    try Data([0, 1, 2, 0, 0, 0]).write(to: library.articles.appendingPathComponent("binary.txt"))
    let index = try LibraryIndex.open(at: library.cache)
    let first = try index.update(paths: [library.path])
    #expect(first.problems.count == 1)
    let second = try index.update(paths: [library.path])
    #expect(second.indexed == 0)
    #expect(second.problems == first.problems)
  }

  @Test func defaultLocationFollowsXDG() {
    #expect(
      LibraryIndex.defaultURL(environment: ["XDG_CACHE_HOME": "/x/cache", "HOME": "/home/a"]).path
        == "/x/cache/quoth/index.sqlite")
    #expect(
      LibraryIndex.defaultURL(environment: ["XDG_CACHE_HOME": "relative", "HOME": "/home/a"]).path
        == "/home/a/.cache/quoth/index.sqlite")
    #expect(
      LibraryIndex.defaultURL(environment: ["HOME": "/home/a"]).path == "/home/a/.cache/quoth/index.sqlite")
  }
}

/// Records progress calls from any thread.
final class ProgressLog: @unchecked Sendable {
  private let lock = NSLock()
  private var log: [[Int]] = []
  func add(_ done: Int, _ total: Int) { lock.withLock { log.append([done, total]) } }
  var calls: [[Int]] { lock.withLock { log } }
}
