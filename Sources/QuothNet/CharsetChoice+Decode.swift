#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension CharsetChoice {
  /// `bytes` read in ``encoding``, as text. Bytes that are not valid in it become U+FFFD, one
  /// per byte; a byte order mark is dropped.
  ///
  /// For pages and feeds that go to libxml2, hand it the bytes and ``encoding`` instead; this is
  /// for text that is read directly (plain-text pages, feed fields decoded by hand).
  /// - Complexity: O(n).
  public func decode(_ bytes: [UInt8]) -> String {
    var body = bytes[...]
    if let bom = CharsetLabel.byteOrderMark(bytes), bom == encoding {
      body = body.dropFirst(bom == "UTF-8" ? 3 : 2)
    }
    if isUTF8 { return String(decoding: body, as: UTF8.self) }
    guard let converter = Optional(iconv_open("UTF-8", encoding)), converter != iconv_t(bitPattern: -1) else {
      return String(decoding: body, as: UTF8.self)
    }
    defer { iconv_close(converter) }
    var output: [UInt8] = []
    output.reserveCapacity(body.count + body.count / 2)
    var input = Array(body)
    input.withUnsafeMutableBufferPointer { buffer in
      var next = buffer.baseAddress.map { UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self) }
      var left = buffer.count
      var chunk = [CChar](repeating: 0, count: 16384)
      while left > 0 {
        let status = chunk.withUnsafeMutableBufferPointer {
          out -> (result: Int, written: Int, error: Int32) in
          var target = out.baseAddress
          var room = out.count
          let result = iconv(converter, &next, &left, &target, &room)
          return (result, out.count - room, errno)
        }
        output.append(contentsOf: chunk[..<status.written].map { UInt8(bitPattern: $0) })
        guard status.result == -1 else { continue }
        switch status.error {
        case E2BIG: continue
        default:
          // EILSEQ (a byte not in the encoding) or EINVAL (cut off at the end): one U+FFFD, skip it.
          output.append(contentsOf: [0xEF, 0xBF, 0xBD])
          next = next.map { $0 + 1 }
          left -= 1
        }
      }
    }
    return String(decoding: output, as: UTF8.self)
  }
}

extension FetchResponse {
  /// The encoding to read the body in: the header's charset checked against the bytes and the
  /// document's own declaration (see ``CharsetChoice/resolve(body:headerCharset:)``).
  public var charsetChoice: CharsetChoice {
    CharsetChoice.resolve(body: body, headerCharset: headerCharset)
  }
}
