/// Makes text safe to print on a terminal: control characters become visible stand-ins.
public enum VisibleText {
  /// `text` with C0 controls, DEL and C1 controls replaced, so a row never moves the cursor,
  /// changes colours or rings the bell.
  ///
  /// C0 controls and DEL become their Control Pictures (U+2400–U+2421: ESC is `␛`, TAB `␉`,
  /// LF `␊`); C1 controls (U+0080–U+009F) become `�` preceded by nothing else; bidirectional
  /// overrides and isolates (U+202A–U+202E, U+2066–U+2069) become `�` too, since they can
  /// reorder the rest of a row.
  public static func escaped(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: needsEscape) else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x00...0x1F: result.append(Unicode.Scalar(0x2400 + scalar.value)!)
      case 0x7F: result.append("\u{2421}")
      case 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069: result.append("\u{FFFD}")
      default: result.append(scalar)
      }
    }
    return String(result)
  }

  static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
  }
}
