import Foundation
import QuothModel
import Testing

/// Times the layout of a ~10 MB article. Run in release with
/// `QUOTH_BENCH=1 swift test -c release -Xswiftc -enable-testing --filter LayoutBenchmark`.
@Suite("Layout benchmark", .enabled(if: ProcessInfo.processInfo.environment["QUOTH_BENCH"] != nil))
struct LayoutBenchmarkTests {
  @Test("a 10 MB article lays out in well under a second")
  func tenMegabytes() {
    let paragraph =
      "The harbour master said the new timetable, agreed after a long winter of meetings, would suit "
      + "the early ferries and the fishing boats alike. 港口的渡轮在清晨出发，船长向码头上的人挥手。 "
      + "Café owners — and a few naïve tourists 😀 — cheered. "
    var text: [Unicode.Scalar] = []
    var blocks: [Block] = []
    while text.count < 10_000_000 {
      let start = text.count
      for _ in 0..<4 { text += paragraph.unicodeScalars }
      blocks.append(Block(kind: .paragraph, span: TextSpan(start: start, end: text.count)))
      text += "\n\n".unicodeScalars
    }
    let article = Article(path: "bench", format: .text, text: text, title: "Bench", blocks: blocks)
    let clock = ContinuousClock()
    var layout: ArticleLayout? = nil
    let elapsed = clock.measure { layout = ArticleLayout(article: article, width: 80) }
    let lookups = clock.measure {
      for offset in stride(from: 0, to: text.count, by: 997) { _ = layout!.line(containing: offset) }
    }
    print(
      "layout of \(text.count) code points, \(blocks.count) blocks: \(elapsed) -> \(layout!.lines.count) lines; "
        + "\(text.count / 997) lookups: \(lookups)")
    #expect(elapsed < .seconds(1))
  }
}
