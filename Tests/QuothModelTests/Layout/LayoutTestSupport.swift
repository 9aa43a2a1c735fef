@testable import QuothModel

/// Helpers shared by the layout tests.
enum LayoutFixture {
  /// The lines `text` wraps to at `width`, as the code points each line shows.
  static func wrap(_ text: String, width: Int) -> [String] {
    let scalars = Array(text.unicodeScalars)
    return LineBreaker.wrap(scalars, span: TextSpan(start: 0, end: scalars.count), width: width).map {
      string(scalars[$0.span.start..<$0.span.end])
    }
  }

  /// The number of clusters that take columns: code points with a width, not counting one that
  /// follows a ZWJ.
  static func clusterCount(_ scalars: some Sequence<Unicode.Scalar>) -> Int {
    var count = 0
    var afterJoiner = false
    for scalar in scalars {
      if DisplayWidth.shown(scalar) > 0, !afterJoiner { count += 1 }
      afterJoiner = scalar == "\u{200D}"
    }
    return count
  }

  /// A string from code points.
  static func string(_ scalars: some Sequence<Unicode.Scalar>) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return String(view)
  }

  /// An article whose blocks are `paragraphs` (the first one the title), separated by blank lines.
  static func article(_ paragraphs: [String]) -> Article {
    var text: [Unicode.Scalar] = []
    var blocks: [Block] = []
    for (index, paragraph) in paragraphs.enumerated() {
      if index > 0 { text += Array("\n\n".unicodeScalars) }
      let start = text.count
      text += Array(paragraph.unicodeScalars)
      blocks.append(
        Block(kind: index == 0 ? .title : .paragraph, span: TextSpan(start: start, end: text.count)))
    }
    return Article(path: "test", format: .text, text: text, title: paragraphs.first ?? "", blocks: blocks)
  }

  /// A few paragraphs of English, CJK, emoji and combining marks, written for these tests.
  static let mixed = article([
    "Tide tables for the harbour",
    "The ferry left at dawn, well-loaded and late; the captain — calm as ever — waved from the bridge.",
    "港口的渡轮在清晨出发，船长向码头上的人挥手。天气很好，海面平静。",
    "Café owners said the naïve plan 👍 worked: 🧑‍🍳 cooks arrived early and the queue 😀 moved fast.",
    "한국어 문장도 공백으로 단어를 나눕니다. 그리고 줄바꿈은 공백에서 일어납니다.",
    "Averyveryveryverylongwordwithoutanyspacesatalltotestthehardbreakingofwords and more.",
  ])
}
