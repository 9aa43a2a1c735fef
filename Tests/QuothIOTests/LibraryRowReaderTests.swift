import Foundation
import Testing

@testable import QuothIO
@testable import QuothModel

/// Rows read in the background, in batches, end as the library a plain scan gives; the cursor
/// keeps its article while they arrive and when the list takes its order.
@Suite struct LibraryRowReaderTests {
  /// A folder of project-written articles in every shape the scanner meets, and a binary file.
  static func folder() throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    for (index, source) in SampleLibrary.sources.enumerated() {
      try folder.write("samples/\(index)-\(source.name).txt", source.text)
    }
    for index in 0..<12 {
      try folder.write(
        "plain/2020-01-\(String(format: "%02d", 10 + index))_story-\(index).txt",
        "Story number \(index)\n\nLONDON (AP) — Words of story \(index), in \(index % 3) parts.\n")
    }
    try folder.write("plain/undated.txt", "Undated headline\n\nText.\n")
    try folder.write("plain/bin.dat", [0x41, 0x00, 0x42, 0x43])
    try folder.write("notes.md", "# A Markdown note\n\nWith a paragraph.\n")
    return folder
  }

  /// Runs `reader` and reduces what it posts into `state`, as the reader's run loop does.
  static func fill(_ state: inout ReaderState, from reader: LibraryRowReader) {
    var actions: [Action] = []
    reader.run(post: { actions.append($0) }, isCancelled: { false })
    for action in actions { state.reduce(action) }
  }

  @Test func batchesEndAsTheScannedLibrary() throws {
    let folder = try Self.folder()
    let scanner = LibraryScanner()
    let expansion = scanner.expand([folder.path])
    let library = scanner.scan([folder.path])
    for batch in [1, 3, 256] {
      let reader = LibraryRowReader(expansion: expansion, scanner: scanner, batch: batch)
      var state = ReaderState(entries: reader.placeholders, rowsPending: true)
      #expect(state.rowsRead == 0)
      Self.fill(&state, from: reader)
      #expect(state.rowsRead == nil)
      #expect(state.entries == library.entries)
      #expect(reader.warnings == library.warnings)
      #expect(reader.errors.isEmpty)
      #expect(reader.isComplete && reader.rowCount == library.entries.count)
    }
  }

  /// Heads read concurrently, in one batch or many, equal heads read one by one in order.
  @Test func concurrentReadsEqualSerialReads() throws {
    let folder = try Self.folder()
    let scanner = LibraryScanner()
    let files = scanner.expand([folder.path]).unique.map(\.path)
    let serial = files.map { path in Result { () throws(ArticleError) in try scanner.entry(path: path).entry }
    }
    for batch in [1, 4, files.count] {
      var concurrent: [Result<LibraryEntry, ArticleError>] = []
      var starts: [Int] = []
      scanner.readHeads(files, batch: batch) { start, results in
        starts.append(start)
        concurrent += results.map { $0.map(\.entry) }
      }
      #expect(starts == Array(stride(from: 0, to: files.count, by: batch)))
      #expect(concurrent.count == serial.count)
      for (left, right) in zip(concurrent, serial) {
        switch (left, right) {
        case (.success(let a), .success(let b)): #expect(a == b)
        case (.failure(let a), .failure(let b)): #expect(a == b)
        default: Issue.record("\(left) != \(right)")
        }
      }
    }
  }

  /// Runs `reader` into `state`, checking after each batch that `stays` holds.
  static func fill(
    _ state: inout ReaderState, from reader: LibraryRowReader, checking stays: (ReaderState) -> Bool
  ) {
    var actions: [Action] = []
    reader.run(post: { actions.append($0) }, isCancelled: { false })
    for action in actions {
      state.reduce(action)
      #expect(stays(state))
    }
  }

  @Test func keysWorkOnPlaceholdersAndTheCursorKeepsItsRow() throws {
    let folder = try Self.folder()
    let scanner = LibraryScanner()
    let reader = LibraryRowReader(expansion: scanner.expand([folder.path]), scanner: scanner, batch: 4)
    var state = ReaderState(entries: reader.placeholders, columns: 80, rows: 10, rowsPending: true)
    // Placeholders show file names, and a date the name holds.
    #expect(state.entries[0].displayTitle == "notes.md")
    #expect(state.entries.first { $0.path.hasSuffix("2020-01-12_story-2.txt") }?.date == "2020-01-12")
    for key in Array(repeating: Key.char("j"), count: 12) { state.reduce(.key(key)) }
    state.reduce(.key(.char("k")))
    let (row, top) = (state.selection, state.libraryTop)
    let chosen = state.entries[row].path
    // While rows fill in, nothing moves; when they take library order, the cursor keeps its row.
    Self.fill(&state, from: reader) { $0.selection == row && $0.libraryTop == top }
    #expect(state.rowsRead == nil)
    #expect(state.entries[row].path != chosen)
    #expect(state.reduce(.key(.enter)) == [.load(state.entries[row].ref)])
  }

  @Test func anArticleFoundBySearchIsFollowed() throws {
    let folder = try Self.folder()
    let reader = LibraryRowReader(expansion: LibraryScanner().expand([folder.path]), batch: 4)
    var state = ReaderState(entries: reader.placeholders, columns: 80, rows: 10, rowsPending: true)
    for key in [Key.char("/")] + "story-3.txt".unicodeScalars.map(Key.char) + [.enter] {
      state.reduce(.key(key))
    }
    let chosen = state.entries[state.selection].path
    #expect(chosen.hasSuffix("story-3.txt"))
    let screenRow = state.selection - state.libraryTop
    Self.fill(&state, from: reader) { $0.entries[$0.selection].path == chosen }
    #expect(state.selection - state.libraryTop == screenRow)
    // The cursor moved by rows is no longer pinned.
    state.reduce(.key(.char("j")))
    #expect(!state.selectionPinned)
  }

  @Test func aCursorAtTheTopStaysThere() throws {
    let folder = try Self.folder()
    let reader = LibraryRowReader(expansion: LibraryScanner().expand([folder.path]), batch: 5)
    var state = ReaderState(entries: reader.placeholders, columns: 80, rows: 10, rowsPending: true)
    Self.fill(&state, from: reader)
    #expect(state.selection == 0)
    #expect(state.libraryTop == 0)
    #expect(state.entries[0].date == "2025-05-09")
  }

  @Test func cancelledReadingStopsBeforeTheNextBatch() throws {
    let folder = try Self.folder()
    let reader = LibraryRowReader(expansion: LibraryScanner().expand([folder.path]), batch: 2)
    var posted: [Action] = []
    reader.run(post: { posted.append($0) }, isCancelled: { !posted.isEmpty })
    #expect(posted.count == 1)
    #expect(!reader.isComplete)
  }
}
