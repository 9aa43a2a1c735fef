/// Cutting text to a number of display columns.
public enum TextFit {
  /// `text` cut to at most `width` display columns, ending in `…` when cut.
  public static func fit(_ text: String, width: Int) -> String {
    guard width > 0 else { return "" }
    if DisplayWidth.shown(text.unicodeScalars) <= width { return text }
    var result = String.UnicodeScalarView()
    var used = 0
    for scalar in text.unicodeScalars {
      let w = DisplayWidth.shown(scalar)
      if used + w > width - 1 { break }
      result.append(scalar)
      used += w
    }
    return String(result) + "…"
  }

  /// `text` padded with spaces (or cut) to exactly `width` columns.
  public static func pad(_ text: String, width: Int) -> String {
    let fitted = fit(text, width: width)
    return fitted + String(repeating: " ", count: max(0, width - DisplayWidth.shown(fitted.unicodeScalars)))
  }

  /// `number` in decimal, right-aligned in `width` columns as `%<width>d` prints it (never cut).
  public static func right(_ number: Int, width: Int) -> String {
    let digits = String(number)
    return String(repeating: " ", count: max(0, width - digits.count)) + digits
  }
}
