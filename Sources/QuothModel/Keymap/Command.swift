/// A named thing a key does. The ``Keymap`` binds keys to commands; the reducer carries them out.
public enum Command: String, Hashable, Sendable, CaseIterable {
  /// Down or up by the count (default 1) lines, or library rows.
  case lineDown, lineUp
  /// Down or up by a screen.
  case pageDown, pageUp
  /// Down or up by half a screen.
  case halfPageDown, halfPageUp
  /// To the start; with a count, to that line.
  case top
  /// To the end; with a count, to that line (`120G`).
  case bottom
  /// To the count as a percentage (`50%`).
  case percent
  /// Start typing a pattern to search forward.
  case searchForward
  /// Start typing a pattern to search backward.
  case searchBackward
  /// Repeat the last search in its direction.
  case nextMatch
  /// Repeat the last search against its direction.
  case previousMatch
  /// Open the selected article.
  case open
  /// Go back: close an overlay or the article; quit at the library.
  case back
  /// Quit from anywhere, at once.
  case quitNow
  /// Show or hide the key help.
  case help
  /// Show the file and position.
  case fileInfo
  /// Repaint the whole screen.
  case redraw
  /// To the next quote (of the restricted speaker, if any).
  case nextQuote
  /// To the previous quote (of the restricted speaker, if any).
  case previousQuote
  /// To the next quote by the current quote's speaker.
  case nextSpeakerQuote
  /// To the previous quote by the current quote's speaker.
  case previousSpeakerQuote
  /// Show or hide the speaker sidebar.
  case toggleSidebar
  /// Move the focus between the article and the sidebar.
  case switchFocus
  /// Jump to the chosen speaker's first quote and visit only their quotes.
  case chooseSpeaker
  /// Open the list of the article's quotes.
  case quoteList
  /// Return to the chosen quote in the article.
  case chooseQuote
  /// Copy the current quote with its citation to the clipboard.
  case copyQuote
  /// Export the article's quotes as Markdown.
  case exportQuotes
  /// Open the library's speakers view.
  case speakersView
  /// Change the speakers view's sort order.
  case sortSpeakers
  /// Switch to the next theme.
  case cycleTheme
  /// Go back as `back` does, but never quit (Left).
  case goBack
  /// Open the next article of the library (`:n`, as in less).
  case nextArticle
  /// Open the previous article of the library (`:p`).
  case previousArticle
  /// Fetch every feed of the feed list in the background (newsboat's `R`).
  case refreshFeeds
}
