import Foundation

/// A temporary folder holding test articles and a cache folder, removed when the test ends.
final class TestLibrary {
  let root: URL
  let articles: URL
  let cache: URL

  init() throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent("quoth-index-\(UUID().uuidString)")
    articles = root.appendingPathComponent("articles")
    cache = root.appendingPathComponent("cache/quoth/index.sqlite")
    try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: root) }

  /// Writes a plain-text article: the title on the first line, then paragraphs.
  @discardableResult
  func write(_ name: String, title: String, paragraphs: [String]) throws -> String {
    let url = articles.appendingPathComponent(name)
    let text = ([title] + paragraphs).joined(separator: "\n\n") + "\n"
    try Data(text.utf8).write(to: url)
    return url.path
  }

  /// The article folder's path.
  var path: String { articles.path }
}
