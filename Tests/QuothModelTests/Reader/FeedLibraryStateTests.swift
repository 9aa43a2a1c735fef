import Testing

@testable import QuothModel

/// The feed library in the reader: a heading row per feed, its items newest first, folding, the
/// cursor around headings, and `R` as a background update.
@Suite struct FeedLibraryStateTests {
  typealias F = ReaderFixtures

  static func item(_ feed: String, _ key: String, date: String?, title: String? = nil) -> LibraryEntry {
    LibraryEntry(
      ref: .feedItem(feed: feed, item: key), title: title ?? "\(feed) \(key)", date: date,
      source: "\(feed) news", format: .html)
  }

  static let world = "https://example.org/world.xml"
  static let city = "https://example.org/city.xml"
  static let gone = "https://example.org/gone.xml"

  /// Three feeds: two with items (in the feed's order, not by date), one never fetched.
  static func groups() -> [FeedGroup] {
    [
      FeedGroup(
        url: world, title: "World", status: .cached,
        items: [
          item("world", "w1", date: "2024-01-02"), item("world", "w2", date: nil),
          item("world", "w3", date: "2024-01-05"), item("world", "w4", date: nil),
          item("world", "w5", date: "2024-01-02"),
        ]),
      FeedGroup(
        url: city, title: "City", status: .cached,
        items: [item("city", "c1", date: "2024-01-01"), item("city", "c2", date: "2024-01-03")]),
      FeedGroup(url: gone, title: "", status: .notFetched, items: []),
    ]
  }

  static func state(rows: Int = 24, read: Set<ArticleRef> = []) -> ReaderState {
    var state = ReaderState(entries: [], columns: 80, rows: rows)
    state.reduce(.configureFeeds(groups(), read: read))
    return state
  }

  /// The rows as text: `# title` for headings, the item's key for items.
  static func rows(_ state: ReaderState) -> [String] {
    (0..<state.libraryRowCount).map { row in
      switch state.libraryRow(row) {
      case .feed(let group): return "# " + state.feedGroups[group].url
      case .article(let index):
        guard case .feedItem(_, let key) = state.entries[index].ref else { return "?" }
        return key
      }
    }
  }

  static func selected(_ state: ReaderState) -> String { rows(state)[state.selection] }

  @Test func itemsAreNewestFirstWithUndatedOnesAfterInFeedOrder() {
    let keys = Self.groups()[0].items.map(\.title)
    #expect(keys == ["world w3", "world w1", "world w5", "world w2", "world w4"])
  }

  @Test func feedsKeepTheListsOrderEachHeadingBeforeItsItems() {
    let state = Self.state()
    #expect(
      Self.rows(state) == [
        "# \(Self.world)", "w3", "w1", "w5", "w2", "w4", "# \(Self.city)", "c2", "c1", "# \(Self.gone)",
      ])
    #expect(state.entries.count == 7, "the articles are the items, headings are not")
    #expect(Self.selected(state) == "w3", "the cursor starts on the first item, not a heading")
  }

  @Test func headingsSayWhatEachFeedHolds() {
    let groups = Self.groups()
    let read: Set<ArticleRef> = [.feedItem(feed: "world", item: "w1")]
    #expect(groups[0].heading(read: read) == "World  (5, 4 unread)")
    #expect(
      groups[0].heading(
        read: read, new: [.feedItem(feed: "world", item: "w1"), .feedItem(feed: "world", item: "w2")])
        == "World  (5, 4 unread, 1 new)", "an item read since it came is no longer new")
    #expect(groups[2].heading(read: []) == "\(Self.gone)  (no cached copy yet)", "no title: the address")
    let failed = FeedGroup(
      url: Self.gone, title: "Gone", status: .failed(reason: "HTTP 404 Not Found"), items: [])
    #expect(failed.heading(read: []) == "Gone  (failed: HTTP 404 Not Found)")
    var stale = groups[1]
    stale.status = .failed(reason: "timed out")
    #expect(stale.heading(read: []) == "City  (2, 2 unread; update failed: timed out)")
    let hostile = FeedGroup(url: Self.gone, title: "Evil\u{1B}[2J news", status: .cached, items: [])
    #expect(!hostile.heading(read: []).unicodeScalars.contains("\u{1B}"), "no escape reaches the screen")
  }

  @Test func theCursorStopsOnHeadingsAndEnterThereFoldsTheFeed() {
    var state = Self.state()
    F.press([.char("k")], &state)
    #expect(Self.selected(state) == "# \(Self.world)")
    #expect(F.press([.enter], &state).isEmpty, "a heading opens nothing")
    #expect(Self.rows(state) == ["# \(Self.world)", "# \(Self.city)", "c2", "c1", "# \(Self.gone)"])
    #expect(state.foldedFeeds == [Self.world])
    F.press([.char("j"), .char("j")], &state)
    #expect(Self.selected(state) == "c2", "j moves over the folded feed's heading")
    F.press([.char("g"), .enter], &state)
    #expect(Self.rows(state).count == 10, "Enter on the heading again unfolds it")
    #expect(Self.selected(state) == "# \(Self.world)")
  }

  @Test func enterOnAnItemOpensIt() {
    var state = Self.state()
    F.press([.char("j")], &state)
    #expect(F.press([.enter], &state) == [.load(.feedItem(feed: "world", item: "w1"))])
  }

  @Test func movementCoversEveryRow() {
    var state = Self.state(rows: 6)
    F.press([.char("G")], &state)
    #expect(Self.selected(state) == "# \(Self.gone)", "G: the last row, a heading")
    #expect(state.libraryTop == 10 - 4)
    F.press([.pageUp], &state)
    #expect(state.selection == 9 - 3)
    F.press([.char("g")], &state)
    #expect(state.selection == 0 && state.libraryTop == 0)
    F.press(F.type("8G"), &state)
    #expect(Self.selected(state) == "c2")
  }

  @Test func nextArticleSkipsHeadingsAndUnfoldsAFoldedFeed() {
    var state = Self.state()
    // Fold City, then open World's last item and go on with :n.
    F.press([.char("7"), .char("G"), .enter], &state)
    #expect(state.foldedFeeds == [Self.city])
    F.press([.char("k"), .enter], &state)
    state.reduce(.loaded(F.article().with(ref: .feedItem(feed: "world", item: "w4"))))
    let effects = F.press([.char(":"), .char("n")], &state)
    #expect(effects.contains(.load(.feedItem(feed: "city", item: "c2"))))
    #expect(state.foldedFeeds.isEmpty, "the item's feed unfolds")
    #expect(Self.selected(state) == "c2")
  }

  @Test func searchSkipsHeadingsAndFindsItemsInFoldedFeeds() {
    var state = Self.state()
    F.press([.char("7"), .char("G"), .enter], &state)
    F.press([.char("g")] + [.char("/")] + F.type("city news") + [.enter], &state)
    #expect(Self.selected(state) == "c2", "from a heading, forward starts at the feed's first item")
    #expect(state.foldedFeeds.isEmpty)
    F.press([.char("n")], &state)
    #expect(Self.selected(state) == "c1")
    F.press([.char("n")], &state)
    #expect(Self.selected(state) == "c2", "wraps around over the headings")
    F.press([.char("g"), .char("N")], &state)
    #expect(Self.selected(state) == "c1", "backward from the first heading wraps to the last match")
  }

  @Test func selectingTheLastReadItemUnfoldsItsFeed() {
    var state = Self.state()
    F.press([.char("k"), .enter], &state)
    state.reduce(.selectEntry(.feedItem(feed: "world", item: "w5")))
    #expect(Self.selected(state) == "w5")
    #expect(state.foldedFeeds.isEmpty)
  }

  @Test func rUpdatesInTheBackgroundOnceAtATime() {
    var state = Self.state()
    F.press([.char("j")], &state)
    #expect(F.press([.char("R")], &state) == [.refreshFeeds])
    #expect(state.feedProgress == FeedProgress(done: 0, total: 3))
    state.reduce(.feedsProgress(done: 2, total: 3))
    #expect(state.feedProgress?.description == "Updating feeds 2/3…")
    #expect(F.press([.char("R")], &state).isEmpty, "a second R waits for the first")
    #expect(state.message == "Already updating the feeds (2/3)")
    F.press([.char("j")], &state)
    #expect(Self.selected(state) == "w5", "keys go on while it runs")

    // The update brought an item to World, above the cursor's, and City failed.
    var groups = Self.groups()
    let fresh = Self.item("world", "w6", date: "2024-01-09")
    groups[0] = FeedGroup(url: Self.world, title: "World", status: .cached, items: groups[0].items + [fresh])
    groups[1].status = .failed(reason: "HTTP 500 Internal Server Error")
    state.reduce(
      .feedsRefreshed(groups, newItems: [fresh.ref], report: "3 feeds, 1 new item, 1 failed", failed: true))
    #expect(state.feedProgress == nil)
    #expect(state.message == "3 feeds, 1 new item, 1 failed" && state.messageIsError)
    #expect(Self.selected(state) == "w5", "the cursor stays on its item")
    #expect(Self.rows(state)[1] == "w6")
    #expect(
      state.feedGroups[0].heading(read: state.readArticles, new: state.newArticles)
        == "World  (6, 6 unread, 1 new)")
  }

  @Test func theFirstFetchOfAListPutsTheCursorOnTheFirstItem() {
    var state = ReaderState(entries: [], columns: 80, rows: 24)
    let unfetched = Self.groups().map {
      FeedGroup(url: $0.url, title: $0.title, status: .notFetched, items: [])
    }
    state.reduce(.configureFeeds(unfetched, read: []))
    #expect(
      state.reduce(.start(indexed: false)) == [.refreshFeeds], "a list never fetched starts by fetching")
    #expect(state.selection == 0)
    let groups = Self.groups()
    state.reduce(
      .feedsRefreshed(
        groups, newItems: Set(groups.flatMap(\.items).map(\.ref)), report: "3 feeds, 7 new items, 0 failed",
        failed: false))
    #expect(Self.selected(state) == "w3")
  }

  @Test func itemsReadBeforeAreCountedAtTheStartWithoutFetching() {
    let read: ArticleRef = .feedItem(feed: "city", item: "c1")
    var state = Self.state(read: [read])
    #expect(state.reduce(.start(indexed: false)) == [.summarize([read])])
    state.reduce(.summary(read, QuoteSummary(quotes: 4, topSpeakers: ["Ada Lind"])))
    #expect(state.summaries[read]?.quotes == 4)
  }

  @Test func rOutsideTheFeedLibrarySaysWhy() {
    var state = ReaderState(entries: F.entries)
    #expect(F.press([.char("R")], &state).isEmpty)
    #expect(state.messageIsError && state.message?.hasPrefix("R fetches feeds") == true)
  }
}

extension Article {
  /// The article as if read from `ref`.
  fileprivate func with(ref: ArticleRef) -> Article {
    var copy = self
    copy.ref = ref
    return copy
  }
}
