import QuothModel

/// Visible stand-ins for code points that must never reach the terminal as themselves.
///
/// There is one table, the model's ``Sanitizer``; this is the view's name for it, so a cell shows
/// exactly what layout measured (one column per stand-in).
public enum CellText {
  /// What a cell shows for `scalar`: `nil` when it is safe as is, `""` when it is hidden (carriage
  /// return, soft hyphen), else its one-column ``Sanitizer`` stand-in (`␛` for ESC, `␦` for C1
  /// and bidi controls, a space for tab and line feed).
  public static func standIn(for scalar: Unicode.Scalar) -> String? {
    guard let shown = Sanitizer.display(scalar) else { return "" }
    return shown == scalar ? nil : String(shown)
  }
}
