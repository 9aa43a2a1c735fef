import ArgumentParser
import Foundation
import QuothIO
import QuothModel
import QuothNet

/// `quoth feeds`: the feed list, shown and edited.
struct FeedsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "feeds",
    abstract: "Show and edit the feed list: list, add, remove, import, export.",
    discussion: """
      The feed list is $XDG_CONFIG_HOME/quoth/feeds (else ~/.config/quoth/feeds) in newsboat's \
      urls format: one feed a line, its address then its tags, a "~Title" tag naming it, # \
      starting a comment, so a newsboat user can copy ~/.newsboat/urls there. Edits add lines at \
      the end or drop a feed's lines, keeping everything else as written. quoth update fetches \
      the feeds; quoth with no PATH reads them.
      """,
    subcommands: [List.self, Add.self, Remove.self, Import.self, Export.self],
    defaultSubcommand: List.self
  )

  /// The user's feed library, or status 1 with a line saying why there is none.
  static func library() throws -> FeedLibrary {
    guard let library = FeedLibrary.standard() else {
      warn("no home folder for the feed list: set HOME or XDG_CONFIG_HOME")
      throw ExitCode(1)
    }
    return library
  }

  /// The feeds `library` lists, with a line on standard error for each line skipped; status 1
  /// when the list cannot be read.
  static func subscriptions(of library: FeedLibrary) throws -> [FeedSubscription] {
    do {
      let (subscriptions, skipped) = try library.subscriptions()
      for line in skipped { warn("\(library.listFile):\(line.line): skipped: \(line.reason)") }
      return subscriptions
    } catch {
      warn(error.description)
      throw ExitCode(1)
    }
  }

  /// Runs `edit`, turning a ``FeedListError`` into one line and status 1.
  static func editing<Value>(_ edit: () throws(FeedListError) -> Value) throws -> Value {
    do {
      return try edit()
    } catch {
      warn(error.description)
      throw ExitCode(1)
    }
  }

  /// Prints `text` and a line end on standard output.
  static func say(_ text: String) {
    FileHandle.standardOutput.write(Data((Sanitizer.field(text) + "\n").utf8))
  }

  /// `quoth feeds list`.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list",
      abstract: "List the feeds: address, title, items and last fetch (from the cache), tags.",
      discussion: """
        One line per feed, tab-separated: the address, the title (the cached feed's, else the \
        list's, else -), how many items the cached copy holds (- when never fetched), when it \
        was last fetched or confirmed current (local time, or never), and the tags.
        """
    )

    func run() throws {
      let feeds = try FeedsCommand.library()
      var text = ""
      for subscription in try FeedsCommand.subscriptions(of: feeds) {
        let status = feeds.status(of: subscription)
        let fields = [
          subscription.url, status.title ?? "-", status.items.map(String.init) ?? "-",
          status.fetchedAt.map(CachedFetch.localTime) ?? "never",
          subscription.tags.isEmpty ? "-" : subscription.tags.joined(separator: ","),
        ]
        text += fields.map { Sanitizer.field($0.isEmpty ? "-" : $0) }.joined(separator: "\t") + "\n"
      }
      FileHandle.standardOutput.write(Data(text.utf8))
    }
  }

  /// `quoth feeds add URL [TAG ...]`.
  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add",
      abstract: "Add a feed to the list, with optional tags (a tag ~Title names it).")

    @Argument(help: "The feed's http or https address.")
    var url: String

    @Argument(help: "Tags to file the feed under; one starting with ~ is its title.")
    var tags: [String] = []

    func validate() throws {
      let lowered = url.lowercased()
      guard lowered.hasPrefix("http://") || lowered.hasPrefix("https://"),
        URL(string: url)?.host?.isEmpty == false
      else {
        throw ValidationError("'\(Sanitizer.field(url))' is not an http or https address")
      }
      guard !url.contains(where: { $0.isWhitespace || $0.isNewline }) else {
        throw ValidationError("'\(Sanitizer.field(url))': an address holds no spaces")
      }
    }

    func run() throws {
      let feeds = try FeedsCommand.library()
      var subscription = FeedSubscription(url: url)
      for tag in tags where !tag.isEmpty {
        if tag.hasPrefix("~") {
          subscription.title = String(tag.dropFirst())
        } else {
          subscription.tags.append(tag)
        }
      }
      let added = try FeedsCommand.editing { () throws(FeedListError) in try feeds.add([subscription]) }
      FeedsCommand.say(
        added.isEmpty ? "\(url) is already in \(feeds.listFile)" : "added \(url) to \(feeds.listFile)")
    }
  }

  /// `quoth feeds remove URL`.
  struct Remove: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "remove",
      abstract: "Remove a feed from the list (its cached copy stays until the cache is cleared).",
      discussion: "Exits 1 when the list does not hold the feed.")

    @Argument(help: "The feed's address, as the list writes it.")
    var url: String

    func run() throws {
      let feeds = try FeedsCommand.library()
      guard try FeedsCommand.editing({ () throws(FeedListError) in try feeds.remove(url) }) else {
        warn("\(url): not in the feed list \(feeds.listFile)")
        throw ExitCode(1)
      }
      FeedsCommand.say("removed \(url) from \(feeds.listFile)")
    }
  }

  /// `quoth feeds import FILE`.
  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "import",
      abstract: "Add the feeds of an OPML file (or a newsboat urls file) to the list.",
      discussion: """
        Feeds already in the list are skipped; OPML folders and categories become tags. Prints \
        how many were added. Exits 1 when FILE cannot be read or lists no feed.
        """
    )

    @Argument(help: "An OPML file, a newsboat urls file, or - for standard input.")
    var file: String

    func run() throws {
      let feeds = try FeedsCommand.library()
      let found: [FeedSubscription]
      do {
        found = try Self.subscriptions(in: ArticleLoader.readBytes(path: file, maxSize: 16 << 20))
      } catch let error as ArticleError {
        warn(error.description)
        throw ExitCode(1)
      } catch {
        warn("\(file): \(error)")
        throw ExitCode(1)
      }
      guard !found.isEmpty else {
        warn("\(file): no feeds found")
        throw ExitCode(1)
      }
      let added = try FeedsCommand.editing { () throws(FeedListError) in try feeds.add(found) }
      let unique = Set(found.map(\.url)).count
      FeedsCommand.say(
        "imported \(added.count) of \(unique) feed\(unique == 1 ? "" : "s") into \(feeds.listFile)"
          + (added.count < unique ? " (\(unique - added.count) already listed)" : ""))
    }

    /// The feeds in `bytes`: OPML, else a newsboat urls file.
    ///
    /// - Throws: ``FeedError/notOPML`` when the bytes are neither.
    static func subscriptions(in bytes: [UInt8]) throws(FeedError) -> [FeedSubscription] {
      do {
        // An outline must have a text; writers (quoth among them) give the address when the
        // feed has no title, which is no title to keep.
        return try OPML.parse(bytes).map { subscription in
          var untitled = subscription
          if untitled.title == untitled.url { untitled.title = nil }
          return untitled
        }
      } catch {
        guard let text = String(validating: bytes, as: UTF8.self) else { throw error }
        let list = URLsFile.parse(text).subscriptions
        if list.isEmpty { throw error }
        return list
      }
    }
  }

  /// `quoth feeds export`.
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "export",
      abstract: "Print the feed list as OPML 2.0, for other feed readers (tags as categories).")

    func run() throws {
      let feeds = try FeedsCommand.library()
      let formatter = DateFormatter()
      formatter.locale = Locale(identifier: "en_US_POSIX")
      formatter.timeZone = TimeZone(identifier: "GMT")
      formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
      // A feed the list gives no title is named by its cached copy's, as feed readers expect.
      let subscriptions = try FeedsCommand.subscriptions(of: feeds).map { subscription in
        var named = subscription
        if named.title == nil { named.title = feeds.status(of: subscription).title }
        return named
      }
      let opml = OPML.serialize(subscriptions, dateCreated: formatter.string(from: Date()))
      FileHandle.standardOutput.write(Data(opml.utf8))
    }
  }
}
