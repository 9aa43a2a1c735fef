import Foundation
import Testing

@testable import QuothIO
@testable import QuothModel

struct CorpusLibraryTests {
  @Test func aCorpusFileGivesARowPerLineAndEachOpensAlone() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("quoth-corpus-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let lines = [
      #"{"title": "Ferry returns", "text": "The ferry came back, officials said.", "date": "2024-03-02"}"#,
      "",
      #"{"title": "Bridge shut", "text": "\"It is unsafe,\" said Ana Ortiz."}"#,
      "oops",
    ]
    let path = folder.appendingPathComponent("news.jsonl").path
    try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: path))
    let library = LibraryScanner().scan([path])
    #expect(
      library.entries.map(\.ref) == [.corpusLine(file: path, line: 1), .corpusLine(file: path, line: 3)])
    #expect(library.warnings.map(\.description) == ["\(path):4: cannot read: not a JSON object"])
    let provider = LibraryArticles(library: library)
    let bridge = try provider.article(for: .corpusLine(file: path, line: 3))
    #expect(bridge.title == "Bridge shut")
    #expect(library.lineOffsets[.corpusLine(file: path, line: 3)] == lines[0].utf8.count + 2)
    // Without the offset, the line is found by reading up to it.
    #expect(try Corpus.article(file: path, line: 1, maxLine: 1 << 20).title == "Ferry returns")
    #expect(throws: ArticleError.notFound(path: "\(path):9")) {
      try Corpus.article(file: path, line: 9, maxLine: 1 << 20)
    }
  }
}
