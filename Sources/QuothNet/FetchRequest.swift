/// One URL to fetch, with the validators of a copy already held.
///
/// With `etag` or `lastModified` the request is a conditional GET (`If-None-Match`,
/// `If-Modified-Since`); a server whose copy has not changed answers 304, reported as
/// ``FetchOutcome/notModified(_:)``.
public struct FetchRequest: Sendable, Hashable {
  /// The `http:` or `https:` URL.
  public var url: String
  /// The `ETag` of the copy held, sent back as `If-None-Match`.
  public var etag: String?
  /// The `Last-Modified` of the copy held, sent back verbatim as `If-Modified-Since`.
  public var lastModified: String?

  /// A request for `url`, conditional when a validator is given.
  public init(url: String, etag: String? = nil, lastModified: String? = nil) {
    self.url = url
    self.etag = etag
    self.lastModified = lastModified
  }
}
