import QuothModel

/// How a ``Fetcher`` fetches: limits, timeouts and how many transfers run at once.
public struct FetchOptions: Sendable, Equatable {
  /// The most time spent connecting (DNS, TCP, TLS) to one host; 10 s by default.
  public var connectTimeout: Duration = .seconds(10)
  /// The most time one fetch may take, redirects included; 30 s by default.
  public var totalTimeout: Duration = .seconds(30)
  /// The largest body accepted, in bytes after gzip or deflate are undone; 64 MiB by default, as
  /// for files. A larger one stops the transfer and fails with ``FetchError/tooLarge(url:limit:)``.
  public var maxSize: Int = 64 << 20
  /// The most redirects followed; 5 by default.
  public var maxRedirects: Int = 5
  /// How many transfers run at once; the rest wait their turn. 8 by default.
  public var concurrency: Int = 8
  /// The `User-Agent` header.
  public var userAgent: String = FetchOptions.defaultUserAgent

  /// Where the project lives, named in the `User-Agent` so a site's operator can find out what
  /// quoth is.
  public static let projectURL = "https://github.com/quoth-reader/quoth"

  /// `quoth/<version> (+<project URL>)`, as well-behaved crawlers name themselves.
  public static var defaultUserAgent: String { "quoth/\(QuothVersion.current) (+\(projectURL))" }

  /// The defaults: connect 10 s, total 30 s, 64 MiB, 5 redirects, 8 at once.
  public init() {}
}
