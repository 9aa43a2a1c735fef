/// Makes article text safe to show: control characters become visible stand-ins, never bytes that a
/// terminal would act on.
///
/// Each code point maps to at most one code point, so a laid-out line's columns still map one to
/// one onto its source offsets:
/// - C0 controls (U+0000–001F) except tab, line feed and carriage return: the Control Pictures
///   symbol for them, U+2400–241F (`␛` for ESC, `␀` for NUL).
/// - DEL (U+007F): `␡` (U+2421).
/// - C1 controls (U+0080–009F) and the bidi embeddings, overrides and isolates (U+202A–202E,
///   U+2066–2069), which could reorder the text around them: `␦` (U+2426).
/// - Tab, line feed, and the line and paragraph separators (U+2028, U+2029) inside a paragraph: a
///   space. Carriage return and the soft hyphen (U+00AD):
///   hidden (the terminal would show a soft hyphen in a column layout does not count).
///
/// Every stand-in is one column wide; ``DisplayWidth/shown(_:)`` counts them so.
///
/// This is the one table of stand-ins in quoth: layout and the view's ``display(_:)`` (through
/// `ScreenBuffer`), ``field(_:)``, ``multiline(_:)`` and ``csvField(_:)`` for everything printed
/// by the commands and on standard error, and ``ascii(_:)`` for terminals whose locale is not
/// UTF-8.
public enum Sanitizer {
  /// The stand-in shown for C1 controls and bidi controls.
  public static let invisibleStandIn: Unicode.Scalar = "\u{2426}"

  /// Whether `value` is a bidi embedding, override or isolate control.
  @inlinable
  public static func isBidiControl(_ value: UInt32) -> Bool {
    (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
  }

  /// The code point to show for `scalar`: itself, a stand-in, or `nil` when it is hidden.
  ///
  /// - Complexity: O(1).
  @inlinable
  public static func display(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
    let value = scalar.value
    if value >= 0x20 && value < 0x7F { return scalar }
    switch value {
    case 0x09, 0x0A: return " "
    case 0x0D, 0xAD: return nil
    case 0x00..<0x20: return Unicode.Scalar(0x2400 + value)
    case 0x7F: return "\u{2421}"
    case 0x80..<0xA0: return invisibleStandIn
    case 0x2028, 0x2029: return " "
    default: return isBidiControl(value) ? invisibleStandIn : scalar
    }
  }

  /// Whether `scalar` is shown as something other than itself.
  public static func needsStandIn(_ scalar: Unicode.Scalar) -> Bool {
    display(scalar) != scalar
  }

  /// `text` as it is shown: stand-ins for controls, hidden code points dropped.
  ///
  /// - Complexity: O(n).
  public static func sanitize(_ text: some Sequence<Unicode.Scalar>) -> String {
    var result = String.UnicodeScalarView()
    for scalar in text {
      if let shown = display(scalar) { result.append(shown) }
    }
    return String(result)
  }

  /// `text` as it is shown.
  public static func sanitize(_ text: some StringProtocol) -> String {
    sanitize(text.unicodeScalars)
  }
}
