extension CorpusRecord {
  /// The wanted fields (``fields``) of the JSON object on `line`, read in one pass over its bytes:
  /// the other fields are checked and skipped without being built, and the wanted strings are
  /// copied a run of plain bytes at a time. A corpus line is mostly one long `text` string, which
  /// this reads in a few instructions a byte, where the general decoder builds every value.
  ///
  /// The scan is strict: it answers only for input that is valid JSON (RFC 8259), and returns
  /// `nil` for anything else or anything it is not sure to read as `JSONDecoder` does (a lone
  /// surrogate escape, a number out of range, a wanted field given twice, nesting deeper than 256),
  /// so that ``record(_:)`` hands those lines to the decoder and every line reads the same either
  /// way.
  static func scan(_ line: [UInt8]) -> [String: Value]? {
    line.withUnsafeBufferPointer { bytes in
      var scanner = JSONScan(bytes: bytes)
      return scanner.object()
    }
  }
}

/// One pass over a JSON line's bytes; every method returns `nil` (or false) when the input is not
/// valid JSON or not sure to read as `JSONDecoder` reads it.
private struct JSONScan {
  let bytes: UnsafeBufferPointer<UInt8>
  var index = 0
  var depth = 0
  /// A string's bytes, reused from one string to the next.
  var buffer: [UInt8] = []

  init(bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
    buffer.reserveCapacity(256)
  }

  /// The wanted fields of the top-level object, with nothing but white space around it.
  mutating func object() -> [String: CorpusRecord.Value]? {
    skipSpace()
    guard peek == UInt8(ascii: "{") else { return nil }
    var values: [String: CorpusRecord.Value] = [:]
    guard members(wanted: CorpusRecord.fields, into: &values) else { return nil }
    skipSpace()
    return index == bytes.count ? values : nil
  }

  private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

  private mutating func skipSpace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0A, 0x0D: index += 1
      default: return
      }
    }
  }

  /// Reads an object's members (the cursor on its `{`), keeping those named in `wanted` (all of
  /// them when `wanted` is `nil`) in `values`.
  private mutating func members(wanted: Set<String>?, into values: inout [String: CorpusRecord.Value]) -> Bool
  {
    depth += 1
    defer { depth -= 1 }
    guard depth <= 256 else { return false }
    index += 1
    skipSpace()
    if peek == UInt8(ascii: "}") {
      index += 1
      return true
    }
    while true {
      skipSpace()
      guard peek == UInt8(ascii: "\""), let key = string() else { return false }
      skipSpace()
      guard peek == UInt8(ascii: ":") else { return false }
      index += 1
      skipSpace()
      if wanted?.contains(key) ?? true {
        guard values[key] == nil, let value = value() else { return false }
        values[key] = value
      } else {
        guard skipValue() else { return false }
      }
      skipSpace()
      switch peek {
      case UInt8(ascii: ","): index += 1
      case UInt8(ascii: "}"):
        index += 1
        return true
      default: return false
      }
    }
  }

  /// Reads a value that is kept, as the record's ``CorpusRecord/Value`` reads it.
  private mutating func value() -> CorpusRecord.Value? {
    switch peek {
    case UInt8(ascii: "\""): return string().map { .string($0) }
    case UInt8(ascii: "{"):
      var fields: [String: CorpusRecord.Value] = [:]
      return members(wanted: nil, into: &fields) ? .object(fields) : nil
    case UInt8(ascii: "["):
      depth += 1
      defer { depth -= 1 }
      guard depth <= 256 else { return nil }
      index += 1
      var list: [CorpusRecord.Value] = []
      skipSpace()
      if peek == UInt8(ascii: "]") {
        index += 1
        return .list(list)
      }
      while true {
        skipSpace()
        guard let element = value() else { return nil }
        list.append(element)
        skipSpace()
        switch peek {
        case UInt8(ascii: ","): index += 1
        case UInt8(ascii: "]"):
          index += 1
          return .list(list)
        default: return nil
        }
      }
    case UInt8(ascii: "t"): return literal("true") ? .other : nil
    case UInt8(ascii: "f"): return literal("false") ? .other : nil
    case UInt8(ascii: "n"): return literal("null") ? .other : nil
    default:
      guard let text = number(), let number = Double(Self.text(bytes, text)), number.isFinite else {
        return nil
      }
      return .number(number)
    }
  }

  /// Checks and passes over a value that is not kept.
  private mutating func skipValue() -> Bool {
    switch peek {
    case UInt8(ascii: "\""): return string(build: false) != nil
    case UInt8(ascii: "{"), UInt8(ascii: "["): return value() != nil
    case UInt8(ascii: "t"): return literal("true")
    case UInt8(ascii: "f"): return literal("false")
    case UInt8(ascii: "n"): return literal("null")
    default: return number() != nil
    }
  }

  private mutating func literal(_ word: StaticString) -> Bool {
    let count = word.utf8CodeUnitCount
    guard bytes.count - index >= count else { return false }
    for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { return false }
    index += count
    return true
  }

  /// Where a number stands, checked against JSON's grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)?
  /// ([eE] [+-]? [0-9]+)?`.
  private mutating func number() -> Range<Int>? {
    let start = index
    if peek == UInt8(ascii: "-") { index += 1 }
    guard let first = peek, isDigit(first) else { return nil }
    index += 1
    if first != UInt8(ascii: "0") { skipDigits() }
    if peek == UInt8(ascii: ".") {
      index += 1
      guard let digit = peek, isDigit(digit) else { return nil }
      skipDigits()
    }
    if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
      index += 1
      if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { index += 1 }
      guard let digit = peek, isDigit(digit) else { return nil }
      skipDigits()
    }
    return start..<index
  }

  /// The text of `range` (ASCII: a number's).
  private static func text(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }

  private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

  private mutating func skipDigits() {
    while let byte = peek, isDigit(byte) { index += 1 }
  }

  /// Reads a string, the cursor on its opening quote; `build: false` only checks it.
  private mutating func string(build: Bool = true) -> String? {
    index += 1
    buffer.removeAll(keepingCapacity: true)
    while index < bytes.count {
      // A run of plain bytes is copied at once.
      let start = index
      index = plainRunEnd(from: index)
      if build, index > start {
        buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
      }
      guard index < bytes.count else { return nil }
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        index += 1
        // Invalid UTF-8 is the decoder's to judge.
        guard build else { return "" }
        return String(validating: buffer, as: UTF8.self)
      }
      // A raw control character is not allowed in a JSON string.
      guard byte == UInt8(ascii: "\\"), index + 1 < bytes.count else { return nil }
      let escape = bytes[index + 1]
      index += 2
      switch escape {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): buffer.append(escape)
      case UInt8(ascii: "b"): buffer.append(0x08)
      case UInt8(ascii: "f"): buffer.append(0x0C)
      case UInt8(ascii: "n"): buffer.append(0x0A)
      case UInt8(ascii: "r"): buffer.append(0x0D)
      case UInt8(ascii: "t"): buffer.append(0x09)
      case UInt8(ascii: "u"):
        guard var code = hex4() else { return nil }
        if (0xD800...0xDBFF).contains(code) {
          // A high surrogate must be followed by an escaped low one; anything else is left to
          // the decoder.
          guard bytes.count - index >= 6, bytes[index] == UInt8(ascii: "\\"),
            bytes[index + 1] == UInt8(ascii: "u")
          else { return nil }
          index += 2
          guard let low = hex4(), (0xDC00...0xDFFF).contains(low) else { return nil }
          code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(code) {
          return nil
        }
        guard let scalar = Unicode.Scalar(code) else { return nil }
        UTF8.encode(scalar) { buffer.append($0) }
      default: return nil
      }
    }
    return nil
  }

  /// Where the run of bytes that stand for themselves in a string (no quote, no backslash, no
  /// control character) starting at `start` ends: eight bytes at a time while it can.
  private func plainRunEnd(from start: Int) -> Int {
    var index = start
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    let base = UnsafeRawPointer(bytes.baseAddress!)
    while bytes.count - index >= 8 {
      let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
      // A byte is zero in `x` when `x - ones` borrows into its high bit while `x`'s is clear;
      // quote and backslash become zero by exclusive or, control characters (< 0x20) by
      // subtracting 0x20 from bytes whose high bit is clear.
      let quote = word ^ (ones &* 0x22)
      let backslash = word ^ (ones &* 0x5C)
      let special =
        ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((word &- ones &* 0x20) & ~word)
      if special & highs != 0 { break }
      index += 8
    }
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { break }
      index += 1
    }
    return index
  }

  /// Four hexadecimal digits.
  private mutating func hex4() -> UInt32? {
    guard bytes.count - index >= 4 else { return nil }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[index]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: return nil
      }
      value = value << 4 | UInt32(digit)
      index += 1
    }
    return value
  }
}
