import QuothModel

/// Fixture text with position markers, in the manner of swift-format's MarkedText: `⏩` and `⏪`
/// mark a quote's content, `1️⃣` the start of the speaker mention.
struct MarkedText {
  /// The text without markers.
  var text: String
  /// The code point offset of each marker in ``text``.
  var marks: [String: Int]

  static let markers = ["⏩", "⏪", "1️⃣"]

  /// Strips the markers from `marked` and records where they stood.
  init(_ marked: String) {
    var scalars: [Unicode.Scalar] = []
    var marks: [String: Int] = [:]
    let source = Array(marked.unicodeScalars)
    var i = 0
    outer: while i < source.count {
      for marker in Self.markers {
        let m = Array(marker.unicodeScalars)
        if i + m.count <= source.count && Array(source[i..<i + m.count]) == m {
          marks[marker] = scalars.count
          i += m.count
          continue outer
        }
      }
      scalars.append(source[i])
      i += 1
    }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    text = String(view)
    self.marks = marks
  }

  /// The content span between `⏩` and `⏪`, shifted by `offset`.
  func content(offset: Int) -> TextSpan? {
    guard let s = marks["⏩"], let e = marks["⏪"] else { return nil }
    return TextSpan(start: s + offset, end: e + offset)
  }
}

/// Parses a plain-text article: a title line, a blank line, then `body`.
func article(body: String) -> (Article, Int) {
  let prefix = "Test article\n\n"
  let text = Array((prefix + body).unicodeScalars)
  return (ArticleParser.parse(path: "fixture.txt", text: text, format: .text), prefix.unicodeScalars.count)
}
