/// Reduces Markdown inline markup (emphasis, links, code spans, escapes) to its text.
enum InlineMarkdown {
  /// A code point with the file offset it was read at.
  typealias Piece = (scalar: Unicode.Scalar, offset: Int)

  private struct Item {
    var piece: Piece
    /// Whether the code point is text that emphasis handling must leave alone.
    var literal: Bool
  }

  /// The pieces of one paragraph with inline markup removed.
  static func strip(_ pieces: [Piece]) -> [Piece] {
    let items = structural(pieces[...])
    return emphasis(items)
  }

  /// Handles escapes, code spans, links, images, autolinks and entities.
  private static func structural(_ pieces: ArraySlice<Piece>) -> [Item] {
    var result: [Item] = []
    var index = pieces.startIndex
    let end = pieces.endIndex
    while index < end {
      let scalar = pieces[index].scalar
      switch scalar {
      case "\\" where index + 1 < end && pieces[index + 1].scalar.isASCIIPunctuation:
        result.append(Item(piece: pieces[index + 1], literal: true))
        index += 2
        continue
      case "`":
        var ticks = 0
        while index + ticks < end, pieces[index + ticks].scalar == "`" { ticks += 1 }
        if let close = findTicks(pieces, from: index + ticks, count: ticks) {
          for piece in pieces[(index + ticks)..<close] { result.append(Item(piece: piece, literal: true)) }
          index = close + ticks
          continue
        }
      case "[", "!":
        let isImage = scalar == "!"
        let open = isImage ? index + 1 : index
        if open < end, pieces[open].scalar == "[",
          let close = matching(pieces, from: open, open: "[", close: "]"),
          close + 1 < end
        {
          if pieces[close + 1].scalar == "(",
            let paren = matching(pieces, from: close + 1, open: "(", close: ")")
          {
            if !isImage { result += structural(pieces[(open + 1)..<close]) }
            index = paren + 1
            continue
          }
          if pieces[close + 1].scalar == "[",
            let ref = matching(pieces, from: close + 1, open: "[", close: "]")
          {
            if !isImage { result += structural(pieces[(open + 1)..<close]) }
            index = ref + 1
            continue
          }
        }
      case "<":
        // An autolink `<https://…>` keeps its address.
        var close = index + 1
        while close < end, pieces[close].scalar != ">", pieces[close].scalar != " " { close += 1 }
        if close < end, pieces[close].scalar == ">", close > index + 1 {
          let inner = String(String.UnicodeScalarView(pieces[(index + 1)..<close].map(\.scalar)))
          if inner.contains("://") || inner.contains("@") {
            for piece in pieces[(index + 1)..<close] { result.append(Item(piece: piece, literal: true)) }
            index = close + 1
            continue
          }
        }
      case "&":
        let scalars = pieces[index..<min(end, index + 12)].map(\.scalar)
        if let (decoded, length) = HTMLEntities.decode(scalars, at: 0) {
          for value in decoded { result.append(Item(piece: (value, pieces[index].offset), literal: true)) }
          index += length
          continue
        }
      default:
        break
      }
      result.append(Item(piece: pieces[index], literal: false))
      index += 1
    }
    return result
  }

  /// Removes paired `*`, `**`, `_`, `__` delimiter runs that open and close emphasis.
  private static func emphasis(_ items: [Item]) -> [Piece] {
    struct Run {
      var start: Int
      var length: Int
      var char: Unicode.Scalar
      var canOpen: Bool
      var canClose: Bool
    }
    var runs: [Run] = []
    var index = 0
    while index < items.count {
      let scalar = items[index].piece.scalar
      guard !items[index].literal, scalar == "*" || scalar == "_" else {
        index += 1
        continue
      }
      var length = 1
      while index + length < items.count, !items[index + length].literal,
        items[index + length].piece.scalar == scalar
      {
        length += 1
      }
      let before: Unicode.Scalar? = index > 0 ? items[index - 1].piece.scalar : nil
      let after: Unicode.Scalar? = index + length < items.count ? items[index + length].piece.scalar : nil
      let afterIsSpace = after.map(isSpace) ?? true
      let beforeIsSpace = before.map(isSpace) ?? true
      let afterIsPunct =
        after.map { $0.isASCIIPunctuation || $0.properties.generalCategory.isPunctuation } ?? false
      let beforeIsPunct =
        before.map { $0.isASCIIPunctuation || $0.properties.generalCategory.isPunctuation } ?? false
      let leftFlanking = !afterIsSpace && (!afterIsPunct || beforeIsSpace || beforeIsPunct)
      let rightFlanking = !beforeIsSpace && (!beforeIsPunct || afterIsSpace || afterIsPunct)
      var canOpen = leftFlanking
      var canClose = rightFlanking
      if scalar == "_" {
        canOpen = leftFlanking && (!rightFlanking || beforeIsPunct)
        canClose = rightFlanking && (!leftFlanking || afterIsPunct)
      }
      runs.append(Run(start: index, length: length, char: scalar, canOpen: canOpen, canClose: canClose))
      index += length
    }
    var removed = Set<Int>()
    var openers: [Run] = []
    for run in runs {
      if run.canClose, let match = openers.lastIndex(where: { $0.char == run.char }) {
        let opener = openers[match]
        let used = min(opener.length, run.length, 2)
        for offset in 0..<used {
          removed.insert(opener.start + opener.length - 1 - offset)
          removed.insert(run.start + offset)
        }
        openers.removeSubrange(match...)
        continue
      }
      if run.canOpen { openers.append(run) }
    }
    var result: [Piece] = []
    result.reserveCapacity(items.count)
    for (position, item) in items.enumerated() where !removed.contains(position) { result.append(item.piece) }
    return result
  }

  private static func isSpace(_ scalar: Unicode.Scalar) -> Bool { ReadingTextBuilder.isSpace(scalar) }

  private static func findTicks(_ pieces: ArraySlice<Piece>, from start: Int, count: Int) -> Int? {
    var index = start
    while index < pieces.endIndex {
      if pieces[index].scalar == "`" {
        var run = 0
        while index + run < pieces.endIndex, pieces[index + run].scalar == "`" { run += 1 }
        if run == count { return index }
        index += run
      } else {
        index += 1
      }
    }
    return nil
  }

  /// The index of the bracket closing the one at `start`, counting nesting and skipping escapes.
  private static func matching(
    _ pieces: ArraySlice<Piece>, from start: Int, open: Unicode.Scalar, close: Unicode.Scalar
  ) -> Int? {
    var depth = 0
    var index = start
    while index < pieces.endIndex {
      let scalar = pieces[index].scalar
      if scalar == "\\" {
        index += 2
        continue
      }
      if scalar == open { depth += 1 }
      if scalar == close {
        depth -= 1
        if depth == 0 { return index }
      }
      index += 1
    }
    return nil
  }
}

extension Unicode.Scalar {
  /// Whether the code point is ASCII punctuation (what a Markdown backslash can escape).
  var isASCIIPunctuation: Bool {
    switch value {
    case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return true
    default: return false
    }
  }
}

extension Unicode.GeneralCategory {
  /// Whether the category is one of the punctuation categories.
  var isPunctuation: Bool {
    switch self {
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
      .finalPunctuation, .otherPunctuation:
      return true
    default: return false
    }
  }
}
