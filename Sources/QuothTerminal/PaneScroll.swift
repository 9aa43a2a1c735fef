import QuothView

/// Scrolling a pane narrower than the screen (the text beside the docked speaker sidebar) with the
/// terminal's own scrolling, which always moves whole rows.
///
/// Curses scrolls the terminal only when whole rows moved. When the text moves and the sidebar
/// beside it stays, no row moved whole, so curses rewrites every row of text: about 2 KB a line
/// at 100x30. Drawn in two steps it costs a fraction of that: first a frame in which the whole
/// width moved (``scrolled(_:by:toward:rows:)``), which curses sends as a scroll and the rows
/// that came in, then the real frame, which differs from it only where the sidebar did not move
/// with the text (its rows that hold speakers): curses rewrites those cells alone.
///
/// Left and right margins (DECSLRM, `smglr` in terminfo) would scroll the text alone, but tmux,
/// VTE and others ignore them while their terminfo entries (`xterm-256color`) claim them, and
/// quoth sends no queries to find out; the two steps work on every terminal that scrolls.
///
/// This type is pure: it only decides, from two frames, whether and how far to scroll.
enum PaneScroll {
  /// How far to scroll the whole width of the top `rows` rows (positive: up, as `j` moves the
  /// text) before drawing `next` over `previous`, or `nil` when drawing it directly costs less
  /// (or curses scrolls it alone because whole rows moved).
  ///
  /// Each way is priced with ``cost(from:to:)`` row by row; a scroll must leave at least three
  /// rows in place and move no further than curses is willing to scroll (see
  /// ``Terminal/scrollShift(from:to:rows:)``), or curses would not send the first step as a scroll.
  ///
  /// - Complexity: O(d·rows·columns) in the worst case for the d distances tried; a distance is
  ///   dropped unless the first columns of a few rows moved by it, or as soon as it costs more
  ///   than the best so far, and rows are compared from both ends only as far as they agree.
  static func shift(from previous: ScreenBuffer, to next: ScreenBuffer, rows: Int) -> Int? {
    guard previous.columns == next.columns, next.columns > 0, rows >= 4, rows <= previous.rows,
      rows <= next.rows
    else { return nil }
    if Terminal.scrollShift(from: previous, to: next, rows: rows) != nil { return nil }
    var best = 0
    for y in 0..<rows { best += cost(from: previous.row(y), to: next.row(y)) }
    var chosen: Int?
    let blank = Array(repeating: Cell.blank, count: next.columns)[...]
    // A few rows whose first columns hold text: a shift is priced only if they moved by it.
    let width = min(probeWidth, next.columns)
    let probes = stride(from: 0, to: rows, by: max(1, rows / 4)).filter {
      next.row($0).prefix(width).contains { $0 != .blank }
    }
    for distance in 1..<rows {
      let overlap = rows - distance
      guard overlap >= 3, overlap + min(overlap / 8, 2) >= distance else { break }
      for shift in [distance, -distance] {
        let moved = probes.allSatisfy { y in
          !(0..<rows).contains(y + shift)
            || previous.row(y + shift).prefix(width) == next.row(y).prefix(width)
        }
        guard moved else { continue }
        // The scroll itself: a line feed or reverse index per row, and a cursor move.
        var total = distance + Self.rowCost
        for y in 0..<rows where total < best {
          let source = y + shift
          let shown = (0..<rows).contains(source) ? previous.row(source) : blank
          total += cost(from: shown, to: next.row(y))
        }
        if total < best {
          best = total
          chosen = shift
        }
      }
    }
    return chosen
  }

  /// The first step: `previous` with its top `rows` rows moved up by `shift` (down when negative)
  /// across the whole width, and the rows that scrolled in taken from `next`.
  static func scrolled(_ previous: ScreenBuffer, by shift: Int, toward next: ScreenBuffer, rows: Int)
    -> ScreenBuffer
  {
    var step = next
    for y in 0..<min(rows, step.rows) where (0..<rows).contains(y + shift) {
      step.copyRow(y, from: previous, row: y + shift)
    }
    return step
  }

  /// The columns compared on a few rows to rule out a shift before pricing it.
  static let probeWidth = 8

  /// The bytes a cursor move costs, roughly, where a row's changes start.
  static let rowCost = 8

  /// Roughly the bytes curses sends to turn a row showing `shown` into `wanted`: the cells from
  /// the first that differs to the last, and a cursor move; nothing when they are equal.
  static func cost(from shown: ArraySlice<Cell>, to wanted: ArraySlice<Cell>) -> Int {
    guard shown.count == wanted.count else { return wanted.count + rowCost }
    var first = 0
    let offsetShown = shown.startIndex
    let offsetWanted = wanted.startIndex
    let count = wanted.count
    while first < count, shown[offsetShown + first] == wanted[offsetWanted + first] { first += 1 }
    guard first < count else { return 0 }
    var last = count - 1
    while last > first, shown[offsetShown + last] == wanted[offsetWanted + last] { last -= 1 }
    return last - first + 1 + rowCost
  }
}

extension ScreenBuffer {
  /// Replaces row `y` with row `source` of `other`, which has as many columns.
  mutating func copyRow(_ y: Int, from other: ScreenBuffer, row source: Int) {
    guard other.columns == columns else { return }
    for x in 0..<columns { self[x, y] = other[x, source] }
  }
}
