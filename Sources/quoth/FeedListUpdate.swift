import QuothIO
import QuothModel
import QuothNet

/// One update of the feed list, as `quoth update` and the reader's `R` both make it: every feed
/// fetched through ``FeedUpdate`` (a conditional GET for those cached), its items compared with
/// the seen-items store, and the keys read saved there, so that an item counts as new once,
/// whichever of the two saw it first.
struct FeedListUpdate: Sendable {
  /// The feeds' cache.
  let feeds: FeedLibrary
  /// How feeds are fetched.
  let fetcher: Fetcher
  /// The items seen before; `nil` without a home folder (every item is then new).
  let store: FeedSeenStore?

  /// What an update gave.
  struct Result: Sendable {
    /// Each feed's outcome, in the list's order.
    var outcomes: [FeedUpdate.Outcome]
    /// The items no update had seen before.
    var newItems: Set<ArticleRef>
    /// Problems with the seen-items store, one line each.
    var problems: [String]

    /// Whether a feed failed or the seen items could not be saved.
    var failed: Bool { outcomes.contains(where: \.failed) || !problems.isEmpty }
  }

  /// Updates the feeds at `urls` (a plain thread: it waits for the end), calling `progress` as
  /// each feed ends with its outcome, how many have ended, and how many there are; then saves
  /// the keys read, forgetting feeds no longer in `urls`.
  func run(
    _ urls: [String],
    progress: (@Sendable (_ outcome: FeedUpdate.Outcome, _ done: Int, _ total: Int) -> Void)? = nil
  ) -> Result {
    let (seen, problem) = store?.load() ?? ([:], nil)
    var problems = problem.map { [$0.description] } ?? []
    let outcomes = FeedUpdate(fetcher: fetcher, cache: feeds.cache).runWaiting(
      urls, seen: seen, progress: progress)
    if let store {
      let read = outcomes.reduce(into: FeedSeenStore.Seen()) { $0[$1.url] = $1.itemKeys }
      if let problem = store.save(read, keepingOnly: Set(urls)) { problems.append(problem.description) }
    }
    return Result(outcomes: outcomes, newItems: outcomes.newItems(seen: seen), problems: problems)
  }
}
