import Dispatch
import Foundation
import QuothModel
import Synchronization

/// Web pages as articles: fetched (or read from the cache, or refused offline) and put through the
/// page extractor, for every reference that is an `http` or `https` address.
///
/// Pages are fetched with a conditional GET when a copy is cached; when the network or the server
/// fails, the cached copy is read and the article carries a one-line warning saying so (the
/// reader shows it in the status bar, the commands on standard error).
public struct WebArticles: ArticleProvider {
  /// The fetcher (its options hold the size cap and timeouts).
  public let fetcher: Fetcher
  /// Where fetched pages are kept; `nil` keeps nothing (no home folder).
  public let cache: HTTPCache?
  /// Online, or `--offline`.
  public let mode: NetworkMode

  /// Creates the provider.
  public init(fetcher: Fetcher, cache: HTTPCache?, mode: NetworkMode) {
    self.fetcher = fetcher
    self.cache = cache
    self.mode = mode
  }

  public func article(for ref: ArticleRef) throws(ArticleError) -> Article {
    guard case .url(let address) = ref else { throw .notFound(path: ref.description) }
    let resource: CachedResource
    var notes: [String] = []
    do throws(FetchError) {
      if let cache {
        let fetched = try fetcher.cachedOrFetchWaiting(address, cache: cache, mode: mode)
        resource = fetched.resource
        notes += fetched.note.map { ["\(Sanitizer.field(address)): \($0)"] } ?? []
        notes += fetched.warnings.map(\.description)
      } else {
        guard mode == .online else { throw .notCached(url: address) }
        let response = try fetcher.fetchWaiting(FetchRequest(url: address)).response
        resource = CachedResource(response: response, fetchedAt: Date())
      }
    } catch {
      throw .network(url: Sanitizer.field(address), reason: Sanitizer.field(error.reason))
    }
    var article = try Self.article(resource: resource, ref: ref, maxSize: fetcher.options.maxSize)
    article.warnings = notes + article.warnings
    return article
  }

  /// The article a fetched page holds: HTML through the page extractor (in the charset the
  /// header, byte order mark or page declares), other text as plain text.
  ///
  /// - Throws: ``ArticleError`` naming the address: binary content, a bad gzip stream.
  public static func article(resource: CachedResource, ref: ArticleRef, maxSize: Int) throws(ArticleError)
    -> Article
  {
    let choice = resource.charsetChoice
    let name = Sanitizer.field(ref.description)
    var article: Article
    if resource.contentType?.isHTML ?? false || choice.encoding.uppercased() == "UTF-8" {
      article = try ArticleParser.article(
        bytes: resource.body, path: name, maxSize: maxSize, encoding: choice.encoding,
        isHTML: resource.contentType?.isHTML ?? false)
    } else {
      article = ArticleParser.parse(path: name, text: Array(choice.decode(resource.body).unicodeScalars))
    }
    article.ref = ref
    if article.url == nil { article.url = resource.finalURL }
    if let note = choice.note { article.warnings.append("\(name): \(note)") }
    return article
  }
}

extension Fetcher {
  /// ``cachedOrFetch(_:cache:mode:)`` for a caller on a plain thread (a command, or the reader's
  /// background work), which waits for the answer.
  public func cachedOrFetchWaiting(_ url: String, cache: HTTPCache, mode: NetworkMode) throws(FetchError)
    -> CachedFetch
  {
    let outcome = Mutex<Result<CachedFetch, FetchError>?>(nil)
    let finished = DispatchSemaphore(value: 0)
    Task {
      do throws(FetchError) {
        let fetched = try await cachedOrFetch(url, cache: cache, mode: mode)
        outcome.withLock { $0 = .success(fetched) }
      } catch {
        outcome.withLock { $0 = .failure(error) }
      }
      finished.signal()
    }
    finished.wait()
    return try outcome.withLock { $0! }.get()
  }
}
