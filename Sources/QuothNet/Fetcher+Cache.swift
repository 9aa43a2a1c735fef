import Foundation

extension Fetcher {
  /// `url` from the cache or the network, by `mode`:
  ///
  /// - online, not cached: fetched and stored;
  /// - online, cached: a conditional GET with the stored validators; a 304 brings the cached
  ///   copy as ``CachedFetch/Origin/notModified`` (nothing new to parse), a new body replaces it;
  ///   when the fetch fails the cached copy comes back with the error and a one-line ``CachedFetch/note``;
  /// - offline: the cached copy, the network untouched.
  ///
  /// A cache that cannot be written is reported in ``CachedFetch/warnings``, never fatal.
  /// - Throws: ``FetchError`` when there is no copy to show: the fetch failed with nothing
  ///   cached, or offline with nothing cached (``FetchError/notCached(url:)``), or the URL is not
  ///   http or https, or the task was cancelled.
  public func cachedOrFetch(_ url: String, cache: HTTPCache, mode: NetworkMode) async throws(FetchError)
    -> CachedFetch
  {
    if let refused = CurlEngine.precheck(url) { throw refused }
    let cached = cache.load(url: url)
    if mode == .offline {
      guard let cached else { throw .notCached(url: url) }
      return CachedFetch(resource: cached, origin: .offline)
    }
    let outcome: FetchOutcome
    do {
      outcome = try await fetch(cached?.revalidation ?? FetchRequest(url: url))
    } catch {
      guard let cached, error != .cancelled(url: url) else { throw error }
      return CachedFetch(resource: cached, origin: .cachedAfterFailure(error))
    }
    var result: CachedFetch
    switch (outcome, cached) {
    case (.fetched(let response), _):
      result = CachedFetch(resource: CachedResource(response: response, fetchedAt: Date()), origin: .fetched)
    case (.notModified(let response), var resource?):
      // The copy is current as of now; a 304 may also bring fresher validators.
      resource.fetchedAt = Date()
      resource.etag = response.etag ?? resource.etag
      resource.lastModified = response.lastModified ?? resource.lastModified
      result = CachedFetch(resource: resource, origin: .notModified)
    case (.notModified(let response), nil):
      // Not asked for (no validators were sent), so the server is wrong: nothing to show.
      throw .http(url: url, status: 304, finalURL: response.finalURL == url ? nil : response.finalURL)
    }
    do {
      try cache.store(result.resource)
    } catch {
      result.warnings.append(error)
    }
    return result
  }

  /// ``cachedOrFetch(_:cache:mode:)`` for every URL, ``FetchOptions/concurrency`` at a time; one
  /// failing never stops the others (`quoth update`).
  ///
  /// - Parameter progress: called after each URL ends with how many have ended and the total.
  /// - Returns: the results in the order of `urls`.
  public func cachedOrFetchAll(
    _ urls: [String], cache: HTTPCache, mode: NetworkMode,
    progress: ((_ done: Int, _ total: Int) -> Void)? = nil
  ) async -> [Result<CachedFetch, FetchError>] {
    await Self.concurrently(urls, progress: progress) { url in
      do throws(FetchError) {
        return .success(try await self.cachedOrFetch(url, cache: cache, mode: mode))
      } catch {
        return .failure(error)
      }
    }
  }
}
