/// Tests code points for printable ASCII (U+0020 to U+007E) two at a time, as the two 32-bit
/// lanes of a 64-bit word (SWAR), for the loops that pass over plain text.
///
/// Each test is exact about whether a lane fails: a borrow or carry can only spread from a lane
/// that fails itself.
enum PrintableASCII {
  /// Lanes of `0x0000_0001_0000_0001 * v`.
  @inline(__always)
  private static func lanes(_ v: UInt32) -> UInt64 { UInt64(v) | UInt64(v) << 32 }

  /// Nonzero when a lane of `w` is outside U+0020 to U+007E.
  ///
  /// A lane below 0x20 borrows when 0x20 is taken from it, and one from 0x7F up reaches 0x80 when
  /// 1 is added to it: either sets a bit from 0x80 up in that lane. A lane from 0x20 to 0x7E
  /// keeps both results below 0x80.
  @inline(__always)
  static func outside(_ w: UInt64) -> UInt64 {
    ((w &- lanes(0x20)) | (w &+ lanes(1))) & lanes(0xFFFF_FF80)
  }

  /// Two code points at `p` as one word, the first in the low lane.
  @inline(__always)
  static func pair(_ p: UnsafePointer<Unicode.Scalar>) -> UInt64 {
    UnsafeRawPointer(p).loadUnaligned(as: UInt64.self)
  }

  /// The end of the run of printable ASCII code points in `text` from `start`, before `end`.
  ///
  /// - Complexity: O(n) in the run's length, four code points a step.
  @inline(__always)
  static func runEnd(_ text: UnsafePointer<Unicode.Scalar>, from start: Int, end: Int) -> Int {
    var i = start
    while i + 4 <= end && outside(pair(text + i)) | outside(pair(text + i + 2)) == 0 { i += 4 }
    while i < end && text[i].value &- 0x20 < 0x5F { i += 1 }
    return i
  }
}
