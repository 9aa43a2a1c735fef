/// Work the reducer asks the run loop to do: data, so that every key can be tested without a terminal.
///
/// Effects that read files, parse or query the index are carried out on background threads and
/// answered with an ``Action`` through the run loop's inbox, so no key ever waits for them.
public enum Effect: Equatable, Sendable {
  /// Read and parse this article through the reader's article source (and find its quotes, unless it is large), then send
  /// ``Action/loaded(_:analysis:savedOffset:)`` with the position saved for it, or
  /// ``Action/loadFailed(_:)``.
  case load(ArticleRef)
  /// Find the quotes of this open article, then send ``Action/analyzed(_:_:)``.
  case analyze(Article)
  /// Read the library's rows behind the list, sending ``Action/rowsRead(start:_:)`` for each batch
  /// and then ``Action/rowsDone``.
  case readRows
  /// Bring the library index up to date, sending ``Action/indexProgress(done:total:)``, the quote
  /// counts it holds as ``Action/summaries(_:)``, then ``Action/indexReady(problems:)`` or
  /// ``Action/indexFailed(_:)``.
  case updateIndex
  /// Find the quote counts of these library articles, sending ``Action/summary(_:_:)`` for each
  /// (in a feed library, the items read before, from their cached pages: never the network).
  case summarize([ArticleRef])
  /// Remember that the reader left this article with `offset` at the top of the screen, and that
  /// it is the library's last article.
  case savePosition(ArticleRef, offset: Int)
  /// Ask the library index for the merged speakers.
  case querySpeakers
  /// Ask the library index for a speaker's quotes.
  case querySpeakerQuotes(MergedSpeaker)
  /// Search the library index.
  case searchLibrary(String)
  /// Repaint the whole screen from scratch.
  case redraw
  /// Leave the run loop and restore the terminal.
  case quit
  /// Put this text on the clipboard (OSC 52, which reaches the user's own machine over SSH).
  case copy(String)
  /// Write this Markdown to the file at `path` (`~/` is the home folder), or beside it as
  /// `NAME-2.md` and so on when it exists: never overwriting.
  case export(markdown: String, path: String)
  /// Paint with the theme of this name from now on.
  case setTheme(String)
  /// Update every feed of the feed list as `quoth update` does (the same items count as new),
  /// posting ``Action/feedsProgress(done:total:)`` as feeds end and then
  /// ``Action/feedsRefreshed(_:newItems:report:failed:)``.
  case refreshFeeds
}
