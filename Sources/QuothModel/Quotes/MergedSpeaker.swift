import Foundation

/// One speaker of a whole library: every article's speaker with the same merge key, counted.
///
/// Built by ``SpeakerMerger/merge(_:)``; the speakers view and `quoth speakers --library` list
/// these.
public struct MergedSpeaker: Hashable, Sendable {
  /// How a list of merged speakers is ordered.
  public enum Order: String, Sendable, CaseIterable {
    /// Most quotes first, then most articles, then by name.
    case quotes
    /// Most articles first, then most quotes, then by name.
    case articles
    /// By name, case-insensitively.
    case name
  }

  /// The merge key (``SpeakerMerger/key(for:kind:)``): names with the same key are one speaker.
  public var key: String
  /// The name to show: the form most articles use, without titles when one does.
  public var name: String
  /// Every distinct role seen, in order of first appearance.
  public var roles: [String]
  /// Person or organization: the kind most articles give.
  public var kind: Speaker.Kind
  /// The number of articles quoting the speaker.
  public var articles: Int
  /// The number of quotes across those articles.
  public var quotes: Int

  /// Creates a merged speaker.
  public init(
    key: String, name: String, roles: [String] = [], kind: Speaker.Kind, articles: Int, quotes: Int
  ) {
    self.key = key
    self.name = name
    self.roles = roles
    self.kind = kind
    self.articles = articles
    self.quotes = quotes
  }

  /// `speakers` in `order`; ties fall back to the name, then the key, so the order is stable.
  public static func sorted(_ speakers: [MergedSpeaker], by order: Order) -> [MergedSpeaker] {
    let keyed = speakers.map { (speaker: $0, folded: $0.name.lowercased()) }
    return keyed.sorted { lhs, rhs in
      let l = lhs.speaker
      let r = rhs.speaker
      switch order {
      case .quotes:
        if l.quotes != r.quotes { return l.quotes > r.quotes }
        if l.articles != r.articles { return l.articles > r.articles }
      case .articles:
        if l.articles != r.articles { return l.articles > r.articles }
        if l.quotes != r.quotes { return l.quotes > r.quotes }
      case .name:
        break
      }
      if lhs.folded != rhs.folded { return lhs.folded < rhs.folded }
      return l.key < r.key
    }.map(\.speaker)
  }

  /// Whether the name or one of the roles contains `text`, ignoring case and diacritics; an empty
  /// filter matches every speaker.
  public func matches(_ text: String) -> Bool {
    let needle = SpeakerMerger.fold(text).trimmingCharacters(in: .whitespaces)
    guard !needle.isEmpty else { return true }
    if SpeakerMerger.fold(name).contains(needle) { return true }
    return roles.contains { SpeakerMerger.fold($0).contains(needle) }
  }
}
