/// Writes JSON values by hand, escaping every control character.
public enum JSONText {
  /// `text` as a quoted JSON string.
  ///
  /// `"` and `\` are escaped, as are all C0 controls, DEL, C1 controls and U+2028/U+2029 (which
  /// break JavaScript readers), so a line of JSON never holds a raw control character.
  public static func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case "\u{08}": result += "\\b"
      case "\u{0C}": result += "\\f"
      default:
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029:
          let hex = String(scalar.value, radix: 16, uppercase: true)
          result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        default: result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }

  /// An optional string as JSON: quoted, or `null`.
  public static func quoted(_ text: String?) -> String { text.map { quoted($0) } ?? "null" }
}
