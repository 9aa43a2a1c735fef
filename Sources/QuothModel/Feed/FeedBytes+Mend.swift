import CLibXML2
import Foundation

extension FeedBytes {
  /// `bytes` with forbidden controls dropped, references made valid XML and the document type
  /// declaration removed (see ``FeedBytes``). CDATA sections become escaped text; comments are
  /// copied as they are.
  ///
  /// - Complexity: O(n).
  static func mended(_ bytes: [UInt8]) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count + 64)
    var entities: [String: [UInt8]] = [:]
    var index = 0
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      switch byte {
      case 0x3C where matches("<![CDATA[", bytes, at: index):
        // As escaped text: the same for the XML parser, and the HTML parser knows no CDATA.
        let end = find("]]>", bytes, from: index + 9) ?? count
        for byte in bytes[(index + 9)..<end] where !isForbiddenControl(byte) {
          switch byte {
          case 0x26: result.append(contentsOf: Array("&amp;".utf8))
          case 0x3C: result.append(contentsOf: Array("&lt;".utf8))
          case 0x3E: result.append(contentsOf: Array("&gt;".utf8))
          default: result.append(byte)
          }
        }
        index = min(end + 3, count)
      case 0x3C where matches("<!--", bytes, at: index):
        let end = find("-->", bytes, from: index + 4).map { $0 + 3 } ?? count
        appendDroppingControls(bytes[index..<end], to: &result)
        index = end
      case 0x3C where matchesDoctype(bytes, at: index):
        index = skipDoctype(bytes, at: index, entities: &entities)
      case 0x26:
        index = appendReference(bytes, at: index, entities: entities, to: &result)
      case 0x00..<0x09, 0x0B, 0x0C, 0x0E..<0x20:
        index += 1
      default:
        result.append(byte)
        index += 1
      }
    }
    return result
  }

  private static func appendDroppingControls(_ bytes: ArraySlice<UInt8>, to result: inout [UInt8]) {
    for byte in bytes where !isForbiddenControl(byte) { result.append(byte) }
  }

  private static func isForbiddenControl(_ byte: UInt8) -> Bool {
    byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D
  }

  private static func matches(_ literal: StaticString, _ bytes: [UInt8], at index: Int) -> Bool {
    let count = literal.utf8CodeUnitCount
    guard index + count <= bytes.count else { return false }
    return literal.withUTF8Buffer { bytes[index..<index + count].elementsEqual($0) }
  }

  private static func matchesDoctype(_ bytes: [UInt8], at index: Int) -> Bool {
    guard index + 9 <= bytes.count, bytes[index + 1] == 0x21 else { return false }
    return String(decoding: bytes[index + 2..<index + 9], as: UTF8.self).uppercased() == "DOCTYPE"
  }

  private static func find(_ literal: StaticString, _ bytes: [UInt8], from start: Int) -> Int? {
    var index = start
    while index < bytes.count {
      if matches(literal, bytes, at: index) { return index }
      index += 1
    }
    return nil
  }

  /// Skips `<!DOCTYPE …>` (with an internal subset in `[…]`), collecting `<!ENTITY name "value">`.
  private static func skipDoctype(_ bytes: [UInt8], at start: Int, entities: inout [String: [UInt8]]) -> Int {
    var index = start + 9
    while index < bytes.count, bytes[index] != 0x3E, bytes[index] != 0x5B { index += 1 }
    guard index < bytes.count else { return bytes.count }
    if bytes[index] == 0x3E { return index + 1 }
    let subsetStart = index + 1
    let subsetEnd = find("]", bytes, from: subsetStart) ?? bytes.count
    collectEntities(bytes[subsetStart..<subsetEnd], into: &entities)
    index = subsetEnd
    while index < bytes.count, bytes[index] != 0x3E { index += 1 }
    return min(index + 1, bytes.count)
  }

  /// The internal entities of a DTD subset whose values are at most a kilobyte and hold no
  /// reference to another entity (so no expansion can blow up).
  private static func collectEntities(_ subset: ArraySlice<UInt8>, into entities: inout [String: [UInt8]]) {
    let text = String(decoding: subset, as: UTF8.self)
    for declaration in text.components(separatedBy: "<!ENTITY").dropFirst() {
      let parts = declaration.split(maxSplits: 1, whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
      guard parts.count == 2, parts[0] != "%" else { continue }
      let rest = parts[1].drop { $0 == " " || $0 == "\t" || $0 == "\n" }
      guard let quote = rest.first, quote == "\"" || quote == "'" else { continue }
      let body = rest.dropFirst()
      guard let close = body.firstIndex(of: quote) else { continue }
      let value = body[..<close]
      guard value.utf8.count <= 1024, !value.contains("&"), !value.contains("%") else { continue }
      entities[String(parts[0])] = Array(value.utf8)
    }
  }

  /// Copies the reference at `bytes[start]` (an `&`) as valid XML; returns the index after it.
  private static func appendReference(
    _ bytes: [UInt8], at start: Int, entities: [String: [UInt8]], to result: inout [UInt8]
  ) -> Int {
    var index = start + 1
    if index < bytes.count, bytes[index] == 0x23 {
      index += 1
      let hex = index < bytes.count && (bytes[index] == 0x78 || bytes[index] == 0x58)
      if hex { index += 1 }
      var value: UInt32 = 0
      var digits = 0
      while index < bytes.count, digits < 8,
        let digit = HTMLEntities.digitValue(Unicode.Scalar(bytes[index]), hex: hex)
      {
        value = value &* (hex ? 16 : 10) &+ digit
        digits += 1
        index += 1
      }
      guard digits > 0 else {
        result.append(contentsOf: Array("&amp;".utf8))
        return start + 1
      }
      if index < bytes.count, bytes[index] == 0x3B { index += 1 }
      // A reference to a character XML forbids (an escape, a NUL) is dropped with it.
      let scalar = HTMLEntities.numeric(value)
      if scalar.value >= 0x20 || scalar == "\t" || scalar == "\n" || scalar == "\r", scalar != "\u{FFFD}" {
        result.append(contentsOf: Array("&#\(scalar.value);".utf8))
      }
      return index
    }
    let nameStart = index
    while index < bytes.count, index - nameStart < 32, isNameByte(bytes[index]) { index += 1 }
    guard index > nameStart, index < bytes.count, bytes[index] == 0x3B else {
      result.append(contentsOf: Array("&amp;".utf8))
      return start + 1
    }
    let name = String(decoding: bytes[nameStart..<index], as: UTF8.self)
    switch name {
    case "amp", "lt", "gt", "quot", "apos":
      result.append(contentsOf: bytes[start...index])
    default:
      if let value = entities[name] {
        result.append(contentsOf: value)
      } else if let entity = htmlEntityLookup(name) {
        result.append(contentsOf: Array("&#\(entity.pointee.value);".utf8))
      } else {
        result.append(contentsOf: Array("&amp;".utf8))
        return start + 1
      }
    }
    return index + 1
  }

  private static func isNameByte(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x2E, 0x5F: return true
    default: return false
    }
  }
}
