/// A set of articles to browse: entries in library order, and the problems met finding them.
public struct Library: Sendable {
  /// The entries, newest first, then by title.
  public var entries: [LibraryEntry]
  /// Inputs named on the command line that could not be read (the command exits 1).
  public var errors: [ArticleError]
  /// Files skipped inside folders (unreadable, binary, loops), each naming the file and reason.
  public var warnings: [ArticleError]
  /// Articles already parsed: standard input, pipes and embedded samples.
  package var loaded: [ArticleRef: Article]
  /// Where each line of a corpus file starts, in bytes, so that opening one reads only it.
  package var lineOffsets: [ArticleRef: Int]

  /// Creates a library; `entries` are put in library order.
  public init(
    entries: [LibraryEntry], errors: [ArticleError] = [], warnings: [ArticleError] = [],
    loaded: [Article] = [], lineOffsets: [ArticleRef: Int] = [:]
  ) {
    self.entries = Self.ordered(entries)
    self.errors = errors
    self.warnings = warnings
    self.loaded = Dictionary(loaded.map { ($0.ref, $0) }, uniquingKeysWith: { first, _ in first })
    self.lineOffsets = lineOffsets
  }

  /// `entries` in library order (``LibraryEntry/libraryOrder(_:_:)``).
  ///
  /// - Complexity: O(n log n); each entry's sort key is computed once, not once per comparison.
  public static func ordered(_ entries: [LibraryEntry]) -> [LibraryEntry] {
    entries.map { (entry: $0, title: $0.displayTitle.lowercased()) }
      .sorted { lhs, rhs in
        if lhs.entry.date != rhs.entry.date { return LibraryEntry.libraryOrder(lhs.entry, rhs.entry) }
        if lhs.title != rhs.title { return lhs.title < rhs.title }
        return lhs.entry.path < rhs.entry.path
      }
      .map(\.entry)
  }

  /// The embedded sample articles, used when no path is given.
  public static var sample: Library {
    Library(entries: SampleLibrary.entries, loaded: SampleLibrary.articles)
  }
}
