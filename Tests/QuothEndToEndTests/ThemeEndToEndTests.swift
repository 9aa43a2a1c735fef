import Foundation
import Testing

/// Themes and colour depth in the built binary, read back from tmux with `capture-pane -e`.
@Suite(.enabled(if: Tmux.enabled, "needs tmux (always runs under CI=true)"), .serialized)
struct ThemeEndToEndTests {
  static let article = """
     date 2024-02-20 Lighthouse keepers return to Skerry Point

    February 20, 2024 By Owen Price ( Island Gazette

    Volunteers will keep the Skerry Point light burning through the winter, the trust said.

    "A lighthouse with nobody in it is only a tower," said Ruth Allan, chair of the trust.
    """

  /// What the SGR sequences on a captured screen ask for.
  struct Painting {
    /// Parameters that set a colour: 30–37, 40–47, 90–97, 100–107, and 38;5;N / 48;5;N / 38;2;…
    var colors: [String] = []
    /// Whether any 256-colour (`38;5` / `48;5`) parameter appears.
    var indexed256 = false
    var bold = false
    var underline = false
    var reverse = false

    init(_ screen: String) {
      var rest = Substring(screen)
      while let start = rest.range(of: "\u{1B}[") {
        rest = rest[start.upperBound...]
        guard let end = rest.firstIndex(of: "m") else { break }
        let parameters = rest[..<end].split(separator: ";", omittingEmptySubsequences: false).map {
          Int($0) ?? 0
        }
        rest = rest[rest.index(after: end)...]
        var index = 0
        while index < parameters.count {
          let value = parameters[index]
          switch value {
          case 1: bold = true
          case 4: underline = true
          case 7: reverse = true
          case 30...37, 40...47, 90...97, 100...107: colors.append(String(value))
          case 38, 48:
            let wide = index + 1 < parameters.count && parameters[index + 1] == 5
            if wide { indexed256 = true }
            colors.append(parameters[index...].prefix(wide ? 3 : 5).map(String.init).joined(separator: ";"))
            index += wide ? 2 : 4
          default: break
          }
          index += 1
        }
      }
    }
  }

  /// Starts quoth in tmux; NO_COLOR is unset unless `environment` sets it, since the test runner's
  /// own environment may carry one.
  func start(_ arguments: String = "article.txt", environment: [String: String]) throws -> Tmux {
    let unset = environment["NO_COLOR"] == nil ? "unset NO_COLOR; " : ""
    return try Tmux(
      "\(unset)'\(Tmux.quoth)' \(arguments)", columns: 80, rows: 14, environment: environment,
      files: ["article.txt": Self.article])
  }

  /// Opens the article, searches for "keep" so a match is painted, and returns the painted screen.
  func paintedScreen(_ tmux: Tmux) throws -> String {
    try tmux.wait(for: "Lighthouse keepers")
    try tmux.send("/")
    try tmux.type("keep")
    try tmux.send("Enter")
    try tmux.wait(for: "match 1/")
    return try tmux.screen(escapes: true)
  }

  func quit(_ tmux: Tmux) throws {
    try tmux.send("Q")
    try tmux.wait(for: "QUOTH_EXIT=0")
  }

  @Test func xterm256ColorPaints256Colours() throws {
    let tmux = try start(environment: ["TERM": "xterm-256color"])
    let painting = Painting(try paintedScreen(tmux))
    #expect(painting.indexed256, "38;5 / 48;5 codes: \(painting.colors)")
    #expect(painting.colors.contains("48;5;236"), "the status bar background")
    #expect(painting.bold)
    try quit(tmux)
  }

  @Test func xtermPaintsTheBasicEight() throws {
    let tmux = try start(environment: ["TERM": "xterm"])
    let painting = Painting(try paintedScreen(tmux))
    #expect(!painting.indexed256, "\(painting.colors)")
    #expect(painting.colors.contains("44"), "the status bar is blue: \(painting.colors)")
    #expect(painting.colors.contains("43"), "a match is yellow: \(painting.colors)")
    #expect(painting.bold)
    try quit(tmux)
  }

  @Test func vt100UsesAttributesOnly() throws {
    let tmux = try start(environment: ["TERM": "vt100"])
    let painting = Painting(try paintedScreen(tmux))
    #expect(painting.colors == [])
    #expect(painting.reverse, "the status bar and the match are reversed")
    #expect(painting.bold, "the title is bold")
    try quit(tmux)
  }

  @Test(arguments: [("NO_COLOR", "1", ""), ("QUOTH_UNUSED", "1", "--no-color")])
  func noColorPaintsNoColourButStillMarks(variable: String, value: String, flag: String) throws {
    let tmux = try start("\(flag) article.txt", environment: ["TERM": "xterm-256color", variable: value])
    let screen = try paintedScreen(tmux)
    let painting = Painting(screen)
    #expect(painting.colors == [], "no colour codes at all")
    #expect(painting.reverse && painting.bold, "matches, the status bar and the title still stand out")
    let lines = screen.split(separator: "\n")
    let direct = lines.first { $0.contains("only a tower") }.map { Painting(String($0)) }
    #expect(direct?.bold == true, "a direct quote is bold without colour")
    let reported = lines.first { $0.contains("burning through") }.map { Painting(String($0)) }
    #expect(reported?.underline == true, "reported speech is underlined without colour")
    try quit(tmux)
  }

  @Test func emptyNoColorIsIgnored() throws {
    let tmux = try start(environment: ["TERM": "xterm-256color", "NO_COLOR": ""])
    #expect(Painting(try paintedScreen(tmux)).indexed256)
    try quit(tmux)
  }

  @Test func aThemeBackgroundIsPaintedAndTCyclesLive() throws {
    let tmux = try start("--theme light article.txt", environment: ["TERM": "xterm-256color"])
    let light = Painting(try paintedScreen(tmux))
    #expect(light.colors.contains("48;5;231"), "the light theme paints its white screen: \(light.colors)")
    try tmux.send("t")
    try tmux.wait(for: "theme: monochrome")
    let mono = Painting(try tmux.screen(escapes: true))
    #expect(mono.colors == [], "the monochrome theme uses no colour: \(mono.colors)")
    try tmux.send("t")
    try tmux.wait(for: "theme: solarized")
    #expect(Painting(try tmux.screen(escapes: true)).colors.contains("48;5;234"))
    try quit(tmux)
  }

  @Test func userThemesConfigAndTheThemesList() throws {
    let command =
      "unset NO_COLOR; export XDG_CONFIG_HOME=\"$PWD/config\"; '\(Tmux.quoth)' themes; '\(Tmux.quoth)' article.txt"
    let ink = """
      description = "green ink"
      palette = ["red", "green", "yellow", "blue", "magenta", "cyan", "white", "black"]
      [styles.statusBar]
      fg = "#000000"
      bg = "#00ff00"
      fg8 = "black"
      bg8 = "green"
      """
    let tmux = try Tmux(
      command, columns: 100, rows: 30, environment: ["TERM": "xterm-256color"],
      files: [
        "article.txt": Self.article, "config/quoth/config.toml": "theme = \"ink\"\n",
        "config/quoth/themes/ink.toml": ink,
      ])
    try tmux.wait(for: "Lighthouse keepers")
    let painting = Painting(try tmux.screen(escapes: true))
    #expect(painting.colors.contains("48;5;46"), "config.toml picked the user theme: \(painting.colors)")
    try tmux.send("Q")
    let after = try tmux.wait(for: "QUOTH_EXIT=0")
    #expect(after.contains("* ink"), "the list marks the configured theme")
    #expect(after.contains("config/quoth/themes/ink.toml"), "and says where it came from")
    #expect(after.contains("solarized      built-in"))
  }

  @Test func aBrokenThemeExitsWithItsFileLineAndKey() throws {
    let tmux = try Tmux(
      "'\(Tmux.quoth)' --theme ./mytheme.toml article.txt", environment: ["TERM": "xterm"],
      files: [
        "article.txt": Self.article,
        "mytheme.toml": "name = \"mine\"\n\npalette = [\"red\", \"green\", \"blurple\"]\n",
      ])
    let screen = try tmux.wait(for: "QUOTH_EXIT=1")
    #expect(screen.contains("quoth: ./mytheme.toml:3: palette[2]: \"blurple\" is not a colour"))
    #expect(!screen.contains("Lighthouse"), "the reader did not start")
  }
}
