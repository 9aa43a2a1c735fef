import ArgumentParser
import Foundation
import QuothIO
import QuothModel

/// `quoth themes`: every theme quoth can find and where it came from.
struct ThemesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "themes",
    abstract: "List the themes: built-in ones, then those in ~/.config/quoth/themes/.",
    discussion: """
      Each row: name, origin (built-in, or the user file's path) and description. A user theme \
      with a built-in theme's name replaces it. The one in use (from config.toml, else default) \
      is marked with *. Exits 1 if a theme does not load; its error goes to standard error. \
      --show NAME prints a theme's TOML, a starting point for your own.
      """
  )

  @Option(help: "Print the TOML of the theme with this name (or path).")
  var show: String?

  func run() throws {
    let catalog = ThemeCatalog.standard()
    catalog.warnings.forEach(warn)
    if let show {
      do {
        print(try catalog.find(show).text, terminator: "")
      } catch let error as ThemeError {
        warn(error.description)
        throw ExitCode(1)
      }
      return
    }
    var current = ThemeCatalog.defaultName
    var failed = false
    do {
      current = try QuothConfig.load().theme ?? current
    } catch let error as ThemeError {
      warn(error.description)
      failed = true
    }
    let width = max(8, catalog.entries.map(\.name.count).max() ?? 0)
    for entry in catalog.entries {
      let shadowed = catalog.isShadowed(entry)
      let mark = !shadowed && entry.name == current ? "*" : " "
      var detail: String
      do {
        detail = try entry.load().theme.summary
      } catch let error as ThemeError {
        warn(error.description)
        detail = "(does not load)"
        failed = true
      }
      if shadowed { detail = "(replaced by a user theme) " + detail }
      let name = entry.name.padding(toLength: width, withPad: " ", startingAt: 0)
      let origin = entry.origin.description
      print("\(mark) \(name)  \(origin)\(detail.isEmpty ? "" : "  \(detail)")")
    }
    if failed { throw ExitCode(1) }
  }
}
