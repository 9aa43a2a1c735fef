import GRDB
import QuothModel

extension LibraryIndex {
  /// The column weights of the ranking: a title hit counts ten times a body hit, a quote's
  /// words three times (they are in the body too).
  static let rankWeights = "10.0, 1.0, 3.0"
  /// The score of one article for a query: bm25 (which weighs rare words; a word in nearly
  /// every article gets almost nothing from it) plus how often the words occur, weighted as
  /// ``rankWeights`` weighs columns, for a body of 5,000 characters, so that a common word still
  /// ranks articles about it (in the title, in quotes, often in the body) above passing mentions.
  static let rankScore = """
    -bm25(search, \(rankWeights))
    + 0.05 * (10.0 * (length(highlight(search, 0, char(1), '')) - length(s.title))
      + 3.0 * (length(highlight(search, 2, char(1), '')) - length(s.quotes))
      + (length(highlight(search, 1, char(1), '')) - length(s.body)) * 5000.0 / (5000.0 + length(s.body)))
    """
  /// Marks a match's start and end in snippets and highlights (never in article text shown).
  static let openMark: Unicode.Scalar = "\u{1}"
  static let closeMark: Unicode.Scalar = "\u{2}"

  /// The library's articles matching `query`, best first (SQLite FTS5's bm25 over titles,
  /// bodies and quotes, with how often the words occur; see ``rankScore``).
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
    // Ranking first, snippets after: FTS5 computes a snippet by reading the row's text again, so
    // only the hits returned pay for it.
    let found: [(Int64, SearchHit)] = try guardedQuery(query) {
      try writer.read { db in
        let ranked = try Row.fetchAll(
          db,
          sql: """
            SELECT s.rowid, f.title, f.date, \(Self.rankScore) AS score
            FROM search s JOIN file f ON f.id = s.rowid
            WHERE search MATCH ? AND in_scope(s.rowid)
            ORDER BY score DESC, f.path LIMIT ?
            """, arguments: [expression, limit ?? -1])
        let details = try db.cachedStatement(
          sql: """
            SELECT snippet(search, -1, char(1), char(2), '…', 16),
              CASE WHEN ? THEN highlight(search, 1, char(1), char(2)) END
            FROM search WHERE search MATCH ? AND rowid = ?
            """)
        var hits: [(Int64, SearchHit)] = []
        hits.reserveCapacity(ranked.count)
        for row in ranked {
          let id: Int64 = row[0]
          let extra = try Row.fetchOne(details, arguments: [matchOffsets, expression, id])
          let (snippet, highlights) = Self.unmark(extra?[0] ?? "")
          let marked: String? = extra?[1]
          let hit = SearchHit(
            path: "", title: row[1], date: row[2], snippet: snippet, highlights: highlights,
            score: row[3], matchOffset: marked.flatMap(Self.firstMark))
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

  /// The code-point offset of the first match mark in `marked`.
  static func firstMark(_ marked: String) -> Int? {
    var offset = 0
    for scalar in marked.unicodeScalars {
      if scalar == openMark { return offset }
      offset += 1
    }
    return nil
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
