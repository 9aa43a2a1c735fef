import Foundation
import QuothModel

/// A file's identity (device and inode), used to notice a folder seen before.
struct FileID: Hashable, Sendable {
  var device: UInt64
  var inode: UInt64

  /// What `stat` tells about a path, following symbolic links.
  struct Info {
    var id: FileID
    var isDirectory: Bool
    var isRegular: Bool
  }

  /// Stats `path` (following links), mapping failures to ``ArticleError`` naming the path.
  static func lookUp(_ path: String) -> Result<Info, ArticleError> {
    var info = Glibc.stat()
    guard stat(path, &info) == 0 else { return .failure(error(path: path, errno: errno)) }
    let type = info.st_mode & S_IFMT
    return .success(
      Info(
        id: FileID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino)), isDirectory: type == S_IFDIR,
        isRegular: type == S_IFREG))
  }

  /// The error for a failed system call on `path`.
  static func error(path: String, errno code: Int32) -> ArticleError {
    if code == ENOENT {
      var link = Glibc.stat()
      if lstat(path, &link) == 0, (link.st_mode & S_IFMT) == S_IFLNK {
        return .unreadable(path: path, reason: "dangling symbolic link (its target does not exist)")
      }
      return .notFound(path: path)
    }
    if code == ELOOP { return .unreadable(path: path, reason: "too many levels of symbolic links") }
    return .unreadable(path: path, reason: String(cString: strerror(code)))
  }
}
