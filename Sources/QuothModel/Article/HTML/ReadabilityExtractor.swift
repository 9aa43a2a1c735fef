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
/// It is pure: a tree in, a tree and metadata out.
struct ReadabilityExtractor {
  /// What the extractor found.
  struct Result {
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

  let document: HTMLDocument
  var flags: Flags = [.stripUnlikelys, .weightClasses, .cleanConditionally]
  var articleTitle = ""
  var articleByline: String?
  var metadataByline: String?
  var direction: String?

  static let charThreshold = 500
  static let topCandidateCount = 5
  static let tagsToScore: Set<String> = ["section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre"]
  static let unlikelyRoles: Set<String> = [
    "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog",
  ]
  static let divToParagraphElements: Set<String> = [
    "blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul",
  ]
  static let alterToDivExceptions: Set<String> = ["div", "article", "section", "p"]
  static let phrasingElements: Set<String> = [
    "abbr", "audio", "b", "bdo", "br", "button", "cite", "code", "data", "datalist", "dfn", "em", "embed",
    "i",
    "img", "input", "kbd", "label", "mark", "math", "meter", "noscript", "object", "output", "progress", "q",
    "ruby", "samp", "script", "select", "small", "span", "strong", "sub", "sup", "textarea", "time", "var",
    "wbr",
  ]

  /// Extracts the article of `document`, changing its tree.
  static func extract(_ document: HTMLDocument) -> Result {
    var extractor = ReadabilityExtractor(document: document)
    return extractor.run()
  }

  private mutating func run() -> Result {
    let jsonLD = JSONLDMetadata.find(in: document.root)
    let canonical = Self.canonicalURL(document.root)
    removeNodes(document.root.descendants(["script", "noscript", "style", "template"]))
    if let body = document.body { replaceBreaks(body) }
    for font in document.root.descendants("font") { font.tag = "span" }
    var metadata = PageMetadata.read(document.root, jsonLD: jsonLD)
    if metadata.title.isEmpty { metadata.title = ArticleTitle.find(document.root) }
    articleTitle = metadata.title
    metadataByline = metadata.byline
    let content = grabArticle()
    return Result(
      content: content, title: articleTitle, byline: metadata.byline ?? articleByline,
      siteName: metadata.siteName, publishedTime: metadata.publishedTime, excerpt: metadata.excerpt,
      url: canonical ?? metadata.url, direction: direction)
  }

  /// `<link rel=canonical href>` or `nil`.
  static func canonicalURL(_ root: HTMLNode) -> String? {
    for link in root.descendants("link") where link.attribute("rel")?.lowercased() == "canonical" {
      if let href = link.attribute("href"), !ReadabilityText.isBlank(href) {
        return ReadabilityText.trimmed(href)
      }
    }
    return nil
  }

  // MARK: - Preparing the document

  func removeNodes(_ nodes: [HTMLNode], where shouldRemove: (HTMLNode) -> Bool = { _ in true }) {
    for node in nodes.reversed() where node.parent != nil && shouldRemove(node) { node.remove() }
  }

  /// The node itself, or the next sibling, skipping text that is only white space.
  static func nextNonBlank(_ start: HTMLNode?) -> HTMLNode? {
    var node = start
    while let current = node, current.isText, ReadabilityText.isBlank(current.text) {
      node = current.nextSibling
    }
    return node
  }

  /// Replaces runs of two or more `<br>` with a paragraph holding the phrasing content after them.
  func replaceBreaks(_ element: HTMLNode) {
    for br in element.descendants("br") where br.parent != nil {
      var next = br.nextSibling
      var replaced = false
      while let candidate = Self.nextNonBlank(next), candidate.tag == "br" {
        replaced = true
        let after = candidate.nextSibling
        candidate.remove()
        next = after
      }
      guard replaced, let parent = br.parent else { continue }
      let paragraph = element.arena.element("p")
      br.replace(with: paragraph)
      next = paragraph.nextSibling
      while let current = next {
        if current.tag == "br", let following = Self.nextNonBlank(current.nextSibling), following.tag == "br"
        {
          break
        }
        if !Self.isPhrasingContent(current) { break }
        let sibling = current.nextSibling
        paragraph.append(current)
        next = sibling
      }
      while let last = paragraph.children.last, Self.isWhitespace(last) { last.remove() }
      if parent.tag == "p" { parent.tag = "div" }
    }
  }

  static func isPhrasingContent(_ node: HTMLNode) -> Bool {
    if node.isText || phrasingElements.contains(node.tag) { return true }
    if node.tag == "a" || node.tag == "del" || node.tag == "ins" {
      return node.children.allSatisfy(isPhrasingContent)
    }
    return false
  }

  static func isWhitespace(_ node: HTMLNode) -> Bool {
    node.isText ? ReadabilityText.isBlank(node.text) : node.tag == "br"
  }

  // MARK: - Node tests

  static func isProbablyVisible(_ node: HTMLNode) -> Bool {
    if let style = node.attribute("style") {
      let compact = style.lowercased().filter { !$0.isWhitespace }
      if compact.contains("display:none") || compact.contains("visibility:hidden") { return false }
    }
    if node.attribute("hidden") != nil { return false }
    if node.attribute("aria-hidden") == "true", !node.className.contains("fallback-image") { return false }
    return true
  }

  static func isElementWithoutContent(_ node: HTMLNode) -> Bool {
    guard ReadabilityText.isBlank(node) else { return false }
    let elements = node.elementChildren
    if elements.isEmpty { return true }
    return elements.count == node.descendants("br").count + node.descendants("hr").count
  }

  static func hasSingleTagInside(_ element: HTMLNode, _ tag: String) -> Bool {
    let elements = element.elementChildren
    guard elements.count == 1, elements[0].tag == tag else { return false }
    return !element.children.contains { $0.isText && !ReadabilityText.isBlank($0.text) }
  }

  static func hasChildBlockElement(_ element: HTMLNode) -> Bool {
    element.children.contains {
      !$0.isText && (divToParagraphElements.contains($0.tag) || hasChildBlockElement($0))
    }
  }

  func classWeight(_ node: HTMLNode) -> Double {
    guard flags.contains(.weightClasses) else { return 0 }
    var weight = 0.0
    for name in [node.className, node.id] where !name.isEmpty {
      if ReadabilityText.negative.matches(name) { weight -= 25 }
      if ReadabilityText.positive.matches(name) { weight += 25 }
    }
    return weight
  }

  static func linkDensity(_ element: HTMLNode) -> Double {
    let textLength = ReadabilityText.innerTextLength(element)
    guard textLength > 0 else { return 0 }
    var linkLength = 0.0
    for link in element.descendants("a") {
      let href = link.attribute("href") ?? ""
      let coefficient = href.count > 1 && href.hasPrefix("#") ? 0.3 : 1
      linkLength += Double(ReadabilityText.innerTextLength(link)) * coefficient
    }
    return linkLength / Double(textLength)
  }

  static func hasAncestor(
    _ node: HTMLNode, _ tag: String, maxDepth: Int = 3, where filter: ((HTMLNode) -> Bool)? = nil
  ) -> Bool {
    var depth = 0
    var current = node
    while let parent = current.parent {
      if maxDepth > 0, depth > maxDepth { return false }
      if parent.tag == tag, filter?(parent) ?? true { return true }
      current = parent
      depth += 1
    }
    return false
  }

  func initialScore(_ node: HTMLNode) -> Double {
    var score: Double
    switch node.tag {
    case "div": score = 5
    case "pre", "td", "blockquote": score = 3
    case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score = -3
    case "h1", "h2", "h3", "h4", "h5", "h6", "th": score = -5
    default: score = 0
    }
    return score + classWeight(node)
  }

  mutating func checkByline(_ node: HTMLNode, _ matchString: String) -> Bool {
    guard articleByline == nil, metadataByline == nil else { return false }
    let rel = node.attribute("rel")
    let itemprop = node.attribute("itemprop")
    guard
      rel == "author" || itemprop?.contains("author") == true || ReadabilityText.byline.matches(matchString)
    else { return false }
    let text = ReadabilityText.trimmed(node.textContent)
    guard !text.isEmpty, ReadabilityText.length(text) < 100 else { return false }
    articleByline = text
    return true
  }

  func headerDuplicatesTitle(_ node: HTMLNode) -> Bool {
    guard node.tag == "h1" || node.tag == "h2" else { return false }
    let heading = ReadabilityText.trimmed(node.textContent)
    return ReadabilityText.similarity(articleTitle, heading) > 0.75
  }
}
