/// Splits article paragraphs into ``QuoteToken``s in one pass over the code points.
enum QuoteTokenizer {
  /// The tokens of `paragraphs`, in text order; a token's paragraph is the index of its line
  /// among the non-empty lines of `paragraphs`.
  ///
  /// - Complexity: O(n) in the paragraphs' length.
  static func tokenize(_ text: [Unicode.Scalar], paragraphs: [TextSpan]) -> [QuoteToken] {
    // Tokens are stored straight into the array's buffer, with no uniqueness or capacity check
    // beyond one comparison a token. News text has a token per 5.2 code points (PolNeAR train),
    // so a quarter of the count rarely runs out; when it does, the pass starts over with twice
    // the room (at most doubling the work, and the memory stays within twice the tokens').
    var capacity = text.count / 4 + 16
    while true {
      var complete = false
      let tokens = [QuoteToken](unsafeUninitializedCapacity: capacity) { buffer, count in
        text.withUnsafeBufferPointer { text in
          asciiFold.withUnsafeBufferPointer { fold in
            var sink = TokenSink(buffer: buffer)
            complete = tokenize(text, fold: fold, paragraphs: paragraphs, into: &sink)
            count = complete ? sink.count : 0
          }
        }
      }
      if complete { return tokens }
      capacity *= 2
    }
  }

  /// Stores tokens into a buffer of fixed size; QuoteToken holds no references, so a pass that
  /// runs out of room leaves nothing to clean up.
  struct TokenSink {
    let buffer: UnsafeMutableBufferPointer<QuoteToken>
    var count = 0

    /// Stores `token`; `false` when the buffer is full.
    @inline(__always)
    mutating func append(_ token: QuoteToken) -> Bool {
      guard count < buffer.count else { return false }
      (buffer.baseAddress! + count).initialize(to: token)
      count += 1
      return true
    }
  }

  /// For each ASCII code: the hashed (lower-case) value of a word character, 0 for others.
  static let asciiFold: [UInt8] = (0..<128).map { code in
    switch code {
    case 0x30...0x39, 0x61...0x7A: UInt8(code)
    case 0x41...0x5A: UInt8(code + 0x20)
    default: 0
    }
  }

  /// The loop of ``tokenize(_:paragraphs:)``, on a buffer so that reads are not bounds-checked;
  /// `false` when `tokens` ran out of room.
  private static func tokenize(
    _ text: UnsafeBufferPointer<Unicode.Scalar>, fold: UnsafeBufferPointer<UInt8>, paragraphs: [TextSpan],
    into tokens: inout TokenSink
  ) -> Bool {
    // Each line of a paragraph is a paragraph of its own (news text often puts one item per
    // line): `p` counts the non-empty lines so far.
    var p = 0
    for span in paragraphs {
      var i = span.start
      let end = span.end
      var lineStart = i
      // Whether white space (or the paragraph start) came right before `i`: a token ends where
      // a space or another token starts, so this is known without looking back.
      var spaceBefore = true
      while i < end {
        let s = text[i]
        if isSpace(s) {
          if s == "\n" {
            if i > lineStart { p += 1 }
            lineStart = i + 1
          }
          spaceBefore = true
          i += 1
          continue
        }
        if s.value < 0x80 {
          // Plain ASCII words and punctuation between single spaces, in a loop of their own; it
          // stops before anything it does not take whole, which the code below then takes.
          let next = plainRun(
            text, from: i, end: end, fold: fold, paragraph: p, spaceBefore: &spaceBefore, into: &tokens)
          if next > i {
            i = next
            continue
          }
        }
        if isWordScalar(s) {
          let start = i
          var h = WordHash.seed
          h = WordHash.mix(h, s)
          i += 1
          while true {
            // The common case, ASCII letters and digits, in a loop of its own.
            i = asciiWordEnd(text, from: i, end: end, fold: fold, hash: &h)
            guard i < end else { break }
            let c = text[i]
            if c.value >= 0x80 && isWordScalar(c) {
              h = WordHash.mix(h, c)
              i += 1
            } else if (c == "'" || c == "\u{2019}" || c == "-" || c == "." || c == "&") && i + 1 < end
              && isWordScalar(text[i + 1])
            {
              // Inner apostrophes (don't, Clinton’s), hyphens, and stops of U.S. or e.g.
              if c == "." && !(i + 2 >= end || !isWordScalar(text[i + 2]) || text[i + 2] == ".") {
                break
              }
              h = WordHash.mix(h, c)
              i += 1
            } else {
              break
            }
          }
          let cap = isUpper(s)
          let stored = tokens.append(
            QuoteToken(
              start: start, end: i, kind: .word, side: .either, isCapitalized: cap, paragraph: p,
              hash: WordHash(value: h), spaceBefore: spaceBefore, spaceAfter: i >= end || isSpace(text[i])))
          guard stored else { return false }
          spaceBefore = false
          continue
        }
        var length = 1
        var kind = QuoteToken.Kind.punct
        var side = QuoteToken.Side.either
        switch s.value {
        case 0x22: kind = .mark
        case 0x201C, 0x201E, 0xAB, 0x300C, 0x300E: kind = .mark; side = .open
        case 0x201D, 0xBB, 0x300D, 0x300F: kind = .mark; side = .close
        case 0x60:
          if i + 1 < end && text[i + 1] == "`" {
            kind = .mark
            side = .open
            length = 2
          }
        case 0x27:
          if i + 2 < end && text[i + 1] == "'" && text[i + 2] == "'" {
            // A single closing mark, then the double one.
          } else if i + 1 < end && text[i + 1] == "'" {
            kind = .mark
            side = .either
            length = 2
          }
        default: break
        }
        let tokenEnd = i + length
        let stored = tokens.append(
          QuoteToken(
            start: i, end: tokenEnd, kind: kind, side: side, isCapitalized: false, paragraph: p,
            hash: WordHash(value: UInt64(s.value)), spaceBefore: spaceBefore,
            spaceAfter: tokenEnd >= end || isSpace(text[tokenEnd])))
        guard stored else { return false }
        spaceBefore = false
        i = tokenEnd
      }
      if end > lineStart { p += 1 }
    }
    return true
  }

  /// The tokens of the plain run at `start`: ASCII words (letters and digits) and ASCII
  /// punctuation that is no quotation mark, apart or between single spaces, each token exactly
  /// as the general loop of ``tokenize(_:fold:paragraphs:into:)`` makes it. Returns where the run
  /// stops: before a code point it does not take (a line break or other white space, a non-ASCII
  /// code point, a mark), before a word that goes on past its letters (`don't`, `U.S.`,
  /// `well-known`, `café`), or when `tokens` is full; `start` when it took nothing.
  ///
  /// News text is mostly such runs: one comparison a space, about eight instructions a letter
  /// and one store a token, where the general loop spends about a hundred instructions a word.
  @inline(never)
  static func plainRun(
    _ text: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, end: Int, fold: UnsafeBufferPointer<UInt8>,
    paragraph: Int, spaceBefore: inout Bool, into tokens: inout TokenSink
  ) -> Int {
    var i = start
    var before = spaceBefore
    while i < end && tokens.count < tokens.buffer.count {
      let v = text[i].value
      if v == 0x20 {
        before = true
        i += 1
        continue
      }
      guard v < 0x80 else { break }
      let f = fold[Int(v)]
      if f == 0 {
        // Punctuation of one code point; white space, `"`, `'` and `` ` `` are the general loop's.
        guard v > 0x20 && v != 0x22 && v != 0x27 && v != 0x60 && v != 0x7F else { break }
        let after = i + 1 >= end || isSpace(text[i + 1])
        _ = tokens.append(
          QuoteToken(
            start: i, end: i + 1, kind: .punct, side: .either, isCapitalized: false, paragraph: paragraph,
            hash: WordHash(value: UInt64(v)), spaceBefore: before, spaceAfter: after))
        before = false
        i += 1
        continue
      }
      let wordStart = i
      var h = (WordHash.seed ^ UInt64(f)) &* WordHash.prime
      i = foldLetters(text, from: i + 1, end: end, fold: fold, hash: &h)
      var after = true
      if i < end {
        let c = text[i].value
        // A non-ASCII code point may go on with the word; an inner mark does before a word
        // character (the general loop decides both).
        if c >= 0x80
          || ((c == 0x27 || c == 0x2D || c == 0x2E || c == 0x26) && i + 1 < end
            && (text[i + 1].value >= 0x80 || fold[Int(text[i + 1].value)] != 0))
        {
          i = wordStart
          break
        }
        after = c == 0x20 || (c >= 0x09 && c <= 0x0D)
      }
      _ = tokens.append(
        QuoteToken(
          start: wordStart, end: i, kind: .word, side: .either, isCapitalized: v >= 0x41 && v <= 0x5A,
          paragraph: paragraph, hash: WordHash(value: h), spaceBefore: before, spaceAfter: after))
      before = false
    }
    spaceBefore = before
    return i
  }

  /// Where the run of ASCII letters and digits starting at `start` ends, with the run folded into
  /// `hash` (one table read folds and classifies a code point).
  ///
  /// A function of its own so that its loop keeps everything in registers (10 instructions a
  /// letter); inlined into ``tokenize(_:fold:paragraphs:into:)``, its values spilled to the stack.
  @inline(never)
  private static func asciiWordEnd(
    _ text: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, end: Int, fold: UnsafeBufferPointer<UInt8>,
    hash: inout UInt64
  ) -> Int {
    foldLetters(text, from: start, end: end, fold: fold, hash: &hash)
  }

  /// The loop of ``asciiWordEnd(_:from:end:fold:hash:)``, inlined into ``plainRun`` (whose few
  /// values stay in registers).
  @inline(__always)
  private static func foldLetters(
    _ text: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, end: Int, fold: UnsafeBufferPointer<UInt8>,
    hash: inout UInt64
  ) -> Int {
    var h = hash
    var i = start
    while i < end {
      let v = text[i].value
      guard v < 0x80 else { break }
      let f = fold[Int(v)]
      guard f != 0 else { break }
      h = (h ^ UInt64(f)) &* WordHash.prime
      i += 1
    }
    hash = h
    return i
  }

  @inline(__always)
  static func isSpace(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
    return v == 0xA0 || v == 0x2028 || v == 0x2029 || (v >= 0x2000 && v <= 0x200F) || v == 0x3000
      || (v >= 0x202A && v <= 0x202E) || (v >= 0x2060 && v <= 0x2069)
      || v == 0x202F || v == 0x205F || v == 0xFEFF
  }

  @inline(__always)
  static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 0x80 {
      return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
    }
    if v >= 0x2000 && v <= 0x2BFF { return false }
    if v >= 0x3000 && v <= 0x303F { return false }
    return s.properties.isAlphabetic || s.properties.numericType != nil
  }

  @inline(__always)
  static func isUpper(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 0x80 { return v >= 0x41 && v <= 0x5A }
    return s.properties.isUppercase
  }
}
