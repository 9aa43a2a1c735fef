import CZlib

/// Unpacks gzip data with zlib, never past a size cap.
public enum Gzip {
  /// Whether `bytes` start with the gzip magic number.
  public static func isGzip(_ bytes: [UInt8]) -> Bool {
    bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
  }

  /// The unpacked bytes of `packed` (concatenated members too).
  ///
  /// - Throws: ``ArticleError/unpackedTooLarge(path:limit:)`` as soon as more than `maxSize`
  ///   bytes come out, so a gzip bomb costs at most `maxSize` of memory;
  ///   ``ArticleError/badGzip(path:reason:)`` for damaged or truncated data.
  public static func unpack(_ packed: [UInt8], path: String, maxSize: Int) throws(ArticleError) -> [UInt8] {
    var stream = z_stream()
    guard quoth_inflate_init_gzip(&stream) == Z_OK else {
      throw .badGzip(path: path, reason: "zlib would not start")
    }
    defer { inflateEnd(&stream) }
    var output: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    var input = packed
    let count = input.count
    return try input.withUnsafeMutableBufferPointer { (inputBuffer) throws(ArticleError) -> [UInt8] in
      stream.next_in = inputBuffer.baseAddress
      stream.avail_in = UInt32(clamping: count)
      while true {
        let status = chunk.withUnsafeMutableBufferPointer { chunkBuffer in
          stream.next_out = chunkBuffer.baseAddress
          stream.avail_out = UInt32(chunkBuffer.count)
          return inflate(&stream, Z_NO_FLUSH)
        }
        let produced = chunk.count - Int(stream.avail_out)
        if output.count + produced > maxSize { throw .unpackedTooLarge(path: path, limit: maxSize) }
        output.append(contentsOf: chunk[..<produced])
        switch status {
        case Z_STREAM_END:
          // Another member may follow (cat a.gz b.gz).
          if stream.avail_in > 0, inflateReset(&stream) == Z_OK { continue }
          return output
        case Z_OK:
          continue
        case Z_BUF_ERROR where stream.avail_in == 0:
          throw .badGzip(path: path, reason: "the data ends early")
        default:
          let message = stream.msg.map { String(cString: $0) } ?? "error \(status)"
          throw .badGzip(path: path, reason: message)
        }
      }
    }
  }
}
