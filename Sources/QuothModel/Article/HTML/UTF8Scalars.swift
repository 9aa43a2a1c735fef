/// Reading the code points of UTF-8 already checked to be valid, as ``HTMLDocument`` stores text.
enum UTF8Scalars {
  /// Whether `bytes` is well-formed UTF-8: no stray continuation bytes, no overlong forms, no
  /// surrogates, nothing above U+10FFFF, no sequence cut short.
  ///
  /// - Complexity: O(n).
  static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    let count = bytes.count
    @inline(__always) func continuation(_ offset: Int) -> Bool { bytes[index + offset] & 0xC0 == 0x80 }
    while index < count {
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      switch lead {
      case 0xC2...0xDF:
        guard index + 1 < count, continuation(1) else { return false }
        index += 2
      case 0xE0...0xEF:
        guard index + 2 < count, continuation(1), continuation(2) else { return false }
        let second = bytes[index + 1]
        if lead == 0xE0, second < 0xA0 { return false }
        if lead == 0xED, second >= 0xA0 { return false }
        index += 3
      case 0xF0...0xF4:
        guard index + 3 < count, continuation(1), continuation(2), continuation(3) else { return false }
        let second = bytes[index + 1]
        if lead == 0xF0, second < 0x90 { return false }
        if lead == 0xF4, second >= 0x90 { return false }
        index += 4
      default:
        return false
      }
    }
    return true
  }

  /// The code point of the valid UTF-8 sequence starting at `index`, and the sequence's length.
  @inline(__always)
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
    let lead = UInt32(bytes[index])
    let value: UInt32
    let length: Int
    if lead < 0x80 {
      return (Unicode.Scalar(UInt8(lead)), 1)
    } else if lead < 0xE0 {
      value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
      length = 2
    } else if lead < 0xF0 {
      value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
      length = 3
    } else {
      value =
        (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
        | UInt32(bytes[index + 3] & 0x3F)
      length = 4
    }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }

  /// Calls `body` with each code point of the valid UTF-8 in `bytes[range]`, in order.
  @inline(__always)
  static func forEach(
    in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ body: (Unicode.Scalar) -> Void
  ) {
    var index = range.lowerBound
    while index < range.upperBound {
      let (scalar, length) = decode(bytes, at: index)
      body(scalar)
      index += length
    }
  }
}
