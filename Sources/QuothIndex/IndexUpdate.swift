/// What one ``LibraryIndex/update(paths:progress:)`` did.
public struct IndexUpdate: Sendable, Equatable {
  /// Files in the library, after expansion.
  public var files: Int
  /// Files parsed and written now: new or changed since they were indexed.
  public var indexed: Int
  /// Files dropped from the index because they no longer exist.
  public var removed: Int
  /// Files that could not be read (missing, unreadable, binary), each naming the file and reason.
  public var problems: [String]
  /// Whether an input named directly (not found in a folder) could not be used.
  public var hadErrors = false

  /// Creates a summary.
  public init(files: Int = 0, indexed: Int = 0, removed: Int = 0, problems: [String] = []) {
    self.files = files
    self.indexed = indexed
    self.removed = removed
    self.problems = problems
  }
}
