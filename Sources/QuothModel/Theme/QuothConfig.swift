import Foundation
import TOMLKit

/// Settings read from `$XDG_CONFIG_HOME/quoth/config.toml` (by default `~/.config/quoth/config.toml`).
///
/// Only `theme = "NAME"` is read for now; other keys are left for other settings.
public struct QuothConfig: Equatable, Sendable {
  /// The theme to use when `--theme` is not given.
  public var theme: String?

  /// Creates a config.
  public init(theme: String? = nil) {
    self.theme = theme
  }

  /// quoth's config folder: `$XDG_CONFIG_HOME/quoth`, else `$HOME/.config/quoth`; `nil` without either.
  public static func directory(environment: [String: String]) -> String? {
    if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return "\(xdg)/quoth" }
    if let home = environment["HOME"], !home.isEmpty { return "\(home)/.config/quoth" }
    return nil
  }

  /// Parses config text.
  ///
  /// - Throws: ``ThemeError/syntax(file:line:message:)`` for invalid TOML,
  ///   ``ThemeError/wrongType(file:line:key:expected:found:)`` when `theme` is not a string.
  public static func parse(_ text: String, file: String) throws -> QuothConfig {
    let root: TOMLTable
    do {
      root = try TOMLTable(string: text)
    } catch let error as TOMLParseError {
      throw ThemeError.syntax(file: file, line: error.source.begin.line, message: error.description)
    }
    guard let value = root["theme"] else { return QuothConfig() }
    guard let theme = value.string else {
      throw ThemeError.wrongType(
        file: file, line: TOMLKeyLines(text).line(of: "theme"), key: "theme", expected: "a string",
        found: "a \(value.type.description)")
    }
    return QuothConfig(theme: theme)
  }
}
