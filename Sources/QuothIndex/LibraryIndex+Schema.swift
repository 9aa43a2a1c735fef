import Foundation
import GRDB

extension LibraryIndex {
  /// Why a database could not be used: a file that is not a valid index (rebuild it) or a
  /// failure to open at all (report it).
  enum OpenFailure: Error {
    case invalid(String)
    case failed(String)
  }

  /// The connection settings: 30 s of waiting for another process's lock, `synchronous = NORMAL`,
  /// and `in_scope(id)`.
  static func configuration(scope: IndexScope) -> Configuration {
    var config = Configuration()
    config.busyMode = .timeout(30)
    config.label = "quoth-index"
    config.prepareDatabase { db in
      // A cache: losing the last transaction to a power cut is fine, an fsync per chunk is not.
      try db.execute(sql: "PRAGMA synchronous = NORMAL")
      // Debian's SQLite zeroes deleted content; FTS merges delete a lot, and this is a cache.
      try db.execute(sql: "PRAGMA secure_delete = OFF")
      // 8 MB for the writer builds a 10,000-file index as fast as 32 MB did, with 27 MB less
      // resident; readers scan the quote and speaker tables once for the library's counts, then
      // answer small queries, so 2 MB each is enough (the pages stay in the OS's cache anyway).
      try db.execute(sql: "PRAGMA cache_size = \(db.configuration.readonly ? -2000 : -8000)")
      db.add(
        function: DatabaseFunction("in_scope", argumentCount: 1, pure: false) { values in
          guard let id = Int64.fromDatabaseValue(values[0]) else { return false }
          return scope.contains(id)
        })
    }
    return config
  }

  /// Opens the pool at `path` and checks that it is a quoth index of this schema version,
  /// creating the schema in an empty database.
  static func openPool(path: String, scope: IndexScope, fullCheck: Bool) throws(OpenFailure) -> DatabasePool {
    if let reason = headerProblem(path) { throw .invalid(reason) }
    let pool: DatabasePool
    do {
      pool = try openRetryingWhenBusy(path: path, configuration: configuration(scope: scope))
    } catch let error as DatabaseError where isCorruption(error) {
      throw .invalid("not a SQLite database (\(error.message ?? "\(error.resultCode)"))")
    } catch {
      throw .failed("\(error)")
    }
    do {
      let problem: String? = try pool.writeWithoutTransaction { db in
        var problem: String?
        try db.inTransaction(.immediate) {
          problem = try checkOrCreateSchema(db, fullCheck: fullCheck)
          return .commit
        }
        return problem
      }
      if let problem {
        try? pool.close()
        throw OpenFailure.invalid(problem)
      }
    } catch let failure as OpenFailure {
      throw failure
    } catch let error as DatabaseError where isCorruption(error) {
      try? pool.close()
      throw .invalid("corrupt database (\(error.message ?? "\(error.resultCode)"))")
    } catch {
      try? pool.close()
      throw .failed("\(error)")
    }
    return pool
  }

  /// Opens a pool, trying again for up to 30 s while another process holds the database.
  ///
  /// Opening switches the database to WAL, which needs a lock that SQLite refuses at once, without
  /// its busy handler, when waiting could deadlock with another connection that is upgrading its
  /// own (two quoth processes opening a new cache together).
  static func openRetryingWhenBusy(path: String, configuration: Configuration) throws -> DatabasePool {
    let clock = ContinuousClock()
    let deadline = clock.now + .seconds(30)
    while true {
      do {
        return try DatabasePool(path: path, configuration: configuration)
      } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && clock.now < deadline {
        usleep(50_000)
      }
    }
  }

  /// Why the file at `path` cannot be a SQLite database, judged from its first 16 bytes; `nil` when
  /// it may be one (or does not exist yet).
  static func headerProblem(_ path: String) -> String? {
    guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
    defer { try? handle.close() }
    let head = (try? handle.read(upToCount: 16)) ?? Data()
    if head.isEmpty { return nil }
    return head == Data("SQLite format 3\0".utf8) ? nil : "not a SQLite database"
  }

  static func isCorruption(_ error: DatabaseError) -> Bool {
    error.resultCode == .SQLITE_CORRUPT || error.resultCode == .SQLITE_NOTADB
  }

  /// Creates the schema in an empty database; for an existing one, returns why it cannot be
  /// used (another application's, another version, tables missing, failing SQLite's quick check
  /// when `fullCheck` is set) or `nil`.
  static func checkOrCreateSchema(_ db: Database, fullCheck: Bool) throws -> String? {
    let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
    let application = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
    let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
    if tables == 0 && application == 0 && version == 0 {
      try createSchema(db)
      return nil
    }
    if application != applicationID { return "not a quoth index (application id \(application))" }
    if version != schemaVersion { return "index schema version \(version), expected \(schemaVersion)" }
    let names = try String.fetchAll(
      db, sql: "SELECT name FROM sqlite_master WHERE name IN ('file', 'speaker', 'quote', 'search')")
    if names.count != 4 { return "index tables missing" }
    guard fullCheck else { return nil }
    let check = try String.fetchAll(db, sql: "PRAGMA quick_check(1)")
    if check != ["ok"] { return "failed integrity check (\(check.first ?? "no answer"))" }
    return nil
  }

  /// Creates the tables.
  ///
  /// `file` holds one row per file (`stamp` columns null for inputs that are not files; `analyzer`
  /// the identity of the attributor whose quotes are stored, part of the key with the stamp);
  /// `speaker` and `quote` its analysis (deleted with it); `search` is the FTS5 table whose
  /// rowid is the file's id, with the reading text as `body` so that match offsets are article
  /// offsets.
  static func createSchema(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE file (
          id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, size INTEGER, modified INTEGER,
          analyzer TEXT NOT NULL DEFAULT '',
          title TEXT NOT NULL DEFAULT '', date TEXT, source TEXT, authors TEXT NOT NULL DEFAULT '',
          words INTEGER NOT NULL DEFAULT 0, format TEXT NOT NULL DEFAULT 'text', problem TEXT);
        CREATE TABLE speaker (
          file_id INTEGER NOT NULL REFERENCES file(id) ON DELETE CASCADE, idx INTEGER NOT NULL,
          name TEXT NOT NULL, role TEXT, kind TEXT NOT NULL, key TEXT NOT NULL,
          direct INTEGER NOT NULL, mixed INTEGER NOT NULL, indirect INTEGER NOT NULL,
          PRIMARY KEY (file_id, idx)) WITHOUT ROWID;
        CREATE INDEX speaker_key ON speaker(key);
        CREATE TABLE quote (
          file_id INTEGER NOT NULL REFERENCES file(id) ON DELETE CASCADE, idx INTEGER NOT NULL,
          kind TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
          speaker INTEGER, PRIMARY KEY (file_id, idx)) WITHOUT ROWID;
        CREATE VIRTUAL TABLE search USING fts5(
          title, body, quotes, tokenize = 'unicode61 remove_diacritics 2');
        PRAGMA application_id = \(applicationID);
        PRAGMA user_version = \(schemaVersion);
        """)
  }

  /// Renames a broken database (and its WAL and shared-memory files) out of the way; returns
  /// the new path.
  static func moveAside(_ path: String) -> String {
    let stamp = Int(Date().timeIntervalSince1970)
    var aside = "\(path).broken-\(stamp)"
    var attempt = 1
    while FileManager.default.fileExists(atPath: aside) {
      attempt += 1
      aside = "\(path).broken-\(stamp)-\(attempt)"
    }
    rename(path, aside)
    for suffix in ["-wal", "-shm"] { rename(path + suffix, aside + suffix) }
    return aside
  }
}
