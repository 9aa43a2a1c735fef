import Foundation
import QuothIO
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `FileIO.readAll` gives every byte of a file whatever the size it was told to expect, and stops
/// just past its limit.
struct FileIOTests {
  /// `bytes` written to a new file, then read back through a descriptor.
  func readBack(_ bytes: [UInt8], sizeHint: Int, limit: Int = .max - 2) throws -> [UInt8] {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("fileio-\(UUID().uuidString)")
      .path
    defer { unlink(path) }
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let fd = open(path, O_RDONLY)
    #expect(fd >= 0)
    defer { close(fd) }
    return try FileIO.readAll(fd: fd, sizeHint: sizeHint, limit: limit)
  }

  @Test(arguments: [0, 1, 4095, 4096, 4097, 10_000, 100_003])
  func everyByteComesBackWhateverTheHint(count: Int) throws {
    let bytes = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
    for hint in [0, count / 2, count, count + 1, count * 3] {
      #expect(try readBack(bytes, sizeHint: hint) == bytes, "\(count) bytes, hint \(hint)")
    }
  }

  @Test func aFileLongerThanTheLimitGivesMoreThanTheLimit() throws {
    let bytes = [UInt8](repeating: 0x61, count: 20_000)
    let read = try readBack(bytes, sizeHint: 20_000, limit: 5_000)
    #expect(read.count > 5_000 && read.count <= 20_000)
    #expect(read == Array(bytes.prefix(read.count)))
    #expect(try readBack(bytes, sizeHint: 0, limit: 100).count > 100)
  }

  @Test func aPipeIsReadToItsEnd() throws {
    var fds: [Int32] = [0, 0]
    #expect(pipe(&fds) == 0)
    let bytes = (0..<50_000).map { UInt8(truncatingIfNeeded: $0) }
    let writeEnd = fds[1]
    let writer = Thread {
      try? FileIO.writeAll(fd: writeEnd, bytes)
      close(writeEnd)
    }
    writer.start()
    defer { close(fds[0]) }
    #expect(try FileIO.readAll(fd: fds[0], sizeHint: 0) == bytes)
  }
}
