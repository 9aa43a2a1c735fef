/// A stretch of text between double quotation marks, possibly running over several paragraphs.
struct QuoteRegion: Sendable {
  /// The index of the opening mark's token.
  var firstToken: Int
  /// The index of the last token inside the region (the closing mark when there is one).
  var lastToken: Int
  /// The pieces, one per paragraph, each from its opening mark to its closing mark (or the
  /// paragraph's last token).
  var pieces: [TextSpan]
  /// Whether the region ends with a closing mark.
  var isClosed: Bool
  /// Whether the last scalar before the closing mark ends a sentence (`.`, `?`, `!`).
  var endsSentence: Bool
  /// Whether the last scalar before the closing mark is a comma.
  var endsWithComma: Bool
  /// The number of word tokens inside.
  var wordCount: Int

  /// From the first piece's start to the last piece's end.
  var span: TextSpan { TextSpan(start: pieces[0].start, end: pieces[pieces.count - 1].end) }
}

/// Pairs double quotation marks into ``QuoteRegion``s.
enum QuoteRegionFinder {
  /// The regions of `tokens`, and for each token the index of the region holding it (or -1).
  ///
  /// A paragraph that ends inside a quote continues it when the next paragraph opens with a
  /// mark; otherwise the quote ends with its paragraph.
  ///
  /// - Complexity: O(n) in the number of tokens.
  static func regions(_ tokens: [QuoteToken], text: [Unicode.Scalar]) -> ([QuoteRegion], [Int32]) {
    var regions: [QuoteRegion] = []
    var owner = [Int32](repeating: -1, count: tokens.count)
    var openIndex = -1
    var openIsLow = false
    var nestedOpen = false
    var pieceStart = 0
    var pieces: [TextSpan] = []

    func close(at last: Int, closed: Bool) {
      pieces.append(TextSpan(start: pieceStart, end: tokens[last].end))
      var words = 0
      for k in openIndex...last where tokens[k].kind == .word { words += 1 }
      var endsSentence = false
      var endsWithComma = false
      if closed && last > openIndex {
        let v = text[tokens[last - 1].end - 1].value
        endsSentence = v == 0x2E || v == 0x3F || v == 0x21 || v == 0x2026
        endsWithComma = v == 0x2C
      }
      let region = QuoteRegion(
        firstToken: openIndex, lastToken: last, pieces: pieces, isClosed: closed,
        endsSentence: endsSentence, endsWithComma: endsWithComma, wordCount: words)
      let number = Int32(regions.count)
      for k in openIndex...last { owner[k] = number }
      regions.append(region)
      openIndex = -1
      pieces = []
    }

    var i = 0
    while i < tokens.count {
      // Outside a quote only marks matter: the other tokens are passed over without being read
      // whole (their fields were copied out, for nothing, at 28 instructions a token).
      if openIndex < 0 && tokens[i].kind != .mark {
        i += 1
        continue
      }
      let t = tokens[i]
      if openIndex >= 0 && i > 0 && t.paragraph != tokens[i - 1].paragraph {
        if t.kind == .mark && t.side != .close {
          pieces.append(TextSpan(start: pieceStart, end: tokens[i - 1].end))
          pieceStart = t.start
          i += 1
          continue
        }
        close(at: i - 1, closed: false)
      }
      if t.kind == .mark {
        if openIndex < 0 {
          let canOpen =
            t.side == .open || (t.side == .either && (t.spaceBefore || !t.spaceAfter))
            || (t.side == .close && (i == 0 || tokens[i - 1].paragraph != t.paragraph) && !t.spaceAfter)
          if canOpen {
            nestedOpen = false
            openIndex = i
            openIsLow = text[t.start].value == 0x201E
            pieceStart = t.start
          }
        } else if t.side == .either && text[t.start] == "\"" && text[tokens[openIndex].start] != "\"" {
          // Straight quotes inside a typographic quote: nested when they open, and the next
          // straight closing one closes the nested quote; an unmatched closing one ends the quote.
          if t.spaceBefore && !t.spaceAfter {
            nestedOpen = true
          } else if nestedOpen {
            nestedOpen = false
          } else {
            close(at: i, closed: true)
          }
        } else if text[tokens[openIndex].start] == "\"" && t.side != .either {
          // Typographic quotes inside a straight quote (`"… “fair play” …"`): nested when they
          // open, and the next closing one closes the nested quote; an unmatched closing one ends
          // the quote (a straight mark closed by a typographic one).
          if t.side == .open && t.spaceBefore {
            nestedOpen = true
          } else if nestedOpen {
            nestedOpen = false
          } else {
            close(at: i, closed: true)
          }
        } else {
          let isCloser: Bool
          switch t.side {
          case .close: isCloser = true
          case .either: isCloser = !(t.spaceBefore && !t.spaceAfter) || i == openIndex + 1
          case .open: isCloser = openIsLow || !t.spaceBefore
          }
          if isCloser {
            close(at: i, closed: true)
          } else {
            // An opening mark inside an open quote: the earlier quote lost its closing mark.
            if i - 1 > openIndex { close(at: i - 1, closed: false) } else { openIndex = -1; pieces = [] }
            openIndex = i
            openIsLow = text[t.start].value == 0x201E
            pieceStart = t.start
          }
        }
      }
      i += 1
    }
    if openIndex >= 0 {
      if tokens.count - 1 > openIndex { close(at: tokens.count - 1, closed: false) }
    }
    return (regions, owner)
  }
}
