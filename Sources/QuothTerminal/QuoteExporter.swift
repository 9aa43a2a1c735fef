import Foundation
import QuothIO
import QuothModel

#if canImport(Glibc)
  import Glibc
#endif

/// Writes exported quotes to a new file, never overwriting one that exists.
public enum QuoteExporter {
  /// Writes `markdown` to `quoth-<slug>.md` in `folder`, or `quoth-<slug>-2.md` and so on when
  /// that name is taken, and returns the path written.
  ///
  /// - Throws: the system's error when the folder cannot be written.
  public static func write(markdown: String, slug: String, in folder: String) throws -> String {
    try write(markdown: markdown, to: (folder as NSString).appendingPathComponent("quoth-\(slug).md"))
  }

  /// Writes `markdown` to the file at `path` (a leading `~/` is the home folder), or to
  /// `NAME-2.EXT` and so on beside it when that name is taken, and returns the absolute path
  /// written.
  ///
  /// - Throws: the system's error when the folder cannot be written.
  public static func write(markdown: String, to path: String) throws -> String {
    let expanded = (path as NSString).expandingTildeInPath
    let absolute =
      expanded.hasPrefix("/")
      ? expanded : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(expanded)
    let stem = (absolute as NSString).deletingPathExtension
    let ext = (absolute as NSString).pathExtension
    let data = Array(markdown.utf8)
    for attempt in 1...1000 {
      let candidate = attempt == 1 ? absolute : stem + "-\(attempt)" + (ext.isEmpty ? "" : "." + ext)
      let path = (candidate as NSString).standardizingPath
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
