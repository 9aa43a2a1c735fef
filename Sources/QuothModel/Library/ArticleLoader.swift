import Foundation

/// Reads one article from a file or standard input.
public enum ArticleLoader {
  /// The default size cap: 64 MiB.
  public static let defaultMaxSize = 64 << 20

  /// Reads and parses the file at `path` (`-` reads standard input).
  ///
  /// - Throws: ``ArticleError`` naming the file and the reason.
  public static func load(path: String, maxSize: Int = defaultMaxSize) throws(ArticleError) -> Article {
    let bytes = try readBytes(path: path, maxSize: maxSize)
    let decoded = TextDecoder.decode(bytes)
    if TextDecoder.looksBinary(decoded, byteCount: bytes.count) { throw .binary(path: path) }
    var warnings: [String] = []
    if decoded.invalidSequences > 0 {
      let count = decoded.invalidSequences
      warnings.append("\(path): \(count) invalid UTF-8 sequence\(count == 1 ? "" : "s") shown as \u{FFFD}")
    }
    return ArticleParser.parse(path: path, text: decoded.scalars, warnings: warnings)
  }

  /// Reads the raw bytes of `path`, or of standard input for `-`.
  public static func readBytes(path: String, maxSize: Int = defaultMaxSize) throws(ArticleError) -> [UInt8] {
    if path == "-" {
      let data = FileHandle.standardInput.readDataToEndOfFile()
      if data.count > maxSize { throw .tooLarge(path: path, size: data.count, limit: maxSize) }
      return [UInt8](data)
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw .notFound(path: path)
    }
    if isDirectory.boolValue { throw .isDirectory(path: path) }
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    if let size = (attributes?[.size] as? NSNumber)?.intValue, size > maxSize {
      throw .tooLarge(path: path, size: size, limit: maxSize)
    }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw .unreadable(path: path, reason: String(cString: strerror(errno)))
    }
    defer { try? handle.close() }
    do {
      let data = try handle.readToEnd() ?? Data()
      if data.count > maxSize { throw ArticleError.tooLarge(path: path, size: data.count, limit: maxSize) }
      return [UInt8](data)
    } catch let error as ArticleError {
      throw error
    } catch {
      throw .unreadable(path: path, reason: error.localizedDescription)
    }
  }
}
