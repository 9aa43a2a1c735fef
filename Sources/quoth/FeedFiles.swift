import Foundation
import QuothModel

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
  /// be) and the rest, in their order.
  ///
  /// - Returns: the feeds, the other paths, and whether a feed file failed.
  static func split(_ paths: [String], maxSize: Int) -> (feeds: [Input], rest: [String], failed: Bool) {
    var feeds: [Input] = []
    var rest: [String] = []
    var failed = false
    for path in paths {
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
}
