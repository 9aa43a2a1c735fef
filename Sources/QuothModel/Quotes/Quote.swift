/// One attribution found in an article: what was said, the cue that reports it, and who said it.
public struct Quote: Hashable, Sendable {
  /// How the words are reported.
  public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
    /// The content is inside quotation marks.
    case direct
    /// Reported speech that carries a quoted fragment; the content is the whole reported clause.
    case mixed
    /// Reported speech without quotation marks.
    case indirect
  }

  /// How the words are reported.
  public var kind: Kind
  /// The content, from its first to its last code point (for a quote split by its attribution,
  /// from the first part's start to the last part's end), in ``Article/text`` offsets.
  public var span: TextSpan
  /// The content's pieces when the quote is interrupted (`"…," he said, "…"`); a single piece
  /// equal to ``span`` otherwise.
  public var parts: [TextSpan]
  /// The reporting verb or phrase ("said", "told reporters", "according to"), when found.
  public var cue: TextSpan?
  /// The words that name the speaker here ("he", "the president", "Xi"), when found.
  public var mention: TextSpan?
  /// The index of the speaker in ``QuoteAnalysis/speakers``, or `nil` when unknown.
  public var speaker: Int?
  /// The pattern that found the quote, or `nil` for quotes made by hand (tests, markup).
  public var rule: QuoteRule?
  /// How likely the attribution is right, from 0 to 1, as the attributor's model judges it.
  public var confidence: Double

  /// Creates a quote.
  public init(
    kind: Kind, span: TextSpan, parts: [TextSpan]? = nil, cue: TextSpan? = nil,
    mention: TextSpan? = nil, speaker: Int? = nil, rule: QuoteRule? = nil, confidence: Double = 1
  ) {
    self.kind = kind
    self.span = span
    self.parts = parts ?? [span]
    self.cue = cue
    self.mention = mention
    self.speaker = speaker
    self.rule = rule
    self.confidence = confidence
  }
}

/// A person or organization quoted in an article.
public struct Speaker: Hashable, Sendable {
  /// What kind of source the speaker is.
  public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
    /// A named person.
    case person
    /// An organization: a ministry, a company, a campaign.
    case organization
    /// People spoken of together: `Democrats`, `voters`, `officials`.
    case group
    /// One person the article does not name: `a spokesman`, `one aide`.
    case unnamed
    /// Words without a speaker of their own: `a statement`, `the report`, `a new poll`.
    case document
  }

  /// The name as first introduced in full ("Xi Jinping").
  public var name: String
  /// The fullest role seen ("president of ChinaEU"), when any.
  public var role: String?
  /// Person, organization, group, unnamed person or document.
  public var kind: Kind
  /// How many direct quotes the speaker has.
  public var direct: Int
  /// How many mixed quotes the speaker has.
  public var mixed: Int
  /// How many indirect quotes the speaker has.
  public var indirect: Int

  /// Creates a speaker with no quotes counted yet.
  public init(
    name: String, role: String? = nil, kind: Kind, direct: Int = 0, mixed: Int = 0, indirect: Int = 0
  ) {
    self.name = name
    self.role = role
    self.kind = kind
    self.direct = direct
    self.mixed = mixed
    self.indirect = indirect
  }

  /// All the speaker's quotes.
  public var total: Int { direct + mixed + indirect }
}

/// The quotes and speakers of one article.
public struct QuoteAnalysis: Hashable, Sendable {
  /// The quotes in text order.
  public var quotes: [Quote]
  /// The speakers in order of first appearance.
  public var speakers: [Speaker]

  /// Creates an analysis.
  public init(quotes: [Quote] = [], speakers: [Speaker] = []) {
    self.quotes = quotes
    self.speakers = speakers
  }
}
