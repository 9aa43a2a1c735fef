import Foundation
import Testing

@testable import QuothModel
@testable import QuothTerminal
@testable import QuothView

/// The scroll and the rows it brings in, as quoth writes them in place of curses, and the changes
/// of look between them.
@Suite struct ScrollWriterTests {
  typealias Look = ColorResolver.Resolved

  static let normal = Look(foreground: -1, background: -1, attributes: [])
  static let quote = Look(foreground: 5, background: -1, attributes: [.underline])
  static let mention = Look(foreground: 5, background: -1, attributes: [.bold, .underline])
  static let cue = Look(foreground: 6, background: -1, attributes: [])
  static let match = Look(foreground: 0, background: 3, attributes: [])

  /// ANSI sequences as an xterm's terminfo gives them (with a real ESC, which ``text(_:)`` shows
  /// as `⎋`), with line feed, reverse index and a column address.
  static var sequences: LastRow.Sequences {
    func ansi(_ text: String) -> [UInt8] { Array(text.replacingOccurrences(of: "⎋", with: "\u{1B}").utf8) }
    var sequences = LastRow.Sequences(
      moveTo: { row, column in ansi("⎋[\(row + 1);\(column + 1)H") },
      scrollRegion: { top, bottom in ansi("⎋[\(top + 1);\(bottom + 1)r") },
      save: ansi("⎋7"), restore: ansi("⎋8"), reset: ansi("⎋[m"),
      attributes: [(.bold, ansi("⎋[1m")), (.underline, ansi("⎋[4m")), (.reverse, ansi("⎋[7m"))],
      foreground: { ansi("⎋[3\($0)m") }, background: { ansi("⎋[4\($0)m") })
    sequences.scrollUp = ansi("\n")
    sequences.scrollDown = ansi("⎋M")
    sequences.column = { ansi("⎋[\($0 + 1)G") }
    return sequences
  }

  static var writer: ScrollWriter { ScrollWriter(sequences: sequences, asciiOnly: false, normal: normal) }

  static func text(_ bytes: [UInt8]) -> String {
    String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\u{1B}", with: "⎋")
  }

  /// A row `columns` wide holding `runs` from column `x`, each in its look.
  static func row(_ y: Int, x: Int, _ runs: [(String, Look)], columns: Int = 20) -> ScrollWriter.Row {
    var buffer = ScreenBuffer(columns: columns, rows: 1)
    var looks = Array(repeating: normal, count: columns)
    var column = x
    for (text, look) in runs {
      buffer.put(text, x: column, y: 0, style: .body)
      for offset in 0..<text.count { looks[column + offset] = look }
      column += text.count
    }
    return ScrollWriter.Row(y: y, cells: buffer.row(0), looks: looks)
  }

  @Test func lookChangesJoinIntoOneSelectOrStartFromAReset() {
    let sequences = Self.sequences
    #expect(Self.text(sequences.change(from: Self.normal, to: Self.quote)) == "⎋[4;35m")
    #expect(Self.text(sequences.change(from: Self.quote, to: Self.mention)) == "⎋[1m")
    // Taking underline away, or going back to the default colour, needs the reset.
    #expect(Self.text(sequences.change(from: Self.mention, to: Self.cue)) == "⎋[m⎋[36m")
    #expect(Self.text(sequences.change(from: Self.quote, to: Self.normal)) == "⎋[m")
    #expect(Self.text(sequences.change(from: Self.cue, to: Self.quote)) == "⎋[4;35m")
    #expect(sequences.change(from: Self.cue, to: Self.cue).isEmpty)
  }

  @Test func sequencesThatAreNotOneSelectAreSentOneByOne() {
    var sequences = Self.sequences
    sequences.attributes = [(.underline, Array("\u{1B}[4m\u{0F}".utf8))]
    #expect(Self.text(sequences.change(from: Self.normal, to: Self.quote)) == "⎋[m⎋[4m\u{0F}⎋[35m")
    #expect(LastRow.Sequences.sgrParameters([0x1B] + Array("[38;5;81m".utf8)) == Array("38;5;81".utf8))
    #expect(LastRow.Sequences.sgrParameters([0x1B] + Array("[m".utf8)) == nil)
  }

  @Test func aLineScrollingUpIsALineFeedAColumnAndItsText() throws {
    let incoming = [Self.row(9, x: 2, [("He ", Self.normal), ("said", Self.cue), (" so", Self.quote)])]
    let start = ScrollWriter.Position(row: 9, column: 12)
    let result = try #require(
      Self.writer.scroll(by: 1, rows: 10, columns: 20, incoming: incoming, cursor: start, look: Self.normal))
    #expect(Self.text(result.bytes) == "\n⎋[3GHe ⎋[36msaid⎋[4;35m so")
    #expect(result.cursor == ScrollWriter.Position(row: 9, column: 12))
    // The quote's look is left on for the next line; the next scroll goes on in it.
    #expect(result.look == Self.quote)
    let next = [Self.row(9, x: 2, [("goes on", Self.quote), (".", Self.normal)])]
    let second = try #require(
      Self.writer.scroll(
        by: 1, rows: 10, columns: 20, incoming: next, cursor: result.cursor, look: result.look))
    #expect(Self.text(second.bytes) == "\n⎋[3Ggoes on⎋[m.")
    #expect(second.look == Self.normal)
  }

  @Test func anUnknownCursorIsAddressedAndBlankLinesCostALineFeed() throws {
    let blank = Self.row(9, x: 0, [])
    let result = try #require(
      Self.writer.scroll(by: 1, rows: 10, columns: 20, incoming: [blank], cursor: nil, look: Self.normal))
    #expect(Self.text(result.bytes) == "⎋[10;1H\n\r")
    #expect(result.cursor == ScrollWriter.Position(row: 9, column: 0))
  }

  @Test func scrollingDownWritesTheTopRows() throws {
    let incoming = [Self.row(0, x: 1, [("one", Self.normal)]), Self.row(1, x: 1, [("two", Self.mention)])]
    let result = try #require(
      Self.writer.scroll(by: -2, rows: 10, columns: 20, incoming: incoming, cursor: nil, look: Self.normal))
    #expect(Self.text(result.bytes) == "⎋[1;1H⎋M⎋M⎋[2Gone⎋[2;2H⎋[1;4;35mtwo")
    #expect(result.cursor == ScrollWriter.Position(row: 1, column: 4))
  }

  @Test func aBackgroundIsNotCarriedIntoTheNextScroll() throws {
    let incoming = [Self.row(9, x: 0, [("match", Self.match)])]
    let result = try #require(
      Self.writer.scroll(by: 1, rows: 10, columns: 20, incoming: incoming, cursor: nil, look: Self.normal))
    #expect(Self.text(result.bytes).hasSuffix("match⎋[m"))
    #expect(result.look == Self.normal)
  }

  @Test func theLastColumnAndMissingSequencesAreLeftToCurses() {
    let full = Self.row(9, x: 15, [("edge!", Self.normal)])
    #expect(
      Self.writer.scroll(by: 1, rows: 10, columns: 20, incoming: [full], cursor: nil, look: Self.normal)
        == nil)
    var sequences = Self.sequences
    sequences.scrollDown = nil
    let writer = ScrollWriter(sequences: sequences, asciiOnly: false, normal: Self.normal)
    #expect(writer.scroll(by: -1, rows: 10, columns: 20, incoming: [], cursor: nil, look: Self.normal) == nil)
  }

  @Test func wideCharactersAndASCIIStandIns() throws {
    var buffer = ScreenBuffer(columns: 10, rows: 1)
    buffer.put("日本", x: 1, y: 0, style: .body)
    let looks = Array(repeating: Self.normal, count: 10)
    let row = ScrollWriter.Row(y: 4, cells: buffer.row(0), looks: looks)
    let utf8 = try #require(
      Self.writer.scroll(by: 1, rows: 5, columns: 10, incoming: [row], cursor: nil, look: Self.normal))
    #expect(Self.text(utf8.bytes) == "⎋[5;1H\n⎋[2G日本")
    #expect(utf8.cursor.column == 5)
    let ascii = ScrollWriter(sequences: Self.sequences, asciiOnly: true, normal: Self.normal)
    let stand = try #require(
      ascii.scroll(by: 1, rows: 5, columns: 10, incoming: [row], cursor: nil, look: Self.normal))
    let prefix = Array("\u{1B}[5;1H\n\u{1B}[2G".utf8)
    #expect(Array(stand.bytes.prefix(prefix.count)) == prefix)
    let drawn = stand.bytes.dropFirst(prefix.count)
    #expect(drawn.count == 4 && drawn.allSatisfy { (0x20..<0x7F).contains($0) }, "one stand-in per column")
  }
}
