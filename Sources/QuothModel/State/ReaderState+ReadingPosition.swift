extension ReaderState {
  /// The shown article's path and the text offset at the top of the screen, or `nil` when no
  /// article is on screen (the library is showing). The offset, unlike a line number, survives a
  /// different window width.
  public var readingPosition: (path: String, offset: Int)? {
    guard screen == .article, let document else { return nil }
    return (document.article.path, document.anchorOffset)
  }

  /// Scrolls the open article so the line holding text offset `offset` is at the top (as far as
  /// the end of the article allows). Does nothing when no article is open.
  mutating func restore(offset: Int) {
    guard var doc = document, offset > 0 else { return }
    doc.top = clampTop(doc.layout.line(anchoredAt: min(offset, doc.article.text.count)), doc)
    document = doc
  }

  /// Selects the library row of the article at `path`, if the library has it.
  mutating func selectEntry(path: String) {
    guard let row = entries.firstIndex(where: { $0.path == path }) else { return }
    select(row)
    selectionPinned = true
  }
}
