/// Reads the article a reference names: the one seam through which the reader and the commands
/// get articles, whatever they come from (files, standard input, embedded samples, web pages,
/// feed items, corpus lines).
///
/// The model only names the work (``Effect/load(_:)``); implementations, which read files or the
/// network, live outside it and are injected into the run loop, which calls them on a background
/// thread and answers through its inbox, so a slow disk or server never holds up a key.
public protocol ArticleProvider: Sendable {
  /// Reads and parses the article `ref` names.
  ///
  /// - Throws: ``ArticleError`` naming the file or address and the reason.
  func article(for ref: ArticleRef) throws(ArticleError) -> Article
}
