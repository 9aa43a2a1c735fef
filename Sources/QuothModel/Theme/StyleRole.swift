/// What a piece of the screen is, independent of how a theme paints it.
public enum StyleRole: String, Hashable, Sendable, CaseIterable, Codable {
  /// Body text.
  case body
  /// The headline.
  case title
  /// The dateline and byline.
  case byline
  /// A photo caption and its credit.
  case caption
  /// The deck under the headline.
  case deck
  /// A heading inside the body.
  case heading
  /// A search match.
  case searchMatch
  /// The current search match.
  case currentMatch
  /// The status bar.
  case statusBar
  /// A problem reported in the status bar.
  case statusError
  /// The prompt being typed.
  case prompt
  /// A library row.
  case listRow
  /// Secondary text in a library row (date, source).
  case listDetail
  /// The selected library row, or the focused row of a list.
  case focus
  /// The help overlay and other boxes.
  case overlay
  /// A key name in the help overlay.
  case overlayKey
  /// Box and pane borders.
  case border
  /// The speaker sidebar.
  case sidebar
  /// The quote the reader is on.
  case currentQuote
  /// A direct quote.
  case directQuote
  /// A mixed quote.
  case mixedQuote
  /// Indirect (reported) speech.
  case indirectQuote
  /// A reporting verb or phrase.
  case cue
  /// A mention of the speaker.
  case mention
}
