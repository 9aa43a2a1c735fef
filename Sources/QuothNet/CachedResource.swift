import Foundation

/// A fetched page or feed as the cache keeps it: the body and what is needed to fetch it again
/// conditionally and to read it.
public struct CachedResource: Sendable, Equatable {
  /// The URL asked for (the cache's key).
  public var url: String
  /// The URL that answered, after redirects: the base for the document's relative links.
  public var finalURL: String
  /// The `Content-Type`, if the server sent one.
  public var contentType: ContentType?
  /// The `ETag` validator, if any.
  public var etag: String?
  /// The `Last-Modified` validator, if any.
  public var lastModified: String?
  /// When the body was fetched, or last confirmed current by a 304.
  public var fetchedAt: Date
  /// The body, with gzip or deflate undone.
  public var body: [UInt8]

  /// Creates an entry.
  public init(
    url: String, finalURL: String, contentType: ContentType?, etag: String?, lastModified: String?,
    fetchedAt: Date, body: [UInt8]
  ) {
    self.url = url
    self.finalURL = finalURL
    self.contentType = contentType
    self.etag = etag
    self.lastModified = lastModified
    self.fetchedAt = fetchedAt
    self.body = body
  }

  /// The entry for a response with a body, fetched at `date`.
  public init(response: FetchResponse, fetchedAt date: Date) {
    self.init(
      url: response.url, finalURL: response.finalURL, contentType: response.contentType, etag: response.etag,
      lastModified: response.lastModified, fetchedAt: date, body: response.body)
  }

  /// The conditional request that asks whether this copy is still current.
  public var revalidation: FetchRequest { FetchRequest(url: url, etag: etag, lastModified: lastModified) }

  /// The encoding to read the body in (see ``CharsetChoice/resolve(body:headerCharset:)``).
  public var charsetChoice: CharsetChoice {
    CharsetChoice.resolve(body: body, headerCharset: contentType?.charset)
  }
}
