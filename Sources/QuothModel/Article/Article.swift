/// A parsed news article: its text, header fields and blocks.
///
/// `text` is the text the model works on. For plain text and the seed format it is exactly the
/// file's decoded text, so offsets into it are offsets into the file. For Markdown and HTML it is a
/// plain reading text built from the markup, and ``sourceOffsets`` maps each of its code points
/// back to the file.
public struct Article: Equatable, Sendable {
  /// The format an article was read from.
  public enum Format: String, Sendable, Codable, CaseIterable {
    /// ` date YYYY-MM-DD Title`, byline, caption, deck, paragraphs.
    case seed
    /// Title on the first line, paragraphs separated by blank lines.
    case text
    /// Markdown with optional front matter.
    case markdown
    /// A saved HTML page.
    case html
  }

  /// Where the article comes from.
  public var ref: ArticleRef
  /// The name it was read under: the file path, `-` for standard input, a web address, or a name
  /// such as `sample:wuzhen` for embedded articles (the format is guessed from it).
  public var path: String
  /// The format the article was parsed from.
  public var format: Format
  /// The reading text as code points; every ``TextSpan`` indexes into it.
  public var text: [Unicode.Scalar]
  /// The headline.
  public var title: String
  /// The publication date as `YYYY-MM-DD`, when known.
  public var date: String?
  /// The byline's authors, in order.
  public var authors: [String]
  /// The publisher or agency ("China Daily", "AP").
  public var source: String?
  /// The byline line as written, when there is one.
  public var byline: String?
  /// The photo caption without its credit.
  public var caption: String?
  /// The caption's credit, such as `Photo/XINHUA`.
  public var captionCredit: String?
  /// The deck (standfirst).
  public var deck: String?
  /// The page's canonical address (HTML), when it names one.
  public var url: String?
  /// The blocks in reading order: header blocks, then headings and paragraphs.
  public var blocks: [Block]
  /// For Markdown and HTML: the file offset of each code point of ``text`` (one more entry for the
  /// end). `nil` when ``text`` is the file's text.
  public var sourceOffsets: [Int]?
  /// The file's own decoded text when it differs from ``text`` (Markdown, HTML).
  public var fileText: [Unicode.Scalar]?
  /// Problems met while reading that did not stop it (invalid UTF-8, for example).
  public var warnings: [String]

  /// Creates an article.
  public init(
    path: String, format: Format, text: [Unicode.Scalar], title: String, date: String? = nil,
    authors: [String] = [], source: String? = nil, byline: String? = nil, caption: String? = nil,
    captionCredit: String? = nil, deck: String? = nil, blocks: [Block],
    sourceOffsets: [Int]? = nil, fileText: [Unicode.Scalar]? = nil, warnings: [String] = [],
    ref: ArticleRef? = nil
  ) {
    self.ref = ref ?? ArticleRef(argument: path)
    self.path = path
    self.format = format
    self.text = text
    self.title = title
    self.date = date
    self.authors = authors
    self.source = source
    self.byline = byline
    self.caption = caption
    self.captionCredit = captionCredit
    self.deck = deck
    self.blocks = blocks
    self.sourceOffsets = sourceOffsets
    self.fileText = fileText
    self.warnings = warnings
  }

  /// The text of `span` as a `String`.
  public func string(_ span: TextSpan) -> String {
    String(scalars: text[span.start..<span.end])
  }

  /// The body paragraphs, the blocks in which quotes are looked for.
  public var paragraphs: [Block] {
    // One allocation, room for every block: `filter` grew its array a block at a time.
    var result: [Block] = []
    result.reserveCapacity(blocks.count)
    for block in blocks where block.kind == .paragraph { result.append(block) }
    return result
  }

  /// Maps a span of ``text`` to the file's offsets.
  public func fileSpan(_ span: TextSpan) -> TextSpan {
    guard let map = sourceOffsets, !map.isEmpty else { return span }
    let start = map[min(span.start, map.count - 1)]
    let end = span.isEmpty ? start : map[min(span.end - 1, map.count - 1)] + 1
    return TextSpan(start: start, end: max(start, end))
  }

  /// The file's text of a span of ``text``: what `quoth quotes` prints as `text`.
  public func fileString(_ span: TextSpan) -> String {
    let mapped = fileSpan(span)
    let source = fileText ?? text
    return String(scalars: source[mapped.start..<min(mapped.end, source.count)])
  }

  /// The number of words in the body, counted as runs of letters and digits.
  ///
  /// - Complexity: O(n) in the body's length; ASCII is classified without Unicode tables.
  public var wordCount: Int {
    var count = 0
    for block in blocks where block.kind == .paragraph || block.kind == .heading {
      count += Self.countWords(in: text[block.span.start..<block.span.end])
    }
    return count
  }

  /// The number of words in `scalars`: runs of letters (any script) and ASCII digits.
  ///
  /// - Complexity: O(n); ASCII is classified without Unicode tables.
  public static func countWords(in scalars: ArraySlice<Unicode.Scalar>) -> Int {
    // Bit n of the pair is set when ASCII code n is a letter or a digit. A word start comes
    // every few code points, too often for a branch, so ASCII is classified and counted without one.
    let lowBits: UInt64 = 0x03FF_0000_0000_0000
    let highBits: UInt64 = 0x07FF_FFFE_07FF_FFFE
    return scalars.withUnsafeBufferPointer { buffer in
      var count = 0
      var previous = 0
      for scalar in buffer {
        let value = scalar.value
        let current: Int
        if value < 0x80 {
          let bits = value < 0x40 ? lowBits : highBits
          current = Int(truncatingIfNeeded: (bits >> UInt64(value & 0x3F)) & 1)
        } else if value >= 0x2000 && value <= 0x206F {
          // General Punctuation (curly quotes, dashes, spaces) holds no letter: no table look-up.
          current = 0
        } else {
          current = scalar.properties.isAlphabetic ? 1 : 0
        }
        count += current & ~previous
        previous = current
      }
      return count
    }
  }
}
