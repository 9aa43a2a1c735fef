extension TextAttributes {
  /// The attribute names a theme may use, in the order they are listed.
  public static let names: [(String, TextAttributes)] = [
    ("bold", .bold), ("dim", .dim), ("underline", .underline), ("reverse", .reverse), ("italic", .italic),
  ]

  /// The attribute called `name` (case-insensitive), or `nil`.
  public init?(name: String) {
    guard let match = Self.names.first(where: { $0.0 == name.lowercased() }) else { return nil }
    self = match.1
  }
}
