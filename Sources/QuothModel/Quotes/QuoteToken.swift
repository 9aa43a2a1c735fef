/// One token of an article body as the quote extractor sees it: a word, a punctuation mark or a
/// quotation mark, with its code point span.
struct QuoteToken: Sendable {
  /// What a token is.
  enum Kind: UInt8, Sendable {
    /// Letters and digits, with inner apostrophes, hyphens and abbreviation stops.
    case word
    /// Any other visible scalar that is not a quotation mark.
    case punct
    /// A double quotation mark (`"`, `“`, `”`, `„`, `«`, `»`, `「`, `」`, ` `` `, `''`).
    case mark
  }

  /// How a quotation mark may be used.
  enum Side: UInt8, Sendable {
    /// Only opens (`“` `„` `«` `「` ` `` `).
    case open
    /// Only closes (`”` `»` `」` `''`).
    case close
    /// Either, decided by its neighbours (`"`).
    case either
  }

  /// The first code point.
  var start: Int
  /// One past the last code point.
  var end: Int
  /// What the token is.
  var kind: Kind
  /// For a mark, how it may be used.
  var side: Side
  /// Whether the token starts with an upper-case letter.
  var isCapitalized: Bool
  /// The index of the paragraph (in ``Article/paragraphs``) holding the token.
  var paragraph: Int
  /// The lower-cased word's hash; for punctuation, the scalar value.
  var hash: WordHash
  /// Whether white space (or the paragraph start) comes right before the token.
  var spaceBefore: Bool
  /// Whether white space (or the paragraph end) comes right after the token.
  var spaceAfter: Bool
}
