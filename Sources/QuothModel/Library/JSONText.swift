/// Writes JSON values by hand, escaping every control character.
public enum JSONText {
  /// `text` as a quoted JSON string.
  ///
  /// `"` and `\` are escaped, as are all C0 controls, DEL, C1 controls and U+2028/U+2029 (which
  /// break JavaScript readers), so a line of JSON never holds a raw control character.
  ///
  /// - Complexity: O(n) over the UTF-8 bytes: runs that need no escape are copied as they are.
  public static func quoted(_ text: String) -> String {
    var text = text
    return text.withUTF8 { bytes in
      var out: [UInt8] = []
      out.reserveCapacity(bytes.count + bytes.count / 16 + 2)
      out.append(UInt8(ascii: "\""))
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        if byte >= 0x20 && byte < 0x7F && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") {
          out.append(byte)
          index += 1
          continue
        }
        switch byte {
        case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
        case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
        case 0x0A: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
        case 0x0D: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
        case 0x09: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
        case 0x08: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
        case 0x0C: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
        case 0x00..<0x20, 0x7F: appendEscape(UInt32(byte), to: &out)
        case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]):
          // A C1 control, U+0080–009F.
          appendEscape(UInt32(bytes[index + 1]), to: &out)
          index += 1
        case 0xE2
        where index + 2 < bytes.count && bytes[index + 1] == 0x80
          && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
          // U+2028 and U+2029.
          appendEscape(0x2000 + UInt32(bytes[index + 2]) - 0x80, to: &out)
          index += 2
        default: out.append(byte)
        }
        index += 1
      }
      out.append(UInt8(ascii: "\""))
      return String(decoding: out, as: UTF8.self)
    }
  }

  /// Appends `\uXXXX` for `value`, in upper-case hex.
  private static func appendEscape(_ value: UInt32, to out: inout [UInt8]) {
    let digits = Array("0123456789ABCDEF".utf8)
    out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u")])
    for shift in stride(from: 12, through: 0, by: -4) {
      out.append(digits[Int((value >> UInt32(shift)) & 0xF)])
    }
  }

  /// An optional string as JSON: quoted, or `null`.
  public static func quoted(_ text: String?) -> String { text.map { quoted($0) } ?? "null" }
}
