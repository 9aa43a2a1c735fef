import Testing

@testable import QuothModel
@testable import QuothView

/// Highlights, the sidebar and the overlays, on a hand-made analysis.
@Suite struct QuoteViewTests {
  static let text = """
     date 2024-06-11 Valley school opens a rooftop garden

    June 11, 2024 By Sam Reyes ( Valley Courier

    Pupils at the Hillcrest school will grow vegetables on the roof from September, the head teacher said on Monday.

    "Every child will have a bed of their own," said Nora Quinn, head teacher at Hillcrest.

    The garden cost 40,000 euros, according to the city council.

    Quinn said the harvest would go to the school kitchen.
    """

  static func span(_ needle: String) -> TextSpan {
    let text = Array(Self.text.unicodeScalars)
    let pattern = Array(needle.unicodeScalars)
    for start in 0...(text.count - pattern.count) where Array(text[start..<start + pattern.count]) == pattern
    {
      return TextSpan(start: start, end: start + pattern.count)
    }
    fatalError("\(needle) is not in the fixture")
  }

  static let analysis = QuoteAnalysis(
    quotes: [
      Quote(
        kind: .indirect,
        span: span("Pupils at the Hillcrest school will grow vegetables on the roof from September"),
        cue: span("said on Monday"), mention: span("the head teacher"), speaker: 0),
      Quote(
        kind: .direct, span: span("\"Every child will have a bed of their own,\""), cue: span("said Nora"),
        mention: span("Nora Quinn"), speaker: 0),
      Quote(
        kind: .indirect, span: span("The garden cost 40,000 euros"), cue: span("according to"),
        mention: span("the city council"), speaker: 1),
      Quote(
        kind: .indirect, span: span("the harvest would go to the school kitchen"),
        mention: span("Quinn said"),
        speaker: 0),
    ],
    speakers: [
      Speaker(name: "Nora Quinn", role: "head teacher at Hillcrest", kind: .person, direct: 1, indirect: 2),
      Speaker(name: "city council", kind: .organization, indirect: 1),
    ])

  func state(columns: Int, rows: Int) -> ReaderState {
    var state = ReaderState(entries: [], hasLibrary: false, columns: columns, rows: rows)
    state.reduce(
      .loaded(
        ArticleParser.parse(path: "garden.txt", text: Array(Self.text.unicodeScalars)),
        analysis: Self.analysis))
    return state
  }

  func row(_ buffer: ScreenBuffer, containing text: String) -> Int {
    buffer.lines.firstIndex { $0.contains(text) } ?? -1
  }

  @Test func highlightsAtEveryWidth() {
    for (columns, rows) in [(120, 40), (80, 24), (50, 16)] {
      let buffer = ReaderView(state: state(columns: columns, rows: rows)).render()
      let direct = row(buffer, containing: "\"Every child")
      #expect(buffer.styleRuns(direct).contains { $0.hasSuffix("directQuote:0") }, "\(columns)x\(rows)")
      let reported = row(buffer, containing: "The garden cost")
      #expect(buffer.styleRuns(reported).contains { $0.hasSuffix("indirectQuote:1") })
      #expect(buffer.styleRuns(reported).contains { $0.hasSuffix(" cue") })
      #expect(buffer.styleRuns(reported).contains { $0.hasSuffix("mention:1") })
      for line in buffer.lines { #expect(DisplayWidth.of(line) <= columns) }
    }
  }

  @Test func dockedSidebarAt120() {
    var s = state(columns: 120, rows: 40)
    s.reduce(.key(.char("]")))
    s.reduce(.key(.char("]")))
    let buffer = ReaderView(state: s).render()
    let header = buffer.line(0)
    #expect(header.contains("Speakers (2)"))
    #expect(header.contains("quoted/reported"))
    let quinn = buffer.line(1)
    #expect(quinn.contains("▶Nora Quinn, head teacher"), "the current speaker is marked")
    #expect(quinn.hasSuffix("1/2"))
    #expect(buffer.line(2).contains(" city council"))
    #expect(buffer.line(39).contains("quote 2/4 · Nora Quinn · direct"))
    let current = row(buffer, containing: "\"Every child")
    #expect(buffer.styleRuns(current).contains { $0.hasSuffix("currentQuote:0") })
  }

  @Test func noSidebarAt80AndOverlayAt50() {
    let plain = ReaderView(state: state(columns: 80, rows: 24)).render()
    #expect(!plain.lines.joined().contains("Speakers ("))
    var narrow = state(columns: 50, rows: 16)
    narrow.reduce(.key(.char("s")))
    let overlay = ReaderView(state: narrow).render()
    #expect(overlay.line(1).contains("Speakers"))
    #expect(overlay.lines.contains { $0.contains("Nora Quinn") && $0.contains("│") })
    #expect(overlay.styleRuns(3).contains { $0.hasSuffix(" focus") }, "the selected speaker is marked")
  }

  @Test func restrictionInTheStatusBar() {
    var s = state(columns: 80, rows: 24)
    for key in [Key.tab, .char("j"), .enter] { s.reduce(.key(key)) }
    let buffer = ReaderView(state: s).render()
    #expect(buffer.line(23).contains("city council 1/1"))
  }

  @Test func quotesViewRows() {
    var s = state(columns: 80, rows: 24)
    s.reduce(.key(.char("v")))
    let buffer = ReaderView(state: s).render()
    #expect(buffer.line(0).contains("Quotes (4)"))
    #expect(buffer.line(1).contains("Nora Quinn: Pupils at the Hillcrest"))
    #expect(buffer.line(1).hasSuffix("indirect"))
    #expect(buffer.line(2).contains("Nora Quinn: “Every child will have a bed of their own”"))
    #expect(buffer.styleRuns(1).allSatisfy { $0.contains(" focus") }, "the selected row is marked across")
    #expect(
      buffer.styleRuns(1).last?.hasPrefix("0-") == false && buffer.styleRuns(1).last?.contains("-79 ") == true
    )
  }

  @Test func quotesViewOfAChosenSpeaker() {
    var s = state(columns: 80, rows: 24)
    for key in [Key.tab, .enter, .char("v")] { s.reduce(.key(key)) }
    let buffer = ReaderView(state: s).render()
    #expect(buffer.line(0).contains("Quotes by Nora Quinn (3 of 4)"))
    #expect(buffer.line(1).contains("Nora Quinn: Pupils at the Hillcrest"))
    #expect(buffer.line(2).contains("Nora Quinn: “Every child will have a bed of their own”"))
    #expect(buffer.line(3).contains("Nora Quinn: the harvest would go"), "the council's report is not listed")
    #expect(!buffer.lines.joined().contains("city council:"))
    #expect(buffer.line(23).contains("Nora Quinn 1/3 · indirect"))
    s.reduce(.key(.char("j")))
    #expect(ReaderView(state: s).render().line(23).contains("Nora Quinn 2/3 · direct"))
  }
}
