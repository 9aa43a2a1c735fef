/// quoth's version, kept in this one place: `quoth --version` prints it, the manual page carries
/// it, and an HTTP client would send it in its `User-Agent`.
public enum QuothVersion {
  /// The release, as `MAJOR.MINOR.PATCH`.
  public static let current = "0.1.0"

  /// The `User-Agent` a network request made by quoth identifies itself with.
  public static var userAgent: String { "quoth/\(current)" }
}
