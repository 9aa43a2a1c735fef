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
/// that hangs up without a SIGHUP reaching quoth is reported as SIGHUP too. ncurses keeps SIGTSTP
/// (Ctrl-Z restores the terminal, `fg` repaints) and SIGWINCH (a burst of resizes arrives as
/// resize events, the last one with the final size).
///
/// When the locale's character set is not UTF-8 (`LANG=C`), curses cannot draw other characters,
/// so every cell is drawn through ``Sanitizer/ascii(_:)``: one ASCII column per column.
public final class Terminal {
  private var screen: OpaquePointer?
  private var input: UnsafeMutablePointer<FILE>?
  private var ownsInput = false
  private var painter: Painter
  private var previous: ScreenBuffer?
  private let mouse: Bool
  /// Whether only ASCII can be drawn (the locale is not UTF-8).
  public let asciiOnly: Bool

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
    if quoth_install_signal_handlers() != 0 { throw TerminalError.cursesFailed("sigaction") }
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
  }

  deinit { close() }

  /// The window size in columns and rows.
  public var size: (columns: Int, rows: Int) { (Int(quoth_cols()), Int(quoth_lines())) }

  /// The colour depth being painted with.
  public var colorMode: ColorMode { painter.mode }

  /// Changes the theme; the next draw repaints everything.
  public func setTheme(_ theme: Theme) {
    painter = Painter(theme: theme, mode: painter.mode, supported: painter.supported)
    painter.applyScreenColors()
    invalidate()
  }

  /// Forgets what is on screen so that the next draw repaints it all (Ctrl-L, after a resize).
  public func invalidate() {
    previous = nil
    clearok(quoth_stdscr(), true)
  }

  /// Copies `buffer` to the screen; curses then sends only the cells that changed since the last
  /// draw, scrolling the terminal when lines moved.
  ///
  /// Rows equal to the last draw's are skipped; a changed row is copied whole, painted with
  /// ``Painter/paintedStyles(_:)``. With no cursor to show curses is told to leave the terminal's
  /// cursor where the last change left it (`leaveok`), instead of moving it back to the last cell
  /// written after every frame.
  public func draw(_ buffer: ScreenBuffer) {
    let window = quoth_stdscr()
    let full = previous == nil || previous!.columns != buffer.columns || previous!.rows != buffer.rows
    if full { werase(window) }
    var cell = cchar_t()
    for y in 0..<buffer.rows {
      let row = buffer.row(y)
      if !full, let previous, previous.row(y) == row { continue }
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
    if let cursor = buffer.cursor {
      leaveok(window, false)
      curs_set(1)
      wmove(window, Int32(cursor.y), Int32(cursor.x))
    } else {
      leaveok(window, true)
      curs_set(0)
    }
    wnoutrefresh(window)
    doupdate()
    previous = buffer
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
    if signal != 0 { return .signal(signal) }
    let window = quoth_stdscr()
    wtimeout(window, timeout)
    var character: wint_t = 0
    let result = wget_wch(window, &character)
    let pending = quoth_take_signal()
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
      return .resize(columns: size.columns, rows: size.rows)
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

  /// Leaves full-screen mode and restores the terminal: cursor visible, echo on, main screen.
  public func close() {
    guard let current = screen else { return }
    screen = nil
    if mouse { mousemask(0, nil) }
    curs_set(1)
    endwin()
    delscreen(current)
    if ownsInput, let input { fclose(input) }
    input = nil
    fflush(quoth_stdout())
  }
}
