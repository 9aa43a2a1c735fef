import QuothModel

/// Why the cache could not keep a fetched copy.
public enum CacheError: Error, Equatable, CustomStringConvertible, Sendable {
  /// The entry for `url` could not be written to `path`; `reason` is the system's.
  case cannotWrite(url: String, path: String, reason: String)

  /// One line naming the file, the URL and the reason.
  public var description: String {
    switch self {
    case .cannotWrite(let url, let path, let reason):
      return "\(path): cannot cache \(Sanitizer.field(url)): \(reason)"
    }
  }
}
