/// An input to ``ReaderState/reduce(_:)``: a key, a command, or an event from the run loop.
public enum Action: Sendable {
  /// A key press, looked up in the ``Keymap`` (or typed into the prompt when one is open).
  case key(Key)
  /// A command, as if its key had been pressed, with an optional count.
  case command(Command, count: Int? = nil)
  /// The window is now this size.
  case resize(columns: Int, rows: Int)
  /// The reader starts: greets, and asks for the library's rows, quote counts and index
  /// (`indexed`: whether a library index answers speaker and search queries).
  case start(indexed: Bool)
  /// The themes `t` cycles through, and the one in use.
  case configureThemes(ThemeCycle)
  /// The folder `e` offers to export quotes to (`$XDG_DOCUMENTS_DIR` or the current folder).
  case configureExport(folder: String)
  /// Select the library row of this article (the last one read), if the library has it.
  case selectEntry(ArticleRef)
  /// Open this article, loading it in the background (a web page named on the command line):
  /// the screen shows "Opening …" until it arrives.
  case open(ArticleRef)
  /// An article finished loading: with its quotes when they were found with it (`nil` asks for
  /// ``Effect/analyze(_:)``), and the offset the reader last left it at, to scroll back to.
  case loaded(Article, analysis: QuoteAnalysis? = nil, savedOffset: Int? = nil)
  /// An article could not be loaded; the message names the file and the reason.
  case loadFailed(String)
  /// Something the run loop did (or failed to do) to report in the status bar.
  case notify(String, isError: Bool)
  /// The quotes of a large open article were found in the background.
  case analyzed(ArticleRef, QuoteAnalysis)
  /// The library index has indexed `done` of `total` files.
  case indexProgress(done: Int, total: Int)
  /// The library index is up to date; `problems` name files it could not read.
  case indexReady(problems: [String])
  /// The library index could not be built or opened.
  case indexFailed(String)
  /// The merged speakers of the library, for the speakers view.
  case speakersLoaded([MergedSpeaker])
  /// One speaker's quotes across the library.
  case speakerQuotesLoaded(MergedSpeaker, [IndexedQuote])
  /// The articles matching a library search.
  case searchLoaded(query: String, [SearchHit])
  /// A library query failed; the message says why.
  case queryFailed(String)
  /// Quote counts and top speakers of many library articles at once (from the index).
  case summaries([ArticleRef: QuoteSummary])
  /// Background extraction finished for an article in the library.
  case summary(ArticleRef, QuoteSummary)
  /// Library rows whose heads were read in the background: rows `start..<start + rows.count` in
  /// file order, `nil` for a file that could not be read (it leaves the list once all are read).
  case rowsRead(start: Int, [LibraryEntry?])
  /// Every library row has been read: the list takes library order, keeping the cursor's article.
  case rowsDone
  /// The library is a feed library of `groups` (in the feed list's order): items not in `read`
  /// are marked unread, and `R` updates the feeds.
  case configureFeeds([FeedGroup], read: Set<ArticleRef>)
  /// An update of the feeds in the background: `done` of `total` feeds have ended.
  case feedsProgress(done: Int, total: Int)
  /// The feeds were updated: the library's feeds are now `groups`, `newItems` were seen by no
  /// update before, and `report` sums it up as `quoth update` does (`3 feeds, 5 new items,
  /// 1 failed`).
  case feedsRefreshed([FeedGroup], newItems: Set<ArticleRef>, report: String, failed: Bool)
  /// The reader is about to close (a quit key or a signal): the position in the open article is
  /// saved.
  case shutdown
}

extension Action {
  /// Whether this is a new window size.
  var isResize: Bool {
    if case .resize = self { return true }
    return false
  }
}
