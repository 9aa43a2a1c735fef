/// What can go wrong with the library index; every case names the file or the query.
public enum IndexError: Error, Equatable, CustomStringConvertible {
  /// The cache folder or database file could not be created or opened.
  case cannotOpen(path: String, reason: String)
  /// A database operation on the index at `path` failed (`:memory:` for an in-memory index).
  case database(path: String, reason: String)
  /// The index at `path` turned out to be damaged while in use (SQLite reported corruption);
  /// ``LibraryIndex/rebuild(at:because:)`` starts over.
  case corrupt(path: String, reason: String)
  /// The search query holds no word to look for.
  case emptyQuery(query: String)
  /// The search query cannot be understood (an unclosed quotation mark, say).
  case badQuery(query: String, reason: String)

  /// One line naming the file or query and the reason.
  public var description: String {
    switch self {
    case .cannotOpen(let path, let reason): return "\(path): cannot open the index: \(reason)"
    case .database(let path, let reason): return "\(path): index error: \(reason)"
    case .corrupt(let path, let reason): return "\(path): the index is damaged: \(reason)"
    case .emptyQuery(let query): return "search query '\(query)' has no word to look for"
    case .badQuery(let query, let reason): return "search query '\(query)': \(reason)"
    }
  }
}
