import Foundation
import QuothIO
import QuothIndex
import QuothModel

/// Opening and updating the library index: the one policy for `quoth search`,
/// `quoth speakers --library` and the reader's ``ReaderIndex``.
enum IndexInputs {
  /// The index of `paths`, brought up to date, with every problem printed on standard error.
  ///
  /// - Returns: the index, and whether a named input could not be read (exit 1).
  static func index(_ paths: [String], noCache: Bool) throws -> (LibraryIndex, failed: Bool) {
    let index = try open(paths, noCache: noCache)
    let progress = isatty(STDERR_FILENO) != 0 ? Self.showProgress : nil
    if readsLibrary(paths) {
      let library = paths.isEmpty ? Library.sample : Inputs.library(paths)
      try index.update(library: library, progress: progress)
      return (index, !library.errors.isEmpty)
    }
    let (current, update) = try updated(index, paths: paths, progress: progress) {
      $0.warnings.forEach(warn)
    }
    update.problems.forEach(warn)
    return (current, update.hadErrors)
  }

  /// Whether `paths` are indexed as a ``Library`` read up front (the embedded samples when there
  /// is none; standard input, web pages or corpora among them) rather than file by file.
  static func readsLibrary(_ paths: [String]) -> Bool {
    paths.isEmpty || paths.contains { $0 == "-" || ArticleRef.isWebAddress($0) || Corpus.isCorpusFile($0) }
  }

  /// Opens the index for `paths`, and prints the warnings that opening it gave.
  ///
  /// The persistent cache (``LibraryIndex/defaultURL(environment:)``) is used unless `noCache`
  /// is set or ``readsLibrary(_:)``; when it cannot be opened the index is built in memory with a
  /// warning.
  static func open(_ paths: [String], noCache: Bool) throws -> LibraryIndex {
    var index: LibraryIndex
    if noCache || readsLibrary(paths) {
      index = try LibraryIndex.inMemory()
    } else {
      do {
        index = try LibraryIndex.open(at: LibraryIndex.defaultURL())
      } catch {
        warn("\(error.description); reading without the cache")
        index = try LibraryIndex.inMemory()
      }
    }
    index.warnings.forEach(warn)
    return index
  }

  /// Updates `index` for `paths`; damage found in use starts the cache over once.
  ///
  /// - Parameter rebuilt: given the fresh cache after damage, before it is filled.
  /// - Returns: the index now in use (a fresh one after damage) and what the update did.
  static func updated(
    _ index: LibraryIndex, paths: [String], progress: (@Sendable (Int, Int) -> Void)?,
    rebuilt: (LibraryIndex) -> Void
  ) throws -> (LibraryIndex, IndexUpdate) {
    let first = Result { () throws(IndexError) in try index.update(paths: paths, progress: progress) }
    switch first {
    case .success(let update):
      return (index, update)
    case .failure(let error):
      guard case .corrupt(_, let reason) = error, let url = index.url else { throw error }
      let fresh = try LibraryIndex.rebuild(at: url, because: "damaged (\(reason))")
      rebuilt(fresh)
      let update = try fresh.update(paths: paths, progress: progress)
      return (fresh, update)
    }
  }

  /// Shows `indexing N/M` on standard error while a build takes more than a few files.
  @Sendable static func showProgress(_ done: Int, _ total: Int) {
    guard total > LibraryIndex.chunkSize else { return }
    let line = done < total ? "\rquoth: indexing \(done)/\(total)" : "\r\u{1B}[K"
    FileHandle.standardError.write(Data(line.utf8))
  }
}
