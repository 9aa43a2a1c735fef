/// Turns a file's bytes into code points: UTF-8 with or without BOM, invalid bytes as U+FFFD.
public enum TextDecoder {
  /// The result of decoding: the code points and how many invalid sequences were replaced.
  public struct Decoded: Sendable {
    /// The decoded code points. A leading BOM is kept (as U+FEFF) so offsets match the file's
    /// text as other tools read it; parsers skip it.
    public var scalars: [Unicode.Scalar]
    /// How many invalid UTF-8 sequences became U+FFFD.
    public var invalidSequences: Int
    /// Whether the bytes held a NUL.
    public var hasNUL: Bool
  }

  /// Decodes UTF-8 bytes, replacing each invalid sequence with U+FFFD.
  ///
  /// ASCII bytes are copied without the general decoder; an invalid sequence becomes one U+FFFD
  /// per maximal subpart, as with the standard library's decoder.
  /// - Complexity: O(n) in the number of bytes.
  public static func decode(_ bytes: some Collection<UInt8>) -> Decoded {
    if let decoded = bytes.withContiguousStorageIfAvailable(decode(buffer:)) { return decoded }
    return Array(bytes).withUnsafeBufferPointer(decode(buffer:))
  }

  private static func decode(buffer bytes: UnsafeBufferPointer<UInt8>) -> Decoded {
    var invalid = 0
    var hasNUL = false
    let count = bytes.count
    // Each step reads at least one byte and writes one code point, so `count` slots are enough.
    let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: count) { output, written in
      var index = 0
      var out = 0
      while index < count {
        let lead = bytes[index]
        if lead < 0x80 {
          if lead == 0 { hasNUL = true }
          output.initializeElement(at: out, to: Unicode.Scalar(lead))
          out += 1
          index += 1
          continue
        }
        let length = sequenceLength(bytes, at: index)
        if length < 0 {
          invalid += 1
          output.initializeElement(at: out, to: "\u{FFFD}")
          out += 1
          index += -length
          continue
        }
        var value = UInt32(lead) & (0x7F >> length)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        output.initializeElement(at: out, to: Unicode.Scalar(value) ?? "\u{FFFD}")
        out += 1
        index += length
      }
      written = out
    }
    return Decoded(scalars: scalars, invalidSequences: invalid, hasNUL: hasNUL)
  }

  /// The length of the well-formed sequence at `index` (a byte of 0x80 or more), or minus the
  /// number of bytes its U+FFFD replaces: the lead and the continuation bytes that could still
  /// have completed it (Unicode Table 3-7).
  @inline(__always)
  private static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    let length: Int
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    switch bytes[index] {
    case 0xC2...0xDF: length = 2
    case 0xE0: (length, low) = (3, 0xA0)
    case 0xED: (length, high) = (3, 0x9F)
    case 0xE1...0xEF: length = 3
    case 0xF0: (length, low) = (4, 0x90)
    case 0xF4: (length, high) = (4, 0x8F)
    case 0xF1...0xF3: length = 4
    default: return -1
    }
    guard index + 1 < bytes.count, (low...high).contains(bytes[index + 1]) else { return -1 }
    var valid = 2
    while valid < length, index + valid < bytes.count, bytes[index + valid] & 0xC0 == 0x80 { valid += 1 }
    return valid == length ? length : -valid
  }

  /// Whether decoded bytes look like a binary file rather than text.
  public static func looksBinary(_ decoded: Decoded, byteCount: Int) -> Bool {
    if decoded.hasNUL { return true }
    guard byteCount > 0 else { return false }
    return decoded.invalidSequences * 10 > max(decoded.scalars.count, 1) * 3
  }
}

extension TextDecoder {
  /// The bytes without a UTF-8 sequence cut off at the end (a head read stops mid-character).
  public static func droppingIncompleteTail(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    var index = bytes.endIndex
    var continuation = 0
    while index > bytes.startIndex, continuation < 4 {
      let byte = bytes[index - 1]
      if byte & 0xC0 == 0x80 {
        continuation += 1
        index -= 1
        continue
      }
      let length: Int
      switch byte {
      case 0xC0...0xDF: length = 2
      case 0xE0...0xEF: length = 3
      case 0xF0...0xF7: length = 4
      default: return bytes
      }
      return continuation + 1 < length ? bytes[..<(index - 1)] : bytes
    }
    return bytes
  }
}
