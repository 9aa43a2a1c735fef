/// Why the reading state could not be read or saved. None of these stops the reader: it warns
/// and carries on without remembering.
public enum StateError: Error, Equatable, CustomStringConvertible, Sendable {
  /// The state folder could not be created; `reason` is the system's.
  case cannotCreateFolder(path: String, reason: String)
  /// The lock file could not be opened or locked.
  case cannotLock(path: String, reason: String)
  /// The state file exists but could not be read.
  case cannotRead(path: String, reason: String)
  /// The state file could not be written or renamed into place.
  case cannotWrite(path: String, reason: String)
  /// The state file was not valid JSON for quoth's state; it was renamed to `setAside`.
  case corrupt(path: String, setAside: String)

  /// One line naming the file and the reason.
  public var description: String {
    switch self {
    case .cannotCreateFolder(let path, let reason):
      return "\(path): cannot create the state folder: \(reason); reading positions are not saved"
    case .cannotLock(let path, let reason):
      return "\(path): cannot lock the state file: \(reason); reading positions are not saved"
    case .cannotRead(let path, let reason):
      return "\(path): cannot read the state file: \(reason)"
    case .cannotWrite(let path, let reason):
      return "\(path): cannot save the reading state: \(reason)"
    case .corrupt(let path, let setAside):
      return "\(path): the state file was corrupt; moved it to \(setAside) and started afresh"
    }
  }
}
