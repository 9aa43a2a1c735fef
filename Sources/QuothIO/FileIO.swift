#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading and writing whole buffers through file descriptors: the one place that loops over
/// short reads and writes and retries after `EINTR`.
public enum FileIO {
  /// Writes every byte of `bytes` to `fd`, retrying after a signal and after a short write.
  ///
  /// - Throws: ``SystemError`` with the `errno` of the first write that failed.
  public static func writeAll(fd: Int32, _ bytes: [UInt8]) throws(SystemError) {
    var written = 0
    while written < bytes.count {
      let count = bytes.withUnsafeBytes { raw in write(fd, raw.baseAddress! + written, raw.count - written) }
      if count < 0 {
        if errno == EINTR { continue }
        throw SystemError(code: errno)
      }
      written += count
    }
  }

  /// Reads `fd` until `count` bytes have come or the file ends, retrying after a signal.
  ///
  /// - Returns: at most `count` bytes; fewer only at the end of the file.
  /// - Throws: ``SystemError`` with the `errno` of the read that failed.
  public static func readPrefix(fd: Int32, count: Int) throws(SystemError) -> [UInt8] {
    guard count > 0 else { return [] }
    var buffer = [UInt8](repeating: 0, count: count)
    var filled = 0
    while filled < count {
      let got = try readSome(fd: fd, into: &buffer, at: filled)
      if got == 0 { break }
      filled += got
    }
    buffer.removeSubrange(filled...)
    return buffer
  }

  /// Reads `fd` to its end, or until more than `limit` bytes have come, retrying after a signal.
  ///
  /// The buffer starts at `sizeHint` bytes (at least 4 KB) and doubles, never past about
  /// `limit + 2`, so a stream longer than `limit` is never read without bound: the caller tells
  /// a stream that is too long by a result of more than `limit` bytes.
  /// - Complexity: O(*n*) for *n* bytes read.
  /// - Throws: ``SystemError`` with the `errno` of the read that failed.
  public static func readAll(fd: Int32, sizeHint: Int = 0, limit: Int = .max - 2) throws(SystemError)
    -> [UInt8]
  {
    // The first buffer (the expected size and one byte more, to see the end) is read into as it
    // is allocated, not zero-filled first: most files need no other.
    var failure: SystemError?
    var atEnd = false
    var bytes = [UInt8](unsafeUninitializedCapacity: max(min(sizeHint, limit) + 1, 4096)) { buffer, count in
      while count < buffer.count {
        let got = read(fd, buffer.baseAddress! + count, buffer.count - count)
        if got > 0 {
          count += got
        } else if got == 0 {
          atEnd = true
          return
        } else if errno != EINTR {
          failure = SystemError(code: errno)
          return
        }
      }
    }
    if let failure { throw failure }
    if atEnd { return bytes }
    var filled = bytes.count
    while true {
      if filled == bytes.count {
        if filled > limit { break }
        bytes.append(contentsOf: repeatElement(0, count: min(bytes.count, limit + 1 - filled + 1)))
      }
      let got = try readSome(fd: fd, into: &bytes, at: filled)
      if got == 0 { break }
      filled += got
    }
    bytes.removeSubrange(filled...)
    return bytes
  }

  /// One `read` into `buffer` from `offset` to its end, retried after a signal.
  private static func readSome(fd: Int32, into buffer: inout [UInt8], at offset: Int) throws(SystemError)
    -> Int
  {
    while true {
      let got = buffer.withUnsafeMutableBytes { raw in
        read(fd, raw.baseAddress! + offset, raw.count - offset)
      }
      if got >= 0 { return got }
      if errno != EINTR { throw SystemError(code: errno) }
    }
  }
}
