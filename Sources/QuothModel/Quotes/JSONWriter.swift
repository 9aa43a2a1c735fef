/// Builds JSON text as UTF-8 bytes, escaping strings straight from code points so that large
/// outputs need no intermediate `String`s.
struct JSONWriter {
  /// The bytes written so far.
  var bytes: [UInt8] = []

  /// Appends `s` as it is (punctuation and keys the caller knows need no escaping).
  mutating func raw(_ s: StaticString) { s.withUTF8Buffer { bytes.append(contentsOf: $0) } }

  /// Appends `s` as it is: a value the caller knows needs no escaping, such as an enum's name.
  mutating func rawString(_ s: String) { bytes.append(contentsOf: s.utf8) }

  /// Appends a decimal integer.
  mutating func int(_ n: Int) {
    guard n >= 0 else {
      bytes.append(contentsOf: String(n).utf8)
      return
    }
    var divisor = 1
    while divisor <= n / 10 { divisor *= 10 }
    var rest = n
    repeat {
      bytes.append(UInt8(0x30 + rest / divisor))
      rest %= divisor
      divisor /= 10
    } while divisor > 0
  }

  /// Appends a number from 0 to 1 with three decimals (`0.875`).
  mutating func fraction(_ x: Double) {
    let thousandths = Int((min(max(x, 0), 1) * 1000).rounded())
    bytes.append(thousandths == 1000 ? 0x31 : 0x30)
    bytes.append(0x2E)
    let rest = thousandths % 1000
    bytes.append(UInt8(0x30 + rest / 100))
    bytes.append(UInt8(0x30 + rest / 10 % 10))
    bytes.append(UInt8(0x30 + rest % 10))
  }

  /// Appends `s` as a JSON string literal.
  mutating func string(_ s: String) {
    var s = s
    let copied = s.withUTF8 { utf8 in
      // Nothing to escape is the common case: copy the bytes between two quotes.
      guard !utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xE2 })
      else { return false }
      bytes.append(0x22)
      bytes.append(contentsOf: utf8)
      bytes.append(0x22)
      return true
    }
    if !copied { scalars(s.unicodeScalars) }
  }

  /// Appends an optional string, or `null`.
  mutating func string(_ s: String?) {
    if let s { string(s) } else { raw("null") }
  }

  /// Appends the code points as a JSON string literal: quotes, backslashes and control
  /// characters escaped (and U+2028, U+2029 for JavaScript readers).
  mutating func scalars<C: Collection<Unicode.Scalar>>(_ s: C) {
    // Room for the worst case (every code point a six-byte escape) is made once, filled in place,
    // and the rest given back: one capacity check per string instead of one per byte.
    let start = bytes.count
    bytes.append(contentsOf: repeatElement(0, count: s.count * 6 + 2))
    let end = bytes.withUnsafeMutableBufferPointer { buffer in
      var i = start
      @inline(__always) func put(_ byte: UInt8) {
        buffer[i] = byte
        i += 1
      }
      put(0x22)
      for scalar in s {
        let v = scalar.value
        switch v {
        case 0x22, 0x5C:
          put(0x5C)
          put(UInt8(v))
        case 0x0A:
          put(0x5C)
          put(0x6E)
        case 0x0D:
          put(0x5C)
          put(0x72)
        case 0x09:
          put(0x5C)
          put(0x74)
        case 0..<0x20, 0x7F, 0x2028, 0x2029:
          put(0x5C)
          put(0x75)
          for shift in stride(from: 12, through: 0, by: -4) {
            let digit = UInt8((v >> UInt32(shift)) & 0xF)
            put(digit < 10 ? 0x30 + digit : 0x57 + digit)
          }
        case 0..<0x80: put(UInt8(v))
        case 0x80..<0x800:
          put(UInt8(0xC0 | (v >> 6)))
          put(UInt8(0x80 | (v & 0x3F)))
        case 0x800..<0x10000:
          put(UInt8(0xE0 | (v >> 12)))
          put(UInt8(0x80 | ((v >> 6) & 0x3F)))
          put(UInt8(0x80 | (v & 0x3F)))
        default:
          put(UInt8(0xF0 | (v >> 18)))
          put(UInt8(0x80 | ((v >> 12) & 0x3F)))
          put(UInt8(0x80 | ((v >> 6) & 0x3F)))
          put(UInt8(0x80 | (v & 0x3F)))
        }
      }
      put(0x22)
      return i
    }
    bytes.removeLast(bytes.count - end)
  }

  /// The text written.
  var text: String { String(decoding: bytes, as: UTF8.self) }
}
