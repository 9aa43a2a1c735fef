import QuothModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Standard input as the commands read it: one article, or a JSON Lines corpus streamed line by
/// line when its first character opens a JSON object.
public enum StandardInput {
  /// Reads standard input and hands `body` the transformed articles: one batch of one for a
  /// single article, batches in line order for a corpus (each line named by its record's `id` or
  /// `url` when it has one, so that shards of a corpus split over processes name lines alike).
  ///
  /// - Parameter maxSize: the cap on a single article, and on each line of a corpus.
  /// - Throws: ``ArticleError`` naming standard input (`-`) when it cannot be read or is too large.
  public static func read<T: Sendable>(
    maxSize: Int, ownNames: Bool = true, transform: @escaping @Sendable (Article) -> T,
    body: ([Result<T, ArticleError>]) -> Void
  ) throws(ArticleError) {
    var prefix: [UInt8] = []
    do {
      // Leading white space is read a byte at a time; the first other byte decides.
      while true {
        let byte = try FileIO.readPrefix(fd: STDIN_FILENO, count: 1)
        prefix += byte
        guard let last = byte.first, [0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains(last) else { break }
      }
    } catch {
      throw .unreadable(path: "-", reason: String(cString: strerror(error.code)))
    }
    if CorpusRecord.looksLikeCorpus(prefix) {
      try Corpus.stream(
        descriptor: STDIN_FILENO, prefix: prefix, name: "-", ownNames: ownNames, maxLine: maxSize,
        transform: transform, body: body)
      return
    }
    let rest: [UInt8]
    do {
      rest = try FileIO.readAll(fd: STDIN_FILENO, limit: max(0, maxSize - prefix.count))
    } catch {
      throw .unreadable(path: "-", reason: String(cString: strerror(error.code)))
    }
    let bytes = prefix + rest
    if bytes.count > maxSize { throw .tooLarge(path: "-", size: bytes.count, limit: maxSize) }
    body([
      Result { () throws(ArticleError) in
        transform(try ArticleParser.article(bytes: bytes, path: "-", maxSize: maxSize))
      }
    ])
  }
}
