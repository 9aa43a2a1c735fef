import Foundation

/// What ``Fetcher/cachedOrFetch(_:cache:mode:)`` brought: the copy to read and how it was had.
public struct CachedFetch: Sendable, Equatable {
  /// How the copy was had.
  public enum Origin: Sendable, Equatable {
    /// A new body from the network, now in the cache.
    case fetched
    /// The server answered 304: the cached copy is current, and whatever was read from it before
    /// still holds (no need to parse it again).
    case notModified
    /// The network or server failed with `error`; this is the cached copy.
    case cachedAfterFailure(FetchError)
    /// Offline mode: the cached copy, the network untouched.
    case offline
  }

  /// The copy to read.
  public var resource: CachedResource
  /// How it was had.
  public var origin: Origin
  /// Problems that did not stop the fetch: the cache could not be written.
  public var warnings: [CacheError] = []

  /// Whether the body differs from what was cached before this fetch (only a fresh fetch does).
  public var isNew: Bool { origin == .fetched }

  /// One line for the status bar or standard error when the copy is not fresh from the network,
  /// `offline: showing cached copy from 2024-05-01 14:03`; `nil` otherwise.
  public var note: String? {
    switch origin {
    case .fetched, .notModified: return nil
    case .cachedAfterFailure, .offline:
      return "offline: showing cached copy from " + Self.localTime(resource.fetchedAt)
    }
  }

  /// `date` as `YYYY-MM-DD HH:MM` in local time.
  public static func localTime(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = .current
    formatter.dateFormat = "yyyy-MM-dd HH:mm"
    return formatter.string(from: date)
  }
}
