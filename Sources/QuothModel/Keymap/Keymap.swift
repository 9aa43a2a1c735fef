/// Where a binding applies.
public enum Pane: String, Hashable, Sendable, CaseIterable {
  /// The list of articles.
  case library
  /// An open article.
  case article
  /// The speaker sidebar, when it has the focus.
  case sidebar
  /// The list of an article's quotes (`v`).
  case quotes
  /// The library's speakers view (`S`).
  case speakers
  /// A speaker's quotes across the library, or library search results.
  case results
}

/// One row of the key table: a command, its default keys, its help text and where it applies.
public struct KeyBinding: Hashable, Sendable {
  /// The command the keys run.
  public var command: Command
  /// The keys, the first being the one shown first in help.
  public var keys: [Key]
  /// One line of help.
  public var help: String
  /// The panes where the keys do this.
  public var panes: Set<Pane>

  /// Creates a binding.
  public init(_ command: Command, _ keys: [Key], _ help: String, _ panes: Set<Pane> = [.library, .article]) {
    self.command = command
    self.keys = keys
    self.help = help
    self.panes = panes
  }
}

/// The one key table: it drives dispatch, the help overlay and the README's key list.
public struct Keymap: Sendable {
  /// The bindings in help order.
  public var bindings: [KeyBinding]

  /// Creates a keymap from bindings.
  public init(bindings: [KeyBinding]) {
    self.bindings = bindings
  }

  /// The command `key` runs in `pane`, if any.
  public func command(for key: Key, in pane: Pane) -> Command? {
    bindings.first { $0.panes.contains(pane) && $0.keys.contains(key) }?.command
  }

  /// Whether `:` starts a two-key command in `pane`.
  public func hasColonCommands(in pane: Pane) -> Bool {
    bindings.contains { binding in
      binding.panes.contains(pane) && binding.keys.contains { if case .colon = $0 { true } else { false } }
    }
  }

  /// The default key table, with less and vi habits.
  public static let standard = Keymap(bindings: [
    KeyBinding(
      .lineDown, [.char("j"), .down, .ctrl("n"), .ctrl("e"), .wheelDown], "down a line, row or speaker",
      [.library, .article, .sidebar, .quotes, .speakers, .results]),
    KeyBinding(
      .lineUp, [.char("k"), .up, .ctrl("p"), .ctrl("y"), .wheelUp], "up a line, row or speaker",
      [.library, .article, .sidebar, .quotes, .speakers, .results]),
    KeyBinding(
      .pageDown, [.char(" "), .char("f"), .pageDown, .ctrl("f")], "down a screen",
      [.library, .article, .quotes, .speakers, .results]),
    KeyBinding(
      .pageUp, [.char("b"), .pageUp, .ctrl("b")], "up a screen",
      [.library, .article, .quotes, .speakers, .results]),
    KeyBinding(.halfPageDown, [.char("d"), .ctrl("d")], "down half a screen"),
    KeyBinding(.halfPageUp, [.char("u"), .ctrl("u")], "up half a screen"),
    KeyBinding(
      .top, [.char("g"), .home, .char("<")], "to the top (N g: to line N)",
      [.library, .article, .sidebar, .quotes, .speakers, .results]),
    KeyBinding(
      .bottom, [.char("G"), .end, .char(">")], "to the end (N G: to line N)",
      [.library, .article, .sidebar, .quotes, .speakers, .results]),
    KeyBinding(.percent, [.char("%")], "N %: to N percent", [.article]),
    KeyBinding(
      .searchForward, [.char("/")], "search forward; in the library, every article", [.library, .article]),
    KeyBinding(.searchForward, [.char("/")], "filter the speakers as you type", [.speakers]),
    KeyBinding(.searchBackward, [.char("?")], "search backward"),
    KeyBinding(.nextMatch, [.char("n")], "next match"),
    KeyBinding(.previousMatch, [.char("N")], "previous match"),
    KeyBinding(.nextQuote, [.char("]")], "next quote (of the chosen speaker)", [.article, .sidebar]),
    KeyBinding(.previousQuote, [.char("[")], "previous quote (of the chosen speaker)", [.article, .sidebar]),
    KeyBinding(.nextSpeakerQuote, [.char("}")], "next quote by the current speaker", [.article, .sidebar]),
    KeyBinding(
      .previousSpeakerQuote, [.char("{")], "previous quote by the current speaker", [.article, .sidebar]),
    KeyBinding(.toggleSidebar, [.char("s")], "show or hide the speaker sidebar", [.article, .sidebar]),
    KeyBinding(.switchFocus, [.tab, .backTab], "focus the article or the sidebar", [.article, .sidebar]),
    KeyBinding(.chooseSpeaker, [.enter], "go to the speaker's quotes, and only theirs", [.sidebar]),
    KeyBinding(.chooseSpeaker, [.enter], "list the speaker's quotes in the library", [.speakers]),
    KeyBinding(.speakersView, [.char("S")], "speakers across the library", [.library]),
    KeyBinding(.sortSpeakers, [.char("o")], "sort by quotes, articles or name", [.speakers]),
    KeyBinding(
      .quoteList, [.char("v")], "list the quotes (of the chosen speaker)",
      [.article, .sidebar, .quotes]),
    KeyBinding(.chooseQuote, [.enter], "go to the quote in the article", [.quotes]),
    KeyBinding(.chooseQuote, [.enter], "open the article there", [.results]),
    KeyBinding(
      .copyQuote, [.char("y")], "copy the current quote with its citation", [.article, .sidebar, .quotes]),
    KeyBinding(
      .exportQuotes, [.char("e")], "export quotes as Markdown (chosen speaker's)",
      [.article, .sidebar, .quotes]),
    KeyBinding(
      .open, [.enter, .char("l"), .right], "open the article, or fold or unfold a feed", [.library]),
    KeyBinding(
      .nextArticle, [.colon("n")], "open the library's next article", [.article, .sidebar, .quotes]),
    KeyBinding(
      .previousArticle, [.colon("p")], "open the library's previous article", [.article, .sidebar, .quotes]),
    KeyBinding(
      .back, [.char("q"), .escape], "back: clear the speaker, close; quit at the library",
      Set(Pane.allCases)),
    KeyBinding(
      .goBack, [.left], "back, as q, but never quits", [.article, .sidebar, .quotes, .speakers, .results]),
    KeyBinding(.quitNow, [.char("Q")], "quit at once", Set(Pane.allCases)),
    KeyBinding(.help, [.char("h"), .function(1)], "show or hide this help", Set(Pane.allCases)),
    KeyBinding(.fileInfo, [.char("="), .ctrl("g")], "file and position", [.article]),
    KeyBinding(.redraw, [.ctrl("l")], "redraw the screen", Set(Pane.allCases)),
    KeyBinding(.cycleTheme, [.char("t")], "next theme", Set(Pane.allCases)),
    KeyBinding(.refreshFeeds, [.char("R")], "update the feeds as quoth update does", [.library, .article]),
  ])
}
