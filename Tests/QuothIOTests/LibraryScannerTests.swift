import Foundation
import Testing

@testable import QuothIO
@testable import QuothModel

/// A fresh temporary folder, removed when the test ends.
final class TemporaryFolder {
  let path: String

  init() throws {
    path = NSTemporaryDirectory() + "quoth-test-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  /// Writes `bytes` to `name` (folders created as needed) and returns the full path.
  @discardableResult
  func write(_ name: String, _ bytes: [UInt8]) throws -> String {
    let full = path + "/" + name
    let folder = (full as NSString).deletingLastPathComponent
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try Data(bytes).write(to: URL(fileURLWithPath: full))
    return full
  }

  @discardableResult
  func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }
}

@Suite struct LibraryScannerTests {
  static func seed(_ date: String, _ title: String, by author: String = "Ada Park") -> String {
    " date \(date) \(title)\n\nJanuary 01, 2020 By \(author) ( Test Times\n\nBody paragraph one.\n\nBody two.\n"
  }

  @Test func orderIsNewestFirstThenTitle() throws {
    let folder = try TemporaryFolder()
    try folder.write("a.txt", Self.seed("2021-05-01", "Older story"))
    try folder.write("b.txt", Self.seed("2023-01-01", "Zebra crossing"))
    try folder.write("c.txt", Self.seed("2023-01-01", "apple harvest"))
    try folder.write("sub/d.txt", "Undated headline\n\nText.\n")
    let library = LibraryScanner().scan([folder.path])
    #expect(
      library.entries.map(\.title) == ["apple harvest", "Zebra crossing", "Older story", "Undated headline"])
    #expect(library.errors.isEmpty)
    #expect(library.warnings.isEmpty)
    #expect(library.entries[0].authors == ["Ada Park"])
    #expect(library.entries[0].source == "Test Times")
    #expect(library.entries[0].words == 5)
    #expect(!library.entries[0].wordsAreEstimated)
  }

  @Test func symlinkLoopIsVisitedOnce() throws {
    let folder = try TemporaryFolder()
    try folder.write("inner/story.txt", Self.seed("2022-02-02", "Looped"))
    try FileManager.default.createSymbolicLink(
      atPath: folder.path + "/inner/back", withDestinationPath: folder.path)
    try FileManager.default.createSymbolicLink(atPath: folder.path + "/inner/self", withDestinationPath: ".")
    let library = LibraryScanner().scan([folder.path])
    #expect(library.entries.map(\.title) == ["Looped"])
    #expect(library.warnings.count == 2)
    #expect(library.warnings.allSatisfy { if case .folderLoop = $0 { true } else { false } })
    #expect(library.errors.isEmpty)
  }

  @Test func symlinkedFileAndFolderAreFollowed() throws {
    let folder = try TemporaryFolder()
    let other = try TemporaryFolder()
    try other.write("far.txt", Self.seed("2020-01-01", "Far away"))
    try FileManager.default.createSymbolicLink(atPath: folder.path + "/link", withDestinationPath: other.path)
    try FileManager.default.createSymbolicLink(
      atPath: folder.path + "/dangling", withDestinationPath: "/nonexistent/x")
    let library = LibraryScanner().scan([folder.path])
    #expect(library.entries.map(\.title) == ["Far away"])
    let reason = "dangling symbolic link (its target does not exist)"
    #expect(library.warnings == [.unreadable(path: folder.path + "/dangling", reason: reason)])
  }

  @Test func binaryHiddenAndUnreadableFilesInFoldersAreSkipped() throws {
    let folder = try TemporaryFolder()
    try folder.write("good.txt", Self.seed("2022-02-02", "Good"))
    let binary = try folder.write("image.png", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A])
    try folder.write(".hidden.txt", Self.seed("2022-02-02", "Hidden"))
    try folder.write(".git/config.txt", "Hidden folder\n")
    let library = LibraryScanner().scan([folder.path])
    #expect(library.entries.map(\.title) == ["Good"])
    #expect(library.warnings == [.binary(path: binary)])
    #expect(library.warnings[0].description.contains("image.png"))
    #expect(library.errors.isEmpty)
  }

  @Test func namedBadInputsAreErrorsAndTheRestIsListed() throws {
    let folder = try TemporaryFolder()
    let good = try folder.write("good.txt", Self.seed("2022-02-02", "Good"))
    let binary = try folder.write("blob.bin", [0x00, 0x01, 0x02])
    let missing = folder.path + "/missing.txt"
    let library = LibraryScanner().scan([good, missing, binary])
    #expect(library.entries.map(\.title) == ["Good"])
    #expect(library.errors == [.notFound(path: missing), .binary(path: binary)])
    #expect(library.errors[0].description == "\(missing): no such file")
  }

  @Test func headReadEstimatesWordsOfLargeFiles() throws {
    let folder = try TemporaryFolder()
    let paragraph = "Word " + String(repeating: "word ", count: 99) + "\n\n"
    let big = Self.seed("2024-01-01", "Big one") + String(repeating: paragraph, count: 200)
    let path = try folder.write("big.txt", big)
    let scanner = LibraryScanner(headSize: 4096)
    let (entry, article) = try scanner.entry(path: path)
    #expect(article == nil)
    #expect(entry.title == "Big one")
    #expect(entry.authors == ["Ada Park"])
    #expect(entry.wordsAreEstimated)
    let exact = try ArticleLoader.load(path: path).wordCount
    #expect(abs(entry.words - exact) * 20 < exact)
    #expect(entry.size == big.utf8.count)
  }

  @Test func headCutInsideACharacterIsNotAnError() throws {
    let head = Array(" date 2024-01-01 李明华 speaks\n\nBy Li Hua ( Daily\n\n".utf8) + Array("李".utf8).prefix(2)
    let entry = try LibraryScanner.entry(path: "x.txt", head: head, fileSize: head.count + 100)
    #expect(entry.title == "李明华 speaks")
  }

  @Test func emptyFileIsListedByName() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("empty.txt", "")
    let library = LibraryScanner().scan([path])
    #expect(library.entries.map(\.displayTitle) == ["empty.txt"])
    #expect(library.entries.first?.words == 0)
    #expect(library.errors.isEmpty)
  }

  @Test func pathExpanderAgreesWithTheScanner() throws {
    let folder = try TemporaryFolder()
    try folder.write("b/2.txt", "Two\n")
    try folder.write("a.txt", "One\n")
    try folder.write(".h.txt", "Hidden\n")
    let (files, problems) = PathExpander.files(for: [folder.path, "-", folder.path + "/nope"])
    #expect(files == [folder.path + "/a.txt", folder.path + "/b/2.txt", "-"])
    #expect(problems == ["\(folder.path)/nope: no such file"])
  }

  @Test func libraryOpensTheFullArticle() throws {
    let folder = try TemporaryFolder()
    try folder.write("s.txt", Self.seed("2022-02-02", "Open me"))
    let library = LibraryScanner().scan([folder.path])
    let article = try library.article(for: library.entries[0])
    #expect(article.title == "Open me")
    #expect(article.paragraphs.count == 2)
  }
}
