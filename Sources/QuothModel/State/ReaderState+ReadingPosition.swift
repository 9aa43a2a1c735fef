extension ReaderState {
  /// The shown article and the text offset at the top of the screen, or `nil` when no
  /// article is on screen (the library is showing). The offset, unlike a line number, survives a
  /// different window width.
  public var readingPosition: (ref: ArticleRef, offset: Int)? {
    guard screen == .article, let document else { return nil }
    return (document.article.ref, document.anchorOffset)
  }

  /// Scrolls the open article so the line holding text offset `offset` is at the top (as far as
  /// the end of the article allows). Does nothing when no article is open.
  mutating func restore(offset: Int) {
    guard var doc = document, offset > 0 else { return }
    doc.top = clampTop(doc.layout.line(anchoredAt: min(offset, doc.article.text.count)), doc)
    document = doc
  }

  /// Selects the library row of `ref`, if the library has it.
  mutating func selectEntry(_ ref: ArticleRef) {
    guard let index = entries.firstIndex(where: { $0.ref == ref }) else { return }
    selectArticle(index)
    selectionPinned = true
  }
}
