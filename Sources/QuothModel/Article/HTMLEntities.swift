/// Decodes HTML character references: the common named entities and numeric ones.
public enum HTMLEntities {
  /// The named entities quoth knows, without `&` and `;`.
  static let named: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
    "ldquo": "\u{201C}", "rdquo": "\u{201D}", "lsquo": "\u{2018}", "rsquo": "\u{2019}",
    "sbquo": "\u{201A}", "bdquo": "\u{201E}", "laquo": "\u{00AB}", "raquo": "\u{00BB}",
    "lsaquo": "\u{2039}", "rsaquo": "\u{203A}", "prime": "\u{2032}", "Prime": "\u{2033}",
    "mdash": "\u{2014}", "ndash": "\u{2013}", "minus": "\u{2212}", "hellip": "\u{2026}",
    "bull": "\u{2022}", "middot": "\u{00B7}", "copy": "\u{00A9}", "reg": "\u{00AE}",
    "trade": "\u{2122}", "deg": "\u{00B0}", "euro": "\u{20AC}", "pound": "\u{00A3}",
    "yen": "\u{00A5}", "cent": "\u{00A2}", "sect": "\u{00A7}", "para": "\u{00B6}",
    "times": "\u{00D7}", "divide": "\u{00F7}", "frac12": "\u{00BD}", "frac14": "\u{00BC}",
    "frac34": "\u{00BE}", "shy": "\u{00AD}", "zwj": "\u{200D}", "zwnj": "\u{200C}",
    "thinsp": "\u{2009}", "ensp": "\u{2002}", "emsp": "\u{2003}", "iexcl": "\u{00A1}",
    "iquest": "\u{00BF}", "eacute": "\u{00E9}", "Eacute": "\u{00C9}", "egrave": "\u{00E8}",
    "aacute": "\u{00E1}", "agrave": "\u{00E0}", "acirc": "\u{00E2}", "auml": "\u{00E4}",
    "Auml": "\u{00C4}", "ouml": "\u{00F6}", "Ouml": "\u{00D6}", "uuml": "\u{00FC}",
    "Uuml": "\u{00DC}", "szlig": "\u{00DF}", "ccedil": "\u{00E7}", "ntilde": "\u{00F1}",
    "iacute": "\u{00ED}", "oacute": "\u{00F3}", "uacute": "\u{00FA}", "ecirc": "\u{00EA}",
    "ocirc": "\u{00F4}", "aring": "\u{00E5}", "oslash": "\u{00F8}", "aelig": "\u{00E6}",
  ]

  /// Reads one character reference starting at `text[start]` (which must be `&`).
  ///
  /// - Returns: the decoded code points and the offset just past the reference, or `nil` when
  ///   the text there is not a reference quoth knows (it is then kept as written).
  public static func decode(_ text: [Unicode.Scalar], at start: Int, limit: Int? = nil)
    -> (scalars: [Unicode.Scalar], end: Int)?
  {
    let end = min(limit ?? text.count, text.count)
    guard start < end, text[start] == "&" else { return nil }
    var index = start + 1
    if index < end, text[index] == "#" {
      index += 1
      var hex = false
      if index < end, text[index] == "x" || text[index] == "X" {
        hex = true
        index += 1
      }
      var value: UInt32 = 0
      var digits = 0
      while index < end, digits < 8, let digit = digitValue(text[index], hex: hex) {
        value = value &* (hex ? 16 : 10) &+ digit
        digits += 1
        index += 1
      }
      guard digits > 0 else { return nil }
      if index < end, text[index] == ";" { index += 1 }
      let scalar = numeric(value)
      return ([scalar], index)
    }
    var name = ""
    while index < end, name.unicodeScalars.count < 10,
      text[index].properties.isAlphabetic || isDigit(text[index])
    {
      name.unicodeScalars.append(text[index])
      index += 1
    }
    guard index < end, text[index] == ";", let value = named[name] ?? named[name.lowercased()] else {
      return nil
    }
    return (Array(value.unicodeScalars), index + 1)
  }

  /// Decodes every reference in a string (for attribute values such as `content="…"`).
  public static func decode(_ string: String) -> String {
    let scalars = Array(string.unicodeScalars)
    var result = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      if scalars[index] == "&", let (decoded, end) = decode(scalars, at: index) {
        result.append(contentsOf: decoded)
        index = end
      } else {
        result.append(scalars[index])
        index += 1
      }
    }
    return String(result)
  }

  /// A numeric reference's code point; Windows-1252 numbers in 128–159 become what pages meant.
  static func numeric(_ value: UInt32) -> Unicode.Scalar {
    let windows1252: [UInt32: UInt32] = [
      0x80: 0x20AC, 0x85: 0x2026, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D,
      0x96: 0x2013, 0x97: 0x2014,
    ]
    if let mapped = windows1252[value] { return Unicode.Scalar(mapped)! }
    guard value != 0, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
    return scalar
  }

  static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

  static func digitValue(_ scalar: Unicode.Scalar, hex: Bool) -> UInt32? {
    switch scalar.value {
    case 0x30...0x39: return scalar.value - 0x30
    case 0x41...0x46 where hex: return scalar.value - 0x41 + 10
    case 0x61...0x66 where hex: return scalar.value - 0x61 + 10
    default: return nil
    }
  }
}
