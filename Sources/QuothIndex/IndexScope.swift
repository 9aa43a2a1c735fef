import Foundation

/// The files of the library last given to ``LibraryIndex/update(paths:progress:)``: one database
/// holds every library indexed on the machine, and queries see only these files.
///
/// Read from SQLite through the `in_scope(id)` function on every connection, hence the lock.
final class IndexScope: @unchecked Sendable {
  private let lock = NSLock()
  private var names: [Int64: String] = [:]

  /// Replaces the files: database id to the path as the library names it.
  func set(_ files: [Int64: String]) { lock.withLock { names = files } }

  /// Whether the file with `id` belongs to the library.
  func contains(_ id: Int64) -> Bool { lock.withLock { names[id] != nil } }

  /// The path the library uses for the file with `id`.
  func name(of id: Int64) -> String? { lock.withLock { names[id] } }
}
