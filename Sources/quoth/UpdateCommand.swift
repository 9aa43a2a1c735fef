import ArgumentParser
import Foundation
import QuothIO
import QuothModel
import QuothNet

/// `quoth update`: fetches every feed of the feed list and says how many items are new.
struct UpdateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "update",
    abstract: "Fetch every feed in the feed list and count the new items.",
    discussion: """
      Reads the feed list ($XDG_CONFIG_HOME/quoth/feeds, see quoth feeds) and fetches its feeds, 8 \
      at a time, into the cache ($XDG_CACHE_HOME/quoth/http); a cached feed is asked for only if \
      changed (ETag, Last-Modified). Progress goes to standard error (a bar on a terminal, a line \
      per feed otherwise), each failed feed as one line naming it and the reason, and the summary \
      (3 feeds, 17 new items, 0 failed) to standard output. An item is new when no update has \
      seen it before; the items seen are kept in $XDG_STATE_HOME/quoth/feeds-seen.json. A feed \
      that fails keeps its cached copy, which the reader and --offline still read. Exits 1 if a \
      feed failed or the list holds none, 2 for bad usage (--offline is refused: update exists \
      to fetch).
      """
  )

  @OptionGroup var sizeLimit: SizeLimit

  func validate() throws {
    if sizeLimit.offline {
      throw ValidationError(
        "--offline: update fetches every feed; read the cached feeds with quoth --offline instead")
    }
  }

  func run() throws {
    let feeds = try FeedsCommand.library()
    let subscriptions = try FeedsCommand.subscriptions(of: feeds)
    guard !subscriptions.isEmpty else {
      warn(
        "\(feeds.listFile): no feeds to update; add some with quoth feeds add URL or quoth feeds import FILE.opml"
      )
      throw ExitCode(1)
    }
    let progress = UpdateProgress(terminal: isatty(STDERR_FILENO) != 0)
    let update = FeedListUpdate(feeds: feeds, fetcher: sizeLimit.fetcher, store: FeedSeenStore.standard())
    let result = update.run(subscriptions.map(\.url)) { progress.show($0, done: $1, total: $2) }
    progress.finish()
    result.problems.forEach { warn($0) }
    FileHandle.standardOutput.write(Data((result.outcomes.summary + "\n").utf8))
    if result.failed { throw ExitCode(1) }
  }
}

/// How far `quoth update` has got, on standard error: a bar redrawn in place on a terminal,
/// else one line per feed as it ends. A failed feed is always a line of its own.
struct UpdateProgress: Sendable {
  /// Whether standard error is a terminal.
  let terminal: Bool

  /// The width of the bar, in cells.
  static let width = 30

  /// Shows that `outcome` ended, the `done`th of `total`.
  func show(_ outcome: FeedUpdate.Outcome, done: Int, total: Int) {
    var lines = outcome.warnings.map { "quoth: " + Sanitizer.field($0) }
    if outcome.failed {
      lines.insert("quoth: \(outcome.description)", at: 0)
    } else if !terminal {
      lines.insert("quoth: [\(done)/\(total)] \(outcome.description)", at: 0)
    }
    var text = lines.map { $0 + "\n" }.joined()
    if terminal {
      let filled = total == 0 ? Self.width : Self.width * done / total
      let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: Self.width - filled)
      text = Self.clearLine + text + "[\(bar)] \(done)/\(total) feeds"
    }
    FileHandle.standardError.write(Data(text.utf8))
  }

  /// Clears the bar.
  func finish() {
    if terminal { FileHandle.standardError.write(Data(Self.clearLine.utf8)) }
  }

  /// Back to the line's start, and erase it.
  private static let clearLine = "\r\u{1B}[K"
}
