import Foundation
import QuothModel

#if canImport(Glibc)
  import Glibc
#endif

/// Writes exported quotes to a new file in a folder, never overwriting one that exists.
public enum QuoteExporter {
  /// Writes `markdown` to `quoth-<slug>.md` in `folder`, or `quoth-<slug>-2.md` and so on when
  /// that name is taken, and returns the path written.
  ///
  /// - Throws: the system's error when the folder cannot be written.
  public static func write(markdown: String, slug: String, in folder: String) throws -> String {
    let data = Array(markdown.utf8)
    for attempt in 1...1000 {
      let name = attempt == 1 ? "quoth-\(slug).md" : "quoth-\(slug)-\(attempt).md"
      let path = (folder as NSString).appendingPathComponent(name)
      let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
      if fd < 0 {
        if errno == EEXIST { continue }
        throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
      }
      defer { Glibc.close(fd) }
      do {
        try FileIO.writeAll(fd: fd, data)
      } catch {
        throw POSIXError(POSIXErrorCode(rawValue: error.code) ?? .EIO)
      }
      return path
    }
    throw POSIXError(.EEXIST)
  }
}
