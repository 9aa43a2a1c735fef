import Foundation
import Testing

@testable import QuothModel

/// The theme files in `Themes/`: each loads cleanly, names every role and is compiled in unchanged.
@Suite struct ThemeFilesTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Themes")

  static var fileNames: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter {
      $0.hasSuffix(".toml")
    }
    .sorted()
  }

  static func text(_ file: String) throws -> String {
    try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
  }

  @Test func thereAreAtLeastSixThemes() {
    let names = Self.fileNames
    #expect(names.count >= 6)
    for required in ["default", "light", "high-contrast", "monochrome", "solarized"] {
      #expect(names.contains("\(required).toml"))
    }
  }

  @Test(arguments: fileNames)
  func fileLoadsWithoutWarnings(file: String) throws {
    let name = String(file.dropLast(".toml".count))
    let parsed = try ThemeParser.parse(Self.text(file), file: file, defaultName: name)
    #expect(parsed.warnings == [])
    #expect(parsed.theme.name == name)
    #expect(!parsed.theme.summary.isEmpty)
    #expect(parsed.theme.palette.count >= 8)
    for role in StyleRole.allCases {
      #expect(parsed.theme.styles[role] != nil, "\(file) names \(role)")
    }
  }

  /// Every colour in the files has an explicit 8-colour fallback beside it.
  @Test(arguments: fileNames)
  func everyColourHasAnExplicitFallback(file: String) throws {
    let sections = try Self.text(file).components(separatedBy: "\n[")
    for section in sections.dropFirst() {
      for key in ["fg", "bg"] where section.contains("\n\(key) = ") {
        #expect(
          section.contains("\n\(key)8 = "), "\(file): [\(section.prefix(while: { $0 != "]" }))] \(key)8")
      }
    }
    for line in try Self.text(file).split(separator: "\n")
    where line.hasPrefix("  {") && line.contains("fg =") {
      #expect(line.contains("fg8 ="), "\(file): \(line)")
    }
  }

  @Test func defaultFileMirrorsTheStandardTheme() throws {
    let parsed = try ThemeParser.parse(
      Self.text("default.toml"), file: "default.toml", defaultName: "default")
    for role in StyleRole.allCases {
      #expect(parsed.theme.style(role) == Theme.standard.style(role), "\(role)")
    }
    #expect(parsed.theme == Theme.standard)
  }

  @Test func monochromeUsesNoColour() throws {
    let theme = try ThemeParser.parse(Self.text("monochrome.toml"), file: "m", defaultName: "m").theme
    for style in Array(theme.styles.values) + theme.palette + [theme.screen] {
      #expect(style.foreground == nil && style.background == nil)
      #expect(style.foreground8 == nil && style.background8 == nil)
    }
    let resolver = ColorResolver(theme: theme, mode: .indexed256)
    let marked = StyleRole.allCases.filter { !resolver.resolve($0).attributes.isEmpty }
    #expect(marked.contains(.currentQuote) && marked.contains(.searchMatch) && marked.contains(.statusBar))
  }

  @Test func embeddedCopiesEqualTheFiles() throws {
    let embedded = Dictionary(uniqueKeysWithValues: EmbeddedThemes.files.map { ($0.name, $0.text) })
    #expect(embedded.keys.sorted() == Self.fileNames.map { String($0.dropLast(".toml".count)) })
    for file in Self.fileNames {
      #expect(
        embedded[String(file.dropLast(".toml".count))] == (try Self.text(file)), "\(file) is embedded as is")
    }
  }

  @Test func builtInCatalogLoadsEveryTheme() throws {
    let catalog = ThemeCatalog(entries: ThemeCatalog.builtIn)
    #expect(catalog.names.first == "default")
    for entry in catalog.entries {
      #expect(entry.origin == .builtIn)
      _ = try entry.load()
    }
  }
}
