import Foundation
import Testing

@testable import QuothIO

struct LineReaderTests {
  /// Reads every line of `bytes` through a pipe, with `prefix` given as already read.
  static func lines(_ bytes: [UInt8], prefix: Int = 0, maxLine: Int = 1 << 20) throws -> [(
    LineReader.Line, Int
  )] {
    let pipe = Pipe()
    let writer = Thread {
      pipe.fileHandleForWriting.write(Data(bytes[prefix...]))
      try? pipe.fileHandleForWriting.close()
    }
    writer.start()
    var reader = LineReader(
      descriptor: pipe.fileHandleForReading.fileDescriptor, prefix: Array(bytes[..<prefix]), maxLine: maxLine)
    var result: [(LineReader.Line, Int)] = []
    while let line = try reader.next() { result.append((line, reader.lineOffset)) }
    return result
  }

  @Test func linesEndAtLineBreaksWithCarriageReturnsDroppedAndBlankLinesSkipped() throws {
    let read = try Self.lines(Array("one\r\ntwo\n\n  \nthree".utf8), prefix: 5)
    #expect(
      read.map(\.0) == [
        .text(Array("one".utf8), number: 1), .text(Array("two".utf8), number: 2),
        .text(Array("three".utf8), number: 5),
      ])
    #expect(read.map(\.1) == [0, 5, 13], "each line's byte offset, prefix included")
  }

  @Test func aLineOverTheCapIsSkippedAndTheNextOnesStillRead() throws {
    let long = String(repeating: "x", count: 200_000)
    let read = try Self.lines(Array("short\n\(long)\nafter\n\(long)".utf8), maxLine: 1000)
    #expect(
      read.map(\.0) == [
        .text(Array("short".utf8), number: 1), .tooLong(number: 2), .text(Array("after".utf8), number: 3),
        .tooLong(number: 4),
      ])
    #expect(read.map(\.1) == [0, 6, 200_007, 200_013])
  }

  @Test func linesLongerThanOneReadComeWhole() throws {
    let lines = (0..<5).map { String(repeating: Character(String($0)), count: 100_000 + $0) }
    let read = try Self.lines(Array(lines.joined(separator: "\n").utf8))
    #expect(read.map(\.0) == lines.enumerated().map { .text(Array($1.utf8), number: $0 + 1) })
  }
}
