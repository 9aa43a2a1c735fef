/// Builds JSON text as UTF-8 bytes, escaping strings straight from code points so that large
/// outputs need no intermediate `String`s.
struct JSONWriter {
  /// The bytes written so far.
  var bytes: [UInt8] = []

  /// Appends `s` as it is (punctuation and keys the caller knows need no escaping).
  mutating func raw(_ s: String) { bytes.append(contentsOf: s.utf8) }

  /// Appends a decimal integer.
  mutating func int(_ n: Int) { bytes.append(contentsOf: String(n).utf8) }

  /// Appends `s` as a JSON string literal.
  mutating func string(_ s: String) { scalars(s.unicodeScalars) }

  /// Appends an optional string, or `null`.
  mutating func string(_ s: String?) {
    if let s { string(s) } else { raw("null") }
  }

  /// Appends the code points as a JSON string literal: quotes, backslashes and control
  /// characters escaped (and U+2028, U+2029 for JavaScript readers).
  mutating func scalars<S: Sequence<Unicode.Scalar>>(_ s: S) {
    bytes.append(0x22)
    for scalar in s {
      let v = scalar.value
      switch v {
      case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
      case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
      case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
      case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
      case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
      case 0..<0x20, 0x7F, 0x2028, 0x2029:
        let hex = Array("0123456789abcdef".utf8)
        bytes.append(contentsOf: [0x5C, 0x75])
        for shift in stride(from: 12, through: 0, by: -4) {
          bytes.append(hex[Int((v >> UInt32(shift)) & 0xF)])
        }
      case 0..<0x80: bytes.append(UInt8(v))
      case 0x80..<0x800:
        bytes.append(UInt8(0xC0 | (v >> 6)))
        bytes.append(UInt8(0x80 | (v & 0x3F)))
      case 0x800..<0x10000:
        bytes.append(UInt8(0xE0 | (v >> 12)))
        bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
        bytes.append(UInt8(0x80 | (v & 0x3F)))
      default:
        bytes.append(UInt8(0xF0 | (v >> 18)))
        bytes.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
        bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
        bytes.append(UInt8(0x80 | (v & 0x3F)))
      }
    }
    bytes.append(0x22)
  }

  /// The text written.
  var text: String { String(decoding: bytes, as: UTF8.self) }
}
