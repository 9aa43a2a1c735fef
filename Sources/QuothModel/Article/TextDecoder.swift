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
  /// ASCII bytes are copied straight; the rest goes through the standard library's UTF-8
  /// parser, so an invalid sequence becomes one U+FFFD per maximal subpart, as it does there.
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
      guard let input = bytes.baseAddress.map(UnsafeRawPointer.init),
        let target = output.baseAddress.map(UnsafeMutableRawPointer.init)
      else {
        written = 0
        return
      }
      while index < count {
        // Eight ASCII bytes at a time, the common case: one test for a byte of 0x80 or more, one
        // for a NUL, then the eight bytes widened to code points with one store.
        while index &+ 8 <= count {
          let word = input.loadUnaligned(fromByteOffset: index, as: UInt64.self)
          if word & 0x8080_8080_8080_8080 != 0 { break }
          if (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0 { hasNUL = true }
          // Widened from the word already loaded: read again as SIMD8<UInt8>, the load was
          // merged with the word's and the vector rebuilt from it with shifts (30 instructions).
          let wide = SIMD8<UInt32>(truncatingIfNeeded: unsafeBitCast(word, to: SIMD8<UInt8>.self))
          target.storeBytes(of: wide, toByteOffset: out &* 4, as: SIMD8<UInt32>.self)
          index &+= 8
          out &+= 8
        }
        guard index < count else { break }
        let lead = bytes[index]
        if lead < 0x80 {
          if lead == 0 { hasNUL = true }
          output.initializeElement(at: out, to: Unicode.Scalar(lead))
          out += 1
          index += 1
          continue
        }
        // Anything else goes through the standard library's parser, one sequence at a time.
        var parser = Unicode.UTF8.ForwardParser()
        var rest = UnsafeBufferPointer(rebasing: bytes[index...]).makeIterator()
        switch parser.parseScalar(from: &rest) {
        case .valid(let encoded):
          output.initializeElement(at: out, to: Unicode.UTF8.decode(encoded))
          index += encoded.count
        case .error(let length):
          invalid += 1
          output.initializeElement(at: out, to: "\u{FFFD}")
          index += length
        case .emptyInput:
          index = count
          continue
        }
        out += 1
      }
      written = out
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
