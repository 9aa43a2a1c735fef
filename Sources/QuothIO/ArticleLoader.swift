import Foundation
import QuothModel

/// Reads one article from a file or standard input.
public enum ArticleLoader {
  /// The default size cap: 64 MiB (``ArticleParser/defaultMaxSize``).
  public static let defaultMaxSize = ArticleParser.defaultMaxSize

  /// Reads and parses the file at `path` (`-` reads standard input).
  ///
  /// - Throws: ``ArticleError`` naming the file and the reason.
  public static func load(path: String, maxSize: Int = defaultMaxSize) throws(ArticleError) -> Article {
    try ArticleParser.article(bytes: readBytes(path: path, maxSize: maxSize), path: path, maxSize: maxSize)
  }

  /// Reads the raw bytes of `path`, or of standard input for `-`, refusing more than `maxSize`.
  ///
  /// The file is opened once and everything after that uses the open descriptor, so a file
  /// replaced or removed after it was listed is either read whole or reported as missing; a file
  /// that grows past the cap while it is read is refused, never read without bound.
  /// - Throws: ``ArticleError`` naming the file: missing (or a dangling link), a folder,
  ///   unreadable, or too large.
  public static func readBytes(path: String, maxSize: Int = defaultMaxSize) throws(ArticleError) -> [UInt8] {
    if path == "-" { return try readAll(STDIN_FILENO, path: path, sizeHint: 0, maxSize: maxSize) }
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else { throw FileID.error(path: path, errno: errno) }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { throw FileID.error(path: path, errno: errno) }
    let type = info.st_mode & S_IFMT
    if type == S_IFDIR { throw .isDirectory(path: path) }
    if type == S_IFREG, Int(info.st_size) > maxSize {
      throw .tooLarge(path: path, size: Int(info.st_size), limit: maxSize)
    }
    // Blocking reads from here on (a FIFO was opened without waiting for a writer).
    _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
    return try readAll(
      descriptor, path: path, sizeHint: type == S_IFREG ? Int(info.st_size) : 0, maxSize: maxSize)
  }

  /// Reads `descriptor` to its end, failing once more than `maxSize` bytes have come.
  private static func readAll(_ descriptor: Int32, path: String, sizeHint: Int, maxSize: Int)
    throws(ArticleError) -> [UInt8]
  {
    let bytes: [UInt8]
    do {
      bytes = try FileIO.readAll(fd: descriptor, sizeHint: sizeHint, limit: maxSize)
    } catch {
      throw FileID.error(path: path, errno: error.code)
    }
    if bytes.count > maxSize { throw .tooLarge(path: path, size: bytes.count, limit: maxSize) }
    return bytes
  }
}
