/// Builds strings from code points quickly: `String.UnicodeScalarView.append(contentsOf:)` goes
/// through generic slow paths, which made it the largest single cost of indexing.
enum ScalarText {
  /// The string of `scalars`, encoded straight to UTF-8.
  ///
  /// - Complexity: O(n), one allocation.
  static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    var capacity = 0
    for scalar in scalars { capacity += UTF8.width(scalar) }
    return String(unsafeUninitializedCapacity: capacity) { buffer in
      var index = 0
      for scalar in scalars {
        let value = scalar.value
        switch value {
        case 0..<0x80:
          buffer[index] = UInt8(value)
          index += 1
        case 0x80..<0x800:
          buffer[index] = UInt8(0xC0 | (value >> 6))
          buffer[index + 1] = UInt8(0x80 | (value & 0x3F))
          index += 2
        case 0x800..<0x10000:
          buffer[index] = UInt8(0xE0 | (value >> 12))
          buffer[index + 1] = UInt8(0x80 | ((value >> 6) & 0x3F))
          buffer[index + 2] = UInt8(0x80 | (value & 0x3F))
          index += 3
        default:
          buffer[index] = UInt8(0xF0 | (value >> 18))
          buffer[index + 1] = UInt8(0x80 | ((value >> 12) & 0x3F))
          buffer[index + 2] = UInt8(0x80 | ((value >> 6) & 0x3F))
          buffer[index + 3] = UInt8(0x80 | (value & 0x3F))
          index += 4
        }
      }
      return index
    }
  }
}
