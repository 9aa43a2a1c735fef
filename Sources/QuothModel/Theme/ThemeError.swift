/// Why a theme could not be loaded or chosen. Messages name the file and line, like a compiler's.
public enum ThemeError: Error, Equatable, CustomStringConvertible {
  /// The file is not valid TOML; `message` is the TOML parser's.
  case syntax(file: String, line: Int, message: String)
  /// A colour key holds text that is not a colour name, a 0–255 number or `#rrggbb`.
  case notAColor(file: String, line: Int, key: String, value: String)
  /// An 8-colour fallback (`fg8`, `bg8`) that is not one of the eight basic colours.
  case notABasicColor(file: String, line: Int, key: String, value: String)
  /// An attribute list names something other than bold, dim, underline, reverse, italic.
  case notAnAttribute(file: String, line: Int, key: String, value: String)
  /// A key holds the wrong kind of TOML value, e.g. a number where a table belongs.
  case wrongType(file: String, line: Int, key: String, expected: String, found: String)
  /// The palette has fewer than ``ThemeParser/minimumPaletteCount`` speaker colours.
  case paletteTooSmall(file: String, line: Int, count: Int)
  /// The theme file could not be read.
  case unreadable(path: String, reason: String)
  /// No theme has this name, and it is not a path to a file.
  case notFound(name: String, available: [String])

  public var description: String {
    switch self {
    case .syntax(let file, let line, let message):
      return "\(file):\(line): TOML syntax error: \(message)"
    case .notAColor(let file, let line, let key, let value):
      return "\(file):\(line): \(key): \(value) is not a colour (a name, 0-255 or #rrggbb)"
    case .notABasicColor(let file, let line, let key, let value):
      return "\(file):\(line): \(key): \(value) is not one of the 8 basic colours (black red green yellow"
        + " blue magenta cyan white, 0-7, or default)"
    case .notAnAttribute(let file, let line, let key, let value):
      return "\(file):\(line): \(key): \(value) is not an attribute (bold, dim, underline, reverse, italic)"
    case .wrongType(let file, let line, let key, let expected, let found):
      return "\(file):\(line): \(key): expected \(expected), found \(found)"
    case .paletteTooSmall(let file, let line, let count):
      return
        "\(file):\(line): palette: \(count) speaker colours, at least \(ThemeParser.minimumPaletteCount) needed"
    case .unreadable(let path, let reason):
      return "\(path): cannot read theme: \(reason)"
    case .notFound(let name, let available):
      return "no theme named \"\(name)\" and no such file (themes: \(available.joined(separator: ", ")))"
    }
  }
}
