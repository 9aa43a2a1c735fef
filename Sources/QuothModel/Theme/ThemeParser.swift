import TOMLKit

/// Reads a theme from TOML text; the schema is documented at the top of `Themes/default.toml`.
///
/// Errors name the file, the line and the key (`mytheme.toml:3: palette[2]: "blurple" is not a
/// colour`); keys it does not know are warnings, so that a theme written for a newer quoth still
/// loads.
public enum ThemeParser {
  /// The fewest speaker colours a palette may have.
  public static let minimumPaletteCount = 8

  /// A parsed theme and the warnings found on the way.
  public struct Parsed: Sendable {
    /// The theme.
    public var theme: Theme
    /// One line per unknown key, naming the file and line.
    public var warnings: [String]
  }

  /// Parses `text`.
  ///
  /// - Parameters:
  ///   - text: the TOML source.
  ///   - file: the name used in messages, usually the file's name.
  ///   - defaultName: the theme's name when the file has no `name` key.
  /// - Throws: ``ThemeError`` for invalid TOML or a value that is not what the schema wants.
  public static func parse(_ text: String, file: String, defaultName: String) throws -> Parsed {
    let root: TOMLTable
    do {
      root = try TOMLTable(string: text)
    } catch let error as TOMLParseError {
      throw ThemeError.syntax(file: file, line: error.source.begin.line, message: error.description)
    }
    var reader = Reader(file: file, lines: TOMLKeyLines(text))
    let theme = try reader.theme(Node(root), defaultName: defaultName)
    return Parsed(theme: theme, warnings: reader.warnings.sorted { $0.line < $1.line }.map(\.text))
  }

  /// A TOML value copied out of TOMLKit into plain Swift.
  private indirect enum Node {
    case table([(String, Node)])
    case array([Node])
    case string(String)
    case integer(Int)
    case other(TOMLType)

    init(_ value: TOMLValueConvertible) {
      switch value.type {
      case .table:
        let table = value.table!
        self = .table(table.keys.sorted().compactMap { key in table[key].map { (key, Node($0)) } })
      case .array: self = .array(value.array!.map { Node($0) })
      case .string: self = .string(value.string ?? "")
      case .int: self = .integer(value.int ?? 0)
      default: self = .other(value.type)
      }
    }

    /// The kind of value, as messages name it.
    var kind: String {
      switch self {
      case .table: return "a table"
      case .array: return "an array"
      case .string: return "a string"
      case .integer: return "an integer"
      case .other(let type):
        switch type {
        case .double: return "a floating-point number"
        case .bool: return "a boolean"
        default: return "a \(type.description)"
        }
      }
    }

    /// The value as it would be written, for messages.
    var written: String {
      switch self {
      case .string(let text): return "\"\(text)\""
      case .integer(let value): return String(value)
      default: return kind
      }
    }
  }

  private struct Reader {
    let file: String
    let lines: TOMLKeyLines
    var warnings: [(line: Int, text: String)] = []

    init(file: String, lines: TOMLKeyLines) {
      self.file = file
      self.lines = lines
    }

    mutating func warn(unknown key: String, _ what: String = "key") {
      let line = lines.line(of: key)
      warnings.append((line, "\(file):\(line): unknown \(what) \"\(key)\" (ignored)"))
    }

    func wrongType(_ key: String, _ node: Node, expected: String) -> ThemeError {
      .wrongType(file: file, line: lines.line(of: key), key: key, expected: expected, found: node.kind)
    }

    mutating func theme(_ root: Node, defaultName: String) throws -> Theme {
      guard case .table(let entries) = root else { throw wrongType("", root, expected: "a table") }
      var theme = Theme(name: defaultName, styles: [:], palette: Theme.standard.palette)
      for (key, node) in entries {
        switch key {
        case "name": theme.name = try string(key, node)
        case "description": theme.summary = try string(key, node)
        case "palette": theme.palette = try palette(node)
        case "screen": theme.screen = try style(key, node, allowed: ["fg", "bg", "fg8", "bg8"])
        case "styles":
          guard case .table(let roles) = node else { throw wrongType(key, node, expected: "a table") }
          for (name, value) in roles {
            let path = "styles.\(name)"
            guard let role = StyleRole(rawValue: name) else {
              warn(unknown: path, "role")
              continue
            }
            theme.styles[role] = try style(path, value)
          }
        default: warn(unknown: key)
        }
      }
      return theme
    }

    func string(_ key: String, _ node: Node) throws -> String {
      guard case .string(let text) = node else { throw wrongType(key, node, expected: "a string") }
      return text
    }

    mutating func palette(_ node: Node) throws -> [ThemeStyle] {
      guard case .array(let items) = node else { throw wrongType("palette", node, expected: "an array") }
      var palette: [ThemeStyle] = []
      for (index, item) in items.enumerated() {
        let key = "palette[\(index)]"
        switch item {
        case .table: palette.append(try style(key, item, allowed: ["fg", "fg8", "attrs", "mono"]))
        case .string, .integer:
          let color = try self.color(key, item)
          palette.append(ThemeStyle(foreground: color, foreground8: color.nearestBasic))
        default: throw wrongType(key, item, expected: "a colour or a table")
        }
      }
      guard palette.count >= minimumPaletteCount else {
        throw ThemeError.paletteTooSmall(file: file, line: lines.line(of: "palette"), count: palette.count)
      }
      return palette
    }

    mutating func style(
      _ path: String, _ node: Node, allowed: Set<String> = ["fg", "bg", "fg8", "bg8", "attrs", "mono"]
    ) throws -> ThemeStyle {
      guard case .table(let entries) = node else { throw wrongType(path, node, expected: "a table") }
      var style = ThemeStyle()
      var monochrome: TextAttributes?
      for (key, value) in entries {
        let full = TOMLKeyLines.join(path, key)
        guard allowed.contains(key) else {
          warn(unknown: full)
          continue
        }
        switch key {
        case "fg": style.foreground = try color(full, value)
        case "bg": style.background = try color(full, value)
        case "fg8": style.foreground8 = try basicColor(full, value)
        case "bg8": style.background8 = try basicColor(full, value)
        case "attrs": style.attributes = try attributes(full, value)
        default: monochrome = try attributes(full, value)
        }
      }
      style.monochrome = monochrome ?? style.attributes
      if style.foreground8 == nil, let foreground = style.foreground, foreground != .terminalDefault {
        style.foreground8 = foreground.nearestBasic
      }
      if style.background8 == nil, let background = style.background, background != .terminalDefault {
        style.background8 = background.nearestBasic
      }
      return style
    }

    func color(_ key: String, _ node: Node) throws -> ThemeColor {
      switch node {
      case .string(let text):
        guard let color = ThemeColor(name: text) else {
          throw ThemeError.notAColor(file: file, line: lines.line(of: key), key: key, value: node.written)
        }
        return color
      case .integer(let value):
        guard (0...255).contains(value) else {
          throw ThemeError.notAColor(file: file, line: lines.line(of: key), key: key, value: node.written)
        }
        return .indexed(value)
      default:
        throw wrongType(key, node, expected: "a colour (a name, 0-255 or \"#rrggbb\")")
      }
    }

    func basicColor(_ key: String, _ node: Node) throws -> Int {
      switch node {
      case .string(let text):
        guard let index = ThemeColor.basicIndex(name: text) else {
          throw ThemeError.notABasicColor(
            file: file, line: lines.line(of: key), key: key, value: node.written)
        }
        return index
      case .integer(let value):
        guard (0...7).contains(value) else {
          throw ThemeError.notABasicColor(
            file: file, line: lines.line(of: key), key: key, value: node.written)
        }
        return value
      default:
        throw wrongType(key, node, expected: "one of the 8 basic colours")
      }
    }

    func attributes(_ key: String, _ node: Node) throws -> TextAttributes {
      let items: [(String, Node)]
      switch node {
      case .string: items = [(key, node)]
      case .array(let nodes): items = nodes.enumerated().map { ("\(key)[\($0.offset)]", $0.element) }
      default: throw wrongType(key, node, expected: "an attribute or a list of them")
      }
      var attributes: TextAttributes = []
      for (itemKey, item) in items {
        guard case .string(let name) = item else {
          throw wrongType(itemKey, item, expected: "an attribute name")
        }
        guard let attribute = TextAttributes(name: name) else {
          throw ThemeError.notAnAttribute(
            file: file, line: lines.line(of: itemKey), key: itemKey, value: item.written)
        }
        attributes.insert(attribute)
      }
      return attributes
    }
  }
}
