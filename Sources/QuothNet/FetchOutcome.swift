/// What a successful fetch brought: a new body, or word that the copy held is still current.
public enum FetchOutcome: Sendable, Equatable {
  /// A 2xx answer with its body.
  case fetched(FetchResponse)
  /// A 304 answer to a conditional GET: the copy held is current, and there is nothing to parse.
  /// The response carries the final URL and any refreshed validators; its body is empty.
  case notModified(FetchResponse)

  /// The response, whichever case.
  public var response: FetchResponse {
    switch self {
    case .fetched(let response), .notModified(let response): return response
    }
  }
}
