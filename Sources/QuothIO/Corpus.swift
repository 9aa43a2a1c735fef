import Dispatch
import Foundation
import QuothModel

/// JSON Lines corpora: files (`.jsonl`, `.ndjson`) and standard input that hold one article per
/// line (see ``CorpusRecord``), read in bounded memory.
public enum Corpus {
  /// Whether `path` names a corpus file by its extension.
  public static func isCorpusFile(_ path: String) -> Bool {
    let lower = path.lowercased()
    return lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson")
  }

  /// Reads the corpus on `descriptor` (after `prefix`, already read from it), `batch` lines at
  /// a time, handing each batch's results to `body` in line order; each line's article is built
  /// and transformed by `transform` on every core. Memory holds one batch, whatever the corpus's
  /// size.
  ///
  /// - Parameters:
  ///   - name: the file's path, or `-`, for the lines' names (`FILE:LINE`).
  ///   - ownNames: name each line by its record's own `id` or `url` when it has one (standard
  ///     input: shards of one corpus then name their lines alike).
  ///   - maxLine: the longest line read; a longer one is an error naming it.
  /// - Throws: ``ArticleError`` when the input cannot be read at all.
  public static func stream<T: Sendable>(
    descriptor: Int32, prefix: [UInt8] = [], name: String, ownNames: Bool = false, maxLine: Int,
    batch: Int = 64, offsets: (ArticleRef, Int) -> Void = { _, _ in },
    transform: @escaping @Sendable (Article) -> T, body: ([Result<T, ArticleError>]) -> Void
  ) throws(ArticleError) {
    var reader = LineReader(descriptor: descriptor, prefix: prefix, maxLine: maxLine)
    var pending: [LineReader.Line] = []
    func flush() {
      let lines = pending
      pending.removeAll(keepingCapacity: true)
      let results = ResultSlots<Result<T, ArticleError>>(count: lines.count)
      DispatchQueue.concurrentPerform(iterations: lines.count) { index in
        results[index] = Result { () throws(ArticleError) in
          transform(try article(lines[index], file: name, ownNames: ownNames, maxLine: maxLine))
        }
      }
      body((0..<lines.count).map { results[$0]! })
    }
    do {
      while let line = try reader.next() {
        if case .text(_, let number) = line {
          offsets(.corpusLine(file: name, line: number), reader.lineOffset)
        }
        pending.append(line)
        if pending.count == batch { flush() }
      }
    } catch {
      if !pending.isEmpty { flush() }
      throw .unreadable(path: name, reason: String(cString: strerror(error.code)))
    }
    if !pending.isEmpty { flush() }
  }

  /// Streams the corpus file at `path` as ``stream(descriptor:prefix:name:ownNames:maxLine:batch:transform:body:)``
  /// does.
  ///
  /// - Throws: ``ArticleError`` naming the file when it cannot be opened or read.
  public static func stream<T: Sendable>(
    file path: String, maxLine: Int, transform: @escaping @Sendable (Article) -> T,
    body: ([Result<T, ArticleError>]) -> Void
  ) throws(ArticleError) {
    try withFile(path) { descriptor throws(ArticleError) in
      try stream(descriptor: descriptor, name: path, maxLine: maxLine, transform: transform, body: body)
    }
  }

  /// The library rows of the corpus file at `path`, one per line, where each line starts (in
  /// bytes), and the lines that could not be read.
  ///
  /// - Throws: ``ArticleError`` naming the file when it cannot be opened or read.
  public static func entries(path: String, maxLine: Int) throws(ArticleError) -> (
    entries: [LibraryEntry], offsets: [ArticleRef: Int], problems: [ArticleError]
  ) {
    var entries: [LibraryEntry] = []
    var problems: [ArticleError] = []
    var offsets: [ArticleRef: Int] = [:]
    try withFile(path) { descriptor throws(ArticleError) in
      try stream(
        descriptor: descriptor, name: path, maxLine: maxLine, batch: 256, offsets: { offsets[$0] = $1 },
        transform: { LibraryEntry(article: $0) }
      ) { results in
        for result in results {
          switch result {
          case .success(let entry): entries.append(entry)
          case .failure(let error): problems.append(error)
          }
        }
      }
    }
    return (entries, offsets, problems)
  }

  /// The article on line `line` of the corpus file at `file`, read afresh: from `offset` when
  /// the line's start is known, else by reading up to it.
  ///
  /// - Throws: ``ArticleError`` naming the file and line when the file or the line cannot be read.
  public static func article(file: String, line wanted: Int, offset: Int? = nil, maxLine: Int)
    throws(ArticleError)
    -> Article
  {
    try withFile(file) { descriptor throws(ArticleError) in
      if let offset {
        guard lseek(descriptor, off_t(offset), SEEK_SET) == off_t(offset) else {
          throw FileID.error(path: file, errno: errno)
        }
        var reader = LineReader(descriptor: descriptor, maxLine: maxLine)
        guard case .text(let bytes, _)? = try? reader.next() else {
          throw .notFound(path: "\(file):\(wanted)")
        }
        return try article(.text(bytes, number: wanted), file: file, ownNames: false, maxLine: maxLine)
      }
      var reader = LineReader(descriptor: descriptor, maxLine: maxLine)
      do {
        while let line = try reader.next() {
          switch line {
          case .text(_, let number), .tooLong(let number):
            if number == wanted { return try article(line, file: file, ownNames: false, maxLine: maxLine) }
            if number > wanted { throw ArticleError.notFound(path: "\(file):\(wanted)") }
          }
        }
      } catch let error as SystemError {
        throw ArticleError.unreadable(path: file, reason: String(cString: strerror(error.code)))
      } catch let error as ArticleError {
        throw error
      } catch {
        throw ArticleError.unreadable(path: file, reason: "\(error)")
      }
      throw ArticleError.notFound(path: "\(file):\(wanted)")
    }
  }

  /// The article of one line read from the corpus `file`.
  static func article(_ line: LineReader.Line, file: String, ownNames: Bool, maxLine: Int)
    throws(ArticleError)
    -> Article
  {
    switch line {
    case .tooLong(let number):
      throw .tooLarge(path: "\(file):\(number)", size: maxLine + 1, limit: maxLine)
    case .text(let bytes, let number):
      let ref = ArticleRef.corpusLine(file: file, line: number)
      return try CorpusRecord.article(line: bytes, ref: ref, ownName: ownNames)
    }
  }

  /// Opens `path` for reading, runs `body` on it and closes it.
  private static func withFile<R>(_ path: String, _ body: (Int32) throws(ArticleError) -> R)
    throws(ArticleError)
    -> R
  {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw FileID.error(path: path, errno: errno) }
    defer { close(descriptor) }
    return try body(descriptor)
  }
}
