/// Splits HTML into text runs and tags, tolerating anything a saved page may hold.
struct TagScanner {
  /// An attribute's value and the file offset where it starts.
  struct Attribute {
    var value: String
    var start: Int
  }

  /// One tag: its lower-cased name, attributes, and for raw-text elements the content's range.
  struct Tag {
    var name: String
    var isEnd: Bool
    var isSelfClosing: Bool
    var attributes: [String: Attribute]
    var start: Int
    var rawContent: Range<Int>?
  }

  /// What the scanner yields.
  enum Token {
    case text(Range<Int>)
    case tag(Tag)
  }

  let text: [Unicode.Scalar]
  var index = 0

  init(text: [Unicode.Scalar]) { self.text = text }

  /// The next token, or `nil` at the end of the text.
  mutating func next() -> Token? {
    while index < text.count {
      if text[index] == "<" {
        if let token = readMarkup() { return token }
        continue
      }
      let start = index
      while index < text.count, text[index] != "<" { index += 1 }
      // A `<` that does not start markup belongs to the text.
      return .text(start..<index)
    }
    return nil
  }

  /// Reads markup at `<`: a comment, a declaration, or a tag. Returns `nil` when it produced no
  /// token (a comment), or a text token for a stray `<`.
  private mutating func readMarkup() -> Token? {
    let start = index
    if starts(with: "<!--") {
      index = find("-->", from: index + 4).map { $0 + 3 } ?? text.count
      return nil
    }
    if index + 1 < text.count, text[index + 1] == "!" || text[index + 1] == "?" {
      index = find(">", from: index + 2).map { $0 + 1 } ?? text.count
      return nil
    }
    var cursor = index + 1
    var isEnd = false
    if cursor < text.count, text[cursor] == "/" {
      isEnd = true
      cursor += 1
    }
    guard cursor < text.count, text[cursor].properties.isAlphabetic, text[cursor].isASCII else {
      index += 1
      return .text(start..<index)
    }
    var name = ""
    while cursor < text.count, isNameScalar(text[cursor]) {
      name.unicodeScalars.append(text[cursor])
      cursor += 1
    }
    name = name.lowercased()
    var attributes: [String: Attribute] = [:]
    var selfClosing = false
    // Attributes, up to `>`; quoted values may hold `>`.
    while cursor < text.count, text[cursor] != ">" {
      let scalar = text[cursor]
      if scalar == "/" {
        selfClosing = true
        cursor += 1
        continue
      }
      if ReadingTextBuilder.isSpace(scalar) {
        cursor += 1
        continue
      }
      selfClosing = false
      var key = ""
      while cursor < text.count, !ReadingTextBuilder.isSpace(text[cursor]), text[cursor] != "=",
        text[cursor] != ">",
        text[cursor] != "/" || key.isEmpty
      {
        key.unicodeScalars.append(text[cursor])
        cursor += 1
      }
      while cursor < text.count, ReadingTextBuilder.isSpace(text[cursor]) { cursor += 1 }
      var value = ""
      var valueStart = cursor
      if cursor < text.count, text[cursor] == "=" {
        cursor += 1
        while cursor < text.count, ReadingTextBuilder.isSpace(text[cursor]) { cursor += 1 }
        if cursor < text.count, text[cursor] == "\"" || text[cursor] == "'" {
          let quote = text[cursor]
          cursor += 1
          valueStart = cursor
          while cursor < text.count, text[cursor] != quote {
            value.unicodeScalars.append(text[cursor])
            cursor += 1
          }
          cursor += 1
        } else {
          valueStart = cursor
          while cursor < text.count, !ReadingTextBuilder.isSpace(text[cursor]), text[cursor] != ">" {
            value.unicodeScalars.append(text[cursor])
            cursor += 1
          }
        }
      }
      let lowered = key.lowercased()
      if !lowered.isEmpty, attributes[lowered] == nil {
        attributes[lowered] = Attribute(value: value, start: valueStart)
      }
    }
    index = min(cursor + 1, text.count)
    var tag = Tag(
      name: name, isEnd: isEnd, isSelfClosing: selfClosing, attributes: attributes, start: start,
      rawContent: nil)
    if !isEnd, !selfClosing, HTMLParser.rawText.contains(name) {
      let contentStart = index
      let close = findEndTag(name, from: index) ?? text.count
      tag.rawContent = contentStart..<close
      index = close
      // Skip the end tag itself.
      if close < text.count { index = find(">", from: close).map { $0 + 1 } ?? text.count }
    }
    return .tag(tag)
  }

  private func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII
      && (scalar.properties.isAlphabetic || HTMLEntities.isDigit(scalar) || scalar == "-" || scalar == ":")
  }

  private func starts(with prefix: String) -> Bool {
    var cursor = index
    for scalar in prefix.unicodeScalars {
      guard cursor < text.count, text[cursor] == scalar else { return false }
      cursor += 1
    }
    return true
  }

  private func find(_ needle: String, from start: Int) -> Int? {
    let scalars = Array(needle.unicodeScalars)
    guard let first = scalars.first else { return start }
    var cursor = start
    while cursor + scalars.count <= text.count {
      if text[cursor] == first, Array(text[cursor..<(cursor + scalars.count)]) == scalars { return cursor }
      cursor += 1
    }
    return nil
  }

  /// Where `</name` starts (case-insensitive), from `start`.
  private func findEndTag(_ name: String, from start: Int) -> Int? {
    let scalars = Array(name.unicodeScalars)
    var cursor = start
    while cursor + scalars.count + 2 <= text.count {
      if text[cursor] == "<", text[cursor + 1] == "/" {
        var matches = true
        for (offset, scalar) in scalars.enumerated() {
          let candidate = text[cursor + 2 + offset]
          if candidate != scalar && String(candidate).lowercased().unicodeScalars.first != scalar {
            matches = false
            break
          }
        }
        if matches { return cursor }
      }
      cursor += 1
    }
    return nil
  }
}
