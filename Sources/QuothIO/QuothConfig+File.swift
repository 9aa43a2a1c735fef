import Foundation
import QuothModel

/// Reading `config.toml` from the user's config folder.
extension QuothConfig {
  /// Reads the config file for this environment; a missing file is an empty config.
  public static func load(environment: [String: String] = ProcessInfo.processInfo.environment) throws
    -> QuothConfig
  {
    guard let directory = directory(environment: environment) else { return QuothConfig() }
    let path = "\(directory)/config.toml"
    guard let data = FileManager.default.contents(atPath: path) else { return QuothConfig() }
    guard let text = String(data: data, encoding: .utf8) else {
      throw ThemeError.unreadable(path: path, reason: "not UTF-8 text")
    }
    return try parse(text, file: path)
  }
}
