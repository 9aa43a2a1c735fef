/// newsboat's `urls` file: one feed a line, so people can copy theirs.
///
/// ```
/// # comment
/// https://example.com/feed.xml news "long reads" ~Example
/// "query:Unread:unread = \"yes\""
/// ```
/// A line is a URL followed by tags, separated by spaces; a tag with spaces is in double quotes
/// (`\"` and `\\` escape inside them); a tag starting with `~` is the feed's title and one
/// starting with `!` hides the feed in newsboat (quoth keeps it as a plain tag). `#` starts a
/// comment. Lines quoth cannot follow — newsboat's query feeds (`"query:…"`), and `exec:` and
/// `filter:` feeds, which run commands — are skipped with a reason.
public enum URLsFile {
  /// A line that was not read as a feed.
  public struct Skipped: Hashable, Sendable {
    /// The line's number, counted from 1.
    public var line: Int
    /// Why it was skipped.
    public var reason: String
  }

  /// The feeds in `text`, in order, and the lines skipped.
  public static func parse(_ text: String) -> (subscriptions: [FeedSubscription], skipped: [Skipped]) {
    var subscriptions: [FeedSubscription] = []
    var skipped: [Skipped] = []
    for (offset, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
      .enumerated()
    {
      let words = self.words(rawLine)
      guard let first = words.first else { continue }
      let number = offset + 1
      let lowered = first.lowercased()
      if lowered.hasPrefix("query:") {
        skipped.append(Skipped(line: number, reason: "a newsboat query feed, which quoth does not support"))
      } else if lowered.hasPrefix("exec:") || lowered.hasPrefix("filter:") {
        skipped.append(
          Skipped(
            line: number, reason: "runs a command (\(lowered.prefix { $0 != ":" }):), which quoth never does")
        )
      } else if !(lowered.hasPrefix("http://") || lowered.hasPrefix("https://")) {
        skipped.append(Skipped(line: number, reason: "not an http or https address"))
      } else {
        var subscription = FeedSubscription(url: first)
        for tag in words.dropFirst() {
          if tag.hasPrefix("~") {
            subscription.title = String(tag.dropFirst())
          } else if !tag.isEmpty {
            subscription.tags.append(tag)
          }
        }
        subscriptions.append(subscription)
      }
    }
    return (subscriptions, skipped)
  }

  /// `subscriptions` as a `urls` file, one a line; tags that need it are quoted, the title
  /// written as a `~` tag.
  public static func serialize(_ subscriptions: [FeedSubscription]) -> String {
    var text = ""
    for subscription in subscriptions {
      var words = [quoted(oneLine(subscription.url))] + subscription.tags.map { quoted(oneLine($0)) }
      if let title = subscription.title, !title.isEmpty { words.append(quoted("~" + oneLine(title))) }
      text += words.joined(separator: " ") + "\n"
    }
    return text
  }

  /// The words of a line: split at spaces and tabs, `"…"` kept together, a `#` outside quotes
  /// ending the line.
  static func words(_ line: some StringProtocol) -> [String] {
    var words: [String] = []
    var current = ""
    var inQuotes = false
    var hasWord = false
    var escaped = false
    for character in line {
      if escaped {
        current.append(character)
        escaped = false
      } else if inQuotes {
        if character == "\\" {
          escaped = true
        } else if character == "\"" {
          inQuotes = false
        } else {
          current.append(character)
        }
      } else if character == "\"" {
        inQuotes = true
        hasWord = true
      } else if character == "#" && !hasWord {
        break
      } else if character == " " || character == "\t" || character == "\r" {
        if hasWord { words.append(current) }
        current = ""
        hasWord = false
      } else {
        current.append(character)
        hasWord = true
      }
    }
    if hasWord { words.append(current) }
    return words
  }

  private static func quoted(_ word: String) -> String {
    guard
      word.isEmpty
        || word.contains(where: { $0 == " " || $0 == "\t" || $0 == "\"" || $0 == "#" || $0 == "\\" })
    else { return word }
    return "\"" + word.replacingEvery("\\", with: "\\\\").replacingEvery("\"", with: "\\\"") + "\""
  }

  private static func oneLine(_ text: String) -> String {
    String(text.map { $0.isNewline ? " " : $0 })
  }
}

extension String {
  /// `self` with every `target` replaced by `replacement`.
  fileprivate func replacingEvery(_ target: Character, with replacement: String) -> String {
    var result = ""
    for character in self {
      if character == target { result += replacement } else { result.append(character) }
    }
    return result
  }
}
