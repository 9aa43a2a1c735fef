/// The pattern or model that produced a quote, recorded on every ``Quote`` so that a reader (or a
/// researcher) can tell a quote from `"…," she said` apart from one guessed from `X criticized …`.
public enum QuoteRule: String, Hashable, Sendable, Codable, CaseIterable {
  /// A sentence that is only a quotation, with no cue of its own (`"We won."`).
  case bareQuote = "bare-quote"
  /// A quotation taking the speaker of the colon cue before it (`Ada said: "We won."`).
  case colonCue = "colon-cue"
  /// A quotation paragraph that goes on with the speaker of the quotation before it.
  case continuation
  /// `according to the ministry, …`.
  case accordingTo = "according-to"
  /// `"…," she said`, `…, Ada added.`
  case cueAfter = "cue-after"
  /// `"…" ― Ada Lovelace`.
  case dashCredit = "dash-credit"
  /// `ADA: …` in a transcript.
  case speakerLabel = "speaker-label"
  /// `Said Ada: "…"`.
  case invertedCue = "inverted-cue"
  /// `Ada said that …`, `Ada said: "…"`.
  case cueFirst = "cue-first"
  /// `Ada tweeted, saying that …`.
  case participle
  /// `Ada called it "a disgrace"`: any verb before a quotation.
  case anyVerbQuote = "any-verb-quote"
  /// `The report shows that …`: any verb before `that`.
  case anyVerbThat = "any-verb-that"
  /// `Ada urged voters to …`.
  case toComplement = "to-complement"
  /// `The poll shows …`.
  case evidence
  /// `Ada criticized the plan`.
  case objectVerb = "object-verb"
  /// `The plan seemed to …`, with no stated source.
  case seeming
  /// `Asked whether …, Ada said …`.
  case askedIntro = "asked-intro"
  /// `In a new poll, Ada leads by nine points`: a poll or survey named after `in`.
  case inPoll = "in-poll"
  /// A quotation no pattern claimed (`The slogan was "Yes we can."`), kept only when the model
  /// judges it a quote; its speaker is the sentence's subject, if any.
  case uncued
}

extension QuoteRule {
  /// Whether the rule finds sentences that are a quotation and nothing else, which the quote
  /// model never drops (``QuoteModel``).
  public var isWholeSentence: Bool { self == .bareQuote || self == .continuation }
}
