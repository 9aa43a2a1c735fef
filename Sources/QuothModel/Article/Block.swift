/// One laid-out unit of an article: a paragraph, or a part of its header.
public struct Block: Hashable, Sendable {
  /// What the block is, which decides how it is styled and whether quotes are looked for in it.
  public enum Kind: String, Hashable, Sendable, Codable {
    /// The headline.
    case title
    /// The dateline and byline ("November 09, 2023 By …").
    case byline
    /// A photo caption, usually ending in a credit such as `[Photo/XINHUA]`.
    case caption
    /// The deck (standfirst) under the headline.
    case deck
    /// A heading inside the body (Markdown `##`, HTML `<h2>`).
    case heading
    /// A body paragraph.
    case paragraph
  }

  /// What the block is.
  public var kind: Kind
  /// Where the block's text lies in ``Article/text``.
  public var span: TextSpan

  /// Creates a block.
  public init(kind: Kind, span: TextSpan) {
    self.kind = kind
    self.span = span
  }
}
