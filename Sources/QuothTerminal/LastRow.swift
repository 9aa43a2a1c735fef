import QuothModel
import QuothView

/// The terminal's last row (the status bar), which quoth writes itself instead of leaving it to
/// curses.
///
/// Curses can only scroll cheaply when the lines that move reach the bottom of its screen: then a
/// scroll is a line feed. With the status bar on the last row it has to set a scroll region, feed
/// the line, reset the region and find the cursor again, about 38 bytes for every line `j` scrolls
/// (`less` spends about 10). So ``Terminal`` gives curses every row but the last, sets the
/// terminal's scroll region to those rows once, and draws the last row with these sequences,
/// between save-cursor and restore-cursor so that curses' idea of the cursor stays true.
///
/// This type is pure: it turns a row of cells and their looks into bytes, sending only the cells
/// that changed since the last call.
struct LastRow {
  /// The terminal's sequences, each already expanded; padding (`$<5>`) removed.
  struct Sequences {
    /// Moves the cursor to a row and column (0-based).
    var moveTo: (_ row: Int, _ column: Int) -> [UInt8]
    /// Confines scrolling to the rows from `top` to `bottom` (0-based, inclusive); the cursor
    /// goes home.
    var scrollRegion: (_ top: Int, _ bottom: Int) -> [UInt8]
    /// Saves the cursor position (DECSC).
    var save: [UInt8]
    /// Restores the saved position (DECRC).
    var restore: [UInt8]
    /// Turns every attribute and colour off.
    var reset: [UInt8]
    /// Turns one attribute on; attributes the terminal lacks are left out.
    var attributes: [(TextAttributes, [UInt8])]
    /// Sets the foreground colour, when the terminal has colours.
    var foreground: ((Int) -> [UInt8])?
    /// Sets the background colour, when the terminal has colours.
    var background: ((Int) -> [UInt8])?
    /// Whether writing the bottom-right cell would scroll the screen (auto margins without the
    /// VT100's delayed wrap), so that it must be left alone.
    var avoidsLastCell = false
    /// Scrolls the scroll region up a line with the cursor on its bottom row (`ind`).
    var scrollUp: [UInt8]?
    /// Scrolls the scroll region down a line with the cursor on its top row (`ri`).
    var scrollDown: [UInt8]?
    /// Moves the cursor to a column (0-based) of its row (`hpa`), when the terminal can.
    var column: ((Int) -> [UInt8])?
  }

  /// The sequences to draw with.
  let sequences: Sequences
  /// Whether to send ASCII only (the locale is not UTF-8).
  let asciiOnly: Bool
  /// The look curses leaves the terminal in after an update (its colour pair 0): the bytes end in
  /// it, so that curses' idea of the attributes holds even where restore-cursor does not restore
  /// them.
  var normal = ColorResolver.Resolved(foreground: -1, background: -1, attributes: [])
  /// What the row shows now, or `nil` when unknown (at start, after a clear or a resize).
  private var shown: [(cell: Cell, look: ColorResolver.Resolved)]?

  /// Creates a writer; the first update draws the whole row.
  init(sequences: Sequences, asciiOnly: Bool) {
    self.sequences = sequences
    self.asciiOnly = asciiOnly
  }

  /// The bytes that confine the terminal's scrolling to its top `rows` rows, leaving the cursor
  /// where it was.
  func confine(rows: Int) -> [UInt8] {
    sequences.save + sequences.scrollRegion(0, rows - 1) + sequences.restore
  }

  /// Forgets what the row shows, so that the next update draws all of it.
  mutating func forget() { shown = nil }

  /// The bytes that bring row `row` from what it shows to `cells` painted with `looks`, or none
  /// when nothing changed.
  ///
  /// - Parameters:
  ///   - cells: the row's cells, left to right.
  ///   - looks: how each cell is painted.
  ///   - row: the row's number (the terminal's last).
  ///   - cursor: the column to leave the cursor at, on this row (a prompt), or `nil` to put the
  ///     cursor back where it was.
  /// - Returns: the bytes to send; they leave the attributes at ``normal``.
  /// - Complexity: O(n) in the row's length.
  mutating func update(
    _ cells: ArraySlice<Cell>, looks: [ColorResolver.Resolved], row: Int, cursor: Int?
  ) -> [UInt8] {
    let cells = Array(cells)
    let columns = cells.count
    guard columns > 0, looks.count == columns else { return [] }
    var first = 0
    var last = columns - 1
    if let shown, shown.count == columns {
      while first < columns, shown[first].cell == cells[first], shown[first].look == looks[first] {
        first += 1
      }
      while last >= first, shown[last].cell == cells[last], shown[last].look == looks[last] { last -= 1 }
    }
    if sequences.avoidsLastCell, last == columns - 1 { last -= 1 }
    // A wide character is written from its first column.
    while first > 0, first <= last, cells[first].isContinuation { first -= 1 }
    shown = zip(cells, looks).map { ($0, $1) }
    guard first <= last else {
      return cursor.map { sequences.save + sequences.moveTo(row, $0) } ?? []
    }
    var out = sequences.save + sequences.moveTo(row, first)
    var current: ColorResolver.Resolved?
    var x = first
    while x <= last {
      let cell = cells[x]
      if cell.isContinuation {
        x += 1
        continue
      }
      if looks[x] != current {
        out += paint(looks[x])
        current = looks[x]
      }
      out += text(of: cell, wide: x + 1 < columns && cells[x + 1].isContinuation)
      x += 1
    }
    out += paint(normal)
    if let cursor {
      out += sequences.moveTo(row, cursor)
    } else {
      out += sequences.restore
    }
    return out
  }

  /// The sequences that set `look`, from no attributes.
  func paint(_ look: ColorResolver.Resolved) -> [UInt8] { sequences.paint(look) }

  /// The bytes of one cell's text: UTF-8, or one ASCII stand-in per column.
  func text(of cell: Cell, wide: Bool) -> [UInt8] { Self.text(of: cell, wide: wide, asciiOnly: asciiOnly) }

  /// The bytes of one cell's text: UTF-8, or with `asciiOnly` one ASCII stand-in per column.
  static func text(of cell: Cell, wide: Bool, asciiOnly: Bool) -> [UInt8] {
    if cell.text.isEmpty { return [0x20] }
    if asciiOnly, let first = cell.text.unicodeScalars.first, !cell.text.unicodeScalars.allSatisfy(\.isASCII)
    {
      let standIn = UInt8(Sanitizer.ascii(first).value)
      return wide ? [standIn, standIn] : [standIn]
    }
    return Array(cell.text.utf8)
  }

  /// `sequence` without terminfo padding (`$<5>`, `$<2*/>`), which only `tputs` understands.
  static func withoutPadding(_ sequence: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    var index = 0
    while index < sequence.count {
      if sequence[index] == UInt8(ascii: "$"), index + 1 < sequence.count,
        sequence[index + 1] == UInt8(ascii: "<"),
        let close = sequence[(index + 2)...].firstIndex(of: UInt8(ascii: ">"))
      {
        index = close + 1
        continue
      }
      out.append(sequence[index])
      index += 1
    }
    return out
  }
}
