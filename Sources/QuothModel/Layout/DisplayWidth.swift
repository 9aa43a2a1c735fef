/// How many terminal columns text takes. (The full tables land with issue 2.)
public enum DisplayWidth {
  /// The columns one code point takes: 0 (combining, zero-width), 1, or 2 (East Asian wide, emoji).
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    scalar.properties.generalCategory == .nonspacingMark ? 0 : 1
  }

  /// The columns a string takes.
  public static func of(_ text: some StringProtocol) -> Int {
    text.unicodeScalars.reduce(0) { $0 + of($1) }
  }
}
