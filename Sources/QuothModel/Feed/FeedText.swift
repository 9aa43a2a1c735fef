import CLibXML2

/// Feed text made plain: markup dropped, entities decoded, whitespace collapsed, and control
/// characters (which no title or name needs) removed.
enum FeedText {
  /// `text` with runs of whitespace made one space, trimmed, and C0 and C1 controls and DEL
  /// removed. A no-break space is kept: it is a character, not layout.
  static func collapsed(_ text: some StringProtocol) -> String {
    var result = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x09...0x0D, 0x20, 0x85, 0x2028, 0x2029:
        pendingSpace = !result.isEmpty
      case 0x00..<0x20, 0x7F...0x9F:
        continue
      default:
        if pendingSpace { result.append(" ") }
        pendingSpace = false
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// Whether `text` reads as HTML rather than plain text: it holds a tag (`<b>`, `</p>`, `<br/>`)
  /// or a character reference (`&amp;`, `&#8217;`).
  static func looksLikeHTML(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    for (index, scalar) in scalars.enumerated() where index + 1 < scalars.count {
      let next = scalars[index + 1]
      if scalar == "<", next.properties.isAlphabetic || next == "/" || next == "!" { return true }
      if scalar == "&",
        HTMLEntities.decode(scalars, at: index) != nil || namedEntity(scalars, at: index) != nil
      {
        return true
      }
    }
    return false
  }

  /// The text of an HTML fragment: tags and comments dropped (with what `<script>` and `<style>`
  /// hold), a space where a block element starts or ends, entities decoded, whitespace collapsed.
  ///
  /// - Complexity: O(n).
  static func fromHTML(_ html: String) -> String {
    guard html.contains(where: { $0 == "<" || $0 == "&" }) else { return collapsed(html) }
    let scalars = Array(html.unicodeScalars)
    var result = String.UnicodeScalarView()
    result.reserveCapacity(scalars.count)
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "&" {
        if let (decoded, end) = HTMLEntities.decode(scalars, at: index) ?? namedEntity(scalars, at: index) {
          result.append(contentsOf: decoded)
          index = end
        } else {
          result.append(scalar)
          index += 1
        }
        continue
      }
      guard scalar == "<", index + 1 < scalars.count else {
        result.append(scalar)
        index += 1
        continue
      }
      let next = scalars[index + 1]
      if starts(scalars, at: index, with: "<!--") {
        index = find(scalars, "-->", from: index + 4).map { $0 + 3 } ?? scalars.count
      } else if starts(scalars, at: index, with: "<![CDATA[") {
        let end = find(scalars, "]]>", from: index + 9) ?? scalars.count
        result.append(contentsOf: scalars[(index + 9)..<end])
        index = min(end + 3, scalars.count)
      } else if next.properties.isAlphabetic || next == "/" || next == "!" || next == "?" {
        let (name, end) = tag(scalars, at: index)
        index = end
        if next != "/", name == "script" || name == "style" {
          index = find(scalars, "</\(name)", from: index, ignoringCase: true) ?? scalars.count
        }
        if blockNames.contains(name) { result.append(" ") }
      } else {
        result.append(scalar)
        index += 1
      }
    }
    return collapsed(String(result))
  }

  /// Reads `&name;` with the full HTML 4 table libxml2 holds (``HTMLEntities`` knows the common few).
  static func namedEntity(_ scalars: [Unicode.Scalar], at start: Int) -> (
    scalars: [Unicode.Scalar], end: Int
  )? {
    var index = start + 1
    var name = ""
    while index < scalars.count, index - start <= 10, scalars[index].isASCII,
      scalars[index].properties.isAlphabetic || HTMLEntities.isDigit(scalars[index])
    {
      name.unicodeScalars.append(scalars[index])
      index += 1
    }
    guard !name.isEmpty, index < scalars.count, scalars[index] == ";", let entity = htmlEntityLookup(name),
      let scalar = Unicode.Scalar(entity.pointee.value)
    else { return nil }
    return ([scalar], index + 1)
  }

  /// The lowercased name of the tag at `scalars[start]` (`/p` gives `p`) and the index past its `>`.
  private static func tag(_ scalars: [Unicode.Scalar], at start: Int) -> (name: String, end: Int) {
    var index = start + 1
    if scalars[index] == "/" { index += 1 }
    var name = String.UnicodeScalarView()
    while index < scalars.count,
      scalars[index].properties.isAlphabetic || HTMLEntities.isDigit(scalars[index])
    {
      name.append(contentsOf: scalars[index].properties.lowercaseMapping.unicodeScalars)
      index += 1
    }
    var quote: Unicode.Scalar?
    while index < scalars.count {
      let scalar = scalars[index]
      index += 1
      if let open = quote {
        if scalar == open { quote = nil }
      } else if scalar == "\"" || scalar == "'" {
        quote = scalar
      } else if scalar == ">" {
        break
      }
    }
    return (String(name), index)
  }

  private static let blockNames: Set<String> = [
    "p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "blockquote",
    "pre", "hr", "table", "section", "article", "header", "footer", "dd", "dt", "figure", "figcaption",
  ]

  private static func starts(_ scalars: [Unicode.Scalar], at index: Int, with literal: String) -> Bool {
    let pattern = Array(literal.unicodeScalars)
    guard index + pattern.count <= scalars.count else { return false }
    return scalars[index..<index + pattern.count].elementsEqual(pattern)
  }

  private static func find(
    _ scalars: [Unicode.Scalar], _ literal: String, from start: Int, ignoringCase: Bool = false
  )
    -> Int?
  {
    let pattern = Array(literal.unicodeScalars)
    guard let first = pattern.first else { return nil }
    var index = start
    while index + pattern.count <= scalars.count {
      if scalars[index] == first,
        zip(scalars[index..<index + pattern.count], pattern).allSatisfy({
          $0 == $1 || (ignoringCase && $0.properties.lowercaseMapping == String($1))
        })
      {
        return index
      }
      index += 1
    }
    return nil
  }

  /// An author's name from an RSS `author` or `dc:creator` value: `jo@x.com (Jo Smith)` and
  /// `Jo Smith <jo@x.com>` give `Jo Smith`; a bare e-mail address gives `nil`.
  static func authorName(_ raw: String) -> String? {
    var text = collapsed(raw)
    if let open = text.lastIndex(of: "("), let close = text.lastIndex(of: ")"), open < close {
      let inner = collapsed(text[text.index(after: open)..<close])
      let outer = collapsed(text[..<open] + text[text.index(after: close)...])
      if isEmail(outer) || outer.isEmpty { text = inner } else if isEmail(inner) { text = outer }
    }
    if let open = text.firstIndex(of: "<"), let close = text.lastIndex(of: ">"), open < close {
      text = collapsed(text[..<open] + text[text.index(after: close)...])
    }
    text = text.trimmingPrefix("mailto:").description
    if isEmail(text) { return nil }
    let name = collapsed(text.split(separator: " ").filter { !isEmail($0) }.joined(separator: " "))
    return name.isEmpty ? nil : name
  }

  /// Whether `text` is one e-mail address (optionally `mailto:`).
  static func isEmail(_ text: some StringProtocol) -> Bool {
    let value = Substring(text).trimmingPrefix("mailto:")
    guard let at = value.firstIndex(of: "@"), at != value.startIndex else { return false }
    let domain = value[value.index(after: at)...]
    return !domain.isEmpty && !value.contains(" ") && !domain.contains("@")
  }
}
