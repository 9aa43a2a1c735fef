import Foundation

/// Turns what a person types into an FTS5 query that cannot be a syntax error.
///
/// Words are all required (AND); `"quoted phrases"` must appear as written; a word ending in `*`
/// matches as a prefix. Every word and phrase is passed to SQLite as a quoted string, so FTS5
/// operators and punctuation typed by the user are only ever text.
public enum SearchQuery {
  /// The FTS5 expression for `query`.
  ///
  /// - Throws: ``IndexError/emptyQuery(query:)`` when no word is left,
  ///   ``IndexError/badQuery(query:reason:)`` for an unclosed quotation mark.
  public static func expression(for query: String) throws(IndexError) -> String {
    var terms: [String] = []
    var current = ""
    var inPhrase = false
    func flush(phrase: Bool) {
      defer { current = "" }
      var text = current
      var prefix = false
      if !phrase && text.hasSuffix("*") {
        while text.hasSuffix("*") { text.removeLast() }
        prefix = true
      }
      guard
        text.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }
        )
      else { return }
      let quoted = "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
      terms.append(prefix ? quoted + " *" : quoted)
    }
    for character in query {
      if character == "\"" || character == "“" || character == "”" {
        if inPhrase {
          flush(phrase: true)
        } else {
          flush(phrase: false)
        }
        inPhrase.toggle()
      } else if !inPhrase && character.isWhitespace {
        flush(phrase: false)
      } else {
        current.append(character)
      }
    }
    if inPhrase { throw .badQuery(query: query, reason: "unclosed quotation mark") }
    flush(phrase: false)
    guard !terms.isEmpty else { throw .emptyQuery(query: query) }
    return terms.joined(separator: " AND ")
  }
}
