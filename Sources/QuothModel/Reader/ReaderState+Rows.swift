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

  /// Puts the library in its order once every row is read, and drops the unreadable ones. A
  /// cursor moved off the top keeps its article, on the same screen row when the list allows; a
  /// cursor still at the top stays there, on the newest article.
  mutating func finishRows() {
    guard rowsRead != nil else { return }
    rowsRead = nil
    let moved = selection > 0 && entries.indices.contains(selection)
    let selectedPath = moved ? entries[selection].path : nil
    let screenRow = selection - libraryTop
    if !unreadableRows.isEmpty {
      let dropped = Set(unreadableRows)
      entries = entries.indices.filter { !dropped.contains($0) }.map { entries[$0] }
      unreadableRows = []
    }
    entries = Library.ordered(entries)
    guard let selectedPath, let row = entries.firstIndex(where: { $0.path == selectedPath }) else {
      select(moved ? selection : 0)
      return
    }
    libraryTop = max(0, row - screenRow)
    select(row)
  }
}
