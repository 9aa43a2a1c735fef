extension ReaderState {
  /// Placeholder rows for `paths`, in file order, while their heads are read: each shows its file
  /// name, and its date when the name holds one.
  public static func placeholders(for paths: [String]) -> [LibraryEntry] {
    paths.map { LibraryEntry(path: $0, title: "", date: Dateline.dateInFileName($0)) }
  }

  /// Puts rows read in the background in place of their placeholders; the order stays as it is.
  mutating func fillRows(start: Int, _ rows: [LibraryEntry?]) {
    guard let read = rowsRead else { return }
    for (offset, row) in rows.enumerated() where entries.indices.contains(start + offset) {
      if let row {
        entries[start + offset] = row
      } else {
        unreadableRows.append(start + offset)
      }
    }
    rowsRead = max(read, min(entries.count, start + rows.count))
  }

  /// Puts the library in its order once every row is read, and drops the unreadable ones.
  ///
  /// A cursor moved there by rows keeps its row on screen, whatever article comes to it: the
  /// reader pressed `j` twice, not "this article". A pinned cursor (``selectionPinned``) follows
  /// its article, on the same screen row when the list allows.
  mutating func finishRows() {
    guard rowsRead != nil else { return }
    rowsRead = nil
    let pinnedPath = selectionPinned && entries.indices.contains(selection) ? entries[selection].path : nil
    let screenRow = selection - libraryTop
    if !unreadableRows.isEmpty {
      let dropped = Set(unreadableRows)
      entries = entries.indices.filter { !dropped.contains($0) }.map { entries[$0] }
      unreadableRows = []
    }
    entries = Library.ordered(entries)
    if let pinnedPath, let row = entries.firstIndex(where: { $0.path == pinnedPath }) {
      libraryTop = max(0, row - screenRow)
      select(row)
    } else {
      select(selection)
    }
  }
}
