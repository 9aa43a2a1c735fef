#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A failed system call, carrying the `errno` it set.
public struct SystemError: Error, Equatable, CustomStringConvertible {
  /// The `errno` value.
  public var code: Int32

  /// Wraps `code`.
  public init(code: Int32) { self.code = code }

  /// The system's message for the code, as `strerror` gives it.
  public var description: String { String(cString: strerror(code)) }
}
