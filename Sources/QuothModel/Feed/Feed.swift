/// A news feed read from bytes: its title and link, and its items in document order.
///
/// Every text field is plain text (markup dropped, entities decoded, whitespace collapsed, control
/// characters removed); every link is an absolute `http` or `https` URL, or `nil`.
public struct Feed: Hashable, Sendable {
  /// The kind of document the feed was read from.
  public var format: FeedFormat
  /// The feed's title; empty when it has none.
  public var title: String
  /// The site the feed belongs to.
  public var link: String?
  /// The feed's items, as they stand in the document.
  public var items: [FeedItem]

  /// A feed with the given fields.
  public init(format: FeedFormat, title: String = "", link: String? = nil, items: [FeedItem] = []) {
    self.format = format
    self.title = title
    self.link = link
    self.items = items
  }
}

/// The document formats ``FeedParser`` reads.
public enum FeedFormat: String, Hashable, Sendable, CaseIterable {
  /// RSS 0.9x and 2.0 (`<rss>`), and channels without a root element around them.
  case rss
  /// RSS 1.0 and 0.90 (`<rdf:RDF>`).
  case rdf
  /// Atom 1.0 and 0.3 (`<feed>`).
  case atom
  /// JSON Feed 1.0 and 1.1.
  case json
}

/// One entry of a feed: an article the feed points to.
public struct FeedItem: Hashable, Sendable {
  /// The title as plain text; empty when the item has none.
  public var title: String
  /// The article's address: the item's link, or a `guid` that is a permalink.
  public var link: String?
  /// The item's identifier (`guid`, Atom `id`, JSON Feed `id`), as written.
  public var id: String?
  /// The publication date (or else the update date) as `YYYY-MM-DD` in UTC.
  public var date: String?
  /// The authors' names, without e-mail addresses.
  public var authors: [String]
  /// The short description (`description`, Atom `summary`, JSON Feed `summary`).
  public var summary: FeedContent?
  /// The full text (`content:encoded`, Atom `content`, JSON Feed `content_html`/`content_text`).
  public var content: FeedContent?

  /// An item with the given fields.
  public init(
    title: String = "", link: String? = nil, id: String? = nil, date: String? = nil, authors: [String] = [],
    summary: FeedContent? = nil, content: FeedContent? = nil
  ) {
    self.title = title
    self.link = link
    self.id = id
    self.date = date
    self.authors = authors
    self.summary = summary
    self.content = content
  }

  /// The fullest text the item carries: its content, else its summary.
  public var body: FeedContent? { content ?? summary }

  /// How many words the item's body holds, as ``Article/countWords(in:)`` counts them.
  public var words: Int {
    guard let body else { return 0 }
    let text = body.plainText
    return Article.countWords(in: ArraySlice(text.unicodeScalars))
  }
}

/// A piece of item text and how to read it.
public struct FeedContent: Hashable, Sendable {
  /// Whether ``value`` is HTML or plain text.
  public enum Kind: String, Hashable, Sendable {
    /// HTML markup (Atom `type="html"` and `"xhtml"`, RSS descriptions, `content_html`).
    case html
    /// Plain text (Atom `type="text"`, `content_text`).
    case text
  }

  /// The text as the feed gave it (entities of the feed's own XML already decoded).
  public var value: String
  /// How to read ``value``.
  public var kind: Kind

  /// Content of the given kind.
  public init(_ value: String, kind: Kind) {
    self.value = value
    self.kind = kind
  }

  /// The text without markup, whitespace collapsed.
  public var plainText: String {
    kind == .html ? FeedText.fromHTML(value) : FeedText.collapsed(value)
  }
}
