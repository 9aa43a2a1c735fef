/// Text measures and name patterns that ``ReadabilityExtractor`` scores nodes with.
///
/// Lengths are counted in UTF-16 code units, as a browser's script counts them, so the thresholds
/// (25 characters for a paragraph, 500 for an article) mean what they mean in Readability.js.
enum ReadabilityText {
  /// Whether `scalar` is white space as a JavaScript `\s` sees it.
  @inline(__always)
  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09...0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
      return true
    default:
      return false
    }
  }

  /// The node's text trimmed, with every run of two or more spaces made one space.
  static func innerText(_ document: HTMLDocument, _ node: HTMLNode) -> String {
    var result = String.UnicodeScalarView()
    var run: [Unicode.Scalar] = []
    document.forEachScalar(node) { scalar in
      if isSpace(scalar) {
        run.append(scalar)
        return
      }
      if !result.isEmpty, !run.isEmpty {
        if run.count >= 2 { result.append(" ") } else { result.append(run[0]) }
      }
      run.removeAll(keepingCapacity: true)
      result.append(scalar)
    }
    return String(result)
  }

  /// The UTF-16 length of a string.
  static func length(_ text: String) -> Int { text.utf16.count }

  /// Whether a string is empty once trimmed.
  static func isBlank(_ text: String) -> Bool { !text.unicodeScalars.contains { !isSpace($0) } }

  /// The string trimmed of white space at both ends.
  static func trimmed(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !isSpace($0) }),
      let last = scalars.lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(scalars[first...last])
  }

  /// The string trimmed, every run of white space made one space.
  static func collapsed(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    var pending = false
    for scalar in text.unicodeScalars {
      if isSpace(scalar) {
        pending = !result.isEmpty
        continue
      }
      if pending { result.append(" ") }
      pending = false
      result.append(scalar)
    }
    return String(result)
  }

  /// The number of commas (Latin, Arabic, CJK and other forms) in `text`.
  static func commaCount(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { count, scalar in
      switch scalar.value {
      case 0x2C, 0x60C, 0xFE50, 0xFE10, 0xFE11, 0x2E41, 0x2E34, 0x2E32, 0xFF0C: return count + 1
      default: return count
      }
    }
  }

  /// The words of `text` as JavaScript's `/\W+/` splits them: runs of ASCII letters, digits and `_`.
  static func asciiWords(_ text: String) -> [Substring] {
    text.lowercased().split { character in
      !(character.isASCII && (character.isLetter || character.isNumber || character == "_"))
    }
  }

  /// How much of `b` is also in `a`: 1 when every word of `b` is in `a`, 0 when none is.
  static func similarity(_ a: String, _ b: String) -> Double {
    let tokensA = asciiWords(a)
    let tokensB = asciiWords(b)
    guard !tokensA.isEmpty, !tokensB.isEmpty else { return 0 }
    let setA = Set(tokensA)
    let unique = tokensB.filter { !setA.contains($0) }
    let uniqueLength = unique.isEmpty ? 0 : unique.map(\.count).reduce(0, +) + unique.count - 1
    let totalLength = tokensB.map(\.count).reduce(0, +) + tokensB.count - 1
    return 1 - Double(uniqueLength) / Double(totalLength)
  }

  /// Patterns over an element's class and id, matched case-insensitively as substrings.
  struct Pattern: Sendable {
    let needles: [[UInt8]]
    /// Words that match only as a whole space-separated word (`hid`).
    let words: [[UInt8]]

    init(_ needles: [String], words: [String] = []) {
      self.needles = needles.map { Array($0.utf8) }
      self.words = words.map { Array($0.utf8) }
    }

    /// Whether `text` holds a needle, ignoring ASCII case.
    ///
    /// - Complexity: O(n·m) over UTF-8 bytes; class names are short and this runs for every node.
    func matches(_ text: String) -> Bool {
      guard !text.isEmpty else { return false }
      var bytes = Array(text.utf8)
      for index in bytes.indices where bytes[index] >= 0x41 && bytes[index] <= 0x5A { bytes[index] |= 0x20 }
      return bytes.withUnsafeBufferPointer { matches(lowercased: $0) }
    }

    /// Whether `haystack`, whose ASCII letters are already lower case, holds a needle.
    func matches(lowercased haystack: UnsafeBufferPointer<UInt8>) -> Bool {
      for needle in needles where Self.find(needle, in: haystack) { return true }
      guard !words.isEmpty else { return false }
      for word in haystack.split(separator: 0x20) where words.contains(where: { $0.elementsEqual(word) }) {
        return true
      }
      return false
    }

    private static func find(_ needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
      guard needle.count <= haystack.count, let first = needle.first else { return false }
      var start = 0
      let last = haystack.count - needle.count
      while start <= last {
        if haystack[start] == first {
          var offset = 1
          while offset < needle.count, haystack[start + offset] == needle[offset] { offset += 1 }
          if offset == needle.count { return true }
        }
        start += 1
      }
      return false
    }
  }

  static let unlikelyCandidates = Pattern([
    "-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap", "disqus",
    "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss",
    "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate",
    "pagination", "pager", "popup", "yom-remote",
    // Beyond Readability.js: consent banners and sign-up boxes, which it leaves to other rules.
    "cookie", "consent",
  ])
  static let maybeCandidate = Pattern(["and", "article", "body", "column", "content", "main", "shadow"])
  static let positive = Pattern([
    "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination", "post", "text",
    "blog", "story",
  ])
  static let negative = Pattern(
    [
      "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "footer", "footnote", "gdpr",
      "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar",
      "skyscraper", "sponsor", "shopping", "tags", "widget",
    ], words: ["hid"])
  static let byline = Pattern(["byline", "author", "dateline", "writtenby", "p-author"])
  static let videos = Pattern([
    "//www.dailymotion.com", "//dailymotion.com", "//www.youtube.com", "//youtube.com",
    "//www.youtube-nocookie.com", "//youtube-nocookie.com", "//player.vimeo.com", "//www.player.vimeo.com",
    "//v.qq.com", "//archive.org", "//upload.wikimedia.org", "//player.twitch.tv",
  ])

  /// Whether a class-and-id string names a share box: `share` or `sharedaddy` as a word or between `_`.
  static func isShareElement(_ matchString: String) -> Bool {
    let lower = matchString.lowercased()
    for token in lower.split(whereSeparator: { !($0.isLetter || $0.isNumber) || $0 == "_" })
    where token == "share" || token == "sharedaddy" {
      return true
    }
    return false
  }

  /// Whether a node's whole text is an advertising label or a loading notice.
  static func isAdOrLoading(_ text: String) -> Bool {
    let lower = text.lowercased()
    let ads: Set<String> = [
      "ad", "advertising", "advertisement", "pub", "publicité", "werb", "werbung", "广告", "реклама", "anuncio",
    ]
    if ads.contains(lower) { return true }
    for word in ["loading", "正在加载", "загрузка", "chargement", "cargando"] {
      if lower == word || lower == word + "…" || lower == word + "..." { return true }
    }
    return false
  }
}
