/// Whether fetching may use the network.
public enum NetworkMode: Sendable, Equatable {
  /// Fetch, revalidating cached copies; fall back to the cache when the network fails.
  case online
  /// Never touch the network: the cached copy or an error (`--offline`).
  case offline
}
