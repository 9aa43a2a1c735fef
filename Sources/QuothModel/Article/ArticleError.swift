/// Why an article could not be read.
public enum ArticleError: Error, Equatable, CustomStringConvertible, Sendable {
  /// The file does not exist or vanished before it was read.
  case notFound(path: String)
  /// The file exists but could not be read (permissions, I/O error); `reason` is the system's.
  case unreadable(path: String, reason: String)
  /// The file looks binary (NUL bytes, or mostly invalid UTF-8).
  case binary(path: String)
  /// The file is larger than the size cap.
  case tooLarge(path: String, size: Int, limit: Int)
  /// The path is a folder where a file was needed.
  case isDirectory(path: String)
  /// A folder reached again through a symbolic link; walking it again would loop.
  case folderLoop(path: String)
  /// The path is a device, socket or pipe found while walking a folder.
  case notRegularFile(path: String)
  /// A gzip file unpacks to more than the size cap (a gzip bomb, or simply too large).
  case unpackedTooLarge(path: String, limit: Int)
  /// A gzip file is damaged or cut short; `reason` is zlib's.
  case badGzip(path: String, reason: String)
  /// A web page could not be fetched; `reason` says why (HTTP status, timeout, offline).
  case network(url: String, reason: String)

  /// One line naming the file and the reason.
  public var description: String {
    switch self {
    case .notFound(let path): return "\(path): no such file"
    case .unreadable(let path, let reason): return "\(path): cannot read: \(reason)"
    case .binary(let path): return "\(path): looks like a binary file, not an article"
    case .tooLarge(let path, let size, let limit):
      return "\(path): \(size) bytes is over the \(limit)-byte limit (see --max-size)"
    case .isDirectory(let path): return "\(path): is a folder"
    case .folderLoop(let path): return "\(path): folder already visited through a link (a loop); skipped"
    case .notRegularFile(let path): return "\(path): not a regular file; skipped"
    case .unpackedTooLarge(let path, let limit):
      return "\(path): unpacks to more than the \(limit)-byte limit (see --max-size)"
    case .badGzip(let path, let reason): return "\(path): damaged gzip data: \(reason)"
    case .network(let url, let reason): return "\(url): \(reason)"
    }
  }
}
