import CNcurses
import Foundation
import QuothModel
import QuothView

/// What the terminal delivered: a key, a new size, or a signal.
public enum TerminalEvent: Equatable, Sendable {
  /// A key press.
  case key(Key)
  /// The window changed size.
  case resize(columns: Int, rows: Int)
  /// SIGINT, SIGTERM, SIGHUP or SIGQUIT arrived.
  case signal(Int32)
}

/// The curses screen: the only code that talks to ncurses.
///
/// It opens the terminal with `newterm` (so an unknown TERM is an error, not an exit), copies
/// finished ``ScreenBuffer``s to the screen, and decodes keys. `close()` restores the terminal and
/// is safe to call more than once.
///
/// Signals: SIGINT, SIGTERM, SIGHUP and SIGQUIT only set a flag (see `shim.h`) that
/// ``nextEvent(timeout:)`` reports, so the run loop leaves and restores the terminal; a terminal
/// that hangs up without a SIGHUP reaching quoth is reported as SIGHUP too. SIGTSTP (Ctrl-Z) is
/// handled here: the terminal is restored, quoth stops, and `fg` repaints. ncurses keeps SIGWINCH
/// (a burst of resizes arrives as resize events, the last one with the final size).
///
/// When the locale's character set is not UTF-8 (`LANG=C`), curses cannot draw other characters,
/// so every cell is drawn through ``Sanitizer/ascii(_:)``: one ASCII column per column.
///
/// When the terminal can set a scroll region and save and restore the cursor, curses is given
/// every row but the last and the last row (the status bar) is written by ``LastRow``: curses then
/// scrolls the text with a line feed inside a scroll region that leaves the status bar out,
/// instead of setting and resetting a region for every line. Ctrl-Z is handled here rather than by
/// curses so that the region is given up while quoth is stopped.
public final class Terminal: TerminalBackend {
  private var screen: OpaquePointer?
  private var input: UnsafeMutablePointer<FILE>?
  private var ownsInput = false
  private var painter: Painter
  private var previous: ScreenBuffer?
  private let mouse: Bool
  /// The last row's writer when quoth draws that row itself, else `nil`.
  private var lastRow: LastRow?
  /// Whether curses has every row but the last now (the window has at least two rows).
  private var ownsLastRow = false
  /// Whether a prompt left the cursor on the last row, away from where curses put it.
  private var cursorAway = false
  /// The rows to confine the terminal's scrolling to once curses' next update has gone out (it
  /// may switch to the alternate screen first).
  private var pendingRegion: Int?
  /// The size last reported to the reader.
  private var reportedSize: (columns: Int, rows: Int)?
  /// Whether only ASCII can be drawn (the locale is not UTF-8).
  public let asciiOnly: Bool
  /// Writes the rows a scroll brings in when quoth can do so for curses (see ``ScrollWriter``),
  /// else `nil`.
  private var scrollWriter: ScrollWriter?
  /// Where the last ``ScrollWriter`` bytes left the cursor, while nothing else has moved it.
  private var knownCursor: ScrollWriter.Position?
  /// The look ``ScrollWriter`` bytes left the terminal in when it is not curses' normal one
  /// (where a quote goes on into the next line): ``settleLook()`` resets it before anything else
  /// writes.
  private var lookLeft: ColorResolver.Resolved?
  /// `/dev/null`, open for writing: curses' output goes there while it draws what quoth wrote.
  private var nullOutput: Int32 = -1

  /// Opens the terminal for full-screen use.
  ///
  /// - Parameters:
  ///   - theme: the styles to paint with.
  ///   - colorMode: `nil` picks from the terminal; `.none` draws with attributes only.
  ///   - mouse: whether to ask for mouse wheel events.
  /// - Throws: ``TerminalError`` when TERM is unknown or there is no terminal.
  public init(theme: Theme, colorMode: ColorMode? = nil, mouse: Bool = false) throws {
    self.mouse = mouse
    painter = Painter(theme: theme, mode: .none)
    setlocale(LC_ALL, "")
    asciiOnly = quoth_locale_is_utf8() == 0
    if !Self.installSignalHandlers() { throw TerminalError.cursesFailed("sigaction") }
    let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
    if term.isEmpty { throw TerminalError.unknownTerminal("") }
    if isatty(STDIN_FILENO) != 0 {
      input = quoth_stdin()
    } else {
      guard let tty = fopen("/dev/tty", "r") else { throw TerminalError.noTerminal }
      input = tty
      ownsInput = true
    }
    if ProcessInfo.processInfo.environment["ESCDELAY"] == nil { set_escdelay(25) }
    guard let created = newterm(term, quoth_stdout(), input) else {
      if ownsInput { fclose(input) }
      throw TerminalError.unknownTerminal(term)
    }
    screen = created
    set_term(created)
    cbreak()
    noecho()
    nonl()
    let window = quoth_stdscr()
    keypad(window, true)
    intrflush(window, false)
    leaveok(window, false)
    // Let curses scroll the terminal (insert/delete line, scroll regions) instead of repainting
    // every line when the text moves by a few lines: far fewer bytes over SSH.
    idlok(window, true)
    scrollok(window, false)
    curs_set(0)
    if mouse {
      mousemask(mmask_t(quoth_button4_pressed() | quoth_button5_pressed()), nil)
      mouseinterval(0)
    }
    var mode = colorMode ?? .none
    if colorMode == nil, has_colors() {
      start_color()
      mode = quoth_colors() >= 256 ? .indexed256 : (quoth_colors() >= 8 ? .basic8 : .none)
    } else if let colorMode, colorMode != .none, has_colors() {
      start_color()
    } else {
      mode = .none
    }
    painter = Painter(theme: theme, mode: mode, supported: Painter.textAttributes(term_attrs()))
    // The terminal's own background stays unless the theme sets a screen background.
    painter.applyScreenColors()
    lastRow = Self.lastRowSequences(colors: mode != .none).map {
      LastRow(sequences: $0, asciiOnly: asciiOnly)
    }
    lastRow?.normal = painter.resolver.screen
    nullOutput = open("/dev/null", O_WRONLY | O_CLOEXEC)
    makeScrollWriter()
    yieldLastRow()
    reportedSize = size
  }

  deinit { close() }

  /// Sets up ``scrollWriter`` for the current theme: only when quoth writes the last row (the
  /// scroll region is its own), the theme keeps the terminal's own colours (so a row that scrolls
  /// in blank is blank as curses sees it), and curses' output can be thrown away.
  private func makeScrollWriter() {
    scrollWriter = nil
    let normal = ColorResolver.Resolved(foreground: -1, background: -1, attributes: [])
    guard let lastRow, nullOutput >= 0, painter.resolver.screen == normal else { return }
    scrollWriter = ScrollWriter(sequences: lastRow.sequences, asciiOnly: asciiOnly, normal: normal)
  }

  /// Installs the handlers that only record SIGINT, SIGTERM, SIGHUP, SIGQUIT and SIGTSTP for
  /// ``nextEvent(timeout:)``; returns whether that worked.
  static func installSignalHandlers() -> Bool { quoth_install_signal_handlers() == 0 }

  /// The window size in columns and rows.
  public var size: (columns: Int, rows: Int) {
    (Int(quoth_cols()), Int(quoth_lines()) + (ownsLastRow ? 1 : 0))
  }

  /// The colour depth being painted with.
  public var colorMode: ColorMode { painter.mode }

  /// Changes the theme; the next draw repaints everything.
  public func setTheme(_ theme: Theme) {
    painter = Painter(theme: theme, mode: painter.mode, supported: painter.supported)
    painter.applyScreenColors()
    lastRow?.normal = painter.resolver.screen
    makeScrollWriter()
    invalidate()
  }

  /// Forgets what is on screen so that the next draw repaints it all (Ctrl-L, after a resize).
  public func invalidate() {
    previous = nil
    knownCursor = nil
    clearok(quoth_stdscr(), true)
    if ownsLastRow { pendingRegion = Int(quoth_lines()) }
  }

  /// The sequences ``LastRow`` needs, or `nil` when the terminal lacks one (then curses draws
  /// every row, and scrolls with a region of its own).
  private static func lastRowSequences(colors: Bool) -> LastRow.Sequences? {
    func bytes(_ pointer: UnsafePointer<CChar>?) -> [UInt8]? {
      guard let pointer else { return nil }
      return LastRow.withoutPadding(
        UnsafeBufferPointer(start: pointer, count: strlen(pointer)).map { UInt8(bitPattern: $0) })
    }
    func capability(_ name: String) -> [UInt8]? { bytes(quoth_capability(name)) }
    func template(_ name: String) -> [CChar]? {
      quoth_capability(name).map { Array(UnsafeBufferPointer(start: $0, count: strlen($0) + 1)) }
    }
    guard let cup = template("cup"), capability("ind") != nil, capability("ri") != nil,
      let csr = template("csr"), let save = capability("sc"),
      let restore = capability("rc"), let reset = capability("sgr0")
    else { return nil }
    let named: [(TextAttributes, String)] = [
      (.bold, "bold"), (.dim, "dim"), (.underline, "smul"), (.reverse, "rev"), (.italic, "sitm"),
    ]
    var sequences = LastRow.Sequences(
      moveTo: { row, column in bytes(quoth_tiparm2(cup, Int32(row), Int32(column))) ?? [] },
      scrollRegion: { top, bottom in bytes(quoth_tiparm2(csr, Int32(top), Int32(bottom))) ?? [] },
      save: save, restore: restore, reset: reset,
      attributes: named.compactMap { attribute, name in capability(name).map { (attribute, $0) } })
    if colors {
      guard let setaf = template("setaf"), let setab = template("setab") else { return nil }
      sequences.foreground = { bytes(quoth_tiparm1(setaf, Int32($0))) ?? [] }
      sequences.background = { bytes(quoth_tiparm1(setab, Int32($0))) ?? [] }
    }
    sequences.avoidsLastCell = quoth_flag("am") != 0 && quoth_flag("xenl") == 0
    sequences.scrollUp = capability("ind")
    sequences.scrollDown = capability("ri")
    if let hpa = template("hpa") {
      sequences.column = { bytes(quoth_tiparm1(hpa, Int32($0))) ?? [] }
    }
    return sequences
  }

  /// Gives curses every row but the last, and confines the terminal's scrolling to those rows;
  /// call whenever curses may have measured the window again.
  private func yieldLastRow() {
    guard lastRow != nil else { return }
    var rows: Int32 = 0
    var columns: Int32 = 0
    if quoth_window_size(fileno(quoth_stdout()), &rows, &columns) != 0 {
      rows = quoth_lines() + (ownsLastRow ? 1 : 0)
      columns = quoth_cols()
    }
    ownsLastRow = rows >= 2
    guard ownsLastRow else {
      resize_term(rows, columns)
      return
    }
    resize_term(rows - 1, columns)
    pendingRegion = Int(rows - 1)
    lastRow?.forget()
  }

  /// Sends bytes to the terminal outside curses, which has nothing waiting to go out between
  /// updates (what it sends at once, such as a cursor change, it flushes).
  private func write(_ bytes: [UInt8]) {
    guard !bytes.isEmpty else { return }
    let out = quoth_stdout()
    fflush(out)
    _ = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, out) }
    fflush(out)
  }

  /// Copies `buffer` to the screen; curses then sends only the cells that changed since the last
  /// draw, scrolling the terminal when lines moved.
  ///
  /// Rows equal to the last draw's are skipped; a changed row is copied whole, painted with
  /// ``Painter/paintedStyles(_:)``. With no cursor to show curses is told to leave the terminal's
  /// cursor where the last change left it (`leaveok`), instead of moving it back to the last cell
  /// written after every frame. The last row goes through ``LastRow`` when curses does not have it.
  /// When the text moved beside rows that stayed (the docked sidebar), curses is first given the
  /// whole width scrolled, so the terminal scrolls and only the rows that stayed are written again
  /// (see ``PaneScroll``).
  public func draw(_ buffer: ScreenBuffer) {
    let window = quoth_stdscr()
    let cursesRows = Int(quoth_lines())
    let writesLastRow = ownsLastRow && lastRow != nil && buffer.rows == cursesRows + 1
    let full = previous == nil || previous!.columns != buffer.columns || previous!.rows != buffer.rows
    if full {
      werase(window)
      lastRow?.forget()
    }
    if cursorAway, let lastRow {
      write(lastRow.sequences.restore)
      cursorAway = false
    }
    // The steps curses is given: with the text moving beside a sidebar that stays, first the
    // whole width scrolled, then the frame itself (see PaneScroll).
    var steps = [buffer]
    if !full, let previous, let shift = PaneScroll.shift(from: previous, to: buffer, rows: cursesRows) {
      steps.insert(PaneScroll.scrolled(previous, by: shift, toward: buffer, rows: cursesRows), at: 0)
    }
    var shown = full ? nil : previous
    var mayHaveClearedLastRow = false
    for (index, step) in steps.enumerated() {
      let last = index == steps.count - 1
      let promptOnLastRow = writesLastRow && step.cursor?.y == step.rows - 1
      if writesLastRow, let before = shown, step.cursor == nil || promptOnLastRow,
        writeScroll(step, over: before, rows: cursesRows)
      {
        if last { curs_set(promptOnLastRow ? 1 : 0) }
        shown = step
        continue
      }
      knownCursor = nil
      settleLook()
      copy(step, over: shown, rows: cursesRows)
      if last, let cursor = step.cursor, !promptOnLastRow {
        leaveok(window, false)
        curs_set(1)
        wmove(window, Int32(cursor.y), Int32(cursor.x))
      } else {
        leaveok(window, true)
        if last { curs_set(promptOnLastRow ? 1 : 0) }
      }
      wnoutrefresh(window)
      doupdate()
      if writesLastRow, let shown, mayClearLastRow(from: shown, to: step, rows: cursesRows) {
        mayHaveClearedLastRow = true
      }
      shown = step
    }
    if let rows = pendingRegion, let lastRow {
      write(lastRow.confine(rows: rows))
      pendingRegion = nil
    }
    if writesLastRow, var lastRow {
      if mayHaveClearedLastRow { lastRow.forget() }
      let promptOnLastRow = buffer.cursor?.y == buffer.rows - 1
      let y = buffer.rows - 1
      let looks = painter.paintedStyles(buffer.row(y)).map { painter.resolve($0) }
      let bytes = lastRow.update(
        buffer.row(y), looks: looks, row: y, cursor: promptOnLastRow ? buffer.cursor?.x : nil)
      self.lastRow = lastRow
      if !bytes.isEmpty { settleLook() }
      write(bytes)
      cursorAway = promptOnLastRow && !bytes.isEmpty
      if cursorAway { knownCursor = nil }
    }
    previous = buffer
  }

  /// Draws `step` over `shown` when its top `rows` rows are `shown`'s moved up or down as one
  /// block: quoth sends the scroll and the rows that came in (see ``ScrollWriter``), and curses
  /// draws the same step with its output thrown away, ending with the cursor where quoth's bytes
  /// left it, so that its picture of the screen is the terminal's. Returns whether it did.
  private func writeScroll(_ step: ScreenBuffer, over shown: ScreenBuffer, rows: Int) -> Bool {
    guard let scrollWriter, pendingRegion == nil, !cursorAway, step.columns == shown.columns,
      let shift = Self.scrollShift(from: shown, to: step, rows: rows), shift != 0
    else { return false }
    let incoming = shift > 0 ? (rows - shift)..<rows : 0..<(-shift)
    let rowsIn = incoming.map { y in
      let row = step.row(y)
      return ScrollWriter.Row(y: y, cells: row, looks: painter.paintedStyles(row).map { painter.resolve($0) })
    }
    guard
      let (bytes, cursor, look) = scrollWriter.scroll(
        by: shift, rows: rows, columns: step.columns, incoming: rowsIn, cursor: knownCursor,
        look: lookLeft ?? scrollWriter.normal)
    else { return false }
    let window = quoth_stdscr()
    copy(step, over: shown, rows: rows)
    leaveok(window, false)
    wmove(window, Int32(cursor.row), Int32(cursor.column))
    wnoutrefresh(window)
    guard discardingOutput({ doupdate() }) else {
      // Curses could not be silenced: let it send the step itself.
      settleLook()
      leaveok(window, true)
      doupdate()
      knownCursor = nil
      return true
    }
    write(bytes)
    leaveok(window, true)
    knownCursor = cursor
    lookLeft = look == scrollWriter.normal ? nil : look
    return true
  }

  /// Resets the look ``ScrollWriter`` bytes left the terminal in, so that curses' belief (its
  /// normal look between updates) is true again before anything else writes.
  private func settleLook() {
    guard lookLeft != nil, let lastRow else { return }
    lookLeft = nil
    write(lastRow.sequences.reset)
  }

  /// Runs `body` with the terminal's output going to `/dev/null` and curses not stopping an update
  /// for keys typed meanwhile (so that it finishes the picture quoth's bytes drew); returns
  /// `false`, without running `body`, when the output cannot be redirected.
  private func discardingOutput(_ body: () -> Void) -> Bool {
    let out = quoth_stdout()
    fflush(out)
    let descriptor = fileno(out)
    let saved = dup(descriptor)
    guard saved >= 0 else { return false }
    defer { Glibc.close(saved) }
    guard dup2(nullOutput, descriptor) >= 0 else { return false }
    typeahead(-1)
    body()
    fflush(out)
    typeahead(input.map { fileno($0) } ?? -1)
    _ = dup2(saved, descriptor)
    return true
  }

  /// Copies the top `rows` rows of `buffer` that differ from `shown` (all of them when `shown` is
  /// `nil`) into curses' window, painted with ``Painter/paintedStyles(_:)``.
  private func copy(_ buffer: ScreenBuffer, over shown: ScreenBuffer?, rows: Int) {
    let window = quoth_stdscr()
    var cell = cchar_t()
    for y in 0..<min(buffer.rows, rows) {
      let row = buffer.row(y)
      if let shown, shown.row(y) == row { continue }
      let styles = painter.paintedStyles(row)
      for x in 0..<buffer.columns {
        let current = buffer[x, y]
        if current.isContinuation { continue }
        let (attributes, pair) = painter.attributes(for: styles[x])
        var wide: [wchar_t] = current.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        if wide.isEmpty { wide = [wchar_t(32)] }
        var columns = 1
        if asciiOnly, let first = current.text.unicodeScalars.first,
          !current.text.unicodeScalars.allSatisfy(\.isASCII)
        {
          // One ASCII stand-in per column: a wide character's second column gets one too.
          wide = [wchar_t(bitPattern: Sanitizer.ascii(first).value)]
          if x + 1 < buffer.columns, buffer[x + 1, y].isContinuation { columns = 2 }
        }
        wide.append(0)
        _ = quoth_setcchar(&cell, wide, attributes, pair)
        // The bottom-right cell reports ERR once written (the cursor cannot advance); that is fine.
        for offset in 0..<columns { _ = mvwadd_wch(window, Int32(y), Int32(x + offset), &cell) }
      }
    }
  }

  /// Whether curses may have erased the last row while drawing `next` over `shown`: see
  /// ``mayClearLastRow(from:to:rows:looksBlank:)``.
  private func mayClearLastRow(from shown: ScreenBuffer, to next: ScreenBuffer, rows: Int) -> Bool {
    guard next.columns > 0, rows > 0, rows <= next.rows else { return true }
    let corner = next[next.columns - 1, rows - 1]
    guard corner.text == " " else { return false }
    let cornerLook = painter.look(corner.style)
    let snapshot = painter
    return Self.mayClearLastRow(
      from: shown, to: next, rows: rows,
      looksBlank: { $0.text == " " && snapshot.look($0.style) == cornerLook })
  }

  /// Whether curses may have erased the last row while drawing `next` over `previous`.
  ///
  /// Curses believes its screen ends above the last row, so when the bottom of its screen turns
  /// blank it may clear "to the end of the screen", which takes the last row with it. It does so
  /// when its bottom rows are blank in `next` and one of them is not blank on the terminal after
  /// curses has scrolled: the scroll is worked out as curses does for a block of rows that moved
  /// together. When the rows did not move as one block, any of those rows not blank before counts:
  /// a row that curses scrolls there either matches `next` (so is blank) or comes in blank.
  ///
  /// - Parameters:
  ///   - rows: the rows curses has.
  ///   - looksBlank: whether a cell paints the same as the blank at the bottom-right corner.
  static func mayClearLastRow(
    from previous: ScreenBuffer, to next: ScreenBuffer, rows: Int, looksBlank: (Cell) -> Bool
  ) -> Bool {
    guard rows > 0, next.columns > 0, previous.columns == next.columns, rows <= next.rows,
      rows <= previous.rows
    else { return true }
    func blank(_ row: ArraySlice<Cell>) -> Bool { row.allSatisfy(looksBlank) }
    var top = rows
    while top > 0, blank(next.row(top - 1)) { top -= 1 }
    guard top < rows else { return false }
    guard let shift = scrollShift(from: previous, to: next, rows: rows) else {
      return (top..<rows).contains { !blank(previous.row($0)) }
    }
    // After curses scrolls by `shift`, row y shows what row y + shift showed, or a blank row.
    return (top..<rows).contains { y in (0..<rows).contains(y + shift) && !blank(previous.row(y + shift)) }
  }

  /// How far the top `rows` rows moved from `previous` to `next` as one block (positive: up, as
  /// `j` moves them): 0 when none changed, `nil` when they did not move together or moved further
  /// than curses scrolls (it wants at least 3 rows to move, and not much further than that).
  static func scrollShift(from previous: ScreenBuffer, to next: ScreenBuffer, rows: Int) -> Int? {
    if (0..<rows).allSatisfy({ previous.row($0) == next.row($0) }) { return 0 }
    for distance in 1..<max(1, rows) {
      let overlap = rows - distance
      guard overlap >= 3, overlap + min(overlap / 8, 2) >= distance else { break }
      for shift in [distance, -distance] {
        let moved = max(0, -shift)..<min(rows, rows - shift)
        if moved.allSatisfy({ next.row($0) == previous.row($0 + shift) }) { return shift }
      }
    }
    return nil
  }

  /// Sends bytes straight to the terminal, outside curses' drawing (an OSC 52 clipboard request).
  public func sendRaw(_ text: String) {
    let out = quoth_stdout()
    fflush(out)
    fputs(text, out)
    fflush(out)
  }

  /// Waits up to `timeout` milliseconds for an event.
  public func nextEvent(timeout: Int32) -> TerminalEvent? {
    let signal = quoth_take_signal()
    if signal == quoth_sigtstp() { return suspend() }
    if signal != 0 { return .signal(signal) }
    let window = quoth_stdscr()
    wtimeout(window, timeout)
    var character: wint_t = 0
    let result = wget_wch(window, &character)
    let pending = quoth_take_signal()
    if pending == quoth_sigtstp() { return suspend() }
    if pending != 0 { return .signal(pending) }
    if result == quoth_err() {
      if let input, quoth_hung_up(fileno(input)) != 0 { return .signal(SIGHUP) }
      return nil
    }
    if result == quoth_key_code_yes() {
      return decodeKeyCode(Int32(character))
    }
    return decodeCharacter(UInt32(character))
  }

  private func decodeCharacter(_ value: UInt32) -> TerminalEvent? {
    switch value {
    case 10, 13: return .key(.enter)
    case 9: return .key(.tab)
    case 27: return .key(.escape)
    case 8, 127: return .key(.backspace)
    case 1...26: return .key(.ctrl(Unicode.Scalar(value + 96)!))
    case 0: return nil
    default:
      guard let scalar = Unicode.Scalar(value) else { return nil }
      return .key(.char(scalar))
    }
  }

  private func decodeKeyCode(_ code: Int32) -> TerminalEvent? {
    switch code {
    case quoth_key_resize():
      yieldLastRow()
      return redrawOrResize()
    case quoth_key_mouse():
      var event = MEVENT()
      guard getmouse(&event) == quoth_ok() else { return nil }
      if mmask_t(event.bstate) & mmask_t(quoth_button4_pressed()) != 0 { return .key(.wheelUp) }
      let down = quoth_button5_pressed()
      if down != 0, mmask_t(event.bstate) & mmask_t(down) != 0 { return .key(.wheelDown) }
      return nil
    case Int32(KEY_UP): return .key(.up)
    case Int32(KEY_DOWN): return .key(.down)
    case Int32(KEY_LEFT): return .key(.left)
    case Int32(KEY_RIGHT): return .key(.right)
    case Int32(KEY_NPAGE): return .key(.pageDown)
    case Int32(KEY_PPAGE): return .key(.pageUp)
    case Int32(KEY_HOME): return .key(.home)
    case Int32(KEY_END), Int32(KEY_LL): return .key(.end)
    case Int32(KEY_ENTER): return .key(.enter)
    case Int32(KEY_BACKSPACE), Int32(KEY_DC): return .key(.backspace)
    case Int32(KEY_BTAB): return .key(.backTab)
    case quoth_key_f0() + 1...quoth_key_f0() + 12: return .key(.function(Int(code - quoth_key_f0())))
    default: return nil
    }
  }

  /// Stops quoth as Ctrl-Z does: the terminal is restored (with the whole screen scrolling again)
  /// for the shell, and taken back on `fg`.
  ///
  /// - Returns: a resize event when the window's size changed meanwhile; else `nil`, the last
  ///   frame having been drawn again.
  private func suspend() -> TerminalEvent? {
    releaseLastRow()
    endwin()
    quoth_stop_self()
    // Continued: curses leaves endwin mode on this update (and may measure the window again).
    doupdate()
    yieldLastRow()
    return redrawOrResize()
  }

  /// Gives the terminal's whole screen back to scrolling, before quoth stops or quits.
  private func releaseLastRow() {
    guard ownsLastRow, let lastRow else { return }
    if cursorAway {
      write(lastRow.sequences.restore)
      cursorAway = false
    }
    knownCursor = nil
    settleLook()
    write(lastRow.confine(rows: Int(quoth_lines()) + 1))
  }

  /// After curses measured the window: a resize event when its size changed, else a redraw of
  /// the last frame (the reader's state has not changed, so it need not hear of it).
  private func redrawOrResize() -> TerminalEvent? {
    let now = size
    if let reportedSize, reportedSize == now, let last = previous {
      invalidate()
      draw(last)
      return nil
    }
    reportedSize = now
    invalidate()
    return .resize(columns: now.columns, rows: now.rows)
  }

  /// Leaves full-screen mode and restores the terminal: cursor visible, echo on, main screen.
  public func close() {
    guard let current = screen else { return }
    screen = nil
    if mouse { mousemask(0, nil) }
    releaseLastRow()
    curs_set(1)
    endwin()
    delscreen(current)
    if ownsInput, let input { fclose(input) }
    input = nil
    if nullOutput >= 0 { Glibc.close(nullOutput) }
    nullOutput = -1
    fflush(quoth_stdout())
  }
}
