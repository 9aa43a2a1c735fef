import Foundation
import QuothModel
import QuothNet

/// Feed files among PATH arguments: found by their content (``FeedParser/sniff(_:)``), not their
/// name, and read whole.
enum FeedFiles {
  /// A feed file read from disk.
  struct Input {
    /// The path as given.
    var path: String
    /// The feed it holds.
    var feed: Feed
  }

  /// Splits `paths` into the feed files (read, with a one-line warning for each that could not
  /// be) and the rest, in their order. Web addresses are fetched through `web`'s cache (or read
  /// from it offline): those that serve a feed are feeds, the others pages left in the rest.
  ///
  /// - Returns: the feeds, the other paths, and whether a feed file or address failed.
  static func split(_ paths: [String], maxSize: Int, web: WebArticles? = nil) -> (
    feeds: [Input], rest: [String], failed: Bool
  ) {
    var feeds: [Input] = []
    var rest: [String] = []
    var failed = false
    for path in paths {
      if ArticleRef.isWebAddress(path) {
        switch address(path, web: web) {
        case .success(let feed?): feeds.append(Input(path: path, feed: feed))
        case .success(nil): rest.append(path)
        case .failure(let error):
          warn(error.description)
          failed = true
        }
        continue
      }
      var isFolder: ObjCBool = false
      guard path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isFolder),
        !isFolder.boolValue,
        let handle = FileHandle(forReadingAtPath: path)
      else {
        rest.append(path)
        continue
      }
      defer { try? handle.close() }
      let head = (try? handle.read(upToCount: 65536)) ?? Data()
      guard FeedParser.sniff(head) != nil else {
        rest.append(path)
        continue
      }
      do {
        let tail = try handle.read(upToCount: max(0, maxSize - head.count + 1)) ?? Data()
        guard head.count + tail.count <= maxSize else {
          warn("\(path): larger than the size limit of \(maxSize) bytes")
          failed = true
          continue
        }
        let feed = try FeedParser.parse(Array(head + tail), url: nil)
        feeds.append(Input(path: path, feed: feed))
      } catch let error as FeedError {
        warn("\(path): \(error)")
        failed = true
      } catch {
        warn("\(path): \(error.localizedDescription)")
        failed = true
      }
    }
    return (feeds, rest, failed)
  }

  /// The feed that the web address `url` serves, fetched through `web`'s cache; `nil` when it
  /// serves something else (a page), or when there is no cache to keep it in (the page reader
  /// then fetches it).
  private static func address(_ url: String, web: WebArticles?) -> Result<Feed?, FetchError> {
    guard let web, let cache = web.cache else { return .success(nil) }
    let fetched: CachedFetch
    do {
      fetched = try web.fetcher.cachedOrFetchWaiting(url, cache: cache, mode: web.mode)
    } catch {
      return .failure(error)
    }
    guard FeedParser.sniff(fetched.resource.body.prefix(65536)) != nil,
      let feed = try? FeedParser.parse(fetched.resource.body, url: fetched.resource.finalURL)
    else { return .success(nil) }
    if let note = fetched.note { warn("\(url): \(note)") }
    fetched.warnings.forEach { warn($0.description) }
    return .success(feed)
  }
}
