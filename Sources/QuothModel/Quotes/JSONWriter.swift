/// Builds JSON text as UTF-8 bytes, escaping strings straight from code points so that large
/// outputs need no intermediate `String`s.
///
/// The bytes live in memory the writer allocates and frees itself (it is not copyable), with
/// room to spare: each write checks the room once (doubling it when it runs out) and then stores
/// its bytes through a pointer. Writing into an `Array` cost a uniqueness check and a closure
/// per write, about 70 instructions for a short key.
struct JSONWriter: ~Copyable {
  /// The buffer; only its first `count` bytes are written, the rest is room.
  private var base: UnsafeMutablePointer<UInt8>
  /// How many bytes `base` holds.
  private var capacity: Int
  /// How many bytes have been written.
  private(set) var count = 0

  /// A writer whose buffer first holds `capacity` bytes (it grows as needed).
  init(capacity: Int = 256) {
    self.capacity = max(capacity, 16)
    base = .allocate(capacity: self.capacity)
  }

  deinit { base.deallocate() }

  /// The bytes written so far (a copy).
  var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

  /// The bytes written, in an array with room for `spare` more bytes (a JSON Lines caller's
  /// line break, which would otherwise copy the array once more); the writer is empty afterwards.
  mutating func finish(spare: Int = 0) -> [UInt8] {
    defer { count = 0 }
    return [UInt8](unsafeUninitializedCapacity: count + spare) { buffer, initialized in
      if let to = buffer.baseAddress { to.initialize(from: base, count: count) }
      initialized = count
    }
  }

  /// Where the next `extra` bytes go, after making room for them; the caller stores them and
  /// adds to ``count``.
  ///
  /// - Complexity: O(1) amortised.
  @inline(__always)
  private mutating func room(_ extra: Int) -> UnsafeMutablePointer<UInt8> {
    if count + extra > capacity { grow(to: count + extra) }
    return base + count
  }

  /// Enlarges the buffer to at least `needed` bytes, at least doubling it.
  @inline(never)
  private mutating func grow(to needed: Int) {
    let larger = max(needed, capacity * 2)
    let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
    moved.initialize(from: base, count: count)
    base.deallocate()
    base = moved
    capacity = larger
  }

  /// Appends `source` as it is.
  ///
  /// Keys and punctuation are 1 to 16 bytes: those are moved as two words that may overlap (a
  /// few instructions) instead of by a call to `memcpy`.
  @inline(__always)
  private mutating func copy(_ source: UnsafeBufferPointer<UInt8>) {
    guard let from = source.baseAddress, !source.isEmpty else { return }
    let n = source.count
    let to = UnsafeMutableRawPointer(room(n))
    let raw = UnsafeRawPointer(from)
    if n >= 8 && n <= 16 {
      let head = raw.loadUnaligned(as: UInt64.self)
      let tail = raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
      to.storeBytes(of: head, as: UInt64.self)
      to.storeBytes(of: tail, toByteOffset: n - 8, as: UInt64.self)
    } else if n >= 4 && n < 8 {
      let head = raw.loadUnaligned(as: UInt32.self)
      let tail = raw.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)
      to.storeBytes(of: head, as: UInt32.self)
      to.storeBytes(of: tail, toByteOffset: n - 4, as: UInt32.self)
    } else {
      to.copyMemory(from: raw, byteCount: n)
    }
    count += n
  }

  /// Appends `s` as it is (punctuation and keys the caller knows need no escaping).
  mutating func raw(_ s: StaticString) { s.withUTF8Buffer { copy($0) } }

  /// Appends `s` as it is: a value the caller knows needs no escaping, such as an enum's name.
  mutating func rawString(_ s: String) {
    var s = s
    s.withUTF8 { copy($0) }
  }

  /// Appends a decimal integer.
  mutating func int(_ n: Int) {
    // At most 20 characters: a sign and 19 digits (Int.min's magnitude, read as UInt).
    var p = room(20)
    var magnitude = n.magnitude
    if n < 0 {
      p.pointee = 0x2D
      p += 1
    }
    // The digits are counted by comparison (no division), then come out two at a time, last
    // first, from the end of their room: one division by 100 and one table read a pair.
    var digits = 1
    var bound: UInt = 10
    while magnitude >= bound {
      digits += 1
      bound &*= 10  // at most 10¹⁹, above every magnitude (2⁶³ at most): no overflow
    }
    let pairs: StaticString = """
      00010203040506070809101112131415161718192021222324252627282930313233343536373839\
      40414243444546474849505152535455565758596061626364656667686970717273747576777879\
      8081828384858687888990919293949596979899
      """
    var q = p + digits
    pairs.withUTF8Buffer { pairs in
      while magnitude >= 100 {
        let pair = Int(truncatingIfNeeded: magnitude % 100) &* 2
        magnitude /= 100
        q -= 2
        q[0] = pairs[pair]
        q[1] = pairs[pair &+ 1]
      }
      if magnitude >= 10 {
        let pair = Int(truncatingIfNeeded: magnitude) &* 2
        q[-2] = pairs[pair]
        q[-1] = pairs[pair &+ 1]
      } else {
        q[-1] = UInt8(truncatingIfNeeded: 0x30 &+ magnitude)
      }
    }
    count = p + digits - base
  }

  /// Appends a number from 0 to 1 with three decimals (`0.875`).
  mutating func fraction(_ x: Double) {
    let thousandths = Int((min(max(x, 0), 1) * 1000).rounded())
    let p = room(5)
    let rest = thousandths % 1000
    p[0] = thousandths == 1000 ? 0x31 : 0x30
    p[1] = 0x2E
    p[2] = UInt8(0x30 + rest / 100)
    p[3] = UInt8(0x30 + rest / 10 % 10)
    p[4] = UInt8(0x30 + rest % 10)
    count += 5
  }

  /// Appends `s` as a JSON string literal.
  mutating func string(_ s: String) {
    var s = s
    let copied = s.withUTF8 { utf8 in
      // Nothing to escape is the common case: copy the bytes between two quotes.
      guard !Self.mayNeedEscaping(utf8) else { return false }
      let p = room(utf8.count + 2)
      p.pointee = 0x22
      if let from = utf8.baseAddress { (p + 1).update(from: from, count: utf8.count) }
      p[utf8.count + 1] = 0x22
      count += utf8.count + 2
      return true
    }
    if !copied { scalars(s.unicodeScalars) }
  }

  /// Whether `utf8` holds a byte that ``string(_:)`` does not copy as it is: a control
  /// character, a quote, a backslash, DEL, or 0xE2 (which starts U+2028 and U+2029).
  ///
  /// Eight bytes are tested at a time (SWAR): a word of printable ASCII other than `"` and `\\`
  /// passes at once; any other word is tested byte by byte.
  static func mayNeedEscaping(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = utf8.baseAddress else { return false }
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    @inline(__always) func hasZeroByte(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
    var i = 0
    while i + 8 <= utf8.count {
      let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
      // A byte below 0x20 or from 0x80 up: (w - 0x20…) borrows into, or w already has, its top bit.
      let outside = ((w &- ones &* 0x20) | w) & highs != 0
      if outside || hasZeroByte(w ^ (ones &* 0x22)) || hasZeroByte(w ^ (ones &* 0x5C))
        || hasZeroByte(w ^ (ones &* 0x7F))
      {
        for b in utf8[i..<(i + 8)] where b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F || b == 0xE2 {
          return true
        }
      }
      i += 8
    }
    for b in utf8[i...] where b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F || b == 0xE2 { return true }
    return false
  }

  /// Appends an optional string, or `null`.
  mutating func string(_ s: String?) {
    if let s { string(s) } else { raw("null") }
  }

  /// Appends the code points as a JSON string literal: quotes, backslashes and control
  /// characters escaped (and U+2028, U+2029 for JavaScript readers).
  mutating func scalars<C: Collection<Unicode.Scalar>>(_ s: C) {
    let done: Void? = s.withContiguousStorageIfAvailable { scalars(buffer: $0) }
    if done == nil { scalars(buffer: Array(s)) }
  }

  /// ``scalars(_:)`` over an array.
  private mutating func scalars(buffer s: [Unicode.Scalar]) {
    s.withUnsafeBufferPointer { scalars(buffer: $0) }
  }

  /// ``scalars(_:)`` over contiguous code points.
  private mutating func scalars(buffer s: UnsafeBufferPointer<Unicode.Scalar>) {
    // Room for the worst case (every code point a six-byte escape) is made once and filled in
    // place: one capacity check per string instead of one per byte.
    let start = room(s.count * 6 + 2)
    var p = start
    @inline(__always) func put(_ byte: UInt8) {
      p.pointee = byte
      p += 1
    }
    put(0x22)
    guard let from = s.baseAddress else {
      put(0x22)
      count += p - start
      return
    }
    var k = 0
    let n = s.count
    while k < n {
      // Printable ASCII other than a quote or a backslash, the common case, is copied, four code
      // points at a time while they last (about 10 instructions a code point instead of 13).
      if k + 4 <= n {
        let v = UnsafeRawPointer(from + k).loadUnaligned(as: SIMD4<UInt32>.self)
        let printable = (v &- SIMD4(repeating: 0x20)) .< SIMD4(repeating: 0x5F)
        let plain = printable .& (v .!= SIMD4(repeating: 0x22)) .& (v .!= SIMD4(repeating: 0x5C))
        if all(plain) {
          p[0] = UInt8(truncatingIfNeeded: v[0])
          p[1] = UInt8(truncatingIfNeeded: v[1])
          p[2] = UInt8(truncatingIfNeeded: v[2])
          p[3] = UInt8(truncatingIfNeeded: v[3])
          p += 4
          k += 4
          continue
        }
      }
      let v = from[k].value
      k += 1
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
    count += p - start
  }

  /// The text written.
  var text: String { String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self) }
}
