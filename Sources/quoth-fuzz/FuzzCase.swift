import QuothModel
import QuothView

/// One fuzz input run through everything an untrusted article meets: decoding, parsing (in the
/// format its first byte picks), quote extraction, layout at a few widths, the plain-text dump,
/// and the reader's screen. Each step checks the promises the rest of quoth relies on and traps
/// (so libFuzzer reports the input) when one is broken.
enum FuzzCase {
  /// The widths every input is laid out at.
  static let widths = [1, 7, 40, 80]

  /// Runs one input.
  static func run(_ bytes: [UInt8]) {
    let formats: [Article.Format?] = [nil, .text, .markdown, .html, .seed]
    let format = bytes.first.map { formats[Int($0) % formats.count] } ?? nil
    let decoded = TextDecoder.decode(bytes)
    let article = ArticleParser.parse(path: "fuzz.txt", text: decoded.scalars, format: format)
    let count = article.text.count
    for block in article.blocks {
      precondition(0 <= block.span.start && block.span.start <= block.span.end && block.span.end <= count)
    }
    let analysis = QuoteExtractor.analyze(article)
    for quote in analysis.quotes {
      for span in [quote.span] + quote.parts + [quote.cue, quote.mention].compactMap({ $0 }) {
        precondition(0 <= span.start && span.start <= span.end && span.end <= count, "quote span out of text")
      }
      if let speaker = quote.speaker { precondition(speaker >= 0 && speaker < analysis.speakers.count) }
    }
    for width in widths {
      let layout = ArticleLayout(article: article, width: width, measure: 80)
      var previousEnd = 0
      for line in layout.lines {
        precondition(line.span.start >= previousEnd && line.span.end <= count, "layout lines out of order")
        if let header = line.header {
          let shown = layout.header[header]
          precondition(isSafe(shown.text), "header line holds a control character")
          precondition(
            shown.width <= width || isOneCluster(Array(shown.text.unicodeScalars)[...]),
            "header line too wide")
          continue
        }
        // A line may be wider only when it is one of LineBreaker's clusters, which are never split.
        let scalars = article.text[line.span.start..<line.span.end]
        precondition(
          line.width <= width || isOneCluster(scalars),
          "line \(line.span) too wide at \(width): \(scalars.map { String($0.value, radix: 16) })")
        previousEnd = line.span.end
      }
      for line in PlainTextRenderer(width: width).lines(for: article) {
        precondition(isSafe(line), "dump line holds a control character")
      }
    }
    var state = ReaderState(entries: [], hasLibrary: false, columns: 40, rows: 10)
    state.reduce(.loaded(article, analysis: QuoteExtractor.analyze(article)))
    _ = state.reduce(.key(.char("G")))
    let screen = ReaderView(state: state).render()
    for cell in screen.cells { precondition(isSafe(cell.text), "a screen cell holds a control character") }
    precondition(isSafe(Sanitizer.field(article.title)) && isSafe(Sanitizer.multiline(article.title)))
  }

  /// Whether `scalars` form one unbreakable cluster as ``LineBreaker`` sees it: at most one code
  /// point that takes columns, apart from those that follow a ZWJ (zero-width ones go anywhere).
  static func isOneCluster(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
    var previous: Unicode.Scalar?
    var bases = 0
    for scalar in scalars {
      defer { previous = scalar }
      if DisplayWidth.shown(scalar) == 0 || previous == "\u{200D}" { continue }
      bases += 1
    }
    return bases <= 1
  }

  /// Whether `text` holds nothing a terminal acts on (tab and line feed aside in dump output).
  static func isSafe(_ text: String) -> Bool {
    !text.unicodeScalars.contains { scalar in
      let value = scalar.value
      return (value < 0x20 && value != 0x0A && value != 0x09) || (0x7F...0x9F).contains(value)
        || Sanitizer.isBidiControl(value)
    }
  }
}

/// The libFuzzer entry point: one input, run through ``FuzzCase``.
@_cdecl("LLVMFuzzerTestOneInput")
public func quothFuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  FuzzCase.run(bytes)
  return 0
}
