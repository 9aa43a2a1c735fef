import GRDB
import QuothModel

extension LibraryIndex {
  /// Each library article's quote count and most quoted speakers, by path, as the library list
  /// shows them: read from the index, so the reader need not parse every article again.
  ///
  /// - Complexity: one pass over the library's file, quote and speaker rows.
  public func summaries() throws(IndexError) -> [String: QuoteSummary] {
    let (counts, speakers): ([Int64: Int], [Int64: [(name: String, total: Int, index: Int)]]) = try guarded {
      try writer.read { db in
        var counts: [Int64: Int] = [:]
        for id in try Int64.fetchAll(db, sql: "SELECT id FROM file WHERE in_scope(id)") { counts[id] = 0 }
        let quoteRows = try Row.fetchCursor(
          db, sql: "SELECT file_id, count(*) FROM quote WHERE in_scope(file_id) GROUP BY file_id")
        while let row = try quoteRows.next() { counts[row[0]] = row[1] }
        var speakers: [Int64: [(name: String, total: Int, index: Int)]] = [:]
        let speakerRows = try Row.fetchCursor(
          db,
          sql: """
            SELECT file_id, name, direct + mixed + indirect, idx FROM speaker
            WHERE in_scope(file_id) AND direct + mixed + indirect > 0
            """)
        while let row = try speakerRows.next() {
          speakers[row[0], default: []].append((row[1], row[2], row[3]))
        }
        return (counts, speakers)
      }
    }
    var result: [String: QuoteSummary] = [:]
    for (id, count) in counts {
      guard let path = scope.name(of: id) else { continue }
      // Most quoted first; ties keep the order of first appearance, as QuoteSummary(_:) does.
      let top = (speakers[id] ?? [])
        .sorted { $0.total != $1.total ? $0.total > $1.total : $0.index < $1.index }
        .prefix(3).map(\.name)
      result[path] = QuoteSummary(quotes: count, topSpeakers: Array(top))
    }
    return result
  }
}
