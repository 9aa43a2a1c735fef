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

  /// Opens the index for `paths` (the persistent cache unless `noCache`, no path or `-`); a cache
  /// that cannot be opened is replaced by one in memory, with a warning.
  init(paths: [String], library: Library, noCache: Bool) throws {
    let transient = noCache || paths.isEmpty || paths.contains("-")
    var opened: LibraryIndex
    if transient {
      opened = try LibraryIndex.inMemory()
    } else {
      do {
        opened = try LibraryIndex.open(at: LibraryIndex.defaultURL())
      } catch {
        warn("\(error.description); reading without the cache")
        opened = try LibraryIndex.inMemory()
      }
    }
    opened.warnings.forEach(warn)
    index = Mutex(opened)
    self.paths = paths
    self.library = library
  }

  private var current: LibraryIndex { index.withLock { $0 } }

  func updateIndex(progress: @escaping @Sendable (Int, Int) -> Void) throws -> [String] {
    if paths.isEmpty || paths.contains("-") {
      return try current.update(library: library, progress: progress).problems
    }
    do {
      return try current.update(paths: paths, progress: progress).problems
    } catch {
      // Damage found in use starts the cache over once.
      guard case .corrupt(_, let reason) = error, let url = current.url else { throw error }
      let fresh = try LibraryIndex.rebuild(at: url, because: "damaged (\(reason))")
      index.withLock { $0 = fresh }
      return fresh.warnings + (try fresh.update(paths: paths, progress: progress).problems)
    }
  }

  func summaries() throws -> [String: QuoteSummary] { try current.summaries() }

  func speakers() throws -> [MergedSpeaker] { try current.speakers(order: .quotes) }

  func quotes(of key: String) throws -> [IndexedQuote] { try current.quotes(of: key) }

  func search(_ query: String) throws -> [SearchHit] { try current.search(query, limit: 200) }
}
