import Testing

@testable import QuothModel

/// What each role is drawn with at 256 colours, 8 colours and none.
@Suite struct ColorResolverTests {
  typealias Resolved = ColorResolver.Resolved

  @Test func standardThemeAt256Colours() {
    let resolver = ColorResolver(theme: .standard, mode: .indexed256)
    #expect(resolver.resolve(.body) == Resolved(foreground: -1, background: -1, attributes: []))
    #expect(resolver.resolve(.title) == Resolved(foreground: 15, background: -1, attributes: .bold))
    #expect(resolver.resolve(.statusBar) == Resolved(foreground: 252, background: 236, attributes: []))
    #expect(resolver.resolve(.currentQuote) == Resolved(foreground: -1, background: 237, attributes: .bold))
    #expect(
      resolver.resolve(.directQuote, speaker: 1)
        == Resolved(foreground: 215, background: -1, attributes: .bold))
    #expect(resolver.resolve(.sidebar, speaker: 9).foreground == 215, "the palette wraps around")
    #expect(resolver.screen.isDefault, "the terminal's own background is kept")
  }

  @Test func standardThemeAt8Colours() {
    let resolver = ColorResolver(theme: .standard, mode: .basic8)
    #expect(resolver.resolve(.title) == Resolved(foreground: 7, background: -1, attributes: .bold))
    #expect(resolver.resolve(.statusBar) == Resolved(foreground: 7, background: 4, attributes: []))
    #expect(resolver.resolve(.searchMatch) == Resolved(foreground: 0, background: 3, attributes: []))
    #expect(
      resolver.resolve(.directQuote, speaker: 0) == Resolved(foreground: 6, background: -1, attributes: .bold)
    )
    for role in StyleRole.allCases {
      let resolved = resolver.resolve(role)
      #expect((-1...7).contains(resolved.foreground) && (-1...7).contains(resolved.background), "\(role)")
    }
  }

  @Test func noColourUsesMonochromeAttributes() {
    let resolver = ColorResolver(theme: .standard, mode: .none)
    for role in StyleRole.allCases {
      for speaker in [nil, 0, 3] as [Int?] {
        let resolved = resolver.resolve(role, speaker: speaker)
        #expect(resolved.isDefault, "\(role) has no colour")
      }
    }
    #expect(resolver.resolve(.statusBar).attributes == .reverse)
    #expect(resolver.resolve(.currentQuote).attributes == [.bold, .reverse])
    #expect(resolver.resolve(.searchMatch).attributes == .reverse)
    #expect(resolver.resolve(.byline).attributes == .dim)
    #expect(resolver.resolve(.indirectQuote).attributes == .underline)
    #expect(resolver.resolve(.directQuote).attributes == .bold)
  }

  /// In every built-in theme, the marks a reader relies on stay visible without colour.
  @Test(arguments: ThemeCatalog.builtIn.map(\.name))
  func quotesAndMatchesAreMarkedWithoutColour(name: String) throws {
    let theme = try #require(ThemeCatalog.builtIn.first { $0.name == name }).load().theme
    let resolver = ColorResolver(theme: theme, mode: .none)
    for role in [StyleRole.currentQuote, .searchMatch, .currentMatch, .statusBar, .focus, .directQuote] {
      #expect(!resolver.resolve(role).attributes.isEmpty, "\(name): \(role)")
    }
    #expect(resolver.resolve(.searchMatch) != resolver.resolve(.currentMatch), "\(name)")
  }

  @Test func aThemeBackgroundFillsUncolouredRoles() {
    var theme = Theme.standard
    theme.screen = ThemeStyle(
      foreground: .indexed(235), background: .rgb(0xff, 0xff, 0xff), foreground8: 0, background8: 7)
    let wide = ColorResolver(theme: theme, mode: .indexed256)
    #expect(wide.screen == Resolved(foreground: 235, background: 231, attributes: []))
    #expect(wide.resolve(.body) == Resolved(foreground: 235, background: 231, attributes: []))
    #expect(wide.resolve(.title).background == 231)
    #expect(wide.resolve(.statusBar).background == 236, "a role's own background wins")
    let narrow = ColorResolver(theme: theme, mode: .basic8)
    #expect(narrow.resolve(.body) == Resolved(foreground: 0, background: 7, attributes: []))
    #expect(ColorResolver(theme: theme, mode: .none).screen.isDefault)
  }

  @Test(arguments: [
    ("#ff0000", 196), ("#000000", 16), ("#ffffff", 231), ("#808080", 244), ("#5fd7ff", 81), ("#121212", 233),
    ("#002b36", 234), ("#fdf6e3", 230),
  ])
  func rgbMapsToTheNearestXtermColour(hex: String, index: Int) throws {
    #expect(try #require(ThemeColor(name: hex)).index256 == index)
  }

  @Test func nearestBasicColours() {
    #expect(ColorCube.nearestBasic(9) == 1)
    #expect(ColorCube.nearestBasic(196) == 1)
    #expect(ColorCube.nearestBasic(231) == 7)
    #expect(ColorCube.nearestBasic(16) == 0)
    #expect(ColorCube.nearestBasic(21) == 4)
    #expect(ThemeColor.rgb(0x2a, 0xa1, 0x98).nearestBasic == 6)
    #expect(ThemeColor.terminalDefault.nearestBasic == -1)
    #expect(ColorCube.rgb(196) == (255, 0, 0))
    #expect(ColorCube.rgb(244) == (128, 128, 128))
  }
}
