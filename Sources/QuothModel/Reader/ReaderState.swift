/// The whole state of the interactive reader, as a value.
///
/// ``reduce(_:)`` is the only way it changes from outside the model (every field is read-only
/// there); it returns ``Effect``s for the run loop to carry out.
/// Scroll offsets, selections, the prompt and messages all live here, so the view is a pure
/// function of this value.
public struct ReaderState: Sendable {
  /// Which screen is showing.
  public enum Screen: Hashable, Sendable {
    /// The library list.
    case library
    /// An open article.
    case article
  }

  /// A line being typed at the bottom of the screen.
  public struct Prompt: Hashable, Sendable {
    /// What the typed text is for.
    public enum Purpose: Hashable, Sendable {
      /// A search in the article or library, forward or backward.
      case search(forward: Bool)
      /// A filter on the speakers list, applied as it is typed.
      case filter
      /// The file to export the article's quotes to.
      case exportPath
    }
    /// What the typed text is for.
    public var purpose: Purpose
    /// What has been typed.
    public var text: String
    /// The speaker the export covers, when one is chosen (`export Nora Quinn's quotes to: `).
    public var speaker: String? = nil

    /// Whether a search goes forward (a filter counts as forward).
    public var forward: Bool {
      if case .search(let forward) = purpose { return forward }
      return true
    }

    /// The text shown before what is typed.
    public var lead: String {
      switch purpose {
      case .search(let forward): return forward ? "/" : "?"
      case .filter: return "filter: "
      case .exportPath: return speaker.map { "export \($0)'s quotes to: " } ?? "export quotes to: "
      }
    }
  }

  /// A search that has been run.
  public struct Search: Hashable, Sendable {
    /// What it looks for.
    public var pattern: SearchPattern
    /// Whether `n` goes forward.
    public var forward: Bool
  }

  /// The smallest window the reader draws in; below it a one-line notice shows.
  public static let minimumSize = (columns: 20, rows: 6)

  /// The window's columns.
  public internal(set) var columns: Int
  /// The window's rows.
  public internal(set) var rows: Int
  /// The widest the text column gets (`--measure`).
  public internal(set) var measure: Int
  /// The articles in the library, newest first.
  public internal(set) var entries: [LibraryEntry]
  /// Whether the reader has a library to go back to.
  public internal(set) var hasLibrary: Bool
  /// Whether the library is the user's feeds: unread items are marked and `R` fetches again.
  public internal(set) var isFeedLibrary = false
  /// The articles read in this library (this run and earlier ones), for the unread marks.
  public internal(set) var readArticles: Set<ArticleRef> = []
  /// The feeds of a feed library, in the feed list's order, each with its items newest first;
  /// ``entries`` then holds their items in this order, and the rows are ``libraryRow(_:)``.
  public internal(set) var feedGroups: [FeedGroup] = []
  /// The feeds (by address) whose items are hidden under their heading.
  public internal(set) var foldedFeeds: Set<String> = []
  /// The items the reader's updates (`R`, or the first fetch) brought that no update had seen.
  public internal(set) var newArticles: Set<ArticleRef> = []
  /// While the feeds are being updated in the background: how many have ended, of how many.
  public internal(set) var feedProgress: FeedProgress?
  /// The rows of a feed library: headings and the items of unfolded feeds.
  public internal(set) var feedRows: [LibraryRow] = []
  /// The selected row of the library.
  public internal(set) var selection = 0
  /// The first library row on screen.
  public internal(set) var libraryTop = 0
  /// Which screen is showing.
  public internal(set) var screen: Screen
  /// The open article, if any.
  public internal(set) var document: Document?
  /// Whether the help overlay is open, and its scroll.
  public internal(set) var helpTop: Int?
  /// The prompt being typed, if any.
  public internal(set) var prompt: Prompt?
  /// The last search.
  public internal(set) var lastSearch: Search?
  /// Digits typed before a command.
  public internal(set) var pendingCount: Int?
  /// A message for the status bar, cleared by the next key.
  public internal(set) var message: String?
  /// Whether the message reports a problem.
  public internal(set) var messageIsError = false
  /// The article being loaded, if any.
  public internal(set) var loading: ArticleRef?
  /// Why the reader quit on its own: the only article there was could not be loaded. The
  /// command prints it once the terminal is restored.
  public internal(set) var closingError: String?
  /// The key table.
  public internal(set) var keymap: Keymap
  /// Whether the docked sidebar (wide windows) has been hidden with `s`.
  public internal(set) var sidebarHidden = false
  /// Whether the sidebar overlay (narrow windows) is open.
  public internal(set) var sidebarOverlayOpen = false
  /// Whether the sidebar has the keyboard focus.
  public internal(set) var sidebarFocused = false
  /// The selected speaker row in the sidebar.
  public internal(set) var sidebarSelection = 0
  /// The quotes view (`v`): its selected row and first row on screen, when open.
  public internal(set) var quoteList: ListCursor?
  /// Quote counts and top speakers of library articles, filled in by background extraction.
  public internal(set) var summaries: [ArticleRef: QuoteSummary] = [:]
  /// Whether a library index answers speaker and search queries, and how far it is built.
  public internal(set) var index: IndexStatus = .unavailable
  /// The speakers view of the library (`S`), when open.
  public internal(set) var speakersPanel: SpeakersPanel?
  /// A speaker's quotes across the library, or library search results, when open.
  public internal(set) var resultsPanel: ResultsPanel?
  /// A text offset to bring into view (and the quote there to make current) once the article
  /// being loaded opens.
  public internal(set) var pendingFocus: Int?
  /// The themes `t` cycles through, and the one in use.
  public internal(set) var themes = ThemeCycle()
  /// While the library's rows are read in the background: how many, from the top, have been
  /// (the rest show their file names); `nil` once every row is read.
  public internal(set) var rowsRead: Int?
  /// Rows found unreadable while the library was read; they leave it when reading ends.
  var unreadableRows: [Int] = []
  /// Whether the library's cursor is on an article chosen for itself (opened, found by a search,
  /// or restored from the last run) rather than moved to by rows; when the rows read in the
  /// background take library order, a pinned cursor follows its article.
  var selectionPinned = false
  /// Keys pressed while an article loads, applied once it has opened (or failed), as a terminal's
  /// type-ahead would be.
  var typeahead: [Key] = []
  /// The folder `e` offers to export quotes to.
  public internal(set) var exportFolder = "."
  /// A library search that found nothing among the rows read so far: it runs again once every
  /// row is read.
  var pendingLibrarySearch: Search?
  /// The articles a library search through the index found, best first: library `n` and `N`
  /// step through them.
  var libraryHits: [ArticleRef] = []
  /// A library query whose matches to mark in the article being opened from its results.
  var pendingQuery: String?
  /// Whether `:` was typed and the next key completes a `:` command (`:n`, `:p`).
  var pendingColon = false
  /// Whether a library index gives the quote counts (else they are found file by file).
  var libraryIndexed = false

  /// Creates the state for a library of `entries`; with `hasLibrary` false the reader shows one
  /// article and quits when it is closed. With `rowsPending`, `entries` are placeholders in file
  /// order that ``Action/rowsRead(start:_:)`` fills in.
  public init(
    entries: [LibraryEntry], hasLibrary: Bool = true, columns: Int = 80, rows: Int = 24, measure: Int = 80,
    keymap: Keymap = .standard, rowsPending: Bool = false
  ) {
    self.entries = entries
    self.rowsRead = rowsPending ? 0 : nil
    self.hasLibrary = hasLibrary
    self.columns = columns
    self.rows = rows
    self.measure = measure
    self.keymap = keymap
    self.screen = .library
  }

  /// Whether the window is too small to draw anything but a notice.
  public var isTooSmall: Bool { columns < Self.minimumSize.columns || rows < Self.minimumSize.rows }

  /// The rows of the article or library pane (the window less the status bar).
  public var paneRows: Int { max(1, rows - 1) }

  /// The narrowest window that docks the sidebar beside the article.
  public static let dockingColumns = 100

  /// Whether the speaker sidebar is docked at the right of the article.
  public var sidebarDocked: Bool {
    screen == .article && quoteList == nil && columns >= Self.dockingColumns && !sidebarHidden
  }

  /// Whether the speaker sidebar shows over the article (narrow windows).
  public var sidebarOverlay: Bool {
    screen == .article && quoteList == nil && columns < Self.dockingColumns && sidebarOverlayOpen
  }

  /// The docked sidebar's width in columns.
  public var sidebarWidth: Int { min(44, max(30, columns / 3)) }

  /// The columns of the article pane.
  public var articleColumns: Int { sidebarDocked ? columns - sidebarWidth - 1 : columns }

  /// The width articles are wrapped to in the current window.
  public var layoutWidth: Int { max(1, min(measure, articleColumns - 2)) }

  /// The pane the keys apply to.
  public var pane: Pane {
    if screen == .library {
      return resultsPanel != nil ? .results : speakersPanel != nil ? .speakers : .library
    }
    if quoteList != nil { return .quotes }
    if sidebarFocused && (sidebarDocked || sidebarOverlay) { return .sidebar }
    return .article
  }
}
