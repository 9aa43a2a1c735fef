import GRDB
import QuothModel

extension LibraryIndex {
  /// The column weights of the ranking: a title hit counts ten times a body hit, a quote's
  /// words three times (they are in the body too).
  static let rankWeights = "10.0, 1.0, 3.0"
  /// Marks a match's start and end in snippets and highlights (never in article text shown).
  static let openMark: Unicode.Scalar = "\u{1}"
  static let closeMark: Unicode.Scalar = "\u{2}"

  /// The library's articles matching `query`, best first (SQLite FTS5's bm25 over titles,
  /// bodies and quotes).
  ///
  /// Words are all required; `"quoted phrases"` match as written; `word*` matches a prefix; case
  /// and diacritics are ignored. See ``SearchQuery``.
  /// - Parameters:
  ///   - limit: the most hits returned; `nil` for all.
  ///   - matchOffsets: whether to find each hit's ``SearchHit/matchOffset`` (one more query per
  ///     hit).
  /// - Throws: ``IndexError/emptyQuery(query:)`` or ``IndexError/badQuery(query:reason:)`` for a
  ///   query that cannot be run.
  public func search(_ query: String, limit: Int? = 100, matchOffsets: Bool = true) throws(IndexError)
    -> [SearchHit]
  {
    let expression = try SearchQuery.expression(for: query)
    let found: [(Int64, SearchHit)] = try guardedQuery(query) {
      try writer.read { db in
        let rows = try Row.fetchAll(
          db,
          sql: """
            SELECT s.rowid, f.title, f.date, snippet(search, -1, char(1), char(2), '…', 16),
              bm25(search, \(Self.rankWeights)) AS score
            FROM search s JOIN file f ON f.id = s.rowid
            WHERE search MATCH ? AND in_scope(s.rowid)
            ORDER BY score, f.path LIMIT ?
            """, arguments: [expression, limit ?? -1])
        var hits: [(Int64, SearchHit)] = []
        for row in rows {
          let id: Int64 = row[0]
          let (snippet, highlights) = Self.unmark(row[3] ?? "")
          var hit = SearchHit(
            path: "", title: row[1], date: row[2], snippet: snippet, highlights: highlights,
            score: -(row[4] as Double))
          if matchOffsets {
            let marked = try String.fetchOne(
              db,
              sql:
                "SELECT highlight(search, 1, char(1), char(2)) FROM search WHERE search MATCH ? AND rowid = ?",
              arguments: [expression, id])
            hit.matchOffset = marked.flatMap { $0.unicodeScalars.firstIndex(of: Self.openMark) }
              .map { marked!.unicodeScalars.distance(from: marked!.unicodeScalars.startIndex, to: $0) }
          }
          hits.append((id, hit))
        }
        return hits
      }
    }
    return found.compactMap { id, hit in
      guard let path = scope.name(of: id) else { return nil }
      var hit = hit
      hit.path = path
      return hit
    }
  }

  /// Like ``guarded(_:)``, but an error SQLite gives about the query is a bad query.
  func guardedQuery<T>(_ query: String, _ body: () throws -> T) throws(IndexError) -> T {
    do {
      return try body()
    } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
      throw .badQuery(query: query, reason: error.message ?? "cannot be searched for")
    } catch {
      return try guarded { throw error }
    }
  }

  /// A snippet without its match marks, on one line, and where the marks were.
  static func unmark(_ marked: String) -> (String, [TextSpan]) {
    var text = String.UnicodeScalarView()
    var spans: [TextSpan] = []
    var start = 0
    var count = 0
    var lastWasSpace = false
    for scalar in marked.unicodeScalars {
      switch scalar {
      case openMark: start = count
      case closeMark: spans.append(TextSpan(start: start, end: max(start, count)))
      default:
        let isSpace = scalar.properties.isWhitespace
        if isSpace && lastWasSpace { continue }
        text.append(isSpace ? " " : scalar)
        lastWasSpace = isSpace
        count += 1
      }
    }
    return (String(text), spans)
  }
}
