/// What an article search looks for: text as typed (smart case, white space matching any run of
/// white space), a regular expression (typed with a leading `~`), or the terms of a library
/// search (each word or `"quoted phrase"`, a trailing `*` allowed), so that an article opened
/// from the library's results shows the same hits.
public enum SearchPattern: Hashable, Sendable {
  /// Plain text, found with ``TextMatcher``.
  case text(String)
  /// A regular expression (Swift `Regex` syntax); case-insensitive unless it has a capital.
  case regex(String)
  /// A library query's terms, any of which is a match.
  case query(String)

  /// The pattern for what was typed after `/`: a leading `~` makes the rest a regular expression.
  public init(typed: String) {
    if typed.hasPrefix("~"), typed.count > 1 {
      self = .regex(String(typed.dropFirst()))
    } else {
      self = .text(typed)
    }
  }

  /// The pattern as the reader shows it.
  public var label: String {
    switch self {
    case .text(let text): return text
    case .regex(let expression): return "~" + expression
    case .query(let query): return query
    }
  }

  /// The terms of a library query: quoted phrases whole, other words alone, without the `*` of
  /// a prefix and without the operators `AND`, `OR`, `NOT`.
  static func terms(of query: String) -> [String] {
    var terms: [String] = []
    var rest = Substring(query)
    while let quote = rest.firstIndex(of: "\"") {
      terms += words(rest[..<quote])
      let after = rest[rest.index(after: quote)...]
      guard let close = after.firstIndex(of: "\"") else {
        rest = after
        break
      }
      let phrase = after[..<close].split(whereSeparator: \.isWhitespace).joined(separator: " ")
      if !phrase.isEmpty { terms.append(phrase) }
      rest = after[after.index(after: close)...]
    }
    return terms + words(rest)
  }

  private static func words(_ text: Substring) -> [String] {
    text.split(whereSeparator: \.isWhitespace).map { $0.trimmingSuffix("*") }.filter {
      !$0.isEmpty && !["AND", "OR", "NOT"].contains($0)
    }
  }

  /// The matches in `text` inside `spans`, in text order and not overlapping.
  ///
  /// - Throws: ``SearchPatternError`` for a regular expression that does not compile.
  public func matches(in text: [Unicode.Scalar], within spans: [TextSpan]) throws(SearchPatternError)
    -> [TextSpan]
  {
    switch self {
    case .text(let pattern):
      return TextMatcher(pattern: pattern).matches(in: text, within: spans)
    case .query(let query):
      let found = Self.terms(of: query).flatMap { TextMatcher(pattern: $0).matches(in: text, within: spans) }
      var result: [TextSpan] = []
      for span in found.sorted(by: { ($0.start, -$0.end) < ($1.start, -$1.end) }) {
        if let last = result.last, span.start < last.end { continue }
        result.append(span)
      }
      return result
    case .regex(let expression):
      return try Self.regexMatches(expression, in: text, within: spans)
    }
  }

  private static func regexMatches(_ expression: String, in text: [Unicode.Scalar], within spans: [TextSpan])
    throws(SearchPatternError) -> [TextSpan]
  {
    let regex: Regex<AnyRegexOutput>
    do {
      regex = try Regex(expression)
    } catch {
      throw .invalidExpression(expression, reason: "\(error)")
    }
    let smartCase = expression.unicodeScalars.contains { $0.properties.isUppercase }
    let search = smartCase ? regex : regex.ignoresCase()
    var result: [TextSpan] = []
    for span in spans where span.start < span.end {
      var scalars = String.UnicodeScalarView()
      scalars.append(contentsOf: text[span.start..<span.end])
      let block = String(scalars)
      // Offsets advance through the block once, however many matches it has.
      var index = block.unicodeScalars.startIndex
      var offset = span.start
      for match in block.matches(of: search) where match.range.lowerBound < match.range.upperBound {
        offset += block.unicodeScalars.distance(from: index, to: match.range.lowerBound)
        let length = block.unicodeScalars.distance(from: match.range.lowerBound, to: match.range.upperBound)
        result.append(TextSpan(start: offset, end: offset + length))
        index = match.range.lowerBound
      }
    }
    return result
  }
}

/// Why a search pattern cannot be used.
public enum SearchPatternError: Error, Equatable, CustomStringConvertible {
  /// A regular expression that does not compile; `reason` is the parser's.
  case invalidExpression(String, reason: String)

  public var description: String {
    switch self {
    case .invalidExpression(let expression, let reason):
      return "Not a regular expression: ~\(expression) (\(reason))"
    }
  }
}

extension Substring {
  fileprivate func trimmingSuffix(_ character: Character) -> String {
    var text = self
    while text.last == character { text.removeLast() }
    return String(text)
  }
}
