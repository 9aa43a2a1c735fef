/// What a server sent for one fetch: where it ended, the status, the headers quoth uses, the body.
public struct FetchResponse: Sendable, Equatable {
  /// The URL asked for.
  public var url: String
  /// The URL that answered, after redirects (equal to ``url`` when there were none).
  public var finalURL: String
  /// The URLs redirected through, in order, before ``finalURL`` (the first is ``url``); empty
  /// when there was no redirect.
  public var redirects: [String]
  /// The HTTP status: 2xx for a body, 304 for not modified.
  public var status: Int
  /// The `Content-Type`, if the server sent one.
  public var contentType: ContentType?
  /// The `ETag` validator, if any, to send back as `If-None-Match` next time.
  public var etag: String?
  /// The `Last-Modified` validator, if any, to send back as `If-Modified-Since` next time.
  public var lastModified: String?
  /// The body, with gzip or deflate undone; empty for a 304.
  public var body: [UInt8]

  /// Creates a response (the fetcher makes them; tests and caches may too).
  public init(
    url: String, finalURL: String, redirects: [String] = [], status: Int, contentType: ContentType?,
    etag: String?, lastModified: String?, body: [UInt8]
  ) {
    self.url = url
    self.finalURL = finalURL
    self.redirects = redirects
    self.status = status
    self.contentType = contentType
    self.etag = etag
    self.lastModified = lastModified
    self.body = body
  }

  /// The `charset` of the `Content-Type` header, if the server named one.
  public var headerCharset: String? { contentType?.charset }
}
