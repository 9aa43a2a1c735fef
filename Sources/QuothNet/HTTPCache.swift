import Foundation

/// Fetched feeds and pages on disk, one file per URL, in `$XDG_CACHE_HOME/quoth/http/`.
///
/// Each entry is one file: a line of JSON (URLs, validators, content type, fetch time, body
/// length), then the body's bytes. It is written to a temporary file and renamed into place, so
/// a reader sees the old entry or the new one, never half of one, even with several quoth
/// processes at once. An entry that does not read back whole (cut short, damaged, or another
/// URL's after a hash collision) is a miss and is overwritten at the next fetch.
///
/// Files beside the index rather than rows in it: bodies are blobs written once and read whole,
/// up to the size cap each, from up to 8 transfers at once; a file per entry needs no lock, costs
/// no SQLite page churn, keeps the network layer free of the index's GRDB dependency, and is
/// cleared with `rm -r`.
public struct HTTPCache: Sendable {
  /// The folder holding the entries.
  public let folder: String

  /// A cache in `folder` (created at the first store).
  public init(folder: String) {
    self.folder = folder
  }

  /// The cache in the default folder for `environment`: `$XDG_CACHE_HOME/quoth/http` when that
  /// is an absolute path, else `$HOME/.cache/quoth/http`; `nil` when neither is set.
  public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment)
    -> HTTPCache?
  {
    if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
      return HTTPCache(folder: xdg + "/quoth/http")
    }
    guard let home = environment["HOME"], !home.isEmpty else { return nil }
    return HTTPCache(folder: home + "/.cache/quoth/http")
  }

  /// The file holding `url`'s entry: a 64-bit FNV-1a hash of the URL, in hex.
  public func file(for url: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in url.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    let hex = String(hash, radix: 16)
    return folder + "/" + String(repeating: "0", count: 16 - hex.count) + hex + ".entry"
  }

  /// The entry for `url`, or `nil` when there is none that reads back whole.
  public func load(url: String) -> CachedResource? {
    guard let data = FileManager.default.contents(atPath: file(for: url)),
      let newline = data.firstIndex(of: UInt8(ascii: "\n")),
      let header = try? JSONDecoder().decode(Header.self, from: data[data.startIndex..<newline]),
      header.version == Header.currentVersion, header.url == url,
      data.endIndex - (newline + 1) == header.bodyLength
    else { return nil }
    return CachedResource(
      url: header.url, finalURL: header.finalURL,
      contentType: header.contentType.flatMap(ContentType.init(header:)),
      etag: header.etag, lastModified: header.lastModified,
      fetchedAt: Date(timeIntervalSince1970: header.fetchedAt), body: Array(data[(newline + 1)...]))
  }

  /// Writes `resource` in place of any entry for its URL.
  ///
  /// - Throws: ``CacheError`` naming the file and the reason.
  public func store(_ resource: CachedResource) throws(CacheError) {
    let path = file(for: resource.url)
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
      var data = try encoder.encode(Header(resource))
      data.append(UInt8(ascii: "\n"))
      data.append(contentsOf: resource.body)
      try data.write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw .cannotWrite(url: resource.url, path: path, reason: Self.reason(error))
    }
  }

  private static func reason(_ error: any Error) -> String {
    let error = error as NSError
    if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError,
      underlying.domain == NSPOSIXErrorDomain
    {
      return String(cString: strerror(Int32(underlying.code)))
    }
    return error.localizedFailureReason ?? error.localizedDescription
  }

  /// The first line of an entry.
  private struct Header: Codable {
    static let currentVersion = 1
    var version = currentVersion
    var url: String
    var finalURL: String
    var contentType: String?
    var etag: String?
    var lastModified: String?
    /// Seconds since 1970.
    var fetchedAt: Double
    var bodyLength: Int

    init(_ resource: CachedResource) {
      url = resource.url
      finalURL = resource.finalURL
      contentType = resource.contentType.map { type in
        type.mediaType + (type.charset.map { "; charset=" + $0 } ?? "")
      }
      etag = resource.etag
      lastModified = resource.lastModified
      fetchedAt = resource.fetchedAt.timeIntervalSince1970
      bodyLength = resource.body.count
    }
  }
}
