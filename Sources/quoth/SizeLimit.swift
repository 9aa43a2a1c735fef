import ArgumentParser
import QuothIO
import QuothModel
import QuothNet

/// The options shared by the commands that read whole articles: `--max-size`, and `--offline`
/// for web pages.
struct SizeLimit: ParsableArguments {
  @Option(
    name: .customLong("max-size"),
    help: ArgumentHelp(
      "Refuse articles larger than this (bytes, or with a K, M or G suffix).", valueName: "size"))
  var maxSizeText = "64M"

  @Flag(help: "Never touch the network: web pages come from the cache (or fail).")
  var offline = false

  /// The cap in bytes.
  var bytes: Int { Self.parse(maxSizeText) ?? ArticleLoader.defaultMaxSize }

  /// The reader of web pages these options ask for: the size cap, the cache in
  /// `$XDG_CACHE_HOME/quoth/http`, online or offline.
  var web: WebArticles { Self.web(bytes: bytes, offline: offline) }

  /// A fetcher with the size cap.
  var fetcher: Fetcher { Self.fetcher(bytes: bytes) }

  /// The reader of web pages for a cap of `bytes`, online or `offline` (see ``web``).
  static func web(bytes: Int, offline: Bool) -> WebArticles {
    WebArticles(
      fetcher: fetcher(bytes: bytes), cache: HTTPCache.standard(), mode: offline ? .offline : .online)
  }

  /// A fetcher with a cap of `bytes`.
  static func fetcher(bytes: Int) -> Fetcher {
    var options = FetchOptions()
    options.maxSize = bytes
    return Fetcher(options: options)
  }

  func validate() throws {
    guard Self.parse(maxSizeText) != nil else {
      throw ValidationError(
        "--max-size '\(Sanitizer.field(maxSizeText))' is not a size (try 64M, 500K or 1048576)")
    }
  }

  /// `64M`, `500k`, `1G` or a plain number of bytes; `nil` when it is none of these or not positive.
  static func parse(_ text: String) -> Int? {
    var digits = Substring(text)
    var scale = 1
    switch text.last?.uppercased() {
    case "K": scale = 1 << 10
    case "M": scale = 1 << 20
    case "G": scale = 1 << 30
    default: break
    }
    if scale > 1 { digits = digits.dropLast() }
    guard let value = Int(digits), value > 0 else { return nil }
    let (bytes, overflow) = value.multipliedReportingOverflow(by: scale)
    return overflow ? nil : bytes
  }
}
