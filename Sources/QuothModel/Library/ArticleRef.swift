/// Where an article comes from: the typed identity of every article in the library, in effects,
/// in saved places and in the index, instead of a path string with magic values.
///
/// A reference is read from a command-line argument once, at the edge (``init(argument:)``); from
/// there on code asks what kind it is, never looks for `-` or a `sample:` prefix.
public enum ArticleRef: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
  /// A file on disk, by the path it was named or found by.
  case file(String)
  /// Standard input, read whole at start.
  case stdin
  /// An article compiled into the binary, by name (`wuzhen`).
  case sample(String)
  /// A web page, by its `http` or `https` address.
  case url(String)
  /// An item of a feed: the feed's address (or file) and the item's link or id.
  case feedItem(feed: String, item: String)
  /// One line of a JSON Lines corpus (`line` counts from 1).
  case corpusLine(file: String, line: Int)

  /// The reference a command-line argument names: `-` is standard input, `sample:NAME` an
  /// embedded article, an `http://` or `https://` address a web page, anything else a file.
  public init(argument: String) {
    if argument == "-" {
      self = .stdin
    } else if argument.hasPrefix("sample:") {
      self = .sample(String(argument.dropFirst("sample:".count)))
    } else if ArticleRef.isWebAddress(argument) {
      self = .url(argument)
    } else {
      self = .file(argument)
    }
  }

  /// Whether `text` is an `http://` or `https://` address (scheme in any case).
  public static func isWebAddress(_ text: String) -> Bool {
    let lower = text.prefix(8).lowercased()
    return lower.hasPrefix("http://") || lower.hasPrefix("https://")
  }

  /// The name shown in the library, in messages and in the `path` field of JSON rows: the path,
  /// `-`, `sample:NAME`, the address, `FEED#ITEM` or `FILE:LINE`.
  public var description: String {
    switch self {
    case .file(let path): return path
    case .stdin: return "-"
    case .sample(let name): return "sample:\(name)"
    case .url(let address): return address
    case .feedItem(let feed, let item): return "\(feed)#\(item)"
    case .corpusLine(let file, let line): return "\(file):\(line)"
    }
  }

  /// Whether the article is fetched from the network: a web page or a feed's item.
  public var isRemote: Bool {
    switch self {
    case .url, .feedItem: return true
    case .file, .stdin, .sample, .corpusLine: return false
    }
  }

  /// The file to read for a file reference; `nil` for every other kind.
  public var filePath: String? {
    if case .file(let path) = self { return path }
    return nil
  }

  /// Orders references by their names, so that lists sort the same way on every run.
  public static func < (lhs: ArticleRef, rhs: ArticleRef) -> Bool { lhs.description < rhs.description }
}
