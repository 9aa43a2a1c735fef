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
  /// The `User-Agent` header; `nil` sends ``defaultUserAgent``, which is asked of libcurl only
  /// when a fetch starts, so that making options does not load libcurl.
  public var userAgent: String?

  /// `quoth/<version> (terminal news reader; libcurl/<version>)`: the program and its version
  /// first, as RFC 9110 asks, then what it is and the library that fetches. No address is
  /// named: quoth has no public home page to point a site's operator to.
  public static var defaultUserAgent: String {
    "quoth/\(QuothVersion.current) (terminal news reader; libcurl/\(CurlEngine.libraryVersion))"
  }

  /// The defaults: connect 10 s, total 30 s, 64 MiB, 5 redirects, 8 at once.
  public init() {}
}
