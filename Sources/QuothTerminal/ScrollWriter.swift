import QuothModel
import QuothView

/// The bytes of a scroll and the rows it brings in, written by quoth instead of curses.
///
/// Curses sends a line that scrolled in as a carriage return, a line feed and a cursor address,
/// then each change of look as a full rendition and a colour of its own: on `screen` a quoted line
/// costs about 31 bytes besides its text, where `less` spends 2. This writer sends the scroll
/// (line feeds on the region's bottom row, or reverse index on its top row), moves along a row
/// with a column address, skips the blanks at either end of a row, and changes looks with
/// ``LastRow/Sequences/change(from:to:)``. ``Terminal`` then lets curses draw the same frame with
/// its output thrown away, so that curses' picture of the screen stays true.
///
/// This type is pure: it turns the rows that came in into bytes.
struct ScrollWriter {
  typealias Look = ColorResolver.Resolved

  /// A cursor position, 0-based.
  struct Position: Equatable {
    var row: Int
    var column: Int
  }

  /// A row that scrolled in: its number, cells and looks.
  struct Row {
    var y: Int
    var cells: ArraySlice<Cell>
    var looks: [Look]
  }

  /// The terminal's sequences.
  let sequences: LastRow.Sequences
  /// Whether to send ASCII only (the locale is not UTF-8).
  let asciiOnly: Bool
  /// The look of a blank row that scrolled in, and curses' look between its updates.
  let normal: Look

  /// The bytes that scroll the top `rows` rows by `shift` (positive: up, as `j` moves the text)
  /// and write `incoming` into the blank rows that scroll in, or `nil` when the terminal lacks a
  /// sequence or a row reaches the last column (where a terminal may wrap or scroll).
  ///
  /// The bytes may leave the terminal in the look of the last cell written, so that a quote
  /// going on in the next line that scrolls in needs no change of look (11 bytes a line on
  /// `screen`): only a look that a line scrolling in does not pick up, one with the default
  /// background and no reverse video (a scroll blanks the new line in the current background).
  ///
  /// - Parameters:
  ///   - columns: the screen's width.
  ///   - cursor: where the cursor is, when known; else the bytes start with a cursor address.
  ///   - look: the look the terminal is in.
  /// - Returns: the bytes, where they leave the cursor, and the look they leave the terminal in.
  /// - Complexity: O(n) in the cells of the incoming rows.
  func scroll(
    by shift: Int, rows: Int, columns: Int, incoming: [Row], cursor: Position?, look start: Look
  ) -> (bytes: [UInt8], cursor: Position, look: Look)? {
    guard shift != 0, abs(shift) < rows else { return nil }
    var out: [UInt8] = []
    var look = start
    if !Self.survivesScrolling(look) {
      out += sequences.change(from: look, to: normal)
      look = normal
    }
    // After a line feed the column depends on the terminal's newline mode: only the row is known.
    var row: Int
    var column: Int?
    if shift > 0 {
      guard let scrollUp = sequences.scrollUp else { return nil }
      row = rows - 1
      if cursor?.row != row { out += sequences.moveTo(row, 0) }
      for _ in 0..<shift { out += scrollUp }
    } else {
      guard let scrollDown = sequences.scrollDown else { return nil }
      row = 0
      column = cursor?.column
      if cursor?.row != row {
        out += sequences.moveTo(row, 0)
        column = 0
      }
      for _ in 0..<(-shift) { out += scrollDown }
    }
    for line in incoming {
      guard line.looks.count == line.cells.count, line.cells.count == columns else { return nil }
      let cells = Array(line.cells)
      guard let span = span(of: cells, looks: line.looks) else { continue }
      if span.upperBound >= columns - 1 { return nil }
      if line.y != row {
        out += sequences.moveTo(line.y, span.lowerBound)
      } else if column != span.lowerBound {
        out += sequences.column?(span.lowerBound) ?? sequences.moveTo(line.y, span.lowerBound)
      }
      row = line.y
      for x in span where !cells[x].isContinuation {
        out += sequences.change(from: look, to: line.looks[x])
        look = line.looks[x]
        let wide = x + 1 < columns && cells[x + 1].isContinuation
        out += LastRow.text(of: cells[x], wide: wide, asciiOnly: asciiOnly)
      }
      column = span.upperBound + 1
    }
    if !Self.survivesScrolling(look) {
      out += sequences.change(from: look, to: normal)
      look = normal
    }
    if column == nil {
      // Only blank rows came in: a carriage return puts the cursor somewhere known.
      out.append(0x0D)
      column = 0
    }
    return (out, Position(row: row, column: column ?? 0), look)
  }

  /// Whether the terminal may stay in `look` while lines scroll in: its background is the
  /// terminal's own and it has no reverse video, so a line that scrolls in is blank as curses
  /// believes it.
  static func survivesScrolling(_ look: Look) -> Bool {
    look.background < 0 && !look.attributes.contains(.reverse)
  }

  /// The columns from the first cell to the last that does not draw as a blank row's cell, or
  /// `nil` when the whole row does; a wide character's second column counts with its first.
  func span(of cells: [Cell], looks: [Look]) -> ClosedRange<Int>? {
    func shows(_ x: Int) -> Bool {
      cells[x].isContinuation || !(cells[x].text == " " || cells[x].text.isEmpty)
        || !looks[x].drawsBlank(like: normal)
    }
    guard let first = cells.indices.first(where: shows), let last = cells.indices.last(where: shows)
    else { return nil }
    return first...last
  }
}
