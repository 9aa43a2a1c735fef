import Foundation
import GRDB
import QuothModel

/// A persistent index of libraries: per file its metadata, quotes and speakers, and a full-text
/// index (SQLite FTS5) of titles, bodies and quotes.
///
/// One SQLite database in WAL mode holds every library indexed on the machine, each file keyed by
/// its absolute path and checked against its size and modification time, so several quoth
/// processes can share it; writes run in `IMMEDIATE` transactions and wait up to 30 s for each
/// other. ``update(paths:progress:)`` parses only new and changed files and sets which files later
/// queries see (the library's). A file that is not a quoth index (not SQLite, another
/// application's, another schema version, or failing SQLite's quick check) is moved aside and a
/// new index is built, with a line in ``warnings``.
///
/// ```swift
/// let index = try LibraryIndex.open(at: LibraryIndex.defaultURL())
/// try index.update(paths: ["articles/"]) { done, total in print(done, total) }
/// let hits = try index.search("climate \"Paris agreement\"")
/// let speakers = try index.speakers(order: .quotes, matching: "xi")
/// let quotes = try index.quotes(of: speakers[0].key)
/// ```
public final class LibraryIndex: Sendable {
  /// The schema version stored in `PRAGMA user_version`; a database with another is rebuilt.
  public static let schemaVersion = 2
  /// The `PRAGMA application_id` of quoth indexes ("QUOT").
  static let applicationID: Int32 = 0x5155_4F54

  /// Where the database lives; `nil` for an in-memory index.
  public let url: URL?
  /// Problems met opening the index (a corrupt cache moved aside), one line each.
  public let warnings: [String]
  /// What finds the quotes; its ``QuoteAttributor/identity`` is stored with each file, and a file
  /// analysed by another identity is analysed again.
  public let attributor: any QuoteAttributor
  let writer: any DatabaseWriter
  let scope: IndexScope

  private init(
    url: URL?, writer: any DatabaseWriter, scope: IndexScope, warnings: [String],
    attributor: any QuoteAttributor
  ) {
    self.attributor = attributor
    self.url = url
    self.writer = writer
    self.scope = scope
    self.warnings = warnings
  }

  /// The default database: `$XDG_CACHE_HOME/quoth/index.sqlite`, or `~/.cache/quoth/index.sqlite`
  /// when XDG_CACHE_HOME is unset, empty or relative.
  public static func defaultURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
    let cache: URL
    if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
      cache = URL(fileURLWithPath: xdg, isDirectory: true)
    } else {
      let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
      cache = URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(
        ".cache", isDirectory: true)
    }
    return cache.appendingPathComponent("quoth", isDirectory: true).appendingPathComponent("index.sqlite")
  }

  /// Opens (creating it and its folder if needed) the index database at `url`.
  ///
  /// A file there that is not a valid quoth index is renamed to `NAME.broken-TIMESTAMP` (with its
  /// `-wal` and `-shm` files) and a new index is created; ``warnings`` says so. Opening checks the
  /// SQLite header, the application id, the schema version and the tables; damage found later
  /// throws ``IndexError/corrupt(path:reason:)``, after which ``rebuild(at:because:)`` starts
  /// over.
  /// - Parameter fullCheck: also run SQLite's `PRAGMA quick_check`, which reads the whole file
  ///   (about 1 s for a 10,000-article index), so it is off by default.
  /// - Parameter attributor: what finds quotes in new and changed files.
  /// - Throws: ``IndexError/cannotOpen(path:reason:)`` when the folder or file cannot be created.
  public static func open(
    at url: URL, fullCheck: Bool = false, attributor: any QuoteAttributor = QuoteExtractor.standard
  ) throws(IndexError) -> LibraryIndex {
    let path = url.path
    do {
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    } catch {
      throw .cannotOpen(path: path, reason: (error as NSError).localizedDescription)
    }
    let scope = IndexScope()
    var warnings: [String] = []
    do throws(OpenFailure) {
      let pool = try openPool(path: path, scope: scope, fullCheck: fullCheck)
      return LibraryIndex(url: url, writer: pool, scope: scope, warnings: [], attributor: attributor)
    } catch {
      switch error {
      case .failed(let reason): throw .cannotOpen(path: path, reason: reason)
      case .invalid(let reason):
        let aside = moveAside(path)
        warnings.append("\(path): \(reason); moved aside to \(aside) and rebuilt")
      }
    }
    do throws(OpenFailure) {
      let pool = try openPool(path: path, scope: scope, fullCheck: false)
      return LibraryIndex(url: url, writer: pool, scope: scope, warnings: warnings, attributor: attributor)
    } catch {
      switch error {
      case .invalid(let reason), .failed(let reason): throw .cannotOpen(path: path, reason: reason)
      }
    }
  }

  /// Moves the index at `url` aside (it was found damaged: `reason`) and opens a new, empty one
  /// there, whose ``warnings`` say so.
  public static func rebuild(
    at url: URL, because reason: String, attributor: any QuoteAttributor = QuoteExtractor.standard
  ) throws(IndexError) -> LibraryIndex {
    let aside = moveAside(url.path)
    let index = try open(at: url, attributor: attributor)
    return LibraryIndex(
      url: url, writer: index.writer, scope: index.scope,
      warnings: ["\(url.path): \(reason); moved aside to \(aside) and rebuilt"] + index.warnings,
      attributor: attributor)
  }

  /// A new, empty index in memory: for `--no-cache`, standard input and tests.
  public static func inMemory(attributor: any QuoteAttributor = QuoteExtractor.standard) throws(IndexError)
    -> LibraryIndex
  {
    let scope = IndexScope()
    do {
      let queue = try DatabaseQueue(configuration: configuration(scope: scope))
      try queue.write { db in try createSchema(db) }
      return LibraryIndex(url: nil, writer: queue, scope: scope, warnings: [], attributor: attributor)
    } catch {
      throw .database(path: ":memory:", reason: "\(error)")
    }
  }

  /// The name used in error messages: the database's path, or `:memory:`.
  var name: String { url?.path ?? ":memory:" }

  /// Runs `body`, mapping any database error to ``IndexError/database(path:reason:)``.
  func guarded<T>(_ body: () throws -> T) throws(IndexError) -> T {
    do {
      return try body()
    } catch let error as IndexError {
      throw error
    } catch let error as DatabaseError where Self.isCorruption(error) {
      throw .corrupt(path: name, reason: error.message ?? "\(error.resultCode)")
    } catch let error as DatabaseError {
      throw .database(path: name, reason: error.message ?? "\(error.resultCode)")
    } catch {
      throw .database(path: name, reason: "\(error)")
    }
  }
}
