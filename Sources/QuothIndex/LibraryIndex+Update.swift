import Foundation
import GRDB
import QuothIO
import QuothModel

extension LibraryIndex {
  /// One input of an update: a file, or an article that only the library holds.
  struct Source: Sendable {
    /// The path as the library names it.
    var name: String
    /// The database key: an absolute path, or the name itself for inputs that are not files.
    var key: String
    /// The file's stamp; `nil` for standard input and embedded articles.
    var stamp: FileStamp?
    /// For inputs that are not files: the parsed article.
    var article: Article?
  }

  /// How many files are parsed between two write transactions.
  public static let chunkSize = 64
  /// How many parsed files are written per transaction: FTS5 writes one segment per transaction,
  /// and fewer, larger segments mean less merging.
  static let writeBatch = 512

  /// Brings the index up to date with the files named by `paths` (files, folders, as for every
  /// command; not `-`) and makes them the files that queries see.
  ///
  /// Files whose size and modification time match the index are not read; new and changed files
  /// are parsed and analysed on every core, ``chunkSize`` at a time, while the previous batch
  /// of 512 is written in one transaction. Indexed files that no longer exist are dropped.
  /// - Parameter progress: called with (files done, files to do) before the first file and after
  ///   each chunk, from the calling thread.
  /// - Returns: how many files were indexed and removed, and the files that could not be read.
  /// - Complexity: one `stat` per file when nothing changed.
  @discardableResult
  public func update(paths: [String], progress: (@Sendable (Int, Int) -> Void)? = nil) throws(IndexError)
    -> IndexUpdate
  {
    let expansion = LibraryScanner().expand(paths.filter { $0 != "-" })
    let problems = (expansion.errors + expansion.warnings).map(\.description)
    var seen = Set<String>()
    let sources = expansion.files.filter { seen.insert($0).inserted }.map { name in
      Source(name: name, key: Self.absolute(name), stamp: FileStamp.of(name))
    }
    var result = try update(sources: sources, progress: progress)
    result.problems = problems + result.problems
    result.hadErrors = !expansion.errors.isEmpty
    return result
  }

  /// Brings the index up to date with the entries of `library` and makes them the files that
  /// queries see; see ``update(paths:progress:)``.
  ///
  /// Articles that are not files (standard input, embedded articles) are taken from the library
  /// and indexed again each time, keyed by their names.
  @discardableResult
  public func update(library: Library, progress: (@Sendable (Int, Int) -> Void)? = nil) throws(IndexError)
    -> IndexUpdate
  {
    var problems: [String] = []
    let sources = library.entries.compactMap { entry -> Source? in
      guard let path = entry.ref.filePath else {
        do {
          return Source(name: entry.path, key: entry.path, article: try library.article(for: entry))
        } catch {
          problems.append("\(error)")
          return nil
        }
      }
      return Source(name: path, key: Self.absolute(path), stamp: FileStamp.of(path))
    }
    var result = try update(sources: sources, progress: progress)
    result.problems = problems + result.problems
    result.hadErrors = !problems.isEmpty
    return result
  }

  /// The update behind both public forms.
  func update(sources: [Source], progress: (@Sendable (Int, Int) -> Void)?) throws(IndexError) -> IndexUpdate
  {
    struct Known {
      var id: Int64
      var stamp: FileStamp?
      var problem: String?
      var analyzer: String
    }
    let known: [String: Known] = try guarded {
      try writer.read { db in
        var known: [String: Known] = [:]
        let rows = try Row.fetchCursor(
          db, sql: "SELECT id, path, size, modified, problem, analyzer FROM file")
        while let row = try rows.next() {
          let size: Int64? = row[2]
          let modified: Int64? = row[3]
          let stamp = size.flatMap { size in modified.map { FileStamp(size: size, modified: $0) } }
          known[row[1]] = Known(id: row[0], stamp: stamp, problem: row[4], analyzer: row[5])
        }
        return known
      }
    }
    var result = IndexUpdate(files: sources.count)
    let keys = Set(sources.map(\.key))
    // The key is the stamp and the attributor's identity: a new rule or model version analyses
    // every file again.
    let analyzer = attributor.identity
    let changed = sources.filter { source in
      guard let stamp = source.stamp, let old = known[source.key] else { return true }
      return old.stamp != stamp || old.analyzer != analyzer
    }
    // Indexed files outside this library are dropped only when they are gone from the disk.
    let gone = known.filter { key, _ in !keys.contains(key) && (!key.hasPrefix("/") || FileStamp.isGone(key))
    }
    .map(\.value.id)
    if !gone.isEmpty {
      try guarded {
        try writeImmediate { db in
          for id in gone {
            try db.execute(sql: "DELETE FROM search WHERE rowid = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM file WHERE id = ?", arguments: [id])
          }
        }
      }
      result.removed = gone.count
    }
    progress?(0, changed.count)
    // Parsing runs on every core while the previous chunk is written on a serial queue; at most
    // one chunk waits to be written.
    let writes = DispatchQueue(label: "quoth.index.write")
    let failure = ResultSlots<IndexError>(count: 1)
    let outstanding = DispatchSemaphore(value: 1)
    var done = 0
    var pending: [ArticleRecord] = []
    while done < changed.count && failure[0] == nil {
      let chunk = Array(changed[done..<min(done + Self.chunkSize, changed.count)])
      let records = Self.records(for: chunk, attributor: attributor)
      result.indexed += records.count
      result.problems += records.compactMap(\.problem)
      pending += records
      done += chunk.count
      if pending.count >= Self.writeBatch || done == changed.count {
        let batch = pending
        pending = []
        outstanding.wait()
        writes.async {
          defer { outstanding.signal() }
          do throws(IndexError) {
            try self.guarded {
              try self.writeImmediate { db in for record in batch { try Self.write(record, db) } }
            }
          } catch {
            failure[0] = error
          }
        }
      }
      if done < changed.count { progress?(done, changed.count) }
    }
    writes.sync {}
    if let error = failure[0] { throw error }
    if !changed.isEmpty { progress?(changed.count, changed.count) }
    // Files that could not be read earlier, and have not changed since, are still reported.
    let changedKeys = Set(changed.map(\.key))
    for source in sources where !changedKeys.contains(source.key) {
      if let problem = known[source.key]?.problem { result.problems.append(problem) }
    }
    let ids: [String: Int64] = try guarded {
      try writer.read { db in
        var ids: [String: Int64] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT path, id FROM file WHERE problem IS NULL")
        while let row = try rows.next() { ids[row[0]] = row[1] }
        return ids
      }
    }
    var visible: [Int64: String] = [:]
    for source in sources { if let id = ids[source.key] { visible[id] = source.name } }
    scope.set(visible)
    return result
  }

  /// Runs `body` in an `IMMEDIATE` transaction, so that two processes never both hold a read
  /// lock that each wants to turn into a write lock.
  func writeImmediate(_ body: (Database) throws -> Void) throws {
    try writer.writeWithoutTransaction { db in
      try db.inTransaction(.immediate) {
        try body(db)
        return .commit
      }
    }
  }

  /// Parses and analyses `sources` on every core; results in the order given.
  static func records(for sources: [Source], attributor: any QuoteAttributor) -> [ArticleRecord] {
    let slots = ResultSlots<ArticleRecord>(count: sources.count)
    DispatchQueue.concurrentPerform(iterations: sources.count) { index in
      let source = sources[index]
      if let article = source.article {
        slots[index] = ArticleRecord(path: source.key, stamp: nil, article: article, attributor: attributor)
        return
      }
      do {
        let article = try ArticleLoader.load(path: source.name)
        slots[index] = ArticleRecord(
          path: source.key, stamp: source.stamp, article: article, attributor: attributor)
      } catch {
        slots[index] = ArticleRecord(
          path: source.key, stamp: source.stamp, problem: "\(error)", analyzer: attributor.identity)
      }
    }
    return slots.values
  }

  /// Writes one file's rows, replacing what was there; skipped when another process has just
  /// written the same version.
  static func write(_ record: ArticleRecord, _ db: Database) throws {
    let existing = try Row.fetchOne(
      db, sql: "SELECT id, size, modified, analyzer FROM file WHERE path = ?", arguments: [record.path])
    if let existing, let stamp = record.stamp, existing[1] == stamp.size, existing[2] == stamp.modified,
      existing[3] == record.analyzer
    {
      return
    }
    let entry = record.entry
    let arguments: StatementArguments = [
      record.path, record.stamp?.size, record.stamp?.modified, record.analyzer, entry?.title ?? "",
      entry?.date,
      entry?.source,
      entry?.authors.joined(separator: "\n") ?? "", entry?.words ?? 0, (entry?.format ?? .text).rawValue,
      record.problem,
    ]
    let id: Int64
    if let existing {
      id = existing[0]
      try db.execute(sql: "DELETE FROM search WHERE rowid = ?", arguments: [id])
      try db.execute(sql: "DELETE FROM speaker WHERE file_id = ?", arguments: [id])
      try db.execute(sql: "DELETE FROM quote WHERE file_id = ?", arguments: [id])
      try db.cachedStatement(
        sql: """
          UPDATE file SET path = ?, size = ?, modified = ?, analyzer = ?, title = ?, date = ?, source = ?,
            authors = ?,
            words = ?, format = ?, problem = ? WHERE id = ?
          """
      ).execute(arguments: arguments + [id])
    } else {
      try db.cachedStatement(
        sql: """
          INSERT INTO file (path, size, modified, analyzer, title, date, source, authors, words, format,
            problem)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """
      ).execute(arguments: arguments)
      id = db.lastInsertedRowID
    }
    guard record.problem == nil else { return }
    let speaker = try db.cachedStatement(
      sql:
        "INSERT INTO speaker (file_id, idx, name, role, kind, key, direct, mixed, indirect) VALUES (?,?,?,?,?,?,?,?,?)"
    )
    for (index, row) in record.speakers.enumerated() {
      try speaker.execute(arguments: [
        id, index, row.name, row.role, row.kind.rawValue, row.key, row.direct, row.mixed, row.indirect,
      ])
    }
    let quote = try db.cachedStatement(
      sql: "INSERT INTO quote (file_id, idx, kind, start, \"end\", text, speaker) VALUES (?,?,?,?,?,?,?)")
    for (index, row) in record.quotes.enumerated() {
      try quote.execute(arguments: [id, index, row.kind.rawValue, row.start, row.end, row.text, row.speaker])
    }
    try db.cachedStatement(sql: "INSERT INTO search (rowid, title, body, quotes) VALUES (?, ?, ?, ?)")
      .execute(arguments: [id, entry?.title ?? "", record.body, record.quoteText])
  }

  /// `path` made absolute against the working folder, with `.` and `..` resolved (links are
  /// not followed: the library's own names are kept).
  static func absolute(_ path: String) -> String {
    if path.hasPrefix("/") && !path.contains("/.") && !path.contains("//") { return path }
    return URL(fileURLWithPath: path).standardizedFileURL.path
  }
}
