import Foundation
import QuothIndex
import QuothModel

/// Opening and updating the library index for `quoth search` and `quoth speakers --library`.
enum IndexInputs {
  /// The index of `paths`, brought up to date, with every problem printed on standard error.
  ///
  /// The persistent cache (``LibraryIndex/defaultURL(environment:)``) is used unless `noCache`
  /// is set, no path is given (the embedded samples) or `-` is among them; when it cannot be
  /// opened the index is built in memory with a warning.
  /// - Returns: the index, and whether a named input could not be read (exit 1).
  static func index(_ paths: [String], noCache: Bool) throws -> (LibraryIndex, failed: Bool) {
    let transient = noCache || paths.isEmpty || paths.contains("-")
    var index: LibraryIndex
    if transient {
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
    let progress = isatty(STDERR_FILENO) != 0 ? Self.showProgress : nil
    if paths.isEmpty || paths.contains("-") {
      let library = paths.isEmpty ? Library.sample : Inputs.library(paths)
      try index.update(library: library, progress: progress)
      return (index, !library.errors.isEmpty)
    }
    let (current, update) = try updated(index, paths: paths, progress: progress)
    update.problems.forEach(warn)
    return (current, update.hadErrors)
  }

  /// Updates `index` for `paths`; damage found in use starts the cache over once, with a warning.
  private static func updated(
    _ index: LibraryIndex, paths: [String], progress: (@Sendable (Int, Int) -> Void)?
  ) throws -> (LibraryIndex, IndexUpdate) {
    let first = Result { () throws(IndexError) in try index.update(paths: paths, progress: progress) }
    switch first {
    case .success(let update):
      return (index, update)
    case .failure(let error):
      guard case .corrupt(_, let reason) = error, let url = index.url else { throw error }
      let fresh = try LibraryIndex.rebuild(at: url, because: "damaged (\(reason))")
      fresh.warnings.forEach(warn)
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
