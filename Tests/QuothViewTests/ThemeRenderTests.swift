import Testing

@testable import QuothModel
@testable import QuothView

/// A rendered screen painted through ``ColorResolver`` at 256 colours, 8 colours and none: what the
/// curses painter sends, as text.
@Suite struct ThemeRenderTests {
  static let articleText = """
     date 2024-05-02 Night trains return to the valley

    May 02, 2024 By Ines Varga ( Valley Courier

    Two routes reopen this summer

    The regional rail company will run night trains through the valley again from June.

    "People asked for this for years," said Petra Lind, chief executive of the company.
    """

  /// An open article with a search for "night" run, at 60×12.
  func searched() -> ScreenBuffer {
    var state = ReaderState(entries: [], hasLibrary: false, columns: 60, rows: 12)
    let article = ArticleParser.parse(path: "/tmp/trains.txt", text: Array(Self.articleText.unicodeScalars))
    state.reduce(.loaded(article, analysis: QuoteExtractor.analyze(article)))
    state.reduce(.key(.char("/")))
    for scalar in "night".unicodeScalars { state.reduce(.key(.char(scalar))) }
    state.reduce(.key(.enter))
    return ReaderView(state: state).render()
  }

  /// Row `y` painted as runs `start-end fg/bg attrs`, skipping runs with no colour and no attribute.
  func painted(_ buffer: ScreenBuffer, row y: Int, _ resolver: ColorResolver) -> [String] {
    var runs: [String] = []
    var x = 0
    while x < buffer.columns {
      let resolved = resolver.resolve(buffer[x, y].style.role, speaker: buffer[x, y].style.speaker)
      var end = x
      while end + 1 < buffer.columns,
        resolver.resolve(buffer[end + 1, y].style.role, speaker: buffer[end + 1, y].style.speaker) == resolved
      {
        end += 1
      }
      if !resolved.isDefault || !resolved.attributes.isEmpty {
        let names = TextAttributes.names.filter { resolved.attributes.contains($0.1) }.map(\.0)
        runs.append(
          "\(x)-\(end) \(resolved.foreground)/\(resolved.background) \(names.joined(separator: "+"))")
      }
      x = end + 1
    }
    return runs
  }

  func row(containing text: String, in buffer: ScreenBuffer) throws -> Int {
    try #require(buffer.lines.firstIndex { $0.contains(text) })
  }

  @Test func paintedAt256Colours() throws {
    let buffer = searched()
    let resolver = ColorResolver(theme: .standard, mode: .indexed256)
    let status = buffer.rows - 1
    #expect(painted(buffer, row: status, resolver) == ["0-59 252/236 "])
    let title = try row(containing: "Night trains", in: buffer)
    #expect(painted(buffer, row: title, resolver).contains { $0.hasSuffix("15/-1 bold") })
    let matchRow = try row(containing: "run night", in: buffer)
    let runs = painted(buffer, row: matchRow, resolver)
    #expect(runs.contains { $0.hasSuffix("0/220 ") || $0.hasSuffix("0/208 bold") }, "\(runs)")
  }

  @Test func paintedAt8Colours() throws {
    let buffer = searched()
    let resolver = ColorResolver(theme: .standard, mode: .basic8)
    #expect(painted(buffer, row: buffer.rows - 1, resolver) == ["0-59 7/4 "])
    let title = try row(containing: "Night trains", in: buffer)
    #expect(painted(buffer, row: title, resolver).contains { $0.hasSuffix("7/-1 bold") })
    for y in 0..<buffer.rows {
      for run in painted(buffer, row: y, resolver) {
        let colours = run.split(separator: " ")[1].split(separator: "/").compactMap { Int($0) }
        #expect(colours.allSatisfy { (-1...7).contains($0) }, "row \(y): \(run)")
      }
    }
  }

  @Test func paintedWithoutColour() throws {
    let buffer = searched()
    let resolver = ColorResolver(theme: .standard, mode: .none)
    #expect(painted(buffer, row: buffer.rows - 1, resolver) == ["0-59 -1/-1 reverse"])
    let title = try row(containing: "Night trains", in: buffer)
    #expect(painted(buffer, row: title, resolver).contains { $0.hasSuffix("-1/-1 bold") })
    let matchRow = try row(containing: "run night", in: buffer)
    #expect(painted(buffer, row: matchRow, resolver).contains { $0.contains("reverse") })
    for y in 0..<buffer.rows {
      #expect(
        painted(buffer, row: y, resolver).allSatisfy { $0.contains(" -1/-1 ") }, "row \(y) has no colour")
    }
  }

  @Test(arguments: ThemeCatalog.builtIn.map(\.name))
  func everyBuiltInThemePaintsTheStatusBarDistinctly(name: String) throws {
    let theme = try #require(ThemeCatalog.builtIn.first { $0.name == name }).load().theme
    let buffer = searched()
    for mode in ColorMode.allCases {
      let resolver = ColorResolver(theme: theme, mode: mode)
      let status = resolver.resolve(.statusBar)
      let body = resolver.resolve(.body)
      #expect(status != body, "\(name) at \(mode): the status bar stands out")
      #expect(!painted(buffer, row: buffer.rows - 1, resolver).isEmpty)
    }
  }
}
