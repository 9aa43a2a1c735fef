import Testing

@testable import QuothModel
@testable import QuothTerminal
@testable import QuothView

/// How the painter picks the style each cell is sent with: fewer style changes on the wire, the
/// same picture on screen.
@Suite struct PainterTests {
  /// A row of text pieces, each in a style.
  static func row(_ pieces: [(String, CellStyle)]) -> ArraySlice<Cell> {
    ArraySlice(pieces.flatMap { text, style in text.map { Cell(String($0), style: style) } })
  }

  static let mention = CellStyle(.mention, speaker: 0)
  static let cue = CellStyle(.cue)
  static let indirect = CellStyle(.indirectQuote, speaker: 0)
  static let direct = CellStyle(.directQuote, speaker: 0)

  /// How many times the style changes along `styles`.
  static func changes(_ styles: [CellStyle]) -> Int {
    zip(styles, styles.dropFirst()).filter { $0 != $1 }.count
  }

  @Test(arguments: [ColorMode.indexed256, .basic8, .none])
  func theSpaceBetweenMentionAndCueGoesWithTheCue(mode: ColorMode) {
    var painter = Painter(theme: .standard, mode: mode)
    let row = Self.row([(" ", .body), ("he", Self.mention), (" ", .body), ("said", Self.cue), (".", .body)])
    let styles = painter.paintedStyles(row)
    // The mention is underlined, so a blank in its style would show a line: the space joins the cue.
    #expect(styles[3] == Self.cue)
    #expect(Self.changes(styles) == Self.changes(row.map(\.style)) - 1)
    #expect(styles[0] == .body, "the margin keeps its style: a fresh line is blank already")
  }

  @Test func aBlankBetweenTwoBoldRunsJoinsThem() {
    var painter = Painter(theme: .standard, mode: .indexed256)
    let row = Self.row([("\"We", Self.direct), (" ", .body), ("won\"", Self.direct)])
    #expect(painter.paintedStyles(row) == Array(repeating: Self.direct, count: 8))
  }

  @Test func underlinedAndReversedBlanksKeepTheirLook() {
    var painter = Painter(theme: .standard, mode: .basic8)
    let underlined = Self.row([("said", Self.indirect), (" ", .body), ("it", Self.indirect)])
    #expect(painter.paintedStyles(underlined)[4] == .body, "an underlined space would show its line")
    let status = CellStyle(.statusBar)
    let reversed = Self.row([("a", status), (" ", .body), ("b", status)])
    var mono = Painter(theme: .standard, mode: .none)
    #expect(mono.paintedStyles(reversed)[1] == .body, "a reversed blank is a block")
  }

  @Test func aLongGapKeepsItsStyle() {
    // Between a quote's last word and the docked sidebar's border: curses skips blanks already on
    // screen, so painting them in the quote's style would only make it send them.
    var painter = Painter(theme: .standard, mode: .indexed256)
    let gap = String(repeating: " ", count: Painter.longestJoinedGap + 1)
    let row = Self.row([("won", Self.direct), (gap, .body), ("│", CellStyle(.border))])
    #expect(painter.paintedStyles(row) == row.map(\.style))
  }

  @Test func blanksAtTheEndsOfARowKeepTheirStyle() {
    var painter = Painter(theme: .standard, mode: .indexed256)
    let row = Self.row([("  ", .body), ("won", Self.direct), ("   ", .body)])
    #expect(painter.paintedStyles(row) == row.map(\.style))
  }

  @Test func attributesTheTerminalLacksAreDropped() {
    var painter = Painter(theme: .standard, mode: .basic8, supported: [.bold, .underline, .reverse, .dim])
    #expect(painter.resolve(Self.cue).attributes.isEmpty, "no italics on a terminal without them")
    #expect(painter.resolve(Self.mention).attributes == [.bold, .underline])
    var full = Painter(theme: .standard, mode: .basic8)
    #expect(full.resolve(Self.cue).attributes == [.italic])
  }

  @Test func drawsBlankLike() {
    typealias Look = ColorResolver.Resolved
    let plain = Look(foreground: -1, background: -1, attributes: [])
    #expect(Look(foreground: 3, background: -1, attributes: [.bold, .italic, .dim]).drawsBlank(like: plain))
    #expect(!Look(foreground: -1, background: 4, attributes: []).drawsBlank(like: plain))
    #expect(!Look(foreground: -1, background: -1, attributes: [.underline]).drawsBlank(like: plain))
    #expect(!Look(foreground: -1, background: -1, attributes: [.reverse]).drawsBlank(like: plain))
    let reversed = Look(foreground: 2, background: -1, attributes: [.reverse])
    #expect(reversed.drawsBlank(like: reversed))
    #expect(!reversed.drawsBlank(like: Look(foreground: 3, background: -1, attributes: [.reverse])))
  }
}
