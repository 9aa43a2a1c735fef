import QuothModel

/// Why a URL could not be fetched.
///
/// Every case names the URL asked for (`url`); a case met after a redirect also names where the
/// redirect led. ``description`` is one line safe to print: URLs come from feeds and pages, so
/// their control characters are shown as stand-ins.
public enum FetchError: Error, Equatable, CustomStringConvertible, Sendable {
  /// The URL is not `http:` or `https:` (`file:`, `ftp:`, …); `target` is the refused URL when
  /// a redirect led there, `nil` when it was the URL asked for.
  case unsupportedScheme(url: String, target: String?)
  /// The URL cannot be parsed.
  case invalidURL(url: String)
  /// The host name did not resolve; `reason` is libcurl's.
  case hostNotFound(url: String, reason: String)
  /// The host resolved but no connection could be made (refused, unreachable); `reason` is libcurl's.
  case connectionFailed(url: String, reason: String)
  /// No connection within the connect timeout (`connecting`), or the whole fetch took longer than
  /// the total timeout; `seconds` is the limit that ran out.
  case timedOut(url: String, seconds: Double, connecting: Bool)
  /// The TLS handshake or certificate check failed; `reason` is libcurl's.
  case tls(url: String, reason: String)
  /// The server answered with an HTTP error (or a redirect without a target); `finalURL` is the
  /// URL that answered when redirects led elsewhere.
  case http(url: String, status: Int, finalURL: String?)
  /// The body (as decoded, after gzip or deflate) is larger than `limit` bytes; the transfer was
  /// stopped there.
  case tooLarge(url: String, limit: Int)
  /// More redirects than `limit` (5 unless configured).
  case tooManyRedirects(url: String, limit: Int)
  /// A redirect led back to `target`, a URL already visited on the way.
  case redirectLoop(url: String, target: String)
  /// Any other transfer failure (a broken connection, damaged gzip data); `reason` is libcurl's.
  case transfer(url: String, reason: String)
  /// The fetch was cancelled before it finished.
  case cancelled(url: String)
  /// Offline mode was asked for and the URL is not in the cache.
  case notCached(url: String)

  /// The URL asked for.
  public var url: String {
    switch self {
    case .unsupportedScheme(let url, _), .invalidURL(let url), .hostNotFound(let url, _),
      .connectionFailed(let url, _), .timedOut(let url, _, _), .tls(let url, _), .http(let url, _, _),
      .tooLarge(let url, _), .tooManyRedirects(let url, _), .redirectLoop(let url, _),
      .transfer(let url, _), .cancelled(let url), .notCached(let url):
      return url
    }
  }

  /// One line: the URL, then the reason.
  public var description: String {
    Sanitizer.field(url) + ": " + Sanitizer.field(reason)
  }

  /// The reason alone, without the URL.
  public var reason: String {
    switch self {
    case .unsupportedScheme(_, let target?):
      return "redirected to \(target), but only http and https URLs are fetched"
    case .unsupportedScheme: return "only http and https URLs are fetched"
    case .invalidURL: return "not a valid URL"
    case .hostNotFound(_, let reason): return "host not found (\(reason))"
    case .connectionFailed(_, let reason): return "cannot connect (\(reason))"
    case .timedOut(_, let seconds, let connecting):
      return (connecting ? "no connection after " : "timed out after ") + Self.seconds(seconds)
    case .tls(_, let reason): return "secure connection failed (\(reason))"
    case .http(_, let status, let finalURL):
      let name = Self.statusNames[status].map { " " + $0 } ?? ""
      return "HTTP \(status)\(name)" + (finalURL.map { " from \($0)" } ?? "")
    case .tooLarge(_, let limit): return "more than the \(limit)-byte limit (see --max-size); stopped"
    case .tooManyRedirects(_, let limit): return "more than \(limit) redirects"
    case .redirectLoop(_, let target): return "redirect loop: led back to \(target)"
    case .transfer(_, let reason): return reason
    case .cancelled: return "cancelled"
    case .notCached(_): return "not in the cache (offline: nothing is fetched)"
    }
  }

  /// `0.5 s`, `10 s`.
  private static func seconds(_ value: Double) -> String {
    value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
  }

  /// The reason phrases of the statuses met most often.
  private static let statusNames: [Int: String] = [
    300: "Multiple Choices", 301: "Moved Permanently", 302: "Found", 303: "See Other",
    307: "Temporary Redirect", 308: "Permanent Redirect",
    400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found",
    405: "Method Not Allowed", 406: "Not Acceptable", 408: "Request Timeout", 410: "Gone",
    429: "Too Many Requests", 451: "Unavailable For Legal Reasons",
    500: "Internal Server Error", 501: "Not Implemented", 502: "Bad Gateway",
    503: "Service Unavailable", 504: "Gateway Timeout",
  ]
}
