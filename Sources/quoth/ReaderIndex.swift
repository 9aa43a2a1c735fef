import Foundation
import QuothIndex
import QuothModel
import Synchronization

/// The library index as the interactive reader uses it: updated on a background thread, then
/// asked for speakers, a speaker's quotes and search hits.
final class ReaderIndex: LibraryQueries {
  private let index: Mutex<LibraryIndex>
  private let paths: [String]
  private let library: Library

  /// Opens the index for `paths` as ``IndexInputs/open(_:noCache:)`` does.
  init(paths: [String], library: Library, noCache: Bool) throws {
    index = Mutex(try IndexInputs.open(paths, noCache: noCache))
    self.paths = paths
    self.library = library
  }

  private var current: LibraryIndex { index.withLock { $0 } }

  func updateIndex(progress: @escaping @Sendable (Int, Int) -> Void) throws -> [String] {
    if IndexInputs.readsLibrary(paths) {
      return try current.update(library: library, progress: progress).problems
    }
    var warnings: [String] = []
    let (_, update) = try IndexInputs.updated(current, paths: paths, progress: progress) { fresh in
      index.withLock { $0 = fresh }
      warnings = fresh.warnings
    }
    return warnings + update.problems
  }

  func summaries() throws -> [ArticleRef: QuoteSummary] {
    // The index holds files, keyed by the path the library names them by.
    Dictionary(
      try current.summaries().map { (ArticleRef.file($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
  }

  func speakers() throws -> [MergedSpeaker] { try current.speakers(order: .quotes) }

  func quotes(of key: String) throws -> [IndexedQuote] { try current.quotes(of: key) }

  func search(_ query: String) throws -> [SearchHit] { try current.search(query, limit: 200) }
}
