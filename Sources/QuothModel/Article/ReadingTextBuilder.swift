/// Builds a synthesized reading text with a map from each of its code points to a file offset.
///
/// Markdown and HTML parsers append text with the file offset it came from; white space is
/// collapsed to single spaces inside a block and blocks are separated by a blank line.
struct ReadingTextBuilder {
  /// The reading text so far.
  private(set) var text: [Unicode.Scalar] = []
  /// The file offset of each code point of ``text``.
  private(set) var offsets: [Int] = []
  /// The finished blocks.
  private(set) var blocks: [Block] = []
  private var blockStart: Int? = nil
  private var pendingSpace: Int? = nil

  /// Whether a block is open.
  var isInBlock: Bool { blockStart != nil }

  /// The text of the open block so far (empty when none is open).
  var openBlock: ArraySlice<Unicode.Scalar> { blockStart.map { text[$0...] } ?? [] }

  /// Appends one code point read at `offset`; white space becomes one space between words.
  mutating func append(_ scalar: Unicode.Scalar, at offset: Int) {
    if Self.isSpace(scalar) {
      if blockStart != nil, text.count > blockStart!, pendingSpace == nil { pendingSpace = offset }
      return
    }
    if blockStart == nil {
      if !text.isEmpty {
        // A blank line between blocks, mapped to where this block starts.
        text.append(contentsOf: ["\n", "\n"])
        offsets.append(contentsOf: [offset, offset])
      }
      blockStart = text.count
    }
    if let space = pendingSpace {
      text.append(" ")
      offsets.append(space)
      pendingSpace = nil
    }
    text.append(scalar)
    offsets.append(offset)
  }

  /// Makes room for `count` code points, so that a long text grows its arrays once.
  mutating func reserveCapacity(_ count: Int) {
    text.reserveCapacity(count)
    offsets.reserveCapacity(count)
  }

  /// Appends the code points of the valid UTF-8 in `bytes[range]`, all read at `offset`.
  mutating func append(utf8 bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, at offset: Int) {
    UTF8Scalars.forEach(in: bytes, range) { append($0, at: offset) }
  }

  /// Appends a run of code points all read at `offset` (a decoded entity).
  mutating func append(_ scalars: [Unicode.Scalar], at offset: Int) {
    for scalar in scalars { append(scalar, at: offset) }
  }

  /// Notes a word break (a `<br>`, a line break) at `offset`.
  mutating func space(at offset: Int) { append(" ", at: offset) }

  /// Closes the open block as `kind`; an empty block is dropped. Returns its span.
  @discardableResult
  mutating func endBlock(_ kind: Block.Kind) -> TextSpan? {
    defer {
      blockStart = nil
      pendingSpace = nil
    }
    guard let start = blockStart, text.count > start else { return nil }
    let span = TextSpan(start: start, end: text.count)
    blocks.append(Block(kind: kind, span: span))
    return span
  }

  /// Closes the open block without keeping it as a block, removing its text.
  mutating func discardBlock() {
    if let start = blockStart {
      let cut = start >= 2 && text.count >= start ? start - 2 : start
      text.removeSubrange(max(0, cut)...)
      offsets.removeSubrange(max(0, cut)...)
    }
    blockStart = nil
    pendingSpace = nil
  }

  /// Changes the kind of an already closed block.
  mutating func setKind(_ kind: Block.Kind, ofBlockAt index: Int) { blocks[index].kind = kind }

  /// The text of a span as a string.
  func string(_ span: TextSpan) -> String {
    String(scalars: text[span.start..<span.end])
  }

  /// The offset map with its end entry: one past the last mapped code point, or `fileEnd`.
  func finishedOffsets(fileEnd: Int) -> [Int] {
    offsets + [offsets.last.map { $0 + 1 } ?? fileEnd]
  }

  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "\n" || scalar == "\r" || ParagraphSplitter.isBlank(scalar)
  }
}
