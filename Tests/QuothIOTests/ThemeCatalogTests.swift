import Foundation
import Testing

@testable import QuothIO
@testable import QuothModel

/// Finding themes: built-in, then the user's folder, then a path; and `config.toml`.
@Suite struct ThemeCatalogTests {
  let root = FileManager.default.temporaryDirectory.appendingPathComponent(
    "quoth-themes-\(UUID().uuidString)")

  func write(_ relative: String, _ text: String) throws -> String {
    let url = root.appendingPathComponent(relative)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
    return url.path
  }

  static let ink = """
    description = "ink"
    palette = ["red", "green", "yellow", "blue", "magenta", "cyan", "white", "black"]
    """

  @Test func userThemesFollowBuiltInOnesAndReplaceThemByName() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    let ink = try write("quoth/themes/ink.toml", Self.ink)
    let light = try write("quoth/themes/light.toml", Self.ink)
    _ = try write("quoth/themes/notes.txt", "not a theme")
    let catalog = ThemeCatalog.standard(environment: ["XDG_CONFIG_HOME": root.path, "HOME": "/nonexistent"])
    #expect(catalog.names.prefix(1) == ["default"])
    #expect(catalog.names.last == "ink")
    #expect(catalog.names.filter { $0 == "light" }.count == 1)
    #expect(try catalog.find("ink").origin == .user(path: ink))
    #expect(try catalog.find("light").origin == .user(path: light))
    let builtInLight = try #require(catalog.entries.first { $0.name == "light" })
    #expect(catalog.isShadowed(builtInLight))
    #expect(try catalog.find("light").load().theme.summary == "ink")
  }

  @Test func aPathPicksAFile() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    let path = try write("elsewhere/paper.toml", Self.ink)
    let catalog = ThemeCatalog(userDirectory: nil)
    let entry = try catalog.find(path)
    #expect(entry.origin == .file(path: path))
    #expect(entry.name == "paper")
    #expect(try entry.load().theme.name == "paper")
    #expect(throws: ThemeError.unreadable(path: "nowhere/x.toml", reason: "no such file")) {
      try catalog.find("nowhere/x.toml")
    }
  }

  @Test func anUnknownNameListsTheThemes() {
    let catalog = ThemeCatalog(userDirectory: nil)
    #expect(throws: ThemeError.notFound(name: "blurple", available: catalog.names)) {
      try catalog.find("blurple")
    }
    #expect(ThemeError.notFound(name: "x", available: ["a", "b"]).description.contains("(themes: a, b)"))
  }

  @Test func configDirectoryFollowsXDG() {
    #expect(QuothConfig.directory(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]) == "/x/quoth")
    #expect(QuothConfig.directory(environment: ["XDG_CONFIG_HOME": "", "HOME": "/h"]) == "/h/.config/quoth")
    #expect(
      QuothConfig.directory(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/h"]) == "/h/.config/quoth")
    #expect(QuothConfig.directory(environment: [:]) == nil)
  }

  @Test func configSetsTheTheme() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    #expect(try QuothConfig.parse("theme = \"light\"\nother = 1\n", file: "c") == QuothConfig(theme: "light"))
    #expect(try QuothConfig.parse("", file: "c") == QuothConfig())
    #expect(
      throws: ThemeError.wrongType(file: "c", line: 2, key: "theme", expected: "a string", found: "a integer")
    ) {
      try QuothConfig.parse("# x\ntheme = 3\n", file: "c")
    }
    let environment = ["XDG_CONFIG_HOME": root.path]
    #expect(try QuothConfig.load(environment: environment) == QuothConfig(), "no file, no settings")
    _ = try write("quoth/config.toml", "theme = \"solarized\"\n")
    #expect(try QuothConfig.load(environment: environment).theme == "solarized")
    _ = try write("quoth/config.toml", "theme = [\n")
    #expect(throws: ThemeError.self) { try QuothConfig.load(environment: environment) }
  }

  @Test func tCyclesThroughTheThemes() {
    var state = ReaderState(entries: [])
    #expect(state.reduce(.key(.char("t"))) == [], "with no themes, t does nothing")
    state.themes = ThemeCycle(names: ["default", "light", "solarized"], current: "solarized")
    #expect(state.reduce(.key(.char("t"))) == [.setTheme("default")])
    #expect(state.message == "theme: default")
    #expect(state.reduce(.key(.char("t"))) == [.setTheme("light")])
    #expect(state.themes.current == "light")
    #expect(Keymap.standard.bindings.contains { $0.command == .cycleTheme && $0.help == "next theme" })
  }
}
