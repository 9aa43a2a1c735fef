/// Every theme quoth can find: the built-in ones, then the user's, then one named by path.
///
/// Built-in themes are the `Themes/*.toml` files compiled into the binary by the EmbedThemes
/// plugin. User themes are the `*.toml` files in `$XDG_CONFIG_HOME/quoth/themes/` (by default
/// `~/.config/quoth/themes/`); one with the same name as a built-in theme takes its place.
/// `--theme` may also name a file by path.
public struct ThemeCatalog: Sendable {
  /// Where a theme came from.
  public enum Origin: Hashable, Sendable, CustomStringConvertible {
    /// Compiled into the binary.
    case builtIn
    /// A file in the user's themes folder.
    case user(path: String)
    /// A file named by path on the command line.
    case file(path: String)

    public var description: String {
      switch self {
      case .builtIn: return "built-in"
      case .user(let path): return "user: \(path)"
      case .file(let path): return "file: \(path)"
      }
    }
  }

  /// One theme that can be loaded.
  public struct Entry: Hashable, Sendable {
    /// The name `--theme` and `t` use: the file's name without `.toml`.
    public var name: String
    /// Where it came from.
    public var origin: Origin
    /// The TOML text.
    public var text: String

    /// Creates an entry.
    public init(name: String, origin: Origin, text: String) {
      self.name = name
      self.origin = origin
      self.text = text
    }

    /// The file name used in messages.
    public var fileName: String {
      switch origin {
      case .builtIn: return "\(name).toml"
      case .user(let path), .file(let path): return path
      }
    }

    /// Parses the theme.
    ///
    /// - Throws: ``ThemeError`` naming the file, line and key.
    public func load() throws -> ThemeParser.Parsed {
      try ThemeParser.parse(text, file: fileName, defaultName: name)
    }
  }

  /// The name of the theme used when none is chosen.
  public static let defaultName = "default"

  /// Every entry in lookup order: built-in first, then user themes by name. A later entry with the
  /// same name shadows an earlier one.
  public var entries: [Entry]
  /// Problems met while listing the user's folder (an unreadable file), one line each.
  public var warnings: [String] = []

  /// Creates a catalog from entries.
  public init(entries: [Entry]) {
    self.entries = entries
  }

  /// The built-in themes.
  public static var builtIn: [Entry] {
    #if QUOTH_NO_EMBEDDED_THEMES
      // A fuzz build (scripts/fuzz.sh) has no embedded themes.
      []
    #else
      EmbeddedThemes.files.map { Entry(name: $0.name, origin: .builtIn, text: $0.text) }
    #endif
  }

  /// The names that can be chosen, each once, in lookup order.
  public var names: [String] {
    var seen = Set<String>()
    return entries.map(\.name).filter { seen.insert($0).inserted }
  }

  /// The entry that `name` picks: the last one of that name.
  public func entry(named name: String) -> Entry? {
    entries.last { $0.name == name }
  }

  /// Whether `entry` is shadowed by a later one of the same name.
  public func isShadowed(_ entry: Entry) -> Bool {
    entry != self.entry(named: entry.name)
  }
}
