/// A quote found by the scanner, before its speaker mention is resolved.
struct RawQuote: Sendable {
  /// How the words are reported.
  var kind: Quote.Kind
  /// The content pieces, in text order.
  var parts: [TextSpan]
  /// The cue, when found.
  var cue: TextSpan?
  /// The speaker mention, when found.
  var mention: SpeakerMention?
  /// The paragraph the quote starts in.
  var paragraph: Int
  /// The pattern that found it.
  var rule: QuoteRule
  /// For ``QuoteRule/uncued``: where the speaker mention came from (`after`, `subject`, …).
  var source: StaticString? = nil
  /// Another reading of who spoke: the subject of the sentence before the cue, when it is not
  /// ``mention`` (`In Salem, Ann Lee, whose town is Dover, argues that …`: Dover or Ann Lee).
  /// The source model chooses between the two.
  var alternative: SpeakerMention? = nil

  /// From the first part's start to the last part's end.
  var span: TextSpan { TextSpan(start: parts[0].start, end: parts[parts.count - 1].end) }
}
