/// Bytes to an article: the pure half of loading, shared by files, standard input and the network.
extension ArticleParser {
  /// The default size cap: 64 MiB.
  public static let defaultMaxSize = 64 << 20

  /// Parses the raw bytes of an article read from `path` (a file, `-`, or a URL).
  ///
  /// gzip is unpacked whatever the name, with `maxSize` applied to the unpacked size; text is
  /// decoded as UTF-8 (or Latin-1 where it is not), and HTML goes through the page extractor.
  /// - Parameters:
  ///   - encoding: the charset a server declared, used for HTML that is not valid UTF-8.
  ///   - isHTML: whether a server said the bytes are a web page (else told from name and content).
  /// - Throws: ``ArticleError`` naming `path`: binary content, a bad or oversized gzip stream.
  public static func article(
    bytes: [UInt8], path: String, maxSize: Int = defaultMaxSize, encoding: String? = nil, isHTML: Bool = false
  )
    throws(ArticleError) -> Article
  {
    var bytes = bytes
    if Gzip.isGzip(bytes) { bytes = try Gzip.unpack(bytes, path: path, maxSize: maxSize) }
    let decoded = TextDecoder.decode(bytes)
    if TextDecoder.looksBinary(decoded, byteCount: bytes.count) { throw .binary(path: path) }
    // The format is detected once, here, and handed to `parse` (which would detect it again).
    let format = isHTML ? .html : detectFormat(path: path, text: decoded.scalars)
    if format == .html {
      // Valid UTF-8 is read as UTF-8 whatever the page declares (saving tools re-encode pages and
      // leave the old <meta charset>); otherwise libxml2 reads the declared encoding from the bytes.
      var article = HTMLParser.parse(
        path: path, bytes: bytes, encoding: decoded.invalidSequences == 0 ? "UTF-8" : encoding)
      if article.date == nil { article.date = Dateline.dateInFileName(path) }
      return article
    }
    var warnings: [String] = []
    if decoded.invalidSequences > 0 {
      let count = decoded.invalidSequences
      warnings.append("\(path): \(count) invalid UTF-8 sequence\(count == 1 ? "" : "s") shown as \u{FFFD}")
    }
    return parse(path: path, text: decoded.scalars, format: format, warnings: warnings)
  }
}
