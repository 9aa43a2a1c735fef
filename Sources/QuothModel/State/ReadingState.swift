import Foundation

/// What quoth remembers between runs: the place in each article, the last article of each
/// library and the theme last chosen with `t`. Stored as JSON by ``StateStore``.
public struct ReadingState: Codable, Equatable, Sendable {
  /// Where the reader was in one article.
  public struct Position: Codable, Equatable, Sendable {
    /// The text offset (in code points of the article's reading text) at the top of the screen:
    /// unlike a line number it survives a different window width.
    public var offset: Int
    /// When it was recorded, in seconds since 1970; the newer record wins a merge.
    public var updated: Double

    /// Creates a position.
    public init(offset: Int, updated: Double = Date().timeIntervalSince1970) {
      self.offset = offset
      self.updated = updated
    }
  }

  /// The article last open in a library.
  public struct LastArticle: Codable, Equatable, Sendable {
    /// The article's path.
    public var path: String
    /// When it was recorded, in seconds since 1970.
    public var updated: Double

    /// Creates a record.
    public init(path: String, updated: Double = Date().timeIntervalSince1970) {
      self.path = path
      self.updated = updated
    }
  }

  /// The theme last chosen with `t`.
  public struct ThemeChoice: Codable, Equatable, Sendable {
    /// The theme's name, or the path of a theme file.
    public var name: String
    /// When it was chosen, in seconds since 1970.
    public var updated: Double

    /// Creates a record.
    public init(name: String, updated: Double = Date().timeIntervalSince1970) {
      self.name = name
      self.updated = updated
    }
  }

  /// The format version; files of a newer version are read as far as they are understood.
  public var version: Int
  /// Positions by absolute article path.
  public var articles: [String: Position]
  /// The last article by library (see ``StateStore/libraryKey(for:)``).
  public var libraries: [String: LastArticle]
  /// The theme last chosen with `t`, if any.
  public var theme: ThemeChoice?

  /// How many articles and libraries are remembered; the oldest records go first.
  public static let limit = 2000

  /// An empty state.
  public init(
    articles: [String: Position] = [:], libraries: [String: LastArticle] = [:], theme: ThemeChoice? = nil
  ) {
    version = 1
    self.articles = articles
    self.libraries = libraries
    self.theme = theme
  }

  /// `self` with `other`'s records added; where both have one, the newer wins. Keeps at most
  /// ``limit`` records of each kind.
  ///
  /// - Complexity: O((n + m) log(n + m)) when trimming, else O(n + m).
  public func merged(with other: ReadingState) -> ReadingState {
    var result = self
    result.articles.merge(other.articles) { $0.updated >= $1.updated ? $0 : $1 }
    result.libraries.merge(other.libraries) { $0.updated >= $1.updated ? $0 : $1 }
    if let theme = other.theme, theme.updated >= result.theme?.updated ?? -.infinity { result.theme = theme }
    result.trim()
    return result
  }

  /// Drops the oldest records beyond ``limit``.
  mutating func trim() {
    if articles.count > Self.limit {
      let kept = articles.sorted { $0.value.updated > $1.value.updated }.prefix(Self.limit)
      articles = Dictionary(uniqueKeysWithValues: kept.map { ($0.key, $0.value) })
    }
    if libraries.count > Self.limit {
      let kept = libraries.sorted { $0.value.updated > $1.value.updated }.prefix(Self.limit)
      libraries = Dictionary(uniqueKeysWithValues: kept.map { ($0.key, $0.value) })
    }
  }

  private enum CodingKeys: String, CodingKey {
    case version, articles, libraries, theme
  }

  /// Decodes a state; missing fields are empty.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    version = try container.decodeIfPresent(Int.self, forKey: .version) ?? 1
    articles = try container.decodeIfPresent([String: Position].self, forKey: .articles) ?? [:]
    libraries = try container.decodeIfPresent([String: LastArticle].self, forKey: .libraries) ?? [:]
    theme = try container.decodeIfPresent(ThemeChoice.self, forKey: .theme)
  }
}
