import Foundation
import Testing

@testable import QuothIO
@testable import QuothModel

@Suite struct ReadingTrackerTests {
  /// A long article in a temporary folder, and a store beside it.
  struct Setup {
    let folder: TemporaryFolder
    let path: String
    let store: StateStore

    init() throws {
      folder = try TemporaryFolder()
      let paragraphs = (1...60).map {
        "Paragraph \($0) says something about the harbour and the ferry that sails at dawn."
      }
      path = try folder.write("long.txt", "Long article\n\n" + paragraphs.joined(separator: "\n\n") + "\n")
      store = StateStore(folder: folder.path + "/state/quoth")
    }

    func article() throws -> Article { try ArticleLoader.load(path: path) }

    /// The action that opens the article, as the run loop sends it.
    func loaded(_ tracker: ReadingTracker) throws -> Action {
      let article = try article()
      return .loaded(
        article, analysis: QuoteExtractor.analyze(article), savedOffset: tracker.savedOffset(for: .file(path))
      )
    }
  }

  /// Carries out the save effects among `effects`, as the run loop does.
  func perform(_ effects: [Effect], _ tracker: ReadingTracker) {
    for case .savePosition(let ref, let offset) in effects { tracker.save(ref, offset: offset) }
  }

  @Test func reopeningReturnsToTheSameTextAtAnotherWidth() throws {
    let setup = try Setup()
    let tracker = ReadingTracker(store: setup.store, libraryKey: "lib")
    var state = ReaderState(entries: [], hasLibrary: false, columns: 80, rows: 20)
    perform(state.reduce(try setup.loaded(tracker)), tracker)
    for _ in 0..<40 { perform(state.reduce(.key(.char("j"))), tracker) }
    let offset = try #require(state.readingPosition?.offset)
    #expect(offset > 0)
    let closing = state.reduce(.shutdown)
    #expect(closing == [.savePosition(.file(setup.path), offset: offset)])
    perform(closing, tracker)
    #expect(tracker.problems.isEmpty)

    let second = ReadingTracker(store: setup.store, libraryKey: "lib")
    var narrow = ReaderState(entries: [], hasLibrary: false, columns: 40, rows: 20)
    narrow.reduce(try setup.loaded(second))
    let document = try #require(narrow.document)
    let line = document.layout.lines[document.top]
    #expect(line.span.start <= offset && offset <= line.span.end, "the top line shows the saved offset")
    #expect(second.saved.libraries["lib"]?.path == StateStore.articleKey(for: .file(setup.path)))
  }

  @Test func leavingAnArticleSavesItsPlace() throws {
    let setup = try Setup()
    let entry = try #require(LibraryScanner().scan([setup.path]).entries.first)
    let tracker = ReadingTracker(store: setup.store, libraryKey: "lib")
    var state = ReaderState(entries: [entry], hasLibrary: true, columns: 80, rows: 20)
    perform(state.reduce(try setup.loaded(tracker)), tracker)
    for _ in 0..<10 { perform(state.reduce(.key(.char("j"))), tracker) }
    let back = state.reduce(.key(.char("q")))
    #expect(state.screen == .library, "q goes back to the library")
    #expect(back.count == 1, "leaving the article asks for its place to be saved")
    perform(back, tracker)
    let saved = setup.store.load().state.articles[StateStore.articleKey(for: .file(setup.path))]
    #expect(saved != nil && saved!.offset > 0, "saved when the article was left, before the reader quit")
    #expect(state.reduce(.shutdown).isEmpty, "nothing more to save from the library")

    let next = ReadingTracker(store: setup.store, libraryKey: "lib")
    #expect(next.lastArticle(among: [.file("elsewhere.txt"), entry.ref]) == entry.ref)
    #expect(ReadingTracker(store: setup.store, libraryKey: "other").lastArticle(among: [entry.ref]) == nil)
  }

  @Test func standardInputIsNotRemembered() throws {
    let setup = try Setup()
    let tracker = ReadingTracker(store: setup.store, libraryKey: "-")
    var state = ReaderState(entries: [], hasLibrary: false)
    let article = ArticleParser.parse(path: "-", text: Array("Piped\n\nText.\n".unicodeScalars))
    state.reduce(.loaded(article, analysis: QuoteAnalysis()))
    perform(state.reduce(.shutdown), tracker)
    #expect(setup.store.load().state.articles.isEmpty)
  }
}
