import Testing

@testable import QuothModel

/// Broken themes give one clear error naming the file, the line and the key; unknown keys warn.
@Suite struct ThemeParserTests {
  static let palette = """
    palette = ["red", "green", "yellow", "blue", "magenta", "cyan", "white", "black"]
    """

  func parse(_ text: String) throws -> ThemeParser.Parsed {
    try ThemeParser.parse(text, file: "mytheme.toml", defaultName: "mytheme")
  }

  func error(_ text: String) -> ThemeError? {
    do {
      _ = try parse(text)
      return nil
    } catch {
      return error as? ThemeError
    }
  }

  @Test func aBadPaletteColourNamesFileLineAndKey() {
    let text = """
      name = "mine"
      palette = [
        "red", "green", "blurple",
        "blue",
      ]
      """
    let failure = error(text)
    #expect(failure == .notAColor(file: "mytheme.toml", line: 3, key: "palette[2]", value: "\"blurple\""))
    #expect(failure?.description.hasPrefix("mytheme.toml:3: palette[2]: \"blurple\" is not a colour") == true)
  }

  @Test func aBadColourInAStyle() {
    let text = "\(Self.palette)\n\n[styles.title]\nfg8 = \"white\"\nfg = \"#12345\"\n"
    #expect(
      error(text) == .notAColor(file: "mytheme.toml", line: 5, key: "styles.title.fg", value: "\"#12345\""))
    let number = "\(Self.palette)\n[styles.body]\nbg = 300\n"
    #expect(error(number) == .notAColor(file: "mytheme.toml", line: 3, key: "styles.body.bg", value: "300"))
  }

  @Test func aBadFallbackColour() {
    let text = "\(Self.palette)\n[styles.title]\nfg = 15\nfg8 = \"bright-white\"\n"
    #expect(
      error(text)
        == .notABasicColor(file: "mytheme.toml", line: 4, key: "styles.title.fg8", value: "\"bright-white\""))
    #expect(
      error("\(Self.palette)\n[styles.title]\nbg8 = 9\n")
        == .notABasicColor(file: "mytheme.toml", line: 3, key: "styles.title.bg8", value: "9"))
  }

  @Test func aBadAttribute() {
    let text = "\(Self.palette)\n[styles.mention]\nattrs = [\"bold\", \"blink\"]\n"
    let failure = error(text)
    #expect(
      failure
        == .notAnAttribute(file: "mytheme.toml", line: 3, key: "styles.mention.attrs[1]", value: "\"blink\""))
    #expect(
      failure?.description.contains("is not an attribute (bold, dim, underline, reverse, italic)") == true)
    let single = "\(Self.palette)\n[styles.cue]\nmono = \"flash\"\n"
    #expect(
      error(single)
        == .notAnAttribute(file: "mytheme.toml", line: 3, key: "styles.cue.mono", value: "\"flash\""))
  }

  @Test func wrongTypes() {
    #expect(
      error("\(Self.palette)\n[styles]\ntitle = 3\n")
        == .wrongType(
          file: "mytheme.toml", line: 3, key: "styles.title", expected: "a table", found: "an integer"))
    #expect(
      error("\(Self.palette)\n[styles.title]\nfg = true\n")
        == .wrongType(
          file: "mytheme.toml", line: 3, key: "styles.title.fg",
          expected: "a colour (a name, 0-255 or \"#rrggbb\")",
          found: "a boolean"))
    #expect(
      error("name = 4\n")
        == .wrongType(file: "mytheme.toml", line: 1, key: "name", expected: "a string", found: "an integer"))
    #expect(
      error("palette = \"red\"\n")
        == .wrongType(file: "mytheme.toml", line: 1, key: "palette", expected: "an array", found: "a string"))
    #expect(
      error("\(Self.palette)\n[styles.body]\nattrs = [1]\n")
        == .wrongType(
          file: "mytheme.toml", line: 3, key: "styles.body.attrs[0]", expected: "an attribute name",
          found: "an integer"))
  }

  @Test func aTOMLSyntaxErrorGivesItsLine() {
    let text = "name = \"x\"\n\n[styles.title\nfg = 1\n"
    guard case .syntax(let file, let line, let message) = error(text) else {
      Issue.record("expected a syntax error")
      return
    }
    #expect(file == "mytheme.toml")
    #expect(line == 3)
    #expect(!message.isEmpty)
    #expect(error("a = = 1\n")?.description.hasPrefix("mytheme.toml:1: TOML syntax error: ") == true)
  }

  @Test func aPaletteNeedsEightColours() {
    #expect(
      error("name = \"x\"\npalette = [\"red\"]\n")
        == .paletteTooSmall(file: "mytheme.toml", line: 2, count: 1))
  }

  @Test func unknownKeysAreWarningsWithTheirLines() throws {
    let text = """
      name = "x"
      colour = "red"
      \(Self.palette)

      [styles.title]
      fg = 15
      fg8 = "white"
      blink = true

      [styles.sparkle]
      fg = 1
      """
    let parsed = try parse(text)
    #expect(
      parsed.warnings == [
        "mytheme.toml:2: unknown key \"colour\" (ignored)",
        "mytheme.toml:8: unknown key \"styles.title.blink\" (ignored)",
        "mytheme.toml:10: unknown role \"styles.sparkle\" (ignored)",
      ])
    #expect(parsed.theme.style(.title).foreground == .indexed(15))
  }

  @Test func coloursAttributesAndFallbacks() throws {
    let text = """
      description = "test"
      palette = [
        "#ff0000", 33, { fg = "bright-green", fg8 = "green", attrs = "bold" },
        "red", "green", "yellow", "blue", "grey",
      ]

      [screen]
      bg = "#fdf6e3"
      bg8 = "white"

      [styles.title]
      fg = "brightred"
      attrs = ["bold", "underline"]
      mono = "reverse"

      [styles.body]
      fg = "default"
      bg = 236
      """
    let theme = try parse(text).theme
    #expect(theme.name == "mytheme")
    #expect(theme.summary == "test")
    #expect(theme.palette[0] == ThemeStyle(foreground: .rgb(255, 0, 0), foreground8: 1))
    #expect(theme.palette[1].foreground == .indexed(33))
    #expect(theme.palette[2] == ThemeStyle(foreground: .indexed(10), foreground8: 2, attributes: .bold))
    #expect(theme.palette[7].foreground == .indexed(8))
    #expect(theme.screen == ThemeStyle(background: .rgb(0xfd, 0xf6, 0xe3), background8: 7))
    let title = theme.style(.title)
    #expect(title.foreground == .indexed(9))
    #expect(title.foreground8 == 1, "derived from bright red")
    #expect(title.attributes == [.bold, .underline])
    #expect(title.monochrome == .reverse)
    let body = theme.style(.body)
    #expect(body.foreground == .terminalDefault && body.foreground8 == nil)
    #expect(body.background8 == 0, "grey 236 falls back to black")
    #expect(body.monochrome == [], "mono defaults to attrs")
  }

  @Test func anEmptyFileIsTheDefaultPaletteWithBodyStyles() throws {
    let theme = try parse("").theme
    #expect(theme.palette == Theme.standard.palette)
    #expect(theme.style(.title) == ThemeStyle())
  }

  @Test(arguments: [
    ("red", ThemeColor.indexed(1)), ("WHITE", .indexed(7)), ("bright-black", .indexed(8)),
    ("bright_cyan", .indexed(14)),
    ("brightwhite", .indexed(15)), ("gray", .indexed(8)), ("default", .terminalDefault),
    ("#0a0B0c", .rgb(10, 11, 12)),
  ])
  func colourNames(name: String, color: ThemeColor) {
    #expect(ThemeColor(name: name) == color)
  }

  @Test(arguments: ["blurple", "#fff", "#gggggg", "bright", "brightpink", ""])
  func notColourNames(name: String) {
    #expect(ThemeColor(name: name) == nil)
  }

  @Test func keyLinesFollowTablesArraysAndInlineTables() {
    let lines = TOMLKeyLines(
      """
      # comment
      a = 1
      b = [ "x",
        { c = "y, z", d = [1, 2] },
        'q' ]
      [t.u]
      "v" = 2
      [[w]]
      x = 1
      [[w]]
      x = 2
      e = \"\"\"
      multi
      \"\"\"
      f = 3
      """)
    #expect(lines.line(of: "a") == 2)
    #expect(lines.line(of: "b[0]") == 3)
    #expect(lines.line(of: "b[1].c") == 4)
    #expect(lines.line(of: "b[1].d[1]") == 4)
    #expect(lines.line(of: "b[2]") == 5)
    #expect(lines.line(of: "t.u") == 6)
    #expect(lines.line(of: "t.u.v") == 7)
    #expect(lines.line(of: "w[1].x") == 11)
    #expect(lines.line(of: "w[1].f") == 15)
    #expect(lines.line(of: "t.u.missing") == 6, "an unwritten key falls back to its table")
  }
}
