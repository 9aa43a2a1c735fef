import Foundation
import Testing

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
  }

  @Test func reopeningReturnsToTheSameTextAtAnotherWidth() throws {
    let setup = try Setup()
    var tracker = ReadingTracker(store: setup.store, libraryKey: "lib")
    var state = ReaderState(entries: [], hasLibrary: false, columns: 80, rows: 20)
    state.open(try setup.article())
    tracker.follow(&state)
    for _ in 0..<40 { _ = state.reduce(.key(.char("j"))) }
    tracker.follow(&state)
    let offset = try #require(state.readingPosition?.offset)
    #expect(offset > 0)
    tracker.finish(state)
    #expect(tracker.problems.isEmpty)

    var second = ReadingTracker(store: setup.store, libraryKey: "lib")
    var narrow = ReaderState(entries: [], hasLibrary: false, columns: 40, rows: 20)
    narrow.open(try setup.article())
    second.follow(&narrow)
    let document = try #require(narrow.document)
    let line = document.layout.lines[document.top]
    #expect(line.span.start <= offset && offset <= line.span.end, "the top line shows the saved offset")
    #expect(second.saved.libraries["lib"]?.path == StateStore.articleKey(for: setup.path))
  }

  @Test func leavingAnArticleSavesItsPlace() throws {
    let setup = try Setup()
    let entry = try #require(LibraryScanner().scan([setup.path]).entries.first)
    var tracker = ReadingTracker(store: setup.store, libraryKey: "lib")
    var state = ReaderState(entries: [entry], hasLibrary: true, columns: 80, rows: 20)
    state.open(try setup.article())
    tracker.follow(&state)
    for _ in 0..<10 { _ = state.reduce(.key(.char("j"))) }
    tracker.follow(&state)
    _ = state.reduce(.key(.char("q")))
    #expect(state.screen == .library, "q goes back to the library")
    tracker.follow(&state)
    let saved = setup.store.load().state.articles[StateStore.articleKey(for: setup.path)]
    #expect(saved != nil && saved!.offset > 0, "saved when the article was left, before the reader quit")

    let next = ReadingTracker(store: setup.store, libraryKey: "lib")
    var library = ReaderState(entries: [entry], hasLibrary: true)
    next.selectLastArticle(in: &library)
    #expect(library.selection == 0)
  }

  @Test func standardInputIsNotRemembered() throws {
    let setup = try Setup()
    var tracker = ReadingTracker(store: setup.store, libraryKey: "-")
    var state = ReaderState(entries: [], hasLibrary: false)
    state.open(ArticleParser.parse(path: "-", text: Array("Piped\n\nText.\n".unicodeScalars)))
    tracker.follow(&state)
    tracker.finish(state)
    #expect(setup.store.load().state.articles.isEmpty)
  }
}
