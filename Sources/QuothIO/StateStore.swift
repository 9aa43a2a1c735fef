import Foundation
import QuothModel

/// Keeps ``ReadingState`` in `$XDG_STATE_HOME/quoth/state.json` (by default
/// `~/.local/state/quoth/state.json`).
///
/// Every read and every save holds an exclusive `flock` on `state.lock` beside it, and a save
/// reads the file again, merges its changes in (newer records win) and writes a temporary file
/// that is renamed over the old one: two quoth processes at once never leave a half-written or
/// corrupt file, and neither loses the other's records. A file that is not valid state is renamed
/// to `state.json.corrupt-<UTC time>` and reported, and reading starts afresh.
public struct StateStore: Sendable {
  /// The folder holding `state.json` and `state.lock`.
  public let folder: String

  /// Creates a store in `folder` (created on the first save).
  public init(folder: String) {
    self.folder = folder
  }

  /// The store in the default folder for `environment`: `$XDG_STATE_HOME/quoth` when that is an
  /// absolute path, else `$HOME/.local/state/quoth`; `nil` when neither is set.
  public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment)
    -> StateStore?
  {
    if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") {
      return StateStore(folder: xdg + "/quoth")
    }
    guard let home = environment["HOME"], !home.isEmpty else { return nil }
    return StateStore(folder: home + "/.local/state/quoth")
  }

  /// The largest state file read; a bigger one is reported, not read.
  static let maxFileSize = 16 << 20

  /// The state file.
  public var file: String { folder + "/state.json" }
  /// The lock file.
  public var lockFile: String { folder + "/state.lock" }

  /// The key an article's position is stored under: for a file, its absolute path with `.` and
  /// `..` resolved and links followed when it exists; for anything else, its name (`-`,
  /// `sample:…`, the web address, `FEED#ITEM`).
  public static func articleKey(for ref: ArticleRef) -> String {
    guard let path = ref.filePath else { return ref.description }
    if let resolved = realpath(path, nil) {
      defer { free(resolved) }
      return String(cString: resolved)
    }
    let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    return URL(fileURLWithPath: absolute).standardizedFileURL.path
  }

  /// The key a library's last article is stored under: the article keys of the paths named, in
  /// order, joined by newlines (`samples` for none).
  public static func libraryKey(for paths: [String]) -> String {
    paths.isEmpty
      ? "samples" : paths.map { articleKey(for: ArticleRef(argument: $0)) }.joined(separator: "\n")
  }

  /// Reads the state. A missing file is an empty state; a corrupt one is set aside.
  ///
  /// - Returns: the state, and the problems met (each names the file).
  public func load() -> (state: ReadingState, problems: [StateError]) {
    guard FileManager.default.fileExists(atPath: file) else { return (ReadingState(), []) }
    var problems: [StateError] = []
    let lock = try? Lock(path: lockFile)
    defer { lock?.release() }
    let state = read(problems: &problems)
    return (state, problems)
  }

  /// Merges `changes` into the stored state: under the lock, reads the file, merges (newer
  /// records win), writes a temporary file and renames it into place.
  ///
  /// - Returns: the problems met; an empty array when the state was saved.
  @discardableResult
  public func save(_ changes: ReadingState) -> [StateError] {
    var problems: [StateError] = []
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      return [.cannotCreateFolder(path: folder, reason: Self.reason(error))]
    }
    let lock: Lock
    do {
      lock = try Lock(path: lockFile)
    } catch {
      return [error]
    }
    defer { lock.release() }
    let merged = read(problems: &problems).merged(with: changes)
    do {
      try write(merged)
    } catch {
      problems.append(error)
    }
    return problems
  }

  /// Reads and decodes the file; the caller holds the lock.
  private func read(problems: inout [StateError]) -> ReadingState {
    let data: Data
    do {
      // Read with plain system calls, as articles are (capped: a state file is small).
      data = Data(try ArticleLoader.readBytes(path: file, maxSize: Self.maxFileSize))
    } catch .notFound {
      return ReadingState()
    } catch .unreadable(_, let reason) {
      problems.append(.cannotRead(path: file, reason: reason))
      return ReadingState()
    } catch {
      problems.append(.cannotRead(path: file, reason: "not a state file (\(error.description))"))
      return ReadingState()
    }
    if let state = try? JSONDecoder().decode(ReadingState.self, from: data) { return state }
    let aside = file + ".corrupt-" + Self.timestamp()
    if rename(file, aside) == 0 {
      problems.append(.corrupt(path: file, setAside: aside))
    } else {
      problems.append(
        .cannotRead(path: file, reason: "not valid state, and " + String(cString: strerror(errno))))
    }
    return ReadingState()
  }

  /// Writes `state` to a temporary file in the folder, flushes it, and renames it over the file.
  private func write(_ state: ReadingState) throws(StateError) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let data: Data
    do {
      data = try encoder.encode(state)
    } catch {
      throw .cannotWrite(path: file, reason: Self.reason(error))
    }
    let temporary = "\(file).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      throw .cannotWrite(path: temporary, reason: String(cString: strerror(errno)))
    }
    var failure: String?
    do {
      try FileIO.writeAll(fd: descriptor, [UInt8](data))
    } catch {
      failure = error.description
    }
    if failure == nil, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
    close(descriptor)
    if failure == nil, rename(temporary, file) != 0 { failure = String(cString: strerror(errno)) }
    if let failure {
      unlink(temporary)
      throw .cannotWrite(path: file, reason: failure)
    }
  }

  private static func reason(_ error: any Error) -> String {
    (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
  }

  /// The current UTC time as `20260127T013500Z`, for the name of a set-aside file.
  static func timestamp(_ date: Date = Date()) -> String {
    var time = time_t(date.timeIntervalSince1970)
    var parts = tm()
    gmtime_r(&time, &parts)
    return String(
      format: "%04d%02d%02dT%02d%02d%02dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
      Int(parts.tm_mday),
      Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
  }
}
