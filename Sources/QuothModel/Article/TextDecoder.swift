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
  /// - Complexity: O(n) in the number of bytes.
  public static func decode(_ bytes: some Collection<UInt8>) -> Decoded {
    var scalars: [Unicode.Scalar] = []
    scalars.reserveCapacity(bytes.count)
    var invalid = 0
    var hasNUL = false
    var iterator = bytes.makeIterator()
    var decoder = Unicode.UTF8()
    loop: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        if scalar.value == 0 { hasNUL = true }
        scalars.append(scalar)
      case .emptyInput: break loop
      case .error:
        invalid += 1
        scalars.append("\u{FFFD}")
      }
    }
    return Decoded(scalars: scalars, invalidSequences: invalid, hasNUL: hasNUL)
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
