#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a file descriptor line by line in bounded memory: the reader of JSON Lines corpora,
/// which may be far larger than memory.
///
/// Lines end at `\n` (a `\r` before it is dropped); the last line need not end with one. A line
/// longer than the cap is skipped to its end and reported as ``Line/tooLong(number:)``, so one
/// bad line costs neither memory nor the lines after it.
public struct LineReader {
  /// One line read.
  public enum Line: Equatable, Sendable {
    /// A line's bytes, without its line break, and its number (from 1).
    case text([UInt8], number: Int)
    /// A line longer than the cap, skipped.
    case tooLong(number: Int)
  }

  private let descriptor: Int32
  private let maxLine: Int
  private var buffer: [UInt8]
  private var start = 0
  private var ended = false
  private var number = 0
  /// How many bytes of the input came before `buffer[0]`.
  private var dropped = 0
  /// The byte offset in the input of the line ``next()`` returned last.
  public private(set) var lineOffset = 0
  private static let chunk = 1 << 16

  /// Reads `descriptor` (which the caller closes), after the bytes of `prefix` already read from
  /// it; lines longer than `maxLine` bytes are skipped.
  public init(descriptor: Int32, prefix: [UInt8] = [], maxLine: Int) {
    self.descriptor = descriptor
    self.maxLine = max(maxLine, 1)
    buffer = prefix
  }

  /// The next line, or `nil` at the end of the input. Empty and blank lines are skipped (they
  /// still count in line numbers).
  ///
  /// - Throws: ``SystemError`` when a read fails.
  public mutating func next() throws(SystemError) -> Line? {
    while true {
      guard let line = try nextRaw() else { return nil }
      if case .text(let bytes, _) = line, bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
        continue
      }
      return line
    }
  }

  private mutating func nextRaw() throws(SystemError) -> Line? {
    var skipping = false
    var searched = start
    while true {
      if let end = Self.newline(in: buffer, from: searched) {
        number += 1
        if !skipping { lineOffset = dropped + start }
        defer { start = end + 1 }
        if skipping || end - start > maxLine { return .tooLong(number: number) }
        var line = Array(buffer[start..<end])
        if line.last == 0x0D { line.removeLast() }
        return .text(line, number: number)
      }
      if ended {
        guard start < buffer.count || skipping else { return nil }
        number += 1
        if !skipping { lineOffset = dropped + start }
        let line = Array(buffer[start...])
        start = buffer.count
        return skipping || line.count > maxLine ? .tooLong(number: number) : .text(line, number: number)
      }
      // Keep only the unread part; a line already past the cap is dropped as it is read.
      if buffer.count - start > maxLine {
        if !skipping { lineOffset = dropped + start }
        skipping = true
        dropped += buffer.count
        buffer.removeAll(keepingCapacity: true)
      } else {
        dropped += start
        buffer.removeSubrange(0..<start)
      }
      start = 0
      searched = buffer.count
      try fill()
    }
  }

  /// The index of the first line feed in `buffer` at or after `from`, found by libc's `memchr`
  /// (many bytes at a step: a corpus line is tens of kilobytes).
  private static func newline(in buffer: [UInt8], from: Int) -> Int? {
    guard from < buffer.count else { return nil }
    return buffer.withUnsafeBufferPointer { bytes in
      guard let base = bytes.baseAddress, let found = memchr(base + from, 0x0A, bytes.count - from) else {
        return nil
      }
      return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
    }
  }

  /// Reads one more chunk, noting the end of the input.
  private mutating func fill() throws(SystemError) {
    let old = buffer.count
    buffer.append(contentsOf: repeatElement(0, count: Self.chunk))
    while true {
      let got = buffer.withUnsafeMutableBytes { raw in read(descriptor, raw.baseAddress! + old, Self.chunk) }
      if got >= 0 {
        buffer.removeSubrange((old + got)...)
        if got == 0 { ended = true }
        return
      }
      if errno != EINTR {
        buffer.removeSubrange(old...)
        throw SystemError(code: errno)
      }
    }
  }
}
