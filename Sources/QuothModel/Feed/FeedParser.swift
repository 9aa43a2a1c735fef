/// Reads RSS 0.9x, 1.0 (RDF) and 2.0, Atom 1.0 (and 0.3) and JSON Feed 1.0 and 1.1 from bytes.
///
/// Pure: bytes in, a ``Feed`` out; nothing is fetched. Lenient as Python's feedparser is: XML
/// that breaks the rules (forbidden control characters, HTML entities, a wrong or missing
/// encoding, unclosed tags, a cut-off document) is mended and read as far as it goes; see
/// ``FeedBytes`` and ``FeedXMLTree``.
///
/// Text fields come back as plain text, dates as `YYYY-MM-DD` (UTC), links resolved against
/// `xml:base` and the feed's own address and kept only when they are `http` or `https`.
public enum FeedParser {
  /// What the bytes start with, when it is a feed: the first element (`<rss>`, `<rdf:RDF>`,
  /// `<feed>`, `<channel>`) after the XML declaration, comments and a document type, or a JSON
  /// object naming a `jsonfeed.org` version. Only the first 64 KiB are looked at.
  ///
  /// - Complexity: O(1) in the size of the whole document.
  public static func sniff(_ bytes: some Collection<UInt8>) -> FeedFormat? {
    let head = FeedBytes.transcoded(Array(bytes.prefix(65536))).bytes
    var index = 0
    while index < head.count, [0x20, 0x09, 0x0A, 0x0D].contains(head[index]) { index += 1 }
    guard index < head.count else { return nil }
    if head[index] == 0x7B {
      let text = String(decoding: head[index...], as: UTF8.self)
      return text.contains("jsonfeed.org/version") ? .json : nil
    }
    while index < head.count {
      guard head[index] == 0x3C, index + 1 < head.count else { return nil }
      let next = head[index + 1]
      if next == 0x3F || next == 0x21 {
        // `<?…?>`, `<!--…-->`, `<!DOCTYPE …>`: skip to the `>` that ends it; a document type's
        // internal subset (`[<!ENTITY …>]`) holds `>`s of its own.
        let comment = head[index...].starts(with: [0x3C, 0x21, 0x2D, 0x2D])
        let closer: [UInt8] = next == 0x3F ? [0x3F, 0x3E] : (comment ? [0x2D, 0x2D, 0x3E] : [0x3E])
        var from = index + 2
        if next == 0x21, !comment, let open = firstIndex(of: [0x5B], in: head, from: from),
          firstIndex(of: [0x3E], in: head, from: from).map({ open < $0 }) ?? true
        {
          guard let close = firstIndex(of: [0x5D], in: head, from: open) else { return nil }
          from = close
        }
        guard let end = firstIndex(of: closer, in: head, from: from) else { return nil }
        index = end + closer.count
        while index < head.count, [0x20, 0x09, 0x0A, 0x0D].contains(head[index]) { index += 1 }
        continue
      }
      var end = index + 1
      while end < head.count, !([0x20, 0x09, 0x0A, 0x0D, 0x3E, 0x2F] as [UInt8]).contains(head[end]) {
        end += 1
      }
      let name = String(decoding: head[(index + 1)..<end], as: UTF8.self).lowercased()
      return format(rootName: name.split(separator: ":").last.map(String.init) ?? name)
    }
    return nil
  }

  /// The format a root element named `name` (local name, any case) stands for.
  static func format(rootName name: String) -> FeedFormat? {
    switch name.lowercased() {
    case "rss", "channel": return .rss
    case "rdf": return .rdf
    case "feed": return .atom
    default: return nil
    }
  }

  /// Reads `bytes` as a feed.
  ///
  /// - Parameter url: the address the feed came from, against which relative links resolve
  ///   (after any `xml:base`); `nil` for a file, whose relative links are then dropped.
  /// - Throws: ``FeedError/notAFeed`` when the bytes are no feed at all, ``FeedError/invalidJSON``
  ///   for a broken JSON Feed.
  /// - Complexity: O(n) in the size of the feed.
  public static func parse(_ bytes: [UInt8], url: String? = nil) throws(FeedError) -> Feed {
    var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    if index < bytes.count, bytes[index] == 0x7B { return try parseJSON(Array(bytes[index...]), url: url) }
    return try parseXML(bytes, url: url)
  }

  private static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
    var index = start
    while index + needle.count <= bytes.count {
      if bytes[index..<index + needle.count].elementsEqual(needle) { return index }
      index += 1
    }
    return nil
  }
}
