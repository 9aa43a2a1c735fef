import QuothModel

/// A library read from files: scanning the paths, and reading an article when it is opened.
extension Library {
  /// Scans `paths` (files, folders, `-`) with a default ``LibraryScanner``.
  public static func scan(_ paths: [String]) -> Library { LibraryScanner().scan(paths) }

  /// The full article of `entry`: parsed now from its file, or the copy kept for standard input
  /// and embedded articles.
  ///
  /// - Throws: ``ArticleError`` naming the file when it can no longer be read.
  public func article(for entry: LibraryEntry, maxSize: Int = ArticleLoader.defaultMaxSize)
    throws(ArticleError) -> Article
  {
    try LibraryArticles(library: self, maxSize: maxSize).article(for: entry.ref)
  }
}
