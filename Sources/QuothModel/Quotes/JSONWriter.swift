/// Builds JSON text as UTF-8 bytes, escaping strings straight from code points so that large
/// outputs need no intermediate `String`s.
///
/// The bytes live in a buffer with room to spare: each write makes room once (doubling the
/// buffer when it runs out) and then stores its bytes through a pointer, so a short key costs a
/// few stores, not an `Array.append(contentsOf:)` with its checks and `memcpy`.
struct JSONWriter {
  /// The buffer; only its first `count` bytes are written, the rest is room.
  private var storage: [UInt8]
  /// How many bytes have been written.
  private(set) var count = 0

  /// A writer whose buffer first holds `capacity` bytes (it grows as needed).
  init(capacity: Int = 256) {
    storage = [UInt8](repeating: 0, count: max(capacity, 16))
  }

  /// The bytes written so far (a copy).
  var bytes: [UInt8] { Array(storage[..<count]) }

  /// The bytes written, without copying them; the writer is empty afterwards.
  mutating func finish() -> [UInt8] {
    storage.removeLast(storage.count - count)
    defer {
      storage = [UInt8](repeating: 0, count: 16)
      count = 0
    }
    return storage
  }

  /// Makes room for `extra` more bytes and stores them with `body`, which gets the buffer and the
  /// index to write at and returns the index after its last byte.
  ///
  /// - Complexity: O(`extra`) amortised.
  @inline(__always)
  private mutating func write(room extra: Int, _ body: (UnsafeMutableBufferPointer<UInt8>, Int) -> Int) {
    if count + extra > storage.count { grow(to: count + extra) }
    let start = count
    count = storage.withUnsafeMutableBufferPointer { body($0, start) }
  }

  /// Enlarges the buffer to at least `needed` bytes, at least doubling it.
  private mutating func grow(to needed: Int) {
    storage.append(contentsOf: repeatElement(0, count: max(needed, storage.count * 2) - storage.count))
  }

  /// Appends `source` as it is.
  @inline(__always)
  private mutating func copy(_ source: UnsafeBufferPointer<UInt8>) {
    guard let base = source.baseAddress, !source.isEmpty else { return }
    write(room: source.count) { buffer, start in
      (buffer.baseAddress! + start).update(from: base, count: source.count)
      return start + source.count
    }
  }

  /// Appends `s` as it is (punctuation and keys the caller knows need no escaping).
  mutating func raw(_ s: StaticString) { s.withUTF8Buffer { copy($0) } }

  /// Appends `s` as it is: a value the caller knows needs no escaping, such as an enum's name.
  mutating func rawString(_ s: String) {
    var s = s
    s.withUTF8 { copy($0) }
  }

  /// Appends one byte.
  private mutating func byte(_ b: UInt8) {
    write(room: 1) { buffer, start in
      buffer[start] = b
      return start + 1
    }
  }

  /// Appends a decimal integer.
  mutating func int(_ n: Int) {
    // At most 20 characters: a sign and 19 digits (Int.min's magnitude, read as UInt).
    write(room: 20) { buffer, start in
      var i = start
      var magnitude = n.magnitude
      if n < 0 {
        buffer[i] = 0x2D
        i += 1
      }
      // Digits come out last first: write them, then reverse them in place.
      let first = i
      repeat {
        buffer[i] = UInt8(truncatingIfNeeded: 0x30 &+ magnitude % 10)
        magnitude /= 10
        i += 1
      } while magnitude > 0
      var low = first
      var high = i - 1
      while low < high {
        buffer.swapAt(low, high)
        low += 1
        high -= 1
      }
      return i
    }
  }

  /// Appends a number from 0 to 1 with three decimals (`0.875`).
  mutating func fraction(_ x: Double) {
    let thousandths = Int((min(max(x, 0), 1) * 1000).rounded())
    write(room: 5) { buffer, start in
      let rest = thousandths % 1000
      buffer[start] = thousandths == 1000 ? 0x31 : 0x30
      buffer[start + 1] = 0x2E
      buffer[start + 2] = UInt8(0x30 + rest / 100)
      buffer[start + 3] = UInt8(0x30 + rest / 10 % 10)
      buffer[start + 4] = UInt8(0x30 + rest % 10)
      return start + 5
    }
  }

  /// Appends `s` as a JSON string literal.
  mutating func string(_ s: String) {
    var s = s
    let copied = s.withUTF8 { utf8 in
      // Nothing to escape is the common case: copy the bytes between two quotes.
      guard !utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xE2 })
      else { return false }
      byte(0x22)
      copy(utf8)
      byte(0x22)
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
    // Room for the worst case (every code point a six-byte escape) is made once and filled in
    // place: one capacity check per string instead of one per byte.
    write(room: s.count * 6 + 2) { buffer, start in
      var i = start
      @inline(__always) func put(_ byte: UInt8) {
        buffer[i] = byte
        i += 1
      }
      put(0x22)
      for scalar in s {
        let v = scalar.value
        // Printable ASCII other than a quote or a backslash, the common case, is copied.
        if v &- 0x20 < 0x5F && v != 0x22 && v != 0x5C {
          put(UInt8(truncatingIfNeeded: v))
          continue
        }
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
  }

  /// The text written.
  var text: String { String(decoding: storage[..<count], as: UTF8.self) }
}
