import Foundation
import GRDB
import QuothModel
import Testing

@testable import QuothIndex

/// Broken and shared caches.
@Suite struct IndexCacheTests {
  static func build(_ library: TestLibrary, files: Int = 3) throws {
    for number in 0..<files {
      try library.write(
        "f\(number).txt", title: "Article \(number)",
        paragraphs: ["\"Number \(number) is ready,\" said Ada Lovelace.", "Common words appear here."])
    }
  }

  @Test func garbageInPlaceOfTheDatabaseIsMovedAsideAndRebuilt() throws {
    let library = try TestLibrary()
    try Self.build(library)
    try LibraryIndex.open(at: library.cache).update(paths: [library.path])
    try Data(repeating: 0x5A, count: 10_000).write(to: library.cache)
    let index = try LibraryIndex.open(at: library.cache)
    #expect(index.warnings.count == 1)
    #expect(index.warnings[0].contains("not a SQLite database"))
    #expect(index.warnings[0].contains("moved aside"))
    let folder = library.cache.deletingLastPathComponent().path
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder).contains { $0.contains(".broken-") })
    #expect(try index.update(paths: [library.path]).indexed == 3)
    #expect(try index.search("common").count == 3)
  }

  @Test func damagedPagesFailTheCheckAndAreRebuilt() throws {
    let library = try TestLibrary()
    try Self.build(library, files: 40)
    do {
      let index = try LibraryIndex.open(at: library.cache)
      try index.update(paths: [library.path])
      // Fold the WAL into the database so the damage below hits the only copy.
      _ = try (index.writer as! DatabasePool).writeWithoutTransaction { try $0.checkpoint(.truncate) }
    }
    let handle = try FileHandle(forWritingTo: library.cache)
    let size = try handle.seekToEnd()
    for offset in stride(from: UInt64(4096), to: size, by: 4096) {
      try handle.seek(toOffset: offset + 8)
      try handle.write(contentsOf: Data(repeating: 0xFF, count: 200))
    }
    try handle.close()
    let index = try LibraryIndex.open(at: library.cache, fullCheck: true)
    #expect(index.warnings.count == 1)
    #expect(index.warnings.first?.contains("integrity") == true)
    #expect(try index.update(paths: [library.path]).indexed == 40)
    #expect(try index.search("common").count == 40)
  }

  @Test func damageFoundInUseIsReportedThenRebuilt() throws {
    let library = try TestLibrary()
    try Self.build(library, files: 40)
    do {
      let index = try LibraryIndex.open(at: library.cache)
      try index.update(paths: [library.path])
      _ = try (index.writer as! DatabasePool).writeWithoutTransaction { try $0.checkpoint(.truncate) }
    }
    let handle = try FileHandle(forWritingTo: library.cache)
    let size = try handle.seekToEnd()
    for offset in stride(from: UInt64(4096), to: size, by: 4096) {
      try handle.seek(toOffset: offset)
      try handle.write(contentsOf: Data(repeating: 0xFF, count: 4096))
    }
    try handle.close()
    let index = try LibraryIndex.open(at: library.cache)
    var damage: String?
    do {
      try index.update(paths: [library.path])
      _ = try index.search("common")
    } catch {
      if case .corrupt(_, let reason) = error { damage = reason }
    }
    let reason = try #require(damage)
    let rebuilt = try LibraryIndex.rebuild(at: library.cache, because: reason)
    #expect(rebuilt.warnings.count == 1)
    #expect(try rebuilt.update(paths: [library.path]).indexed == 40)
  }

  @Test func anotherApplicationsDatabaseIsNotTrusted() throws {
    let library = try TestLibrary()
    try Self.build(library)
    try FileManager.default.createDirectory(
      at: library.cache.deletingLastPathComponent(), withIntermediateDirectories: true)
    try DatabaseQueue(path: library.cache.path).write { db in
      try db.execute(sql: "CREATE TABLE file (id INTEGER PRIMARY KEY, path TEXT)")
    }
    let index = try LibraryIndex.open(at: library.cache)
    #expect(index.warnings.first?.contains("not a quoth index") == true)
    #expect(try index.update(paths: [library.path]).indexed == 3)
  }

  @Test func anotherSchemaVersionIsRebuilt() throws {
    let library = try TestLibrary()
    try Self.build(library)
    do {
      let index = try LibraryIndex.open(at: library.cache)
      try index.update(paths: [library.path])
      try index.writer.writeWithoutTransaction { try $0.execute(sql: "PRAGMA user_version = 99") }
    }
    let index = try LibraryIndex.open(at: library.cache)
    #expect(index.warnings.first?.contains("schema version 99") == true)
    #expect(try index.update(paths: [library.path]).indexed == 3)
  }

  @Test func twoIndexesUpdateTheSameDatabaseAtOnce() async throws {
    let library = try TestLibrary()
    try Self.build(library, files: 150)
    let url = library.cache
    let path = library.path
    async let first = Task.detached { try LibraryIndex.open(at: url).update(paths: [path]).indexed }.value
    async let second = Task.detached { try LibraryIndex.open(at: url).update(paths: [path]).indexed }.value
    let counts = try await [first, second]
    #expect(counts.allSatisfy { $0 <= 150 })
    let index = try LibraryIndex.open(at: url)
    #expect(index.warnings.isEmpty)
    #expect(try index.update(paths: [path]).indexed == 0)
    #expect(try index.search("common", limit: nil).count == 150)
    #expect(try index.search("common").count == 100)
    let rows = try await index.writer.read { db in
      try Int.fetchOne(db, sql: "SELECT count(*) FROM file")!
    }
    #expect(rows == 150)
    let ada = try #require(try index.speakers().first)
    #expect(ada.articles == 150)
    #expect(ada.quotes == 150)
  }
}
