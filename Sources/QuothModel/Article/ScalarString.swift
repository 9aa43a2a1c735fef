extension String {
  /// A string of `scalars`, encoded to UTF-8 in one pass.
  ///
  /// `String.UnicodeScalarView.append(contentsOf:)` goes through a generic path that costs far
  /// more per code point; this is the one way the model turns spans of decoded text into strings.
  /// - Complexity: O(n) in the number of scalars.
  public init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
    var capacity = 0
    for s in scalars { capacity += UTF8.width(s) }
    self.init(unsafeUninitializedCapacity: capacity) { buffer in
      var i = 0
      for s in scalars {
        let v = s.value
        if v < 0x80 {
          buffer[i] = UInt8(v)
          i += 1
        } else if v < 0x800 {
          buffer[i] = UInt8(0xC0 | (v >> 6))
          buffer[i + 1] = UInt8(0x80 | (v & 0x3F))
          i += 2
        } else if v < 0x1_0000 {
          buffer[i] = UInt8(0xE0 | (v >> 12))
          buffer[i + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
          buffer[i + 2] = UInt8(0x80 | (v & 0x3F))
          i += 3
        } else {
          buffer[i] = UInt8(0xF0 | (v >> 18))
          buffer[i + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
          buffer[i + 2] = UInt8(0x80 | ((v >> 6) & 0x3F))
          buffer[i + 3] = UInt8(0x80 | (v & 0x3F))
          i += 4
        }
      }
      return i
    }
  }
}

extension [Unicode.Scalar] {
  /// The code points of `string`, at most `limit` of them, decoded from its UTF-8 in one pass
  /// into one allocation: `Array(string.unicodeScalars)` walks the string twice (to count, then
  /// to copy) through generic code, about 70 instructions a code point.
  /// - Complexity: O(n) in the string's length.
  init(scalarsOf string: String, limit: Int = .max) {
    var string = string
    self = string.withUTF8 { bytes in
      [Unicode.Scalar](unsafeUninitializedCapacity: Swift.min(bytes.count, limit)) { buffer, count in
        var i = 0
        while i < bytes.count && count < buffer.count {
          let (scalar, length) = UTF8Scalars.decode(bytes, at: i)
          buffer[count] = scalar
          count += 1
          i += length
        }
      }
    }
  }
}
