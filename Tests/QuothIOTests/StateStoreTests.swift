import Foundation
import Testing

@testable import QuothIO
@testable import QuothModel

@Suite struct StateStoreTests {
  @Test func defaultFolderFollowsXDG() {
    #expect(
      StateStore.standard(environment: ["XDG_STATE_HOME": "/x/state", "HOME": "/h"])?.folder
        == "/x/state/quoth")
    #expect(StateStore.standard(environment: ["HOME": "/h"])?.folder == "/h/.local/state/quoth")
    #expect(
      StateStore.standard(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"])?.folder
        == "/h/.local/state/quoth")
    #expect(StateStore.standard(environment: [:]) == nil)
  }

  @Test func savesAndLoadsAndLeavesNoTemporaryFiles() throws {
    let folder = try TemporaryFolder()
    let store = StateStore(folder: folder.path + "/quoth")
    #expect(store.load().state == ReadingState())
    var changes = ReadingState()
    changes.articles["/a.txt"] = .init(offset: 120, updated: 10)
    changes.libraries["lib"] = .init(path: "/a.txt", updated: 10)
    #expect(store.save(changes).isEmpty)
    let (loaded, problems) = store.load()
    #expect(problems.isEmpty)
    #expect(loaded.articles["/a.txt"]?.offset == 120)
    #expect(loaded.libraries["lib"]?.path == "/a.txt")
    let names = try FileManager.default.contentsOfDirectory(atPath: store.folder).sorted()
    #expect(names == ["state.json", "state.lock"])
  }

  @Test func newerRecordsWinAMerge() throws {
    let folder = try TemporaryFolder()
    let store = StateStore(folder: folder.path)
    store.save(
      ReadingState(articles: ["/a": .init(offset: 5, updated: 20), "/b": .init(offset: 7, updated: 1)]))
    store.save(
      ReadingState(articles: ["/a": .init(offset: 99, updated: 10), "/b": .init(offset: 8, updated: 2)]))
    let state = store.load().state
    #expect(state.articles["/a"]?.offset == 5)
    #expect(state.articles["/b"]?.offset == 8)
  }

  @Test(arguments: ["{not json", "", "{\"articles\": 3}", "\u{0}\u{1}binary"])
  func corruptFileIsSetAsideWithAWarning(_ content: String) throws {
    let folder = try TemporaryFolder()
    let store = StateStore(folder: folder.path)
    try folder.write("state.json", content)
    let (state, problems) = store.load()
    #expect(state == ReadingState())
    #expect(problems.count == 1)
    guard case .corrupt(let path, let aside)? = problems.first else {
      Issue.record("expected a corrupt-file problem, got \(problems)")
      return
    }
    #expect(path == store.file)
    #expect(aside.hasPrefix(store.file + ".corrupt-"))
    #expect(problems[0].description.contains(store.file))
    #expect(FileManager.default.contents(atPath: aside) == Data(content.utf8))
    #expect(!FileManager.default.fileExists(atPath: store.file))
    #expect(store.save(ReadingState(articles: ["/a": .init(offset: 1)])).isEmpty)
    #expect(store.load().problems.isEmpty)
  }

  @Test func manyWritersAtOnceLoseNothing() throws {
    let folder = try TemporaryFolder()
    let store = StateStore(folder: folder.path)
    // Each save opens the lock file anew, so flock serialises these as it does two processes.
    DispatchQueue.concurrentPerform(iterations: 40) { index in
      store.save(ReadingState(articles: ["/article-\(index)": .init(offset: index)]))
    }
    let (state, problems) = store.load()
    #expect(problems.isEmpty)
    #expect(state.articles.count == 40)
    #expect(state.articles["/article-17"]?.offset == 17)
  }

  @Test func twoProcessesAtOnceLoseNothing() throws {
    let folder = try TemporaryFolder()
    let store = StateStore(folder: folder.path)
    // Two real processes (python3 stands in for a second quoth) take the same lock around their
    // read-merge-write while this one saves.
    guard
      let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first(
        where: FileManager.default.isExecutableFile)
    else { return }
    let script = """
      import fcntl, json, os, sys
      folder = sys.argv[1]
      for i in range(50):
          with open(folder + '/state.lock', 'a') as lock:
              fcntl.flock(lock, fcntl.LOCK_EX)
              try:
                  state = json.load(open(folder + '/state.json'))
              except FileNotFoundError:
                  state = {'version': 1, 'articles': {}, 'libraries': {}}
              state['articles']['/py-%d' % i] = {'offset': i, 'updated': 1.0}
              tmp = folder + '/state.json.tmp-py'
              json.dump(state, open(tmp, 'w'))
              os.rename(tmp, folder + '/state.json')
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = ["-c", script, folder.path]
    try process.run()
    for index in 0..<50 { store.save(ReadingState(articles: ["/swift-\(index)": .init(offset: index)])) }
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    let (state, problems) = store.load()
    #expect(problems.isEmpty)
    #expect(state.articles.keys.filter { $0.hasPrefix("/py-") }.count == 50)
    #expect(state.articles.keys.filter { $0.hasPrefix("/swift-") }.count == 50)
  }

  @Test func unwritableFolderIsAProblemNotACrash() throws {
    let folder = try TemporaryFolder()
    try folder.write("file", "not a folder")
    let store = StateStore(folder: folder.path + "/file/quoth")
    let problems = store.save(ReadingState(articles: ["/a": .init(offset: 1)]))
    #expect(problems.count == 1)
    #expect(problems.first?.description.contains(folder.path + "/file/quoth") == true)
  }

  @Test func keysAreAbsolutePaths() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("a.txt", "A\n\nB.\n")
    let resolved = StateStore.articleKey(for: .file(path))
    #expect(resolved.hasPrefix("/"))
    #expect(StateStore.articleKey(for: .file(folder.path + "/./x/../a.txt")) == resolved)
    #expect(StateStore.articleKey(for: .sample("wuzhen")) == "sample:wuzhen")
    #expect(StateStore.libraryKey(for: []) == "samples")
  }

  @Test func oldestRecordsAreDroppedPastTheLimit() {
    var many = ReadingState()
    for index in 0..<(ReadingState.limit + 10) {
      many.articles["/a\(index)"] = .init(offset: index, updated: Double(index))
    }
    let trimmed = ReadingState().merged(with: many)
    #expect(trimmed.articles.count == ReadingState.limit)
    #expect(trimmed.articles["/a0"] == nil)
    #expect(trimmed.articles["/a\(ReadingState.limit + 9)"] != nil)
  }
}
