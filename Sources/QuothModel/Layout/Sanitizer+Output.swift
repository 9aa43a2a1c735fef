/// Text safe to print outside the reader: on standard output, in a pipe, or on standard error.
///
/// Use these for every string that came from an article or a file name before it is written:
/// - ``field(_:)`` for one-line values (a `list` row's cells, a quote's speaker, an error message).
/// - ``multiline(_:)`` for text that may keep its line breaks (a quote printed on its own lines).
/// - ``csvField(_:)`` for a CSV cell: ``field(_:)``, then quoted as RFC 4180 asks.
/// JSON output escapes controls instead; see ``JSONText``.
extension Sanitizer {
  /// The stand-in for `scalar` in a one-line field: every C0 control (tab and line feed too) its
  /// Control Picture, DEL `␡`, C1 controls and bidi controls `␦`; `nil` when it is safe as is.
  ///
  /// - Complexity: O(1).
  @inlinable
  public static func fieldStandIn(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
    let value = scalar.value
    if value >= 0x20 && value < 0x7F { return nil }
    switch value {
    case 0x00..<0x20: return Unicode.Scalar(0x2400 + value)
    case 0x7F: return "\u{2421}"
    case 0x80..<0xA0: return invisibleStandIn
    default: return isBidiControl(value) ? invisibleStandIn : nil
    }
  }

  /// `text` as one line that cannot move the cursor, change colours, set the window title, write
  /// the clipboard or reorder the rest of the line: see ``fieldStandIn(_:)``. Text with nothing to
  /// replace is returned as is.
  ///
  /// - Complexity: O(n).
  public static func field(_ text: some StringProtocol) -> String {
    guard text.unicodeScalars.contains(where: { fieldStandIn($0) != nil }) else { return String(text) }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars { result.append(fieldStandIn(scalar) ?? scalar) }
    return String(result)
  }

  /// `text` with its line feeds and tabs kept and every other control replaced as in ``field(_:)``;
  /// a carriage return before a line feed is dropped.
  ///
  /// - Complexity: O(n).
  public static func multiline(_ text: some StringProtocol) -> String {
    var result = String.UnicodeScalarView()
    let scalars = Array(text.unicodeScalars)
    for (index, scalar) in scalars.enumerated() {
      switch scalar {
      case "\n", "\t": result.append(scalar)
      case "\r" where index + 1 < scalars.count && scalars[index + 1] == "\n": continue
      default: result.append(fieldStandIn(scalar) ?? scalar)
      }
    }
    return String(result)
  }

  /// `text` as one CSV cell: made safe as a ``field(_:)`` (so a cell never holds a line break), then
  /// quoted when it holds a comma, a quote, or leading or trailing spaces.
  public static func csvField(_ text: some StringProtocol) -> String {
    let safe = field(text)
    guard safe.contains(where: { $0 == "," || $0 == "\"" }) || safe.first == " " || safe.last == " " else {
      return safe
    }
    var quoted = "\""
    for character in safe { quoted += character == "\"" ? "\"\"" : String(character) }
    return quoted + "\""
  }
}
