import Foundation

/// What tells whether a file changed since it was indexed: its size and modification time.
struct FileStamp: Equatable, Sendable {
  /// The size in bytes.
  var size: Int64
  /// The modification time in nanoseconds since 1970.
  var modified: Int64

  /// The stamp of a regular file at `path` (links followed), or `nil` when it cannot be stat'ed
  /// or is not a regular file.
  static func of(_ path: String) -> FileStamp? {
    var info = stat()
    guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
    return FileStamp(
      size: Int64(info.st_size),
      modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
  }

  /// Whether `path` is known to be gone: it, or a folder on its way, does not exist.
  static func isGone(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) != 0 && (errno == ENOENT || errno == ENOTDIR)
  }
}
