import Foundation
import QuothModel

/// Turns PATH arguments into a ``Library``: expands folders and reads each file's head.
///
/// Folders are walked recursively in name order, following symbolic links; each folder's device
/// and inode are remembered so a link back up the tree is reported once and never looped. Hidden
/// files and folders (names starting with `.`) are skipped inside folders. A file inside a folder
/// that cannot be read or looks binary is skipped with a warning; a bad input named directly is
/// an error.
public struct LibraryScanner: Sendable {
  /// The files found for a list of paths, with the problems met.
  public struct Expansion: Sendable, Equatable {
    /// The files, in argument order, folders expanded in name order; `-` stands for stdin.
    public var files: [String]
    /// Whether each file of ``files`` was named directly (`true`) or found in a folder.
    public var named: [Bool]
    /// Named inputs that do not exist or cannot be read.
    public var errors: [ArticleError]
    /// Things skipped inside folders.
    public var warnings: [ArticleError]
    /// Whether a file must be read whole before anything else: standard input, or a named pipe
    /// or device, which cannot be read a second time.
    public var hasStreams = false

    /// The files without repeats, each with whether it was named directly.
    public var unique: [(path: String, named: Bool)] {
      var seen = Set<String>()
      return zip(files, named).filter { seen.insert($0.0).inserted }.map { ($0.0, $0.1) }
    }
  }

  /// How many bytes of each file are read for its metadata.
  public var headSize: Int
  /// The size cap for inputs read whole (standard input, pipes).
  public var maxSize: Int
  /// Whether HTML pages are read whole for their rows (so the list agrees with the article). A
  /// command that then parses every article anyway (`dump`) turns it off and reads heads only.
  public var readsPagesWhole = true

  /// Creates a scanner.
  public init(headSize: Int = 4096, maxSize: Int = ArticleLoader.defaultMaxSize) {
    self.headSize = max(headSize, 512)
    self.maxSize = maxSize
  }

  /// Expands `paths`: files as given, folders recursively, `-` as is.
  public func expand(_ paths: [String]) -> Expansion {
    var result = Expansion(files: [], named: [], errors: [], warnings: [])
    var visited = Set<FileID>()
    for path in paths {
      if path == "-" {
        result.files.append(path)
        result.named.append(true)
        result.hasStreams = true
        continue
      }
      switch FileID.lookUp(path) {
      case .failure(let error):
        result.errors.append(error)
      case .success(let info) where info.isDirectory:
        visited.insert(info.id)
        walk(path, named: true, visited: &visited, into: &result)
      case .success(let info):
        result.files.append(path)
        result.named.append(true)
        if !info.isRegular { result.hasStreams = true }
      }
    }
    return result
  }

  /// Adds the files under `folder`; a folder named on the command line that cannot be listed is
  /// an error, one found inside another folder a warning.
  private func walk(_ folder: String, named: Bool, visited: inout Set<FileID>, into result: inout Expansion) {
    guard let names = Self.list(folder) else {
      // Foundation words the reason as it always has.
      let reason: String
      do {
        _ = try FileManager.default.contentsOfDirectory(atPath: folder)
        reason = "permission denied or I/O error"
      } catch {
        reason = (error as NSError).localizedFailureReason ?? "permission denied or I/O error"
      }
      let error = ArticleError.unreadable(path: folder, reason: reason)
      if named { result.errors.append(error) } else { result.warnings.append(error) }
      return
    }
    for (name, type) in names where !name.hasPrefix(".") {
      let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
      // A regular file needs no `stat`: the folder says what it is, and it cannot loop.
      if type == Int(DT_REG) {
        result.files.append(path)
        result.named.append(false)
        continue
      }
      switch FileID.lookUp(path) {
      case .failure(let error):
        result.warnings.append(error)
      case .success(let info) where info.isDirectory:
        if visited.insert(info.id).inserted {
          walk(path, named: false, visited: &visited, into: &result)
        } else {
          result.warnings.append(.folderLoop(path: path))
        }
      case .success(let info) where info.isRegular:
        result.files.append(path)
        result.named.append(false)
      case .success:
        result.warnings.append(.notRegularFile(path: path))
      }
    }
  }

  /// The names in `folder` (without `.` and `..`) in name order, each with its type as the
  /// folder records it (`DT_UNKNOWN` where the file system does not); `nil` when it cannot be read.
  static func list(_ folder: String) -> [(name: String, type: Int)]? {
    guard let directory = opendir(folder) else { return nil }
    defer { closedir(directory) }
    var names: [(name: String, type: Int)] = []
    while true {
      errno = 0
      guard let entry = readdir(directory) else { break }
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
      }
      if name != "." && name != ".." { names.append((name, Int(entry.pointee.d_type))) }
    }
    guard errno == 0 else { return nil }
    return names.sorted { $0.name < $1.name }
  }

  /// Expands `paths` and reads the head of every file into a ``Library``.
  ///
  /// - Complexity: one `open` and one read of at most ``headSize`` bytes per regular file
  ///   (HTML pages whose head holds no title are read up to 256 KiB).
  public func scan(_ paths: [String]) -> Library {
    let expansion = expand(paths)
    var entries: [LibraryEntry] = []
    var errors = expansion.errors
    var warnings = expansion.warnings
    var loaded: [Article] = []
    var offsets: [ArticleRef: Int] = [:]
    // A corpus gives a row per line: a .jsonl file, or JSON Lines on standard input.
    let corpora = expansion.unique.filter { $0.path == "-" || Corpus.isCorpusFile($0.path) }
    for corpus in corpora {
      do throws(ArticleError) {
        if corpus.path == "-" {
          try StandardInput.read(maxSize: maxSize, ownNames: false, transform: { $0 }) { results in
            for result in results {
              switch result {
              case .success(let article):
                entries.append(LibraryEntry(article: article))
                loaded.append(article)
              case .failure(let error): errors.append(error)
              }
            }
          }
        } else {
          let found = try Corpus.entries(path: corpus.path, maxLine: maxSize)
          entries += found.entries
          offsets.merge(found.offsets) { first, _ in first }
          warnings += found.problems
        }
      } catch {
        if corpus.named { errors.append(error) } else { warnings.append(error) }
      }
    }
    let unique = expansion.unique.filter { $0.path != "-" && !Corpus.isCorpusFile($0.path) }
    readHeads(unique.map(\.path), batch: unique.count) { start, results in
      for (offset, result) in results.enumerated() {
        switch result {
        case .success(let read):
          entries.append(read.entry)
          if let article = read.article { loaded.append(article) }
        case .failure(let error):
          if unique[start + offset].named { errors.append(error) } else { warnings.append(error) }
        }
      }
    }
    return Library(entries: entries, errors: errors, warnings: warnings, loaded: loaded, lineOffsets: offsets)
  }

  /// Reads the heads of `files` in order, `batch` files at a time, each batch on every core.
  ///
  /// The results do not depend on which thread finished first: each batch is handed over whole,
  /// in file order.
  /// - Parameters:
  ///   - isCancelled: asked before each batch; reading stops when it says so.
  ///   - deliver: called on the calling thread after each batch with the index of its first
  ///     file and, per file, its entry (and its article when it had to be read whole) or error.
  public func readHeads(
    _ files: [String], batch: Int, isCancelled: () -> Bool = { false },
    deliver: (Int, [Result<(entry: LibraryEntry, article: Article?), ArticleError>]) -> Void
  ) {
    var start = 0
    while start < files.count, !isCancelled() {
      let (first, end) = (start, min(files.count, start + max(1, batch)))
      let results = ResultSlots<Result<(entry: LibraryEntry, article: Article?), ArticleError>>(
        count: end - start)
      DispatchQueue.concurrentPerform(iterations: end - start) { offset in
        let path = files[first + offset]
        results[offset] = Result { () throws(ArticleError) in try entry(path: path) }
      }
      deliver(start, (0..<(end - start)).map { results[$0]! })
      start = end
    }
  }

  /// Reads one file's metadata from its head.
  ///
  /// Standard input and other non-regular files are read whole; their parsed article comes back
  /// too, since they cannot be read a second time.
  /// - Throws: ``ArticleError`` naming the file: missing, unreadable, a folder, or binary.
  public func entry(path: String) throws(ArticleError) -> (entry: LibraryEntry, article: Article?) {
    if path == "-" {
      let article = try ArticleLoader.load(path: path, maxSize: maxSize)
      return (LibraryEntry(article: article), article)
    }
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { throw FileID.error(path: path, errno: errno) }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { throw FileID.error(path: path, errno: errno) }
    if (info.st_mode & S_IFMT) == S_IFDIR { throw .isDirectory(path: path) }
    if (info.st_mode & S_IFMT) != S_IFREG {
      let article = try ArticleLoader.load(path: path, maxSize: maxSize)
      return (LibraryEntry(article: article), article)
    }
    let size = Int(info.st_size)
    let bytes = try readHead(descriptor, path: path, count: min(size, headSize))
    // gzip files and HTML pages are read whole: a page's title, date and byline come from the
    // same extractor the reader uses (a head is not enough), and a .gz head is not text.
    if Gzip.isGzip(bytes)
      || (readsPagesWhole && bytes.count < size && Self.looksLikeHTML(path: path, head: bytes))
    {
      var entry = LibraryEntry(article: try ArticleLoader.load(path: path, maxSize: maxSize))
      entry.size = size
      return (entry, nil)
    }
    return (try Self.entry(path: path, head: bytes, fileSize: size), nil)
  }

  /// Whether a file is an HTML page, by its name or its first bytes.
  static func looksLikeHTML(path: String, head: [UInt8]) -> Bool {
    let decoded = TextDecoder.decode(TextDecoder.droppingIncompleteTail(head.prefix(1024)))
    return ArticleParser.detectFormat(path: path, text: decoded.scalars) == .html
  }

  /// Builds an entry from the first bytes of a file of `fileSize` bytes.
  ///
  /// Words are counted exactly when `head` is the whole file; otherwise they are estimated as
  /// the head's words times `fileSize / head.count` (for an HTML page whose head holds no
  /// paragraph yet, as one word per 50 bytes).
  /// - Throws: ``ArticleError/binary(path:)`` when the head holds a NUL or is mostly invalid UTF-8.
  public static func entry(path: String, head: [UInt8], fileSize: Int) throws(ArticleError) -> LibraryEntry {
    let isWhole = head.count >= fileSize
    let usable = isWhole ? head[...] : TextDecoder.droppingIncompleteTail(head[...])
    let decoded = TextDecoder.decode(usable)
    if TextDecoder.looksBinary(decoded, byteCount: usable.count) { throw .binary(path: path) }
    let read = HeadEntry.read(path: path, text: decoded.scalars)
    var entry = read.entry
    entry.size = fileSize
    if !isWhole {
      entry.wordsAreEstimated = true
      if read.pageWithoutParagraphs {
        entry.words = fileSize / 50
      } else {
        let ratio = Double(fileSize) / Double(max(usable.count, 1))
        entry.words = Int((Double(entry.words) * ratio).rounded())
      }
    }
    return entry
  }

  private func readHead(_ descriptor: Int32, path: String, count: Int) throws(ArticleError) -> [UInt8] {
    do {
      return try FileIO.readPrefix(fd: descriptor, count: count)
    } catch {
      throw FileID.error(path: path, errno: error.code)
    }
  }
}
