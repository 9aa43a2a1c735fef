import Dispatch
import Foundation
import Testing

@testable import QuothIO

/// The seen feed items `quoth update` keeps: saved per feed, merged, pruned, and safe with two
/// writers at once.
@Suite struct FeedSeenStoreTests {
  @Test func theFileLivesInTheStateFolder() {
    #expect(
      FeedSeenStore.standard(environment: ["XDG_STATE_HOME": "/x/state", "HOME": "/h"])?.file
        == "/x/state/quoth/feeds-seen.json")
    #expect(
      FeedSeenStore.standard(environment: ["HOME": "/h"])?.file == "/h/.local/state/quoth/feeds-seen.json")
    #expect(FeedSeenStore.standard(environment: [:]) == nil)
  }

  @Test func aSaveReplacesOnlyTheFeedsItNamesAndReadsBack() throws {
    let folder = try TemporaryFolder()
    let store = FeedSeenStore(folder: folder.path + "/quoth")
    #expect(store.load().seen.isEmpty)
    #expect(store.load().problem == nil)
    #expect(store.save(["http://a/feed": ["1", "2"], "http://b/feed": ["x"]]) == nil)
    #expect(store.save(["http://a/feed": ["2", "3"]]) == nil)
    let (seen, problem) = store.load()
    #expect(problem == nil)
    #expect(seen == ["http://a/feed": ["2", "3"], "http://b/feed": ["x"]])
    let names = try FileManager.default.contentsOfDirectory(atPath: store.folder).sorted()
    #expect(names == ["feeds-seen.json", "feeds-seen.lock"], "no temporary file is left behind")
  }

  @Test func feedsOffTheListAreForgotten() throws {
    let folder = try TemporaryFolder()
    let store = FeedSeenStore(folder: folder.path)
    store.save(["http://a/feed": ["1"], "http://b/feed": ["2"], "http://c/feed": ["3"]])
    store.save(["http://a/feed": ["1", "4"]], keepingOnly: ["http://a/feed", "http://c/feed"])
    #expect(store.load().seen == ["http://a/feed": ["1", "4"], "http://c/feed": ["3"]])
  }

  @Test func aDamagedFileIsReportedReadAsEmptyAndReplacedAtTheNextSave() throws {
    let folder = try TemporaryFolder()
    let store = FeedSeenStore(folder: folder.path)
    try Data("{\"feeds\": [".utf8).write(to: URL(fileURLWithPath: store.file))
    let (seen, problem) = store.load()
    #expect(seen.isEmpty)
    #expect(
      problem?.description
        == "\(store.file): cannot read: not a list of seen feed items; every item counts as new")
    #expect(store.save(["http://a/feed": ["1"]]) == nil)
    #expect(store.load().seen == ["http://a/feed": ["1"]])
    #expect(store.load().problem == nil)
  }

  @Test func anUnwritableFolderIsOneProblemNamingTheFile() throws {
    let folder = try TemporaryFolder()
    let blocker = folder.path + "/file"
    try Data("x".utf8).write(to: URL(fileURLWithPath: blocker))
    let store = FeedSeenStore(folder: blocker + "/quoth")
    let problem = try #require(store.save(["http://a/feed": ["1"]]))
    guard case .cannotWrite(let path, _) = problem else {
      Issue.record("expected cannotWrite, got \(problem)")
      return
    }
    #expect(path == store.file)
  }

  @Test func savesAtOnceLoseNoFeed() throws {
    let folder = try TemporaryFolder()
    let store = FeedSeenStore(folder: folder.path)
    DispatchQueue.concurrentPerform(iterations: 24) { index in
      #expect(store.save(["http://feed/\(index)": ["item-\(index)"]]) == nil)
    }
    let seen = store.load().seen
    #expect(seen.count == 24)
    #expect(seen["http://feed/7"] == ["item-7"])
  }
}
