/// One-column ASCII stand-ins, for terminals whose locale cannot show other characters.
///
/// Under `LANG=C` (no UTF-8 locale, common on bare servers) curses cannot draw a character outside
/// ASCII; the terminal backend then draws each cell through ``ascii(_:)``. Every stand-in is exactly
/// one ASCII column, so the layout, measured for the real characters, stays in place: a wide
/// character's two columns become `??`.
extension Sanitizer {
  /// The ASCII character to draw for `scalar`: itself when it is printable ASCII, a look-alike
  /// for quotes, dashes, spaces, bullets and box drawing (`“` → `"`, `—` → `-`, `…` → `.`,
  /// `│` → `|`, `┼` → `+`), `^` for a Control Picture stand-in, and `?` for anything else.
  ///
  /// - Complexity: O(1).
  public static func ascii(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    let value = scalar.value
    if value >= 0x20 && value < 0x7F { return scalar }
    switch value {
    case 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return " "
    case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x00B4, 0x02BC: return "'"
    case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB, 0x2039, 0x203A, 0x300C...0x300F, 0xFF02:
      return "\""
    case 0x2010...0x2015, 0x2212, 0x00AD: return "-"
    case 0x2026: return "."
    case 0x00B7, 0x2022, 0x2027, 0x25CF, 0x25E6: return "*"
    case 0x2500, 0x2501, 0x2504, 0x2505, 0x2508, 0x2509, 0x254C, 0x254D, 0x2550: return "-"
    case 0x2502, 0x2503, 0x2506, 0x2507, 0x250A, 0x250B, 0x254E, 0x254F, 0x2551: return "|"
    case 0x250C...0x254B, 0x2552...0x257F: return "+"
    case 0x2580...0x259F: return "#"
    case 0x2190, 0x25C0, 0x25C2, 0x25C4: return "<"
    case 0x2192, 0x25B6, 0x25B8, 0x25BA: return ">"
    case 0x2191, 0x25B2: return "^"
    case 0x2193, 0x25BC, 0x25BE: return "v"
    case 0x2400...0x2426: return "^"
    case 0x00D7: return "x"
    default: return "?"
    }
  }

  /// `text` with every code point replaced by its ``ascii(_:)`` stand-in (wide ones twice), for
  /// writing to a terminal whose locale is not UTF-8.
  public static func ascii(_ text: some StringProtocol) -> String {
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      guard let shown = display(scalar) else { continue }
      let width = DisplayWidth.of(shown)
      for _ in 0..<width { result.append(ascii(shown)) }
    }
    return String(result)
  }
}
