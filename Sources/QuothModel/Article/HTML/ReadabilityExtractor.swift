/// Finds a web page's article and its metadata the way Firefox's reader view does.
///
/// This is a Swift port of the algorithm of Mozilla's Readability.js: scripts and styles are
/// dropped and `<br><br>` runs become paragraphs; hidden nodes, dialogs, bylines and nodes whose
/// class or id looks like furniture (`comment`, `sidebar`, `share`…) are removed; `<div>`s that hold
/// only phrasing content become paragraphs; each paragraph of 25 characters or more scores its
/// ancestors (one point, one per comma, one per 100 characters up to three; less for each level up);
/// the best-scoring ancestor, weighted by class hints and link density, is the article, joined by
/// siblings that score close to it; then forms, share boxes, link-heavy lists and divs, and empty
/// paragraphs are cleaned out of it. When the result is under 500 characters it tries again with
/// fewer rules, keeping the longest attempt.
///
/// It is pure: a tree in, a tree and metadata out. The tree is a value (``HTMLDocument``) that the
/// extractor owns and changes by relinking nodes.
struct ReadabilityExtractor {
  /// What the extractor found.
  struct Result {
    /// The tree as the extractor left it; ``content`` is one of its nodes.
    var document: HTMLDocument
    /// The article's content: a `<div>` holding the kept nodes, or `nil` when none was found.
    var content: HTMLNode?
    /// The headline.
    var title: String
    /// The byline as written (JSON-LD or meta author, or the page's byline element).
    var byline: String?
    /// The publisher's name.
    var siteName: String?
    /// The publication time as written.
    var publishedTime: String?
    /// A short description.
    var excerpt: String?
    /// The canonical address (`<link rel=canonical>` or `og:url`).
    var url: String?
    /// The text direction (`rtl`, `ltr`) found on the article or its ancestors.
    var direction: String?
  }

  struct Flags: OptionSet {
    let rawValue: Int
    static let stripUnlikelys = Flags(rawValue: 1)
    static let weightClasses = Flags(rawValue: 2)
    static let cleanConditionally = Flags(rawValue: 4)
  }

  var document: HTMLDocument
  var flags: Flags = [.stripUnlikelys, .weightClasses, .cleanConditionally]
  var articleTitle = ""
  var articleByline: String?
  var metadataByline: String?
  var direction: String?
  /// A node's `class`, a space and its `id`, ASCII lower case: reused from node to node.
  var matchBytes: [UInt8] = []

  static let charThreshold = 500
  static let topCandidateCount = 5
  static let tagsToScore: HTMLTagSet = [.section, .h2, .h3, .h4, .h5, .h6, .p, .td, .pre]
  static let unlikelyRoles: [StaticString] = [
    "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog",
  ]
  static let divToParagraphElements: HTMLTagSet = [.blockquote, .dl, .div, .img, .ol, .p, .pre, .table, .ul]
  static let alterToDivExceptions: HTMLTagSet = [.div, .article, .section, .p]
  static let phrasingElements: HTMLTagSet = [
    .abbr, .audio, .b, .bdo, .br, .button, .cite, .code, .data, .datalist, .dfn, .em, .embed, .i, .img,
    .input,
    .kbd, .label, .mark, .math, .meter, .noscript, .object, .output, .progress, .q, .ruby, .samp, .script,
    .select, .small, .span, .strong, .sub, .sup, .textarea, .time, .var, .wbr,
  ]
  static let headingTags: HTMLTagSet = [.h1, .h2, .h3, .h4, .h5, .h6]

  /// Extracts the article of `document`, changing its tree.
  static func extract(_ document: HTMLDocument) -> Result {
    var extractor = ReadabilityExtractor(document: document)
    return extractor.run()
  }

  private mutating func run() -> Result {
    let root = document.root
    let jsonLD = JSONLDMetadata.find(in: document)
    let canonical = Self.canonicalURL(document)
    removeNodes(document.descendants(of: root, [.script, .noscript, .style, .template]))
    if let body = document.body { replaceBreaks(body) }
    for font in document.descendants(of: root, .font) { document.setTag(font, .span) }
    var metadata = PageMetadata.read(document, jsonLD: jsonLD)
    if metadata.title.isEmpty { metadata.title = ArticleTitle.find(document) }
    articleTitle = metadata.title
    metadataByline = metadata.byline
    let content = grabArticle()
    return Result(
      document: document, content: content, title: articleTitle, byline: metadata.byline ?? articleByline,
      siteName: metadata.siteName, publishedTime: metadata.publishedTime, excerpt: metadata.excerpt,
      url: canonical ?? metadata.url, direction: direction)
  }

  /// `<link rel=canonical href>` or `nil`.
  static func canonicalURL(_ document: HTMLDocument) -> String? {
    for link in document.descendants(of: document.root, .link)
    where document.attribute(link, .rel)?.lowercased() == "canonical" {
      if let href = document.attribute(link, .href), !ReadabilityText.isBlank(href) {
        return ReadabilityText.trimmed(href)
      }
    }
    return nil
  }

  // MARK: - Preparing the document

  mutating func removeNodes(
    _ nodes: [HTMLNode], where shouldRemove: (inout Self, HTMLNode) -> Bool = { _, _ in true }
  ) {
    for node in nodes.reversed() where document.parent(node) != nil && shouldRemove(&self, node) {
      document.remove(node)
    }
  }

  /// The node itself, or the next sibling, skipping text that is only white space.
  func nextNonBlank(_ start: HTMLNode?) -> HTMLNode? {
    var node = start
    while let current = node, document.isText(current), document.isBlankText(current) {
      node = document.nextSibling(current)
    }
    return node
  }

  /// Replaces runs of two or more `<br>` with a paragraph holding the phrasing content after them.
  mutating func replaceBreaks(_ element: HTMLNode) {
    for br in document.descendants(of: element, .br) where document.parent(br) != nil {
      var next = document.nextSibling(br)
      var replaced = false
      while let candidate = nextNonBlank(next), document.tag(candidate) == .br {
        replaced = true
        let after = document.nextSibling(candidate)
        document.remove(candidate)
        next = after
      }
      guard replaced, let parent = document.parent(br) else { continue }
      let paragraph = document.createElement(.p)
      document.replace(br, with: paragraph)
      next = document.nextSibling(paragraph)
      while let current = next {
        if document.tag(current) == .br, let following = nextNonBlank(document.nextSibling(current)),
          document.tag(following) == .br
        {
          break
        }
        if !isPhrasingContent(current) { break }
        let sibling = document.nextSibling(current)
        document.append(current, to: paragraph)
        next = sibling
      }
      while let last = document.lastChild(paragraph), isWhitespace(last) { document.remove(last) }
      if document.tag(parent) == .p { document.setTag(parent, .div) }
    }
  }

  /// Whether the node is text, a phrasing element, or an `<a>`, `<del>` or `<ins>` holding only
  /// phrasing content.
  ///
  /// The nested `<a>`/`<del>`/`<ins>` are walked with an explicit stack: deep nesting costs no call stack.
  func isPhrasingContent(_ node: HTMLNode) -> Bool {
    let tag = document.tag(node)
    if tag == .text || Self.phrasingElements.contains(tag) { return true }
    guard tag == .a || tag == .del || tag == .ins else { return false }
    var pending = [node]
    while let container = pending.popLast() {
      var child = document.firstChild(container)
      while let current = child {
        let childTag = document.tag(current)
        if childTag == .a || childTag == .del || childTag == .ins {
          pending.append(current)
        } else if childTag != .text, !Self.phrasingElements.contains(childTag) {
          return false
        }
        child = document.nextSibling(current)
      }
    }
    return true
  }

  func isWhitespace(_ node: HTMLNode) -> Bool {
    document.isText(node) ? document.isBlankText(node) : document.tag(node) == .br
  }

  // MARK: - Node tests

  func isProbablyVisible(_ node: HTMLNode) -> Bool {
    if document.hasAttribute(node, .style) {
      var compact: [UInt8] = []
      if document.appendLowercased(node, .style, to: &compact) {
        // ASCII: lower case already, drop the white space and look.
        compact.removeAll { $0 == 0x20 || (0x09...0x0D).contains($0) }
        if Self.contains(compact, "display:none") || Self.contains(compact, "visibility:hidden") {
          return false
        }
      } else {
        let style = document.attribute(node, .style) ?? ""
        let compact = style.lowercased().filter { !$0.isWhitespace }
        if compact.contains("display:none") || compact.contains("visibility:hidden") { return false }
      }
    }
    if document.hasAttribute(node, .hidden) { return false }
    if document.attribute(node, .ariaHidden, is: "true"), !document.className(node).contains("fallback-image")
    {
      return false
    }
    return true
  }

  /// Whether `bytes` holds `needle`'s bytes.
  static func contains(_ bytes: [UInt8], _ needle: StaticString) -> Bool {
    needle.withUTF8Buffer { needle in
      guard needle.count <= bytes.count else { return false }
      for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
        if (1..<needle.count).allSatisfy({ bytes[start + $0] == needle[$0] }) { return true }
      }
      return false
    }
  }

  mutating func isElementWithoutContent(_ node: HTMLNode) -> Bool {
    guard !document.textMeasure(node).hasText else { return false }
    let elements = document.elementChildCount(node)
    if elements == 0 { return true }
    return elements == document.countDescendants(node, [.br]) + document.countDescendants(node, [.hr])
  }

  func hasSingleTagInside(_ element: HTMLNode, _ tag: HTMLTag) -> Bool {
    var found = false
    var child = document.firstChild(element)
    while let current = child {
      if document.isText(current) {
        if !document.isBlankText(current) { return false }
      } else {
        if found || document.tag(current) != tag { return false }
        found = true
      }
      child = document.nextSibling(current)
    }
    return found
  }

  /// Whether a `<div>`, `<p>`, list, table or other block lies below `element`.
  func hasChildBlockElement(_ element: HTMLNode) -> Bool {
    document.hasDescendant(element, Self.divToParagraphElements)
  }

  /// `class` and `id` hints: -25 for each that looks like furniture, +25 for each that looks like content.
  func classWeight(_ node: HTMLNode) -> Double {
    guard flags.contains(.weightClasses) else { return 0 }
    var weight = 0.0
    for name in [HTMLAttributeName.class, .id] {
      var value: [UInt8] = []
      document.appendLowercased(node, name, to: &value)
      guard !value.isEmpty else { continue }
      value.withUnsafeBufferPointer { value in
        if ReadabilityText.negative.matches(lowercased: value) { weight -= 25 }
        if ReadabilityText.positive.matches(lowercased: value) { weight += 25 }
      }
    }
    return weight
  }

  /// How much of a link's text counts: 0.3 for a link to an anchor on the page (`#notes`), else 1.
  func linkCoefficient(_ link: HTMLNode) -> Double {
    guard let range = document.attributeRange(link, .href), range.count > 1 else { return 1 }
    if document.bytes[range].allSatisfy({ $0 < 0x80 }) {
      return document.bytes[range.lowerBound] == 0x23 ? 0.3 : 1
    }
    let href = document.attribute(link, .href) ?? ""
    return href.count > 1 && href.hasPrefix("#") ? 0.3 : 1
  }

  mutating func linkDensity(_ element: HTMLNode) -> Double {
    let textLength = document.textMeasure(element).length
    guard textLength > 0 else { return 0 }
    var linkLength = 0.0
    for link in document.descendants(of: element, .a) {
      linkLength += Double(document.textMeasure(link).length) * linkCoefficient(link)
    }
    return linkLength / Double(textLength)
  }

  /// Whether an ancestor at most `maxDepth` levels up (any, when it is 0 or below) has the tag
  /// `tag` and, with `dataTablesOnly`, was marked a data table.
  func hasAncestor(_ node: HTMLNode, _ tag: HTMLTag, maxDepth: Int = 3, dataTablesOnly: Bool = false) -> Bool
  {
    var depth = 0
    var current = node
    while let parent = document.parent(current) {
      if maxDepth > 0, depth > maxDepth { return false }
      if document.tag(parent) == tag, !dataTablesOnly || document.dataTables[parent.slot] { return true }
      current = parent
      depth += 1
    }
    return false
  }

  func initialScore(_ node: HTMLNode) -> Double {
    var score: Double
    switch document.tag(node) {
    case .div: score = 5
    case .pre, .td, .blockquote: score = 3
    case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: score = -3
    case .h1, .h2, .h3, .h4, .h5, .h6, .th: score = -5
    default: score = 0
    }
    return score + classWeight(node)
  }

  /// Fills ``matchBytes`` with the node's `class`, a space and its `id`, lower case.
  mutating func loadMatchBytes(_ node: HTMLNode) {
    matchBytes.removeAll(keepingCapacity: true)
    document.appendLowercased(node, .class, to: &matchBytes)
    matchBytes.append(0x20)
    document.appendLowercased(node, .id, to: &matchBytes)
  }

  /// Whether ``matchBytes`` holds one of `pattern`'s needles.
  func matchBytesMatch(_ pattern: ReadabilityText.Pattern) -> Bool {
    matchBytes.withUnsafeBufferPointer { pattern.matches(lowercased: $0) }
  }

  /// Takes the node as the byline when it looks like one and none was found yet; needs ``matchBytes``.
  mutating func checkByline(_ node: HTMLNode) -> Bool {
    guard articleByline == nil, metadataByline == nil else { return false }
    guard
      document.attribute(node, .rel, is: "author")
        || document.attribute(node, .itemprop)?.contains("author") == true
        || matchBytesMatch(ReadabilityText.byline)
    else { return false }
    let text = ReadabilityText.trimmed(document.textContent(node))
    guard !text.isEmpty, ReadabilityText.length(text) < 100 else { return false }
    articleByline = text
    return true
  }

  func headerDuplicatesTitle(_ node: HTMLNode) -> Bool {
    guard document.tag(node) == .h1 || document.tag(node) == .h2 else { return false }
    let heading = ReadabilityText.trimmed(document.textContent(node))
    return ReadabilityText.similarity(articleTitle, heading) > 0.75
  }
}
