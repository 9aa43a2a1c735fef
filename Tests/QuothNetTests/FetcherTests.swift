import Foundation
import QuothModel
import QuothNet
import Synchronization
import Testing

/// The fetcher against the loopback server: bodies, validators, redirects, errors, limits.
@Suite struct FetcherTests {
  let server: LoopbackServer
  let fetcher = Fetcher()

  init() throws {
    server = try LoopbackServer.running()
  }

  /// The response of a fetch that must bring a body.
  func fetched(_ path: String, with fetcher: Fetcher? = nil) async throws -> FetchResponse {
    let outcome = try await (fetcher ?? self.fetcher).fetch(FetchRequest(url: server.url(path)))
    guard case .fetched(let response) = outcome else {
      throw FetchError.transfer(url: server.url(path), reason: "expected a body, got \(outcome)")
    }
    return response
  }

  /// The error a fetch of `path` must end with.
  func failure(_ path: String, with fetcher: Fetcher? = nil) async -> FetchError? {
    do {
      let outcome = try await (fetcher ?? self.fetcher).fetch(FetchRequest(url: server.url(path)))
      Issue.record("\(path) should have failed, got \(outcome)")
      return nil
    } catch {
      return error
    }
  }

  @Test func aBodyComesWithItsTypeAndCharset() async throws {
    let response = try await fetched("/text")
    #expect(response.status == 200)
    #expect(String(decoding: response.body, as: UTF8.self) == "hello, loopback\n")
    #expect(response.contentType?.mediaType == "text/plain")
    #expect(response.headerCharset == "utf-8")
    #expect(response.finalURL == server.url("/text"))
    #expect(response.redirects.isEmpty)
  }

  @Test func requestsNameQuothAndAcceptCompression() async throws {
    let response = try await fetched("/headers")
    let headers = try JSONDecoder().decode([String: String].self, from: Data(response.body))
    #expect(headers["user-agent"] == FetchOptions.defaultUserAgent)
    let agent = "quoth/\(QuothVersion.current) (terminal news reader; libcurl/"
    #expect(FetchOptions.defaultUserAgent.hasPrefix(agent))
    #expect(!FetchOptions.defaultUserAgent.contains("unknown"), "libcurl names its version")
    let encodings = headers["accept-encoding"] ?? ""
    #expect(encodings.contains("gzip") && encodings.contains("deflate"))
    #expect(headers["if-none-match"] == nil && headers["if-modified-since"] == nil)
  }

  @Test func anETagMakesTheNextFetchConditional() async throws {
    let first = try await fetched("/etag")
    #expect(first.etag == "\"v1\"")
    #expect(String(decoding: first.body, as: UTF8.self) == "tagged body\n")
    let second = try await fetcher.fetch(FetchRequest(url: server.url("/etag"), etag: first.etag))
    guard case .notModified(let response) = second else {
      Issue.record("expected not modified, got \(second)")
      return
    }
    #expect(response.status == 304)
    #expect(response.body.isEmpty)
    #expect(response.etag == "\"v1\"")
    // A stale tag brings the body again.
    let stale = try await fetcher.fetch(FetchRequest(url: server.url("/etag"), etag: "\"v0\""))
    #expect(stale.response.status == 200)
  }

  @Test func aLastModifiedDateMakesTheNextFetchConditional() async throws {
    let first = try await fetched("/lastmod")
    #expect(first.lastModified == "Wed, 21 Oct 2015 07:28:00 GMT")
    let second = try await fetcher.fetch(
      FetchRequest(url: server.url("/lastmod"), lastModified: first.lastModified))
    guard case .notModified = second else {
      Issue.record("expected not modified, got \(second)")
      return
    }
  }

  @Test(arguments: [1, 2, 5])
  func redirectsAreFollowedUpToFive(count: Int) async throws {
    let response = try await fetched("/redirect/\(count)")
    #expect(response.url == server.url("/redirect/\(count)"))
    #expect(response.finalURL == server.url("/redirect/0"))
    #expect(response.redirects == (1...count).reversed().map { server.url("/redirect/\($0)") })
    #expect(String(decoding: response.body, as: UTF8.self) == "arrived\n")
  }

  @Test func aSixthRedirectFails() async {
    let error = await failure("/redirect/6")
    #expect(error == .tooManyRedirects(url: server.url("/redirect/6"), limit: 5))
    #expect(error?.description == server.url("/redirect/6") + ": more than 5 redirects")
  }

  @Test func aRedirectLoopIsNamed() async {
    let error = await failure("/loop/a")
    #expect(error == .redirectLoop(url: server.url("/loop/a"), target: server.url("/loop/a")))
    #expect(error?.description.contains("redirect loop") == true)
  }

  @Test func aRelativeRedirectResolvesAgainstTheURL() async throws {
    let response = try await fetched("/relative/here")
    #expect(response.finalURL == server.url("/text"))
  }

  @Test(arguments: [("/to-file", "file:///etc/passwd"), ("/to-ftp", "ftp://127.0.0.1/pub/file.txt")])
  func redirectsToOtherSchemesAreRefused(path: String, target: String) async {
    let error = await failure(path)
    #expect(error == .unsupportedScheme(url: server.url(path), target: target))
    #expect(error?.description.contains("only http and https") == true)
  }

  @Test(arguments: ["file:///etc/passwd", "ftp://127.0.0.1/x", "gopher://127.0.0.1/", "javascript:alert(1)"])
  func otherSchemesAreRefusedBeforeAnyTransfer(url: String) async {
    await #expect(throws: FetchError.unsupportedScheme(url: url, target: nil)) {
      try await fetcher.fetch(FetchRequest(url: url))
    }
  }

  @Test(arguments: [404, 500])
  func httpErrorsNameTheStatus(status: Int) async {
    let error = await failure("/status/\(status)")
    #expect(error == .http(url: server.url("/status/\(status)"), status: status, finalURL: nil))
    let name = status == 404 ? "Not Found" : "Internal Server Error"
    #expect(error?.description == server.url("/status/\(status)") + ": HTTP \(status) \(name)")
  }

  @Test func aStalledServerTimesOut() async {
    var options = FetchOptions()
    options.totalTimeout = .milliseconds(300)
    let error = await failure("/stall", with: Fetcher(options: options))
    #expect(error == .timedOut(url: server.url("/stall"), seconds: 0.3, connecting: false))
    #expect(error?.description.hasSuffix("timed out after 0.3 s") == true)
  }

  @Test func aRefusedConnectionIsNamed() async throws {
    let closed = try ClosedPort()
    let url = "http://127.0.0.1:\(closed.port)/"
    do {
      _ = try await fetcher.fetch(FetchRequest(url: url))
      Issue.record("a closed port answered")
    } catch {
      guard case .connectionFailed(url, let reason) = error else {
        Issue.record("expected connectionFailed, got \(error)")
        return
      }
      #expect(reason.contains("\(closed.port)"))
      #expect(error.description.hasPrefix(url + ": cannot connect"))
    }
  }

  /// How many bytes the server wrote for `/huge?id=…` before the client hung up.
  func hugeBytesSent(id: String) async throws -> Int {
    let stats = try await fetched("/stats?id=\(id)")
    let object = try JSONSerialization.jsonObject(with: Data(stats.body)) as? [String: Any]
    #expect(object?["ended"] as? Bool == true)
    return object?["sent"] as? Int ?? .max
  }

  @Test(arguments: [false, true])
  func twoHundredMegabytesStopAtTheCap(declared: Bool) async throws {
    var options = FetchOptions()
    options.maxSize = 1 << 20
    let id = UUID().uuidString
    let path = "/huge?id=\(id)" + (declared ? "&declared=1" : "")
    let error = await failure(path, with: Fetcher(options: options))
    #expect(error == .tooLarge(url: server.url(path), limit: 1 << 20))
    // The transfer stopped early: far less than the 200 MB left the server (what did went into
    // socket buffers), and the fetcher kept at most the cap.
    let sent = try await hugeBytesSent(id: id)
    #expect(sent < 64 << 20, "the server sent \(sent) bytes")
  }

  @Test(arguments: [("/gzip", "compressed line\n"), ("/deflate", "deflated line\n")])
  func compressedBodiesArriveDecoded(path: String, line: String) async throws {
    let response = try await fetched(path)
    #expect(String(decoding: response.body, as: UTF8.self) == String(repeating: line, count: 2000))
  }

  @Test func aGzipBombStopsAtTheCapOnItsUnpackedSize() async {
    var options = FetchOptions()
    options.maxSize = 1 << 20
    let error = await failure("/gzip-bomb", with: Fetcher(options: options))
    #expect(error == .tooLarge(url: server.url("/gzip-bomb"), limit: 1 << 20))
  }

  @Test func manyFetchesRunSideBySideAndComeBackInOrder() async throws {
    let requests = (0..<40).map { FetchRequest(url: server.url("/feed/\($0)?items=3")) }
    let progress = ProgressLog()
    let results = await fetcher.fetchAll(requests) { done, total in progress.append(done, total) }
    #expect(results.count == 40)
    for (index, result) in results.enumerated() {
      let body = String(decoding: try result.get().response.body, as: UTF8.self)
      #expect(body.contains("<title>Loopback feed \(index)</title>"))
    }
    #expect(progress.entries == (1...40).map { [$0, 40] })
  }

  @Test func oneFailureDoesNotStopTheOthers() async throws {
    let paths = ["/text", "/status/500", "/to-file", "/etag"]
    let results = await fetcher.fetchAll(paths.map { FetchRequest(url: server.url($0)) })
    #expect((try? results[0].get())?.response.status == 200)
    #expect(throws: FetchError.http(url: server.url("/status/500"), status: 500, finalURL: nil)) {
      try results[1].get()
    }
    #expect(throws: FetchError.self) { try results[2].get() }
    #expect((try? results[3].get())?.response.etag == "\"v1\"")
  }

  @Test func cancellingTheTaskCancelsTheTransfer() async {
    let url = server.url("/stall")
    let task = Task { try await fetcher.fetch(FetchRequest(url: url)) }
    task.cancel()
    let result = await task.result
    #expect(throws: FetchError.cancelled(url: url)) { try result.get() }
  }

  @Test func aHandleCancelsAStartedFetch() async {
    let url = server.url("/stall")
    let result = await withCheckedContinuation { continuation in
      let handle = fetcher.start(FetchRequest(url: url)) { continuation.resume(returning: $0) }
      handle.cancel()
    }
    #expect(throws: FetchError.cancelled(url: url)) { try result.get() }
  }

  @Test func theWaitingCallSuitsCommandLineTools() throws {
    let outcome = try fetcher.fetchWaiting(FetchRequest(url: server.url("/text")))
    #expect(outcome.response.body == Array("hello, loopback\n".utf8))
  }
}

/// Progress reports, in the order they came.
final class ProgressLog: Sendable {
  private let log = Mutex<[[Int]]>([])
  var entries: [[Int]] { log.withLock { $0 } }
  func append(_ done: Int, _ total: Int) { log.withLock { $0.append([done, total]) } }
}
