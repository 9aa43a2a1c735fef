import Foundation
import QuothModel

/// The user's theme files: the themes folder, and themes named by path.
extension ThemeCatalog {
  /// The built-in themes and those in `userDirectory`.
  public init(userDirectory: String?) {
    self.init(entries: Self.builtIn)
    guard let userDirectory else { return }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: userDirectory)) ?? []
    for file in names.filter({ $0.hasSuffix(".toml") }).sorted() {
      let path = (userDirectory as NSString).appendingPathComponent(file)
      do {
        let text = try Self.read(path)
        entries.append(
          Entry(name: String(file.dropLast(".toml".count)), origin: .user(path: path), text: text))
      } catch {
        warnings.append(String(describing: error))
      }
    }
  }

  /// The catalog for this environment: built-in themes and the user's folder.
  public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment)
    -> ThemeCatalog
  {
    ThemeCatalog(userDirectory: QuothConfig.directory(environment: environment).map { "\($0)/themes" })
  }

  /// Finds a theme by name, or by path when `nameOrPath` contains `/`, ends in `.toml` or names
  /// no theme but an existing file.
  ///
  /// - Throws: ``ThemeError/notFound(name:available:)`` or ``ThemeError/unreadable(path:reason:)``.
  public func find(_ nameOrPath: String) throws -> Entry {
    let looksLikePath = nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml")
    if !looksLikePath, let entry = entry(named: nameOrPath) { return entry }
    if looksLikePath || FileManager.default.fileExists(atPath: nameOrPath) {
      guard FileManager.default.fileExists(atPath: nameOrPath) else {
        throw ThemeError.unreadable(path: nameOrPath, reason: "no such file")
      }
      let name = ((nameOrPath as NSString).lastPathComponent as NSString).deletingPathExtension
      return Entry(name: name, origin: .file(path: nameOrPath), text: try Self.read(nameOrPath))
    }
    throw ThemeError.notFound(name: nameOrPath, available: names)
  }

  private static func read(_ path: String) throws -> String {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ThemeError.unreadable(path: path, reason: "cannot open the file")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw ThemeError.unreadable(path: path, reason: "not UTF-8 text")
    }
    return text
  }
}
