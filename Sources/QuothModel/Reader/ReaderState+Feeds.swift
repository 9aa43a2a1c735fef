extension ReaderState {
  /// How many rows the library list has: one per article, or, in a feed library, one per feed
  /// heading and one per item of each unfolded feed.
  public var libraryRowCount: Int { isFeedLibrary ? feedRows.count : entries.count }

  /// What row `row` of the library list shows (`row` must be below ``libraryRowCount``).
  public func libraryRow(_ row: Int) -> LibraryRow { isFeedLibrary ? feedRows[row] : .article(row) }

  /// The index in ``entries`` of the article on library row `row`; `nil` for a feed heading or a
  /// row out of range.
  func article(atRow row: Int) -> Int? {
    guard row >= 0, row < libraryRowCount else { return nil }
    if case .article(let index) = libraryRow(row) { return index }
    return nil
  }

  /// The index in ``entries`` of each feed's first item (as many as ``feedGroups``).
  var feedStarts: [Int] {
    var start = 0
    return feedGroups.map { group in
      defer { start += group.items.count }
      return start
    }
  }

  /// The feed whose items hold entry `index`.
  func feed(ofArticle index: Int) -> Int? {
    feedStarts.lastIndex { $0 <= index }.flatMap { feedGroups[$0].items.isEmpty ? nil : $0 }
  }

  /// Puts `groups` in the library, keeping the cursor on its item (or heading) when it is still
  /// listed, else on the same row; folded feeds stay folded.
  mutating func setFeeds(_ groups: [FeedGroup]) {
    let kept: LibraryRow? = selection < libraryRowCount ? libraryRow(selection) : nil
    let keptRef = kept.flatMap { row -> ArticleRef? in
      if case .article(let index) = row { return entries[index].ref }
      return nil
    }
    let keptFeed = kept.flatMap { row -> String? in
      if case .feed(let index) = row { return feedGroups[index].url }
      return nil
    }
    feedGroups = groups
    entries = groups.flatMap(\.items)
    foldedFeeds.formIntersection(groups.map(\.url))
    rebuildFeedRows()
    if let keptRef, let index = entries.firstIndex(where: { $0.ref == keptRef }) {
      selectArticle(index)
    } else if let keptFeed, let group = groups.firstIndex(where: { $0.url == keptFeed }) {
      select(feedRows.firstIndex(of: .feed(group)) ?? selection)
    } else {
      select(selection)
    }
  }

  /// Makes the rows again from the groups and the folds.
  mutating func rebuildFeedRows() {
    var rows: [LibraryRow] = []
    rows.reserveCapacity(feedGroups.count + entries.count)
    for (group, start) in zip(feedGroups.indices, feedStarts) {
      rows.append(.feed(group))
      guard !foldedFeeds.contains(feedGroups[group].url) else { continue }
      rows += (start..<start + feedGroups[group].items.count).map { .article($0) }
    }
    feedRows = rows
  }

  /// Folds the feed `group` (its items leave the list) or unfolds it; the cursor goes to its
  /// heading.
  mutating func toggleFold(_ group: Int) {
    let url = feedGroups[group].url
    if foldedFeeds.remove(url) == nil { foldedFeeds.insert(url) }
    rebuildFeedRows()
    select(feedRows.firstIndex(of: .feed(group)) ?? selection)
  }

  /// The row that shows entry `index`, unfolding its feed when it is folded.
  mutating func reveal(_ index: Int) -> Int {
    guard isFeedLibrary else { return index }
    if let group = feed(ofArticle: index), foldedFeeds.remove(feedGroups[group].url) != nil {
      rebuildFeedRows()
    }
    return feedRows.firstIndex(of: .article(index)) ?? selection
  }

  /// Moves the cursor to the row of entry `index` (unfolding its feed if needed).
  mutating func selectArticle(_ index: Int) {
    select(reveal(index))
  }

  /// The first row that is an article (the cursor's place when a feed library opens), else 0.
  var firstArticleRow: Int {
    (0..<libraryRowCount).first { article(atRow: $0) != nil } ?? 0
  }

  /// The indices of ``entries`` in the order a search from the cursor tries them: forward from
  /// the article after the cursor's, or backward from the one before, wrapping around. From a
  /// feed heading, forward starts at the feed's first item and backward at the item before it.
  func articlesFromCursor(forward: Bool) -> [Int] {
    let count = entries.count
    guard count > 0 else { return [] }
    var base = selection
    var inclusive = false
    if isFeedLibrary, selection < libraryRowCount {
      switch libraryRow(selection) {
      case .article(let index): base = index
      case .feed(let group):
        base = feedStarts[group]
        inclusive = forward
      }
    }
    return (1...count).map { step in
      let offset = forward ? (inclusive ? step - 1 : step) : -step
      return ((base + offset) % count + count) % count
    }
  }

  /// `3 feeds, 42 items, 5 unread`, for `=` and the status bar.
  public var feedLibrarySummary: String {
    let unread = entries.count { !readArticles.contains($0.ref) }
    return "\(feedGroups.count) feed\(feedGroups.count == 1 ? "" : "s"), "
      + "\(entries.count) item\(entries.count == 1 ? "" : "s"), \(unread) unread"
  }

  /// Starts an update of the feeds (`R`, or the first fetch), unless one is running.
  mutating func refreshFeeds() -> [Effect] {
    if let progress = feedProgress {
      show("Already updating the feeds (\(progress.done)/\(progress.total))", error: true)
      return []
    }
    feedProgress = FeedProgress(done: 0, total: feedGroups.count)
    return [.refreshFeeds]
  }

  /// The feeds were fetched again: the rows take the new items, those no update had seen are
  /// counted as new, and the summary shows.
  mutating func finishRefresh(_ groups: [FeedGroup], newItems: Set<ArticleRef>, report: String, failed: Bool)
  {
    feedProgress = nil
    newArticles.formUnion(newItems)
    let wasEmpty = entries.isEmpty
    setFeeds(groups)
    // The first fetch of a list brings the first items: the cursor goes to the first of them.
    if wasEmpty { select(firstArticleRow) }
    show(report, error: failed)
  }
}
