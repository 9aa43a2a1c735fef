import Testing

@testable import QuothModel
@testable import QuothTerminal
@testable import QuothView

/// The status row quoth writes itself: only what changed, between save- and restore-cursor.
@Suite struct LastRowTests {
  typealias Look = ColorResolver.Resolved

  /// ANSI sequences, as an xterm's terminfo gives them, written readably: `⎋` for ESC.
  static var sequences: LastRow.Sequences {
    LastRow.Sequences(
      moveTo: { row, column in Array("⎋[\(row + 1);\(column + 1)H".utf8) },
      scrollRegion: { top, bottom in Array("⎋[\(top + 1);\(bottom + 1)r".utf8) },
      save: Array("⎋7".utf8), restore: Array("⎋8".utf8), reset: Array("⎋[m".utf8),
      attributes: [
        (.bold, Array("⎋[1m".utf8)), (.underline, Array("⎋[4m".utf8)), (.reverse, Array("⎋[7m".utf8)),
      ],
      foreground: { Array("⎋[3\($0)m".utf8) }, background: { Array("⎋[4\($0)m".utf8) })
  }

  static let bar = Look(foreground: 7, background: 4, attributes: [])
  static let bold = Look(foreground: 3, background: 4, attributes: [.bold])

  /// A row of `text` in the bar's look, padded with blanks to `columns`.
  static func row(_ text: String, columns: Int = 12) -> (ArraySlice<Cell>, [Look]) {
    var buffer = ScreenBuffer(columns: columns, rows: 1)
    buffer.put(text, x: 0, y: 0, style: .body)
    return (buffer.row(0), Array(repeating: bar, count: columns))
  }

  static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

  @Test func theFirstUpdateDrawsTheWholeRowThenOnlyWhatChanged() {
    var writer = LastRow(sequences: Self.sequences, asciiOnly: false)
    let (first, looks) = Self.row(" line 1/9")
    #expect(
      Self.text(writer.update(first, looks: looks, row: 23, cursor: nil))
        == "⎋7⎋[24;1H⎋[m⎋[37m⎋[44m line 1/9   ⎋[m⎋8")
    let (second, _) = Self.row(" line 2/9")
    #expect(
      Self.text(writer.update(second, looks: looks, row: 23, cursor: nil)) == "⎋7⎋[24;7H⎋[m⎋[37m⎋[44m2⎋[m⎋8")
    #expect(writer.update(second, looks: looks, row: 23, cursor: nil).isEmpty, "nothing changed")
    writer.forget()
    #expect(Self.text(writer.update(second, looks: looks, row: 23, cursor: nil)).hasPrefix("⎋7⎋[24;1H"))
  }

  @Test func aChangeOfLookIsSentOncePerRun() {
    var writer = LastRow(sequences: Self.sequences, asciiOnly: false)
    let (cells, _) = Self.row("ab cd", columns: 5)
    let looks = [Self.bold, Self.bold, Self.bar, Self.bar, Self.bar]
    #expect(
      Self.text(writer.update(cells, looks: looks, row: 0, cursor: nil))
        == "⎋7⎋[1;1H⎋[m⎋[1m⎋[33m⎋[44mab⎋[m⎋[37m⎋[44m cd⎋[m⎋8")
  }

  @Test func aPromptLeavesTheCursorOnTheRow() {
    var writer = LastRow(sequences: Self.sequences, asciiOnly: false)
    let (cells, looks) = Self.row("/lamp", columns: 8)
    #expect(Self.text(writer.update(cells, looks: looks, row: 9, cursor: 5)).hasSuffix("⎋[m⎋[10;6H"))
    #expect(Self.text(writer.update(cells, looks: looks, row: 9, cursor: 5)) == "⎋7⎋[10;6H", "unchanged")
  }

  @Test func wideCharactersAreWrittenFromTheirFirstColumn() {
    var writer = LastRow(sequences: Self.sequences, asciiOnly: false)
    let (before, looks) = Self.row("ab北京", columns: 6)
    _ = writer.update(before, looks: looks, row: 0, cursor: nil)
    var buffer = ScreenBuffer(columns: 6, rows: 1)
    buffer.put("ab北", x: 0, y: 0, style: .body)
    buffer.put("x", x: 5, y: 0, style: .body)
    // Columns 4 and 5 held 京; now 4 is blank and 5 holds x.
    #expect(
      Self.text(writer.update(buffer.row(0), looks: looks, row: 0, cursor: nil))
        == "⎋7⎋[1;5H⎋[m⎋[37m⎋[44m x⎋[m⎋8")
    var ascii = LastRow(sequences: Self.sequences, asciiOnly: true)
    #expect(Self.text(ascii.update(before, looks: looks, row: 0, cursor: nil)).contains("ab????"))
  }

  @Test func theBottomRightCellIsLeftAloneWhereWritingItWouldScroll() {
    var sequences = Self.sequences
    sequences.avoidsLastCell = true
    var writer = LastRow(sequences: sequences, asciiOnly: false)
    let (cells, looks) = Self.row("abcd", columns: 4)
    #expect(Self.text(writer.update(cells, looks: looks, row: 0, cursor: nil)).contains("abc⎋[m"))
  }

  @Test func confiningScrollingKeepsTheCursor() {
    let writer = LastRow(sequences: Self.sequences, asciiOnly: false)
    #expect(Self.text(writer.confine(rows: 23)) == "⎋7⎋[1;23r⎋8")
  }

  @Test func paddingIsRemoved() {
    #expect(LastRow.withoutPadding(Array("\u{1B}[m\u{0F}$<2>".utf8)) == Array("\u{1B}[m\u{0F}".utf8))
    #expect(LastRow.withoutPadding(Array("a$<5*/>b$c".utf8)) == Array("ab$c".utf8))
  }
}

/// When curses, which believes its screen ends above the status row, may clear that row.
@Suite struct LastRowClearingTests {
  /// A 10-column buffer whose rows hold `lines` (blank for ""), then a status row.
  static func screen(_ lines: [String]) -> ScreenBuffer {
    var buffer = ScreenBuffer(columns: 10, rows: lines.count + 1)
    for (y, line) in lines.enumerated() { buffer.put(line, x: 0, y: y, style: .body) }
    buffer.put("status", x: 0, y: lines.count, style: CellStyle(.statusBar))
    return buffer
  }

  static func mayClear(_ before: [String], _ after: [String]) -> Bool {
    Terminal.mayClearLastRow(
      from: screen(before), to: screen(after), rows: before.count, looksBlank: { $0 == Cell.blank })
  }

  @Test func scrollShifts() {
    let before = Self.screen(["a", "b", "c", "d", "e", "f"])
    #expect(Terminal.scrollShift(from: before, to: before, rows: 6) == 0)
    #expect(
      Terminal.scrollShift(from: before, to: Self.screen(["b", "c", "d", "e", "f", "g"]), rows: 6) == 1)
    #expect(
      Terminal.scrollShift(from: before, to: Self.screen(["z", "a", "b", "c", "d", "e"]), rows: 6) == -1)
    #expect(
      Terminal.scrollShift(from: before, to: Self.screen(["d", "e", "f", "g", "h", "i"]), rows: 6) == 3)
    #expect(
      Terminal.scrollShift(from: before, to: Self.screen(["e", "f", "g", "h", "i", "j"]), rows: 6) == nil)
    #expect(
      Terminal.scrollShift(from: before, to: Self.screen(["b", "x", "d", "e", "f", "g"]), rows: 6) == nil)
  }

  @Test func aBlankLineScrollingInLeavesTheStatusRowAlone() {
    // j: curses scrolls, the new bottom row is blank on both sides: nothing to clear.
    #expect(!Self.mayClear(["a", "b", "c", "d"], ["b", "c", "d", ""]))
    #expect(!Self.mayClear(["a", "b", "c", ""], ["b", "c", "", "e"]))
    #expect(!Self.mayClear(["a", "b", "c", "d"], ["a", "b", "c", "x"]), "the bottom row is not blank")
  }

  @Test func textTurningBlankAtTheBottomMayBeCleared() {
    // The end of an article reached by a jump: rows turn blank where text was.
    #expect(Self.mayClear(["a", "b", "c", "d"], ["x", "y", "", ""]))
    // Scrolled by one, but the row above the new blank one changed too: the block did not move.
    #expect(Self.mayClear(["a", "b", "c", "d", "e"], ["b", "c", "d", "", ""]))
    // k at the end of an article: the text moves down and a blank bottom row shows text above it.
    #expect(!Self.mayClear(["a", "b", "", "", ""], ["z", "a", "b", "", ""]))
  }

  @Test func changesAboveBlankRowsThatStayBlankLeaveTheStatusRowAlone() {
    // The sidebar repaired after a scroll: rows change, but not as a block, and the blank rows at
    // the bottom were blank already, so curses has nothing to clear there.
    #expect(!Self.mayClear(["a", "b", "c", "", ""], ["x", "y", "c", "", ""]))
    #expect(Self.mayClear(["a", "b", "c", "d", ""], ["x", "y", "c", "", ""]), "row 3 turned blank")
  }
}

extension LastRowTests {
  @Test func theBytesEndInTheLookCursesLeftTheTerminalIn() {
    var writer = LastRow(sequences: Self.sequences, asciiOnly: false)
    // A theme with a screen background: curses' colour pair 0 is white on blue.
    writer.normal = Look(foreground: 7, background: 4, attributes: [])
    let (cells, _) = Self.row("ab", columns: 2)
    let looks = [Self.bold, Self.bold]
    #expect(Self.text(writer.update(cells, looks: looks, row: 0, cursor: nil)).hasSuffix("ab⎋[m⎋[37m⎋[44m⎋8"))
  }
}
