extension ThemeColor {
  /// The eight basic colour names, in index order.
  public static let basicNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

  /// Parses a colour as a theme writes it: a name (`red`, `bright-red`, `grey`, `default`), or
  /// `#rrggbb`.
  ///
  /// - Returns: `nil` when `text` is not a colour.
  public init?(name text: String) {
    let name = text.lowercased()
    if name == "default" {
      self = .terminalDefault
    } else if name == "grey" || name == "gray" {
      self = .indexed(8)
    } else if let index = Self.basicNames.firstIndex(of: name) {
      self = .indexed(index)
    } else if name.hasPrefix("bright"), let index = Self.basicNames.firstIndex(of: Self.trimBright(name)) {
      self = .indexed(index + 8)
    } else if name.hasPrefix("#"), name.count == 7, let value = UInt32(name.dropFirst(), radix: 16) {
      self = .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
    } else {
      return nil
    }
  }

  /// Parses an 8-colour fallback: one of the eight basic names or `default`.
  ///
  /// - Returns: the index 0–7, `-1` for the terminal's default, or `nil` when `text` is not one.
  public static func basicIndex(name text: String) -> Int? {
    let name = text.lowercased()
    if name == "default" { return -1 }
    return basicNames.firstIndex(of: name)
  }

  /// The xterm-256 index this colour is drawn with, or -1 for the terminal's default.
  public var index256: Int {
    switch self {
    case .terminalDefault: return -1
    case .indexed(let value): return max(0, min(255, value))
    case .rgb(let red, let green, let blue): return ColorCube.nearest(red: red, green: green, blue: blue)
    }
  }

  /// The nearest basic colour (0–7), or -1 for the terminal's default: the fallback worked out when
  /// a theme gives none.
  public var nearestBasic: Int {
    switch self {
    case .terminalDefault: return -1
    case .indexed(let value): return ColorCube.nearestBasic(value)
    case .rgb(let red, let green, let blue):
      return ColorCube.nearestBasic(red: Int(red), green: Int(green), blue: Int(blue))
    }
  }

  private static func trimBright(_ name: String) -> String {
    var rest = name.dropFirst("bright".count)
    if rest.first == "-" || rest.first == "_" || rest.first == " " { rest = rest.dropFirst() }
    return String(rest)
  }
}
