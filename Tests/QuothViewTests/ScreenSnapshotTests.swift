import Foundation
import Testing

@testable import QuothModel
@testable import QuothView

/// Whole screens of every view, at 80x24 and at a wide 120x32 (where the sidebar docks), compared
/// with `Snapshots/<name>.txt`: the rows as text, then each row's style runs.
///
/// `RECORD_SNAPSHOTS=1 swift test --filter ScreenSnapshotTests` writes the files anew; review the
/// change with `git diff Tests/QuothViewTests/Snapshots`. A missing file is written and the test
/// fails, except under `CI=true`, where it only fails.
@Suite struct ScreenSnapshotTests {
  static let sizes = [(80, 24), (120, 32)]

  static let articleText = """
     date 2024-05-02 Night trains return to the valley

    May 02, 2024 By Ines Varga ( Valley Courier

    A sleeper carriage waits at the east platform. [Photo/COURIER]

    Two routes reopen this summer

    The regional rail company will run night trains through the valley again from June, its chief executive said on Thursday.

    "People asked for this for years," said Petra Lind, chief executive of the company. "Now the trains are back."

    The mayor, Anton Roth, said the town had lobbied for the service since 2019.

    "We will fill every carriage," Roth said.

    According to the transport ministry, the two routes will cost 4 million euros a year to run.

    Lind said tickets go on sale next week. Passengers can book sleeper cabins or reclining seats, and bicycles travel free on both routes.

    "It is the quiet way to cross the country," said Mara Holt, who rode the last night train in 2011.
    """

  static let entries = [
    LibraryEntry(
      path: "trains.txt", title: "Night trains return to the valley", date: "2024-05-02",
      source: "Valley Courier"),
    LibraryEntry(
      path: "bridge.txt", title: "Bridge reopens after a year of repairs", date: "2024-04-28", source: "Post"),
    LibraryEntry(
      path: "choir.txt", title: "Choir wins the regional prize", date: "2024-04-11", source: "Courier"),
  ]

  static let speakers = [
    MergedSpeaker(
      key: "petra lind", name: "Petra Lind", roles: ["chief executive"], kind: .person, articles: 2, quotes: 5
    ),
    MergedSpeaker(
      key: "anton roth", name: "Anton Roth", roles: ["mayor"], kind: .person, articles: 1, quotes: 2),
    MergedSpeaker(
      key: "transport ministry", name: "transport ministry", kind: .organization, articles: 1, quotes: 1),
  ]

  static func article() -> Article {
    ArticleParser.parse(path: "trains.txt", text: Array(articleText.unicodeScalars))
  }

  /// A library of three articles with their quote counts.
  static func library(_ columns: Int, _ rows: Int) -> ReaderState {
    var state = ReaderState(entries: entries, columns: columns, rows: rows)
    state.reduce(.summary(.file("trains.txt"), QuoteSummary(QuoteExtractor.analyze(article()))))
    state.reduce(.summary(.file("bridge.txt"), QuoteSummary(quotes: 2, topSpeakers: ["Ada Lind"])))
    return state
  }

  /// A feed library during an update: a feed with an item read (its quotes counted), a folded
  /// feed, one whose last update failed with no copy, the cursor on an unread item.
  static func feeds(_ columns: Int, _ rows: Int) -> ReaderState {
    func item(_ feed: String, _ number: Int, _ title: String, date: String?, by author: String)
      -> LibraryEntry
    {
      LibraryEntry(
        ref: .feedItem(feed: "https://example.org/\(feed)", item: "\(feed)-\(number)"), title: title,
        date: date,
        source: feed, authors: [author], format: .html)
    }
    let valley = [
      item("valley", 1, "Bridge reopens after a year of repairs", date: "2024-04-28", by: "Ines Varga"),
      item("valley", 2, "Night trains return to the valley", date: "2024-05-02", by: "Ines Varga"),
      item("valley", 3, "Letters: the ferry timetable", date: nil, by: "Readers"),
    ]
    let groups = [
      FeedGroup(url: "https://example.org/valley", title: "Valley Courier", status: .cached, items: valley),
      FeedGroup(
        url: "https://example.org/city", title: "City Hall", status: .cached,
        items: [item("city", 1, "Council votes on the budget", date: "2024-05-01", by: "Tom Reyes")]),
      FeedGroup(
        url: "https://example.org/gone", title: "Gone Gazette", status: .failed(reason: "HTTP 404 Not Found"),
        items: []),
    ]
    var state = ReaderState(entries: [], columns: columns, rows: rows)
    state.reduce(.configureFeeds(groups, read: [valley[1].ref]))
    state.reduce(.summary(valley[1].ref, QuoteSummary(QuoteExtractor.analyze(article()))))
    press(
      [.char("G"), .char("k"), .char("k"), .enter, .char("g"), .char("j"), .char("j"), .char("R")], &state)
    state.reduce(.feedsProgress(done: 1, total: 3))
    return state
  }

  /// The library with the fixture article open.
  static func reading(_ columns: Int, _ rows: Int) -> ReaderState {
    var state = library(columns, rows)
    state.reduce(.key(.enter))
    state.reduce(.loaded(article(), analysis: QuoteExtractor.analyze(article())))
    return state
  }

  static func press(_ keys: [Key], _ state: inout ReaderState) {
    for key in keys { state.reduce(.key(key)) }
  }

  static func type(_ text: String) -> [Key] { text.unicodeScalars.map { Key.char($0) } }

  /// Each screen by name, made by actions from a fresh state.
  static let screens: [(String, @Sendable (Int, Int) -> ReaderState)] = [
    ("library", { library($0, $1) }),
    ("feeds", { feeds($0, $1) }),
    ("article", { reading($0, $1) }),
    (
      "article-second-quote",
      {
        var s = reading($0, $1); press([.char("]"), .char("]")], &s); return s
      }
    ),
    (
      "sidebar",
      {
        var s = reading($0, $1); press([.char("s"), .tab, .char("j")], &s); return s
      }
    ),
    (
      "speaker-chosen",
      {
        var s = reading($0, $1); press([.char("s"), .tab, .char("j"), .enter], &s); return s
      }
    ),
    (
      "search",
      {
        var s = reading($0, $1); press([.char("/")] + type("night") + [.enter], &s); return s
      }
    ),
    (
      "prompt",
      {
        var s = reading($0, $1); press([.char("/")] + type("trai"), &s); return s
      }
    ),
    (
      "quotes",
      {
        var s = reading($0, $1); press([.char("v"), .char("j")], &s); return s
      }
    ),
    (
      "help",
      {
        var s = reading($0, $1); press([.char("h")], &s); return s
      }
    ),
    (
      "speakers",
      {
        var s = library($0, $1)
        s.reduce(.start(indexed: true))
        s.reduce(.indexReady(problems: []))
        press([.char("S")], &s)
        s.reduce(.speakersLoaded(speakers))
        return s
      }
    ),
    (
      "results",
      {
        var s = library($0, $1)
        s.reduce(.start(indexed: true))
        s.reduce(.indexReady(problems: []))
        press([.char("S")], &s)
        s.reduce(.speakersLoaded(speakers))
        press([.enter], &s)
        let quote = IndexedQuote(
          path: "trains.txt", title: "Night trains return to the valley", date: "2024-05-02", kind: .direct,
          span: TextSpan(start: 10, end: 40), text: "People asked for this for years", speaker: "Petra Lind")
        s.reduce(.speakerQuotesLoaded(speakers[0], [quote]))
        return s
      }
    ),
  ]

  static let cases: [(String, Int, Int)] = screens.flatMap { name, _ in sizes.map { (name, $0.0, $0.1) } }

  @Test(arguments: cases)
  func screen(name: String, columns: Int, rows: Int) throws {
    let make = try #require(Self.screens.first { $0.0 == name }?.1)
    let buffer = ReaderView(state: make(columns, rows)).render()
    Snapshot.check(buffer, named: "\(name)-\(columns)x\(rows)")
  }

  /// Under `LANG=C` the terminal draws every cell through `Sanitizer.ascii`: each mark quoth
  /// draws (borders, arrows, the chosen-speaker marker, dashes, quotation marks) has an ASCII
  /// stand-in, never a `?`.
  @Test(arguments: cases)
  func everyMarkHasAnASCIIStandIn(name: String, columns: Int, rows: Int) throws {
    let make = try #require(Self.screens.first { $0.0 == name }?.1)
    let buffer = ReaderView(state: make(columns, rows)).render()
    for cell in buffer.cells where !cell.text.contains("?") {
      #expect(!Sanitizer.ascii(cell.text).contains("?"), "\(name): no stand-in for \(cell.text)")
    }
  }

  @Test func aWindowTooSmallShowsANotice() {
    Snapshot.check(ReaderView(state: Self.reading(16, 5)).render(), named: "too-small-16x5")
  }
}

/// Compares a screen with its file in `Snapshots/`, or writes the file when recording.
enum Snapshot {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
    "Snapshots")

  static func check(
    _ buffer: ScreenBuffer, named name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let file = folder.appendingPathComponent(name + ".txt")
    let actual = buffer.description + "\n"
    let environment = ProcessInfo.processInfo.environment
    let recording = environment["RECORD_SNAPSHOTS"] == "1"
    if !recording, let expected = try? String(contentsOf: file, encoding: .utf8) {
      if actual != expected {
        Issue.record(
          "Snapshots/\(name).txt differs (RECORD_SNAPSHOTS=1 rewrites it):\n\(difference(expected, actual))",
          sourceLocation: sourceLocation)
      }
      return
    }
    if environment["CI"] == "true" && !recording {
      Issue.record("Snapshots/\(name).txt is missing", sourceLocation: sourceLocation)
      return
    }
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try actual.write(to: file, atomically: true, encoding: .utf8)
    } catch {
      Issue.record("could not write Snapshots/\(name).txt: \(error)", sourceLocation: sourceLocation)
    }
    if !recording {
      Issue.record("recorded Snapshots/\(name).txt; run the tests again", sourceLocation: sourceLocation)
    }
  }

  /// The lines that differ, expected above actual.
  static func difference(_ expected: String, _ actual: String) -> String {
    let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var out: [String] = []
    for index in 0..<max(old.count, new.count) {
      let before = index < old.count ? String(old[index]) : "(none)"
      let after = index < new.count ? String(new[index]) : "(none)"
      if before != after { out += ["line \(index + 1):", "- \(before)", "+ \(after)"] }
    }
    return out.joined(separator: "\n")
  }
}
