/// The line on which each key of a TOML document is written, found by scanning the source text.
///
/// TOMLKit reports lines only for syntax errors, so semantic errors (a bad colour, a wrong type)
/// find their line here. Keys are written as paths: `styles.title.fg`, `palette[2]`,
/// `palette[2].fg8`. The scanner expects text that has already parsed as TOML and is lenient
/// about anything else.
struct TOMLKeyLines {
  private var lines: [String: Int] = [:]

  /// Scans `text`.
  init(_ text: String) {
    var scanner = Scanner(characters: Array(text.unicodeScalars))
    lines = scanner.document()
  }

  /// The 1-based line of `path`, or of its nearest written ancestor; 1 when nothing matches.
  func line(of path: String) -> Int {
    var key = path
    while true {
      if let line = lines[key] { return line }
      guard let cut = key.lastIndex(where: { $0 == "." || $0 == "[" }) else { return 1 }
      key = String(key[..<cut])
    }
  }

  /// Joins a path and a key as ``line(of:)`` expects.
  static func join(_ path: String, _ key: String) -> String {
    path.isEmpty ? key : "\(path).\(key)"
  }

  private struct Scanner {
    let characters: [Unicode.Scalar]
    var position = 0
    var line = 1
    var found: [String: Int] = [:]
    var arrayTables: [String: Int] = [:]

    init(characters: [Unicode.Scalar]) { self.characters = characters }

    var current: Unicode.Scalar? { position < characters.count ? characters[position] : nil }

    mutating func advance() {
      if current == "\n" { line += 1 }
      position += 1
    }

    mutating func skipBlank(newlines: Bool) {
      while let character = current {
        if character == " " || character == "\t" || character == "\r" || (newlines && character == "\n") {
          advance()
        } else if character == "#" {
          while let next = current, next != "\n" { advance() }
        } else {
          return
        }
      }
    }

    mutating func document() -> [String: Int] {
      var table = ""
      while current != nil {
        skipBlank(newlines: true)
        guard let character = current else { break }
        let start = position
        defer { if position == start { advance() } }
        if character == "[" {
          advance()
          let isArray = current == "["
          if isArray { advance() }
          let startLine = line
          var path = key()
          if isArray {
            let index = arrayTables[path, default: -1] + 1
            arrayTables[path] = index
            path += "[\(index)]"
          }
          found[path] = found[path] ?? startLine
          table = path
          while let next = current, next != "\n" { advance() }
        } else {
          let startLine = line
          let name = key()
          let path = TOMLKeyLines.join(table, name)
          found[path] = startLine
          skipBlank(newlines: false)
          if current == "=" { advance() }
          skipBlank(newlines: false)
          value(at: path)
          while let next = current, next != "\n" { advance() }
        }
      }
      return found
    }

    /// Reads a dotted key up to `=` or `]`, and returns it with quotes removed.
    mutating func key() -> String {
      var parts: [String] = []
      var part = ""
      while let character = current, character != "=", character != "]", character != "\n" {
        if character == "\"" || character == "'" {
          part += quoted(character)
          continue
        }
        if character == "." {
          parts.append(part)
          part = ""
        } else if character != " " && character != "\t" {
          part.unicodeScalars.append(character)
        }
        advance()
      }
      parts.append(part)
      if current == "]" {
        advance()
        if current == "]" { advance() }
      }
      return parts.joined(separator: ".")
    }

    /// Reads a one-line quoted string starting at the quote, and returns its raw contents.
    mutating func quoted(_ quote: Unicode.Scalar) -> String {
      advance()
      var text = ""
      while let character = current, character != quote, character != "\n" {
        if character == "\\" && quote == "\"" {
          advance()
        }
        if let escaped = current { text.unicodeScalars.append(escaped) }
        advance()
      }
      advance()
      return text
    }

    /// Skips a value, recording the lines of array elements and inline-table keys under `path`.
    mutating func value(at path: String) {
      guard let character = current else { return }
      switch character {
      case "[":
        advance()
        var index = 0
        while true {
          skipBlank(newlines: true)
          guard let next = current else { return }
          if next == "]" {
            advance()
            return
          }
          if next == "," {
            advance()
            continue
          }
          let start = position
          let element = "\(path)[\(index)]"
          found[element] = line
          value(at: element)
          if position == start { advance() }
          index += 1
        }
      case "{":
        advance()
        while true {
          skipBlank(newlines: false)
          guard let next = current else { return }
          if next == "}" {
            advance()
            return
          }
          if next == "," {
            advance()
            continue
          }
          let start = position
          let startLine = line
          let name = TOMLKeyLines.join(path, key())
          found[name] = startLine
          skipBlank(newlines: false)
          if current == "=" { advance() }
          skipBlank(newlines: false)
          value(at: name)
          if position == start { advance() }
        }
      case "\"", "'":
        skipString(character)
      default:
        while let next = current, !",]}\n#".unicodeScalars.contains(next) { advance() }
      }
    }

    mutating func skipString(_ quote: Unicode.Scalar) {
      let triple =
        position + 2 < characters.count && characters[position + 1] == quote
        && characters[position + 2] == quote
      if !triple {
        _ = quoted(quote)
        return
      }
      for _ in 0..<3 { advance() }
      while current != nil {
        if current == "\\" && quote == "\"" {
          advance()
          advance()
          continue
        }
        if current == quote, position + 2 < characters.count, characters[position + 1] == quote,
          characters[position + 2] == quote
        {
          for _ in 0..<3 { advance() }
          while current == quote { advance() }
          return
        }
        advance()
      }
    }
  }
}
