import GRDB
import QuothModel

extension LibraryIndex {
  /// The speakers of the library, merged across articles by name (see ``SpeakerMerger``).
  ///
  /// - Parameters:
  ///   - order: most quotes first (the default), most articles first, or by name.
  ///   - filter: keeps speakers whose name or a role contains it, ignoring case and diacritics.
  /// - Returns: one ``MergedSpeaker`` per name, with every role seen, the kind most articles
  ///   give, and the numbers of articles and quotes.
  /// - Complexity: one pass over the library's speaker rows.
  public func speakers(order: MergedSpeaker.Order = .quotes, matching filter: String = "") throws(IndexError)
    -> [MergedSpeaker]
  {
    let occurrences: [SpeakerMerger.Occurrence] = try guarded {
      try writer.read { db in
        var result: [SpeakerMerger.Occurrence] = []
        let rows = try Row.fetchCursor(
          db,
          sql: """
            SELECT file_id, name, role, kind, direct, mixed, indirect FROM speaker
            WHERE in_scope(file_id) AND direct + mixed + indirect > 0
            """)
        while let row = try rows.next() {
          let kind = Speaker.Kind(rawValue: row[3]) ?? .person
          let speaker = Speaker(
            name: row[1], role: row[2], kind: kind, direct: row[4], mixed: row[5], indirect: row[6])
          result.append(SpeakerMerger.Occurrence(article: String(row[0] as Int64), speaker: speaker))
        }
        return result
      }
    }
    let merged = SpeakerMerger.merge(occurrences).filter { $0.matches(filter) }
    return MergedSpeaker.sorted(merged, by: order)
  }

  /// Every quote of the merged speaker with `key` (``MergedSpeaker/key``) in the library: newest
  /// article first (undated last), then by path, then in text order.
  public func quotes(of key: String) throws(IndexError) -> [IndexedQuote] {
    let rows: [(Int64, IndexedQuote)] = try guarded {
      try writer.read { db in
        try Row.fetchAll(
          db,
          sql: """
            SELECT q.file_id, f.title, f.date, q.kind, q.start, q."end", q.text, s.name, s.role
            FROM speaker s
            JOIN quote q ON q.file_id = s.file_id AND q.speaker = s.idx
            JOIN file f ON f.id = s.file_id
            WHERE s.key = ? AND in_scope(s.file_id)
            ORDER BY f.date IS NULL, f.date DESC, f.path, q.start
            """, arguments: [key]
        ).map { row in
          let start: Int = row[4]
          let end: Int = row[5]
          return (
            row[0],
            IndexedQuote(
              path: "", title: row[1], date: row[2], kind: Quote.Kind(rawValue: row[3]) ?? .direct,
              span: TextSpan(start: start, end: max(start, end)), text: row[6], speaker: row[7], role: row[8])
          )
        }
      }
    }
    return rows.compactMap { id, quote in
      guard let path = scope.name(of: id) else { return nil }
      var quote = quote
      quote.path = path
      return quote
    }
  }
}
