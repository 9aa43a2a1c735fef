/// Visible stand-ins for code points that must never reach the terminal as themselves.
public enum CellText {
  /// The stand-in for a control, bidi or other unsafe code point, or `nil` when it is safe.
  ///
  /// C0 controls and DEL show in caret notation (`^[` for ESC, `^?` for DEL), C1 controls as
  /// `<9b>`-style hex, and bidi overrides and isolates as `¦`. Tabs and line breaks never reach
  /// the buffer: layout turns them into spaces first.
  public static func standIn(for scalar: Unicode.Scalar) -> String? {
    switch scalar.value {
    case 0x09, 0x0A, 0x0D: return " "
    case 0x00..<0x20: return "^" + String(Unicode.Scalar(scalar.value + 0x40)!)
    case 0x7F: return "^?"
    case 0x80..<0xA0: return "<" + String(scalar.value, radix: 16) + ">"
    case 0x202A...0x202E, 0x2066...0x2069: return "¦"
    default: return nil
    }
  }
}
