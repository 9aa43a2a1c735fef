import QuothModel

/// Articles of a library read from files: standard input and embedded samples from the copies the
/// library kept, files read afresh each time they are opened (so an edited file shows its edits).
public struct LibraryArticles: ArticleProvider {
  /// The library whose kept copies answer for standard input and the samples.
  public let library: Library
  /// The size cap for files read.
  public let maxSize: Int
  /// An article already read (the one named on its own on the command line), given back as is.
  public let preloaded: Article?

  /// Creates a provider over `library`, reading files of at most `maxSize` bytes.
  public init(library: Library, maxSize: Int = ArticleLoader.defaultMaxSize, preloaded: Article? = nil) {
    self.library = library
    self.maxSize = maxSize
    self.preloaded = preloaded
  }

  public func article(for ref: ArticleRef) throws(ArticleError) -> Article {
    if let preloaded, preloaded.ref == ref { return preloaded }
    if let kept = library.loaded[ref] { return kept }
    switch ref {
    case .file(let path):
      return try ArticleLoader.load(path: path, maxSize: maxSize)
    case .corpusLine(let file, let line) where file != "-":
      return try Corpus.article(file: file, line: line, offset: library.lineOffsets[ref], maxLine: maxSize)
    default:
      throw .notFound(path: ref.description)
    }
  }
}
