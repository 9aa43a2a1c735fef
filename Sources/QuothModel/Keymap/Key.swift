/// A key press or terminal event, decoded from the terminal's input.
public enum Key: Hashable, Sendable, CustomStringConvertible {
  /// A printable character.
  case char(Unicode.Scalar)
  /// A control key: `.ctrl("g")` is Ctrl-G.
  case ctrl(Unicode.Scalar)
  /// Arrow keys.
  case up, down, left, right
  /// Paging and jumping keys.
  case pageUp, pageDown, home, end
  /// Enter or Return.
  case enter
  /// Escape.
  case escape
  /// Backspace or Delete-backwards.
  case backspace
  /// Tab and Shift-Tab.
  case tab, backTab
  /// A function key, F1 to F12.
  case function(Int)
  /// The mouse wheel turned up or down.
  case wheelUp, wheelDown
  /// A character typed after `:`, as less's `:n`; the reader makes it from the two key presses.
  case colon(Unicode.Scalar)

  /// How the key is written in help and the README.
  public var description: String {
    switch self {
    case .char(" "): return "Space"
    case .char(let scalar): return String(scalar)
    case .ctrl(let scalar): return "Ctrl-\(String(scalar).uppercased())"
    case .up: return "Up"
    case .down: return "Down"
    case .left: return "Left"
    case .right: return "Right"
    case .pageUp: return "PgUp"
    case .pageDown: return "PgDn"
    case .home: return "Home"
    case .end: return "End"
    case .enter: return "Enter"
    case .escape: return "Esc"
    case .backspace: return "Backspace"
    case .tab: return "Tab"
    case .backTab: return "Shift-Tab"
    case .function(let number): return "F\(number)"
    case .wheelUp: return "Wheel up"
    case .wheelDown: return "Wheel down"
    case .colon(let scalar): return ":" + String(scalar)
    }
  }
}
