import QuothModel

/// A rectangle of cells on the screen.
public struct Rect: Hashable, Sendable {
  /// The left column.
  public var x: Int
  /// The top row.
  public var y: Int
  /// The width in columns.
  public var width: Int
  /// The height in rows.
  public var height: Int

  /// Creates a rectangle.
  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = max(0, width)
    self.height = max(0, height)
  }

  /// One past the right column.
  public var maxX: Int { x + width }
  /// One past the bottom row.
  public var maxY: Int { y + height }
}

/// How a cell is painted: a role the theme maps to colours, and a speaker colour when the cell is
/// part of a quote.
public struct CellStyle: Hashable, Sendable {
  /// The role.
  public var role: StyleRole
  /// The speaker's palette index, for quotes and sidebar rows.
  public var speaker: Int?

  /// Creates a style.
  public init(_ role: StyleRole, speaker: Int? = nil) {
    self.role = role
    self.speaker = speaker
  }

  /// Body text.
  public static let body = CellStyle(.body)
}

/// One screen cell: a character with its combining marks, and its style.
public struct Cell: Hashable, Sendable {
  /// What the cell shows: one base character plus any combining marks; empty for the second
  /// column of a wide character.
  public var text: String
  /// The style.
  public var style: CellStyle

  /// Creates a cell.
  public init(_ text: String, style: CellStyle = .body) {
    self.text = text
    self.style = style
  }

  /// A blank cell.
  public static let blank = Cell(" ")

  /// Whether this is the right half of a wide character.
  public var isContinuation: Bool { text.isEmpty }
}

/// An in-memory screen: widgets render into it, the terminal copies it out, tests read it as text.
public struct ScreenBuffer: Hashable, Sendable, CustomStringConvertible {
  /// The width in columns.
  public let columns: Int
  /// The height in rows.
  public let rows: Int
  /// The cells, row by row.
  public private(set) var cells: [Cell]
  /// Where the terminal cursor goes (a prompt), or `nil` to hide it.
  public var cursor: (x: Int, y: Int)? {
    get { cursorX.map { ($0, cursorY) } }
    set {
      cursorX = newValue?.x
      cursorY = newValue?.y ?? 0
    }
  }
  private var cursorX: Int?
  private var cursorY = 0

  /// Creates a blank buffer.
  public init(columns: Int, rows: Int) {
    self.columns = max(0, columns)
    self.rows = max(0, rows)
    cells = Array(repeating: .blank, count: self.columns * self.rows)
  }

  /// The whole buffer as a rectangle.
  public var area: Rect { Rect(x: 0, y: 0, width: columns, height: rows) }

  /// The cell at column `x`, row `y`.
  public subscript(x: Int, y: Int) -> Cell {
    get { cells[y * columns + x] }
    set { cells[y * columns + x] = newValue }
  }

  /// The cells of row `y`, left to right.
  public func row(_ y: Int) -> ArraySlice<Cell> {
    cells[(y * columns)..<((y + 1) * columns)]
  }

  /// Fills `rect` with blanks in `style`.
  public mutating func fill(_ rect: Rect, style: CellStyle) {
    for y in max(0, rect.y)..<min(rows, rect.maxY) {
      for x in max(0, rect.x)..<min(columns, rect.maxX) { self[x, y] = Cell(" ", style: style) }
    }
  }

  /// Writes code points from column `x` on row `y`, clipped at `limit` (exclusive, default the
  /// right edge), and returns the column after the last one written.
  ///
  /// Wide characters take two cells (and are not split at the edge: a space stands in);
  /// combining marks join the previous cell; control characters show as visible stand-ins.
  @discardableResult
  public mutating func put(
    _ scalars: some Sequence<Unicode.Scalar>, x: Int, y: Int, style: CellStyle, limit: Int? = nil
  ) -> Int {
    let right = min(limit ?? columns, columns)
    var column = x
    guard y >= 0, y < rows else { return column }
    for scalar in scalars {
      if column >= right { break }
      if !put(scalar, column: &column, y: y, style: style, right: right) { break }
    }
    return column
  }

  /// Writes a string; see ``put(_:x:y:style:limit:)``.
  @discardableResult
  public mutating func put(_ text: some StringProtocol, x: Int, y: Int, style: CellStyle, limit: Int? = nil)
    -> Int
  {
    put(text.unicodeScalars, x: x, y: y, style: style, limit: limit)
  }

  /// Writes one code point at `column`, advancing it; returns false when there is no room.
  public mutating func put(
    _ scalar: Unicode.Scalar, column: inout Int, y: Int, style: CellStyle, right: Int? = nil
  ) -> Bool {
    let right = min(right ?? columns, columns)
    // Controls become their one-column Sanitizer stand-ins, the same ones layout measured.
    guard let scalar = Sanitizer.display(scalar) else { return true }
    let width = DisplayWidth.of(scalar)
    if width == 0 {
      if column > 0 {
        var previous = column - 1
        while previous > 0, self[previous, y].isContinuation { previous -= 1 }
        if self[previous, y].text.unicodeScalars.count < 5 {
          self[previous, y].text.unicodeScalars.append(scalar)
        }
      }
      return true
    }
    if column + width > right {
      if column < right { self[column, y] = Cell(" ", style: style) }
      column = right
      return false
    }
    self[column, y] = Cell(String(scalar), style: style)
    if width == 2 { self[column + 1, y] = Cell("", style: style) }
    column += width
    return true
  }

  /// Replaces row `y` with the same row of `other`; returns whether anything changed.
  @discardableResult
  public mutating func copyRow(_ y: Int, from other: ScreenBuffer) -> Bool {
    guard other.columns == columns, y >= 0, y < rows, y < other.rows else { return false }
    let range = (y * columns)..<((y + 1) * columns)
    let changed = cells[range] != other.cells[range]
    cells.replaceSubrange(range, with: other.cells[range])
    return changed
  }

  /// The text of row `y`, trailing spaces trimmed.
  public func line(_ y: Int) -> String {
    var text = ""
    for x in 0..<columns { text += self[x, y].text }
    while text.last == " " { text.removeLast() }
    return text
  }

  /// The rows as text.
  public var lines: [String] { (0..<rows).map(line) }

  /// The style runs of row `y`, as `start-end role[:speaker]`, skipping body runs.
  public func styleRuns(_ y: Int) -> [String] {
    var runs: [String] = []
    var x = 0
    while x < columns {
      let style = self[x, y].style
      var end = x
      while end + 1 < columns, self[end + 1, y].style == style { end += 1 }
      if style != .body {
        runs.append("\(x)-\(end) \(style.role.rawValue)\(style.speaker.map { ":\($0)" } ?? "")")
      }
      x = end + 1
    }
    return runs
  }

  /// The rows, then the style runs of each row that has any: a failing test reads like a picture.
  public var description: String {
    var out = lines.map { "|" + $0 }.joined(separator: "\n")
    for y in 0..<rows {
      let runs = styleRuns(y)
      if !runs.isEmpty { out += "\n\(y): " + runs.joined(separator: ", ") }
    }
    return out
  }

  public static func == (lhs: ScreenBuffer, rhs: ScreenBuffer) -> Bool {
    lhs.columns == rhs.columns && lhs.rows == rhs.rows && lhs.cells == rhs.cells && lhs.cursorX == rhs.cursorX
      && lhs.cursorY == rhs.cursorY
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(columns)
    hasher.combine(rows)
    hasher.combine(cells)
  }
}
