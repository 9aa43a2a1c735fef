import Foundation
import QuothModel

/// The items of each feed that `quoth update` has already counted, so that it can say how many
/// are new.
///
/// Kept in `feeds-seen.json` in the state folder (`$XDG_STATE_HOME/quoth`) as
/// `{"version":1,"feeds":{"FEED-URL":["ITEM-KEY",…]}}`, an item's key being the one
/// `FeedLibrary.key(of:number:)` gives it. A save holds an exclusive lock on `feeds-seen.lock`,
/// reads the file again, replaces only the feeds it was given, and writes a temporary file that
/// is renamed into place: two updates at once never leave a broken file, and neither loses the
/// other's feeds. A file that does not read back is reported and read as empty (every item of
/// the next update then counts as new); the next save replaces it.
public struct FeedSeenStore: Sendable {
  /// The item keys seen, by feed URL.
  public typealias Seen = [String: Set<String>]

  /// The folder holding the file.
  public let folder: String

  /// A store in `folder` (created at the first save).
  public init(folder: String) {
    self.folder = folder
  }

  /// The store in the state folder for `environment` (the one ``StateStore/standard(environment:)``
  /// uses); `nil` without a home folder.
  public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment)
    -> FeedSeenStore?
  {
    StateStore.standard(environment: environment).map { FeedSeenStore(folder: $0.folder) }
  }

  /// The file.
  public var file: String { folder + "/feeds-seen.json" }
  /// The lock file beside it.
  public var lockFile: String { folder + "/feeds-seen.lock" }

  /// The largest file read (a million keys of 64 bytes).
  static let maxFileSize = 64 << 20

  /// Reads the seen keys; a missing file has none.
  ///
  /// - Returns: the keys by feed URL, and the problem met, if any (the keys are then empty).
  public func load() -> (seen: Seen, problem: FeedSeenError?) {
    guard FileManager.default.fileExists(atPath: file) else { return ([:], nil) }
    let lock: StateStore.Lock
    do {
      lock = try StateStore.Lock(path: lockFile)
    } catch {
      return ([:], .cannotLock(path: lockFile, reason: Self.reason(error)))
    }
    defer { lock.release() }
    return read()
  }

  /// Stores `changes` (the keys of each feed updated, in place of what was stored for it) and,
  /// when `feeds` is given, forgets every feed not in it (feeds taken off the list).
  ///
  /// - Returns: the problem met; `nil` when the keys were saved.
  @discardableResult
  public func save(_ changes: Seen, keepingOnly feeds: Set<String>? = nil) -> FeedSeenError? {
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      return .cannotWrite(path: file, reason: (error as NSError).localizedFailureReason ?? "\(error)")
    }
    let lock: StateStore.Lock
    do {
      lock = try StateStore.Lock(path: lockFile)
    } catch {
      return .cannotLock(path: lockFile, reason: Self.reason(error))
    }
    defer { lock.release() }
    var seen = read().seen
    seen.merge(changes) { _, new in new }
    if let feeds { seen = seen.filter { feeds.contains($0.key) } }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    do {
      let data = try encoder.encode(File(feeds: seen.mapValues { $0.sorted() }))
      try data.write(to: URL(fileURLWithPath: file), options: .atomic)
    } catch {
      return .cannotWrite(path: file, reason: (error as NSError).localizedFailureReason ?? "\(error)")
    }
    return nil
  }

  /// Reads and decodes the file; the caller holds the lock.
  private func read() -> (seen: Seen, problem: FeedSeenError?) {
    let bytes: [UInt8]
    do {
      bytes = try ArticleLoader.readBytes(path: file, maxSize: Self.maxFileSize)
    } catch .notFound {
      return ([:], nil)
    } catch {
      return ([:], .unreadable(path: file, reason: error.description))
    }
    guard let stored = try? JSONDecoder().decode(File.self, from: Data(bytes)),
      stored.version == File.currentVersion
    else { return ([:], .unreadable(path: file, reason: "not a list of seen feed items")) }
    return (stored.feeds.mapValues(Set.init), nil)
  }

  private static func reason(_ error: StateError) -> String {
    if case .cannotLock(_, let reason) = error { return reason }
    return error.description
  }

  /// The file's JSON.
  private struct File: Codable {
    static let currentVersion = 1
    var version = currentVersion
    var feeds: [String: [String]]
  }
}

/// Why the seen feed items could not be read or saved.
public enum FeedSeenError: Error, Equatable, CustomStringConvertible, Sendable {
  /// The lock file could not be opened or locked.
  case cannotLock(path: String, reason: String)
  /// The file exists but could not be read, or is not what quoth writes.
  case unreadable(path: String, reason: String)
  /// The file could not be written.
  case cannotWrite(path: String, reason: String)

  /// One line naming the file and the reason.
  public var description: String {
    switch self {
    case .cannotLock(let path, let reason):
      return
        "\(Sanitizer.field(path)): cannot lock: \(Sanitizer.field(reason)); seen feed items are not saved"
    case .unreadable(let path, let reason):
      return "\(Sanitizer.field(path)): cannot read: \(Sanitizer.field(reason)); every item counts as new"
    case .cannotWrite(let path, let reason):
      return
        "\(Sanitizer.field(path)): cannot write: \(Sanitizer.field(reason)); seen feed items are not saved"
    }
  }
}
