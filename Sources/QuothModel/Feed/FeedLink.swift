import Foundation

/// Feed links made absolute and safe to follow: resolved against a base, kept only when they are
/// `http` or `https`.
enum FeedLink {
  /// `raw` resolved against `base`, or `nil` when it is empty, cannot be resolved (relative with
  /// no base), or is not `http`/`https` (`javascript:`, `file:`, `data:`…).
  ///
  /// Whitespace around the link is trimmed and runs inside it made one space, control characters
  /// are dropped, and characters a URL cannot hold (spaces, quotes, non-ASCII) are percent-encoded.
  static func resolve(_ raw: String, against base: String?) -> String? {
    guard let url = url(raw, against: base), let scheme = url.scheme?.lowercased(),
      scheme == "http" || scheme == "https", let host = url.host, !host.isEmpty
    else { return nil }
    return url.absoluteString
  }

  /// `raw` resolved against `base`, whatever its scheme (for `xml:base` values).
  static func url(_ raw: String, against base: String?) -> URL? {
    var text = FeedText.collapsed(raw)
    guard !text.isEmpty else { return base.flatMap { URL(string: $0) } }
    // `HTTP://` is as good as `http://`.
    if let colon = text.firstIndex(of: ":"), text[..<colon].allSatisfy({ $0.isASCII && $0.isLetter }) {
      text = text[..<colon].lowercased() + text[colon...]
    }
    let baseURL = base.flatMap { URL(string: $0) }
    if let url = URL(string: text, relativeTo: baseURL), url.scheme != nil { return url.absoluteURL }
    text = text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    guard let url = URL(string: text, relativeTo: baseURL), url.scheme != nil else { return nil }
    return url.absoluteURL
  }

  /// What may stand in a URL as it is: the unreserved and reserved characters and `%`.
  private static let allowed = CharacterSet(
    charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%")
}
