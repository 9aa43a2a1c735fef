import QuothModel

/// The encoding to read a fetched page or feed in, where that choice came from, and what was
/// overruled on the way.
///
/// ``resolve(body:headerCharset:)`` weighs the HTTP header's `charset`, a byte order mark, the
/// document's own declaration (`<meta charset>`, `<meta http-equiv>`, `<?xml encoding?>`) and
/// the bytes themselves:
///
/// 1. A byte order mark wins (as in browsers): it cannot be there by accident.
/// 2. Otherwise the header wins when the bytes agree with it.
/// 3. A header that the bytes contradict is overruled, and ``note`` says so:
///    - it says UTF-8 but the bytes are not: the document's own declaration, else windows-1252;
///    - it names a legacy charset (Latin-1, Shift_JIS, …) but the non-ASCII bytes are valid UTF-8:
///      UTF-8, since text in a legacy charset is almost never valid UTF-8 by chance.
/// 4. With no usable header: UTF-8 when the bytes are UTF-8 (what saving tools and most feeds
///    write, whatever an old `<meta>` says, as for files), else the document's declaration, else
///    windows-1252.
///
/// "Not UTF-8" means the invalid sequences outnumber the valid multi-byte ones: a UTF-8 page with
/// a stray Latin-1 byte stays UTF-8 (one U+FFFD) rather than turning every accent into mojibake.
/// Latin-1 and US-ASCII labels are read as windows-1252, its superset, as browsers do: bytes
/// 0x80–0x9F are then curly quotes and dashes rather than invisible controls.
public struct CharsetChoice: Sendable, Equatable {
  /// Where the choice came from.
  public enum Source: Sendable, Equatable {
    /// A UTF-8 or UTF-16 byte order mark.
    case byteOrderMark
    /// The `charset` of the `Content-Type` header.
    case header
    /// The document's `<meta>` or XML declaration.
    case document
    /// The bytes are valid UTF-8.
    case bytes
    /// Nothing said anything usable and the bytes are not UTF-8: windows-1252.
    case fallback
  }

  /// The encoding as libxml2 and iconv name it: `UTF-8`, `windows-1252`, `UTF-16LE`, `SHIFT_JIS`…
  public var encoding: String
  /// Where it came from.
  public var source: Source
  /// Set when the header was overruled: what it said and what was chosen instead, e.g. `header
  /// says utf-8 but the bytes are not UTF-8; read as windows-1252 (the page's declaration)`.
  public var note: String?

  /// Creates a choice.
  public init(encoding: String, source: Source, note: String? = nil) {
    self.encoding = encoding
    self.source = source
    self.note = note
  }

  /// Whether the encoding is UTF-8 (the bytes can be read as they are).
  public var isUTF8: Bool { encoding == "UTF-8" }

  /// The encoding to read `body` in, given the header's `charset` (if any).
  ///
  /// - Complexity: O(n) in the body's length (one pass to check UTF-8, and a look at its head).
  public static func resolve(body: [UInt8], headerCharset: String?) -> CharsetChoice {
    if let bom = CharsetLabel.byteOrderMark(body) {
      return CharsetChoice(encoding: bom, source: .byteOrderMark)
    }
    let shape = UTF8Shape(body)
    let header = headerCharset.flatMap(CharsetLabel.canonical)
    let declared = { CharsetLabel.declaration(in: body).flatMap(CharsetLabel.canonical) }
    let fallback = { (header: String?) -> CharsetChoice in
      let said = header.map { Sanitizer.field($0) }
      if let declared = declared(), declared != "UTF-8" {
        return CharsetChoice(
          encoding: declared, source: .document,
          note: said.map {
            "header says \($0) but the bytes are not UTF-8; read as \(declared) (the page's declaration)"
          })
      }
      return CharsetChoice(
        encoding: "windows-1252", source: .fallback,
        note: said.map { "header says \($0) but the bytes are not UTF-8; read as windows-1252" })
    }
    switch (header, shape) {
    case ("UTF-8", .notUTF8): return fallback(headerCharset)
    case ("UTF-8", _): return CharsetChoice(encoding: "UTF-8", source: .header)
    case (_?, .utf8):
      let said = Sanitizer.field(headerCharset ?? "")
      return CharsetChoice(
        encoding: "UTF-8", source: .bytes, note: "header says \(said) but the bytes are UTF-8; read as UTF-8")
    case (let label?, _): return CharsetChoice(encoding: label, source: .header)
    case (nil, .notUTF8): return fallback(nil)
    case (nil, _): return CharsetChoice(encoding: "UTF-8", source: .bytes)
    }
  }
}

/// How far bytes are UTF-8.
enum UTF8Shape: Equatable {
  /// Only ASCII: every ASCII-compatible encoding reads them alike.
  case ascii
  /// Valid UTF-8 with multi-byte sequences, or more of those than invalid ones.
  case utf8
  /// Invalid sequences at least as many as valid multi-byte ones.
  case notUTF8

  init(_ bytes: [UInt8]) {
    var valid = 0
    var invalid = 0
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    parsing: while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded): if encoded.count > 1 { valid += 1 }
      case .error: invalid += 1
      case .emptyInput: break parsing
      }
    }
    if valid == 0 && invalid == 0 {
      self = .ascii
    } else {
      self = valid > invalid ? .utf8 : .notUTF8
    }
  }
}
