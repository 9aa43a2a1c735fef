import Foundation
import QuothNet
import Testing

/// A cache folder of its own for one test, removed afterwards.
final class TemporaryCache {
  let cache: HTTPCache
  let root: String

  init() throws {
    root =
      FileManager.default.temporaryDirectory.appendingPathComponent("quoth-cache-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    cache = HTTPCache(folder: root + "/quoth/http")
  }

  deinit {
    try? FileManager.default.removeItem(atPath: root)
  }
}

/// Entries on disk: written whole, read back whole, or not at all.
@Suite struct HTTPCacheTests {
  static let resource = CachedResource(
    url: "http://127.0.0.1:1/feed", finalURL: "http://127.0.0.1:1/feed.xml",
    contentType: ContentType(header: "application/rss+xml; charset=utf-8"), etag: "\"abc\"",
    lastModified: "Wed, 21 Oct 2015 07:28:00 GMT", fetchedAt: Date(timeIntervalSince1970: 1_700_000_000),
    body: Array("<rss>\n<channel/>\n</rss>\n".utf8) + [0, 0xFF, 0x0A])

  @Test func anEntryReadsBackAsItWasStored() throws {
    let temporary = try TemporaryCache()
    try temporary.cache.store(Self.resource)
    #expect(temporary.cache.load(url: Self.resource.url) == Self.resource)
    #expect(temporary.cache.load(url: "http://127.0.0.1:1/other") == nil)
    var newer = Self.resource
    newer.body = Array("replaced".utf8)
    try temporary.cache.store(newer)
    #expect(temporary.cache.load(url: Self.resource.url) == newer)
    // No temporary file is left beside the entry.
    #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.cache.folder).count == 1)
  }

  @Test func aDamagedEntryIsAMiss() throws {
    let temporary = try TemporaryCache()
    try temporary.cache.store(Self.resource)
    let file = temporary.cache.file(for: Self.resource.url)
    let whole = try Data(contentsOf: URL(fileURLWithPath: file))
    try whole.dropLast(2).write(to: URL(fileURLWithPath: file))
    #expect(temporary.cache.load(url: Self.resource.url) == nil)
    try Data("not json\n".utf8).write(to: URL(fileURLWithPath: file))
    #expect(temporary.cache.load(url: Self.resource.url) == nil)
  }

  @Test func anotherURLsEntryUnderTheSameNameIsAMiss() throws {
    let temporary = try TemporaryCache()
    var other = Self.resource
    other.url = "http://127.0.0.1:1/elsewhere"
    try temporary.cache.store(other)
    // As a hash collision would leave it: the right file name, another URL inside.
    try FileManager.default.moveItem(
      atPath: temporary.cache.file(for: other.url), toPath: temporary.cache.file(for: Self.resource.url))
    #expect(temporary.cache.load(url: Self.resource.url) == nil)
  }

  @Test func aFolderThatCannotBeMadeIsReported() throws {
    let temporary = try TemporaryCache()
    let blocker = temporary.root + "/blocker"
    try Data().write(to: URL(fileURLWithPath: blocker))
    let cache = HTTPCache(folder: blocker + "/http")
    #expect {
      try cache.store(Self.resource)
    } throws: { error in
      guard case .cannotWrite(let url, let path, _) = error as? CacheError else { return false }
      return url == Self.resource.url && path.hasPrefix(blocker + "/http/")
    }
  }

  @Test func theFolderFollowsXDG() {
    #expect(
      HTTPCache.standard(environment: ["XDG_CACHE_HOME": "/x/cache", "HOME": "/h"])?.folder
        == "/x/cache/quoth/http")
    #expect(
      HTTPCache.standard(environment: ["XDG_CACHE_HOME": "relative", "HOME": "/h"])?.folder
        == "/h/.cache/quoth/http")
    #expect(HTTPCache.standard(environment: [:]) == nil)
  }
}

/// `cachedOrFetch` against the loopback server: revalidation, 304s, offline mode, a server gone.
@Suite struct CachedFetchTests {
  nonisolated(unsafe) static let notePattern = /offline: showing cached copy from \d{4}-\d\d-\d\d \d\d:\d\d/

  let server: LoopbackServer
  let fetcher = Fetcher()

  init() throws {
    server = try LoopbackServer.running()
  }

  @Test(arguments: ["/etag", "/lastmod"])
  func aSecondFetchIsConditionalAndCostsNoParse(path: String) async throws {
    let temporary = try TemporaryCache()
    let url = server.url(path)
    let first = try await fetcher.cachedOrFetch(url, cache: temporary.cache, mode: .online)
    #expect(first.origin == .fetched && first.isNew && first.note == nil)
    #expect(temporary.cache.load(url: url)?.body == first.resource.body)
    let second = try await fetcher.cachedOrFetch(url, cache: temporary.cache, mode: .online)
    #expect(second.origin == .notModified)
    #expect(!second.isNew && second.note == nil)
    #expect(second.resource.body == first.resource.body)
    #expect(second.resource.fetchedAt >= first.resource.fetchedAt)
  }

  @Test func offlineReadsTheCacheAndNeverTheNetwork() async throws {
    let temporary = try TemporaryCache()
    // Nothing listens at this URL: reaching for the network would fail, not say "offline".
    let closed = try ClosedPort()
    var resource = HTTPCacheTests.resource
    resource.url = "http://127.0.0.1:\(closed.port)/feed"
    try temporary.cache.store(resource)
    let result = try await fetcher.cachedOrFetch(resource.url, cache: temporary.cache, mode: .offline)
    #expect(result.origin == .offline)
    #expect(result.resource == resource)
    // 1,700,000,000 s is 2023-11-14 22:13 UTC; local time moves it by hours, not days.
    let note = try #require(result.note)
    #expect(note.wholeMatch(of: Self.notePattern) != nil, "\(note)")
    #expect(note.contains("2023-11-1"))
  }

  @Test func offlineWithoutACopyIsAnError() async throws {
    let temporary = try TemporaryCache()
    let url = server.url("/text")
    await #expect(throws: FetchError.notCached(url: url)) {
      try await fetcher.cachedOrFetch(url, cache: temporary.cache, mode: .offline)
    }
    #expect(
      FetchError.notCached(url: url).description == url + ": not in the cache (offline: nothing is fetched)")
  }

  @Test func aServerThatWentAwayLeavesTheCachedCopy() async throws {
    let temporary = try TemporaryCache()
    let own = try LoopbackServer()
    let url = own.url("/etag")
    let first = try await fetcher.cachedOrFetch(url, cache: temporary.cache, mode: .online)
    own.stop()
    let second = try await fetcher.cachedOrFetch(url, cache: temporary.cache, mode: .online)
    guard case .cachedAfterFailure(.connectionFailed(url, _)) = second.origin else {
      Issue.record("expected the cached copy after a refused connection, got \(second.origin)")
      return
    }
    #expect(second.resource.body == first.resource.body)
    #expect(second.note?.wholeMatch(of: Self.notePattern) != nil, "\(second.note ?? "no note")")
  }

  @Test func aServerErrorAlsoLeavesTheCachedCopy() async throws {
    let temporary = try TemporaryCache()
    var resource = HTTPCacheTests.resource
    resource.url = server.url("/status/500")
    try temporary.cache.store(resource)
    let result = try await fetcher.cachedOrFetch(resource.url, cache: temporary.cache, mode: .online)
    #expect(result.origin == .cachedAfterFailure(.http(url: resource.url, status: 500, finalURL: nil)))
    #expect(result.resource.body == resource.body)
  }

  @Test func aFailureWithNothingCachedIsAnError() async throws {
    let temporary = try TemporaryCache()
    let url = server.url("/status/404")
    await #expect(throws: FetchError.http(url: url, status: 404, finalURL: nil)) {
      try await fetcher.cachedOrFetch(url, cache: temporary.cache, mode: .online)
    }
  }

  @Test func aCacheThatCannotBeWrittenIsAWarning() async throws {
    let temporary = try TemporaryCache()
    let blocker = temporary.root + "/blocker"
    try Data().write(to: URL(fileURLWithPath: blocker))
    let result = try await fetcher.cachedOrFetch(
      server.url("/text"), cache: HTTPCache(folder: blocker), mode: .online)
    #expect(result.origin == .fetched)
    #expect(result.warnings.count == 1)
  }

  @Test func anUpdateOfManyFeedsRevalidatesThemAll() async throws {
    let temporary = try TemporaryCache()
    let urls = (0..<12).map { server.url("/feed/\($0)?items=5") } + [server.url("/status/404")]
    let first = await fetcher.cachedOrFetchAll(urls, cache: temporary.cache, mode: .online)
    #expect(first.dropLast().allSatisfy { (try? $0.get())?.origin == .fetched })
    #expect((try? first.last?.get()) == nil)
    let progress = ProgressLog()
    let second = await fetcher.cachedOrFetchAll(urls, cache: temporary.cache, mode: .online) {
      progress.append($0, $1)
    }
    #expect(second.dropLast().allSatisfy { (try? $0.get())?.origin == .notModified })
    #expect(progress.entries.last == [13, 13])
  }

  @Test func otherSchemesAreRefusedEvenOffline() async throws {
    let temporary = try TemporaryCache()
    await #expect(throws: FetchError.unsupportedScheme(url: "file:///etc/passwd", target: nil)) {
      try await fetcher.cachedOrFetch("file:///etc/passwd", cache: temporary.cache, mode: .offline)
    }
  }
}
