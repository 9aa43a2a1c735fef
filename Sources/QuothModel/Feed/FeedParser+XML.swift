import Foundation

extension FeedParser {
  /// Reads an RSS, RDF or Atom document.
  static func parseXML(_ bytes: [UInt8], url: String?) throws(FeedError) -> Feed {
    let (prepared, encoding) = FeedBytes.prepare(bytes)
    let tree = FeedXMLTree(bytes: prepared, encoding: encoding, countedNames: ["item", "entry"])
    guard let root = tree.root else { throw .notAFeed }
    let reader = XMLFeedReader(tree: tree, url: url)
    guard let feed = reader.feed(from: root) else { throw .notAFeed }
    return feed
  }
}

/// Walks a ``FeedXMLTree`` into a ``Feed``.
private struct XMLFeedReader {
  let tree: FeedXMLTree
  let url: String?

  func feed(from root: Int) -> Feed? {
    guard let top = preorder(from: root).first(where: { FeedParser.format(rootName: tree[$0].name) != nil })
    else {
      return nil
    }
    let format = FeedParser.format(rootName: tree[top].name)!
    if format == .atom {
      let entries = collect(from: top, named: "entry")
      let feedAuthors = authors(of: top, atom: true)
      var feed = Feed(
        format: .atom, title: text(of: tree.child(top, "title"), atom: true), link: atomLink(of: top))
      feed.items = entries.map { item(atom: $0, inheriting: feedAuthors) }
      return feed
    }
    let channel = tree[top].name.caseInsensitiveEquals("channel") ? top : tree.child(top, "channel")
    var feed = Feed(format: format)
    if let channel {
      feed.title = text(of: tree.child(channel, "title"), atom: false)
      feed.link = rssLink(of: channel) ?? atomLink(of: channel)
    }
    feed.items = collect(from: top, named: "item").map { item(rss: $0) }
    return feed
  }

  // MARK: Items

  private func item(rss index: Int) -> FeedItem {
    var item = FeedItem()
    item.title = text(
      of: tree.child(index, "title") ?? tree.child(index, "title", in: ["dc"]) ?? mediaTitle(of: index),
      atom: false)
    let guid = tree.child(index, "guid")
    item.id =
      (guid ?? tree.child(index, "identifier", in: ["dc"])).map { FeedText.collapsed(tree.text($0)) }
      ?? tree[index].attributes.first { $0.name == "about" }?.value
    item.link = rssLink(of: index) ?? atomLink(of: index)
    if item.link == nil, let guid, tree.attribute(guid, "isPermaLink")?.lowercased() != "false" {
      item.link = FeedLink.resolve(tree.text(guid), against: base(of: guid))
    }
    // RDF's `rdf:about` and CDF's `<ITEM HREF>` name the item's address too.
    for name in ["about", "href"] where item.link == nil {
      if let value = tree[index].attributes.first(where: { $0.name.caseInsensitiveEquals(name) })?.value {
        item.link = FeedLink.resolve(value, against: base(of: index))
      }
    }
    item.date = date(of: index)
    item.authors = authors(of: index, atom: false)
    item.summary =
      content(of: tree.child(index, "description") ?? tree.child(index, "summary"), atom: false)
      ?? content(of: tree.child(index, "description", in: ["dc"]), atom: false)
    item.content =
      content(of: tree.child(index, "encoded", in: ["content"]), atom: false)
      ?? content(of: tree.child(index, "body", in: ["xhtml"]), atom: false, markup: true)
      ?? content(of: tree.child(index, "content", in: ["atom"]), atom: true)
    return item
  }

  private func item(atom index: Int, inheriting feedAuthors: [String]) -> FeedItem {
    var item = FeedItem()
    item.title = text(of: tree.child(index, "title"), atom: true)
    item.id = tree.child(index, "id").map { FeedText.collapsed(tree.text($0)) }
    item.link = atomLink(of: index)
    item.date = date(of: index)
    let own = authors(of: index, atom: true)
    let source = tree.child(index, "source").map { authors(of: $0, atom: true) } ?? []
    item.authors = !own.isEmpty ? own : (!source.isEmpty ? source : feedAuthors)
    item.summary = content(of: tree.child(index, "summary"), atom: true)
    item.content = content(of: tree.child(index, "content"), atom: true)
    return item
  }

  // MARK: Fields

  /// The element's text as plain text: Atom's `type` says how to read it; RSS text that looks
  /// like HTML (or holds elements) is read as HTML.
  private func text(of element: Int?, atom: Bool) -> String {
    guard let element else { return "" }
    if let content = content(of: element, atom: atom) { return content.plainText }
    return ""
  }

  /// The element's content: HTML or plain text, as its `type` (Atom) or its look (RSS) says.
  private func content(of element: Int?, atom: Bool, markup: Bool = false) -> FeedContent? {
    guard let element else { return nil }
    if tree.attribute(element, "src") != nil, atom { return nil }
    let type = tree.attribute(element, "type")?.lowercased() ?? (atom ? "text" : "html")
    if markup || type == "xhtml" || type == "application/xhtml+xml" {
      let div = tree.child(element, "div", in: ["xhtml", "", "atom"])
      let holder = tree.childElements(element).count == 1 && div != nil ? div! : element
      let value = tree.innerMarkup(holder)
      return value.isEmpty ? nil : FeedContent(value, kind: .html)
    }
    if tree.hasChildElements(element) { return FeedContent(tree.innerMarkup(element), kind: .html) }
    var value = tree.text(element)
    let binary = atom && !type.hasPrefix("text") && !type.contains("xml") && type.contains("/")
    if tree.attribute(element, "mode")?.lowercased() == "base64" || binary,
      let data = Data(base64Encoded: value, options: .ignoreUnknownCharacters)
    {
      value = String(decoding: data, as: UTF8.self)
      // Decoded bytes carry no type of their own: markup in them is read as HTML.
      if binary, FeedText.looksLikeHTML(value) { return FeedContent(value, kind: .html) }
    }
    guard value.contains(where: { !$0.isWhitespace }) else { return nil }
    if type == "text" || type == "text/plain" {
      return FeedContent(value, kind: atom || !FeedText.looksLikeHTML(value) ? .text : .html)
    }
    return FeedContent(value, kind: type.contains("html") || !atom ? .html : .text)
  }

  /// `media:title`, directly in the item or in its `media:content` or `media:group`.
  private func mediaTitle(of index: Int) -> Int? {
    if let title = tree.child(index, "title", in: ["media"]) { return title }
    for holder in tree.children(index, "content", in: ["media"])
      + tree.children(index, "group", in: ["media"])
    {
      if let title = tree.child(holder, "title", in: ["media"]) { return title }
    }
    return nil
  }

  private func rssLink(of index: Int) -> String? {
    for link in tree.children(index, "link", in: [""]) {
      var raw = FeedText.collapsed(tree.text(link))
      if raw.isEmpty { raw = tree.attribute(link, "href") ?? followingText(link) }
      if let resolved = FeedLink.resolve(raw, against: base(of: link)) { return resolved }
    }
    return nil
  }

  /// The text right after an empty element (the HTML parser ends `<link>` at once).
  private func followingText(_ index: Int) -> String {
    guard tree.readAsHTML, let parent = tree[index].parent else { return "" }
    let siblings = tree[parent].children
    guard let position = siblings.firstIndex(where: { if case .element(index) = $0 { true } else { false } }),
      position + 1 < siblings.count, case .text(let text) = siblings[position + 1]
    else { return "" }
    return FeedText.collapsed(text)
  }

  /// The `rel="alternate"` link (or one with no `rel`), preferring an HTML one. A link without
  /// `href` that holds its address as text (as some feeds write it) counts too.
  private func atomLink(of index: Int) -> String? {
    let links = tree.children(index, "link", in: ["atom", ""]).filter {
      (tree.attribute($0, "rel")?.lowercased() ?? "alternate") == "alternate"
    }
    let html = links.first { (tree.attribute($0, "type") ?? "text/html").lowercased().contains("html") }
    for link in (html.map { [$0] } ?? []) + links {
      let raw = tree.attribute(link, "href") ?? FeedText.collapsed(tree.text(link))
      if let resolved = FeedLink.resolve(raw, against: base(of: link)) { return resolved }
    }
    return nil
  }

  private func date(of index: Int) -> String? {
    let candidates: [(String, Set<String>)] = [
      ("pubDate", [""]), ("published", ["atom", ""]), ("issued", ["atom", "dcterms"]), ("date", ["dc", ""]),
      ("created", ["atom", "dcterms"]), ("updated", ["atom", ""]), ("modified", ["atom", "dcterms"]),
    ]
    for (name, spaces) in candidates {
      for element in tree.children(index, name, in: spaces) {
        if let date = FeedDate.normalized(tree.text(element)) { return date }
      }
    }
    return nil
  }

  private func authors(of index: Int, atom: Bool) -> [String] {
    var names: [String] = []
    for author in tree.children(index, "author", in: ["atom", ""]) {
      if let name = tree.child(author, "name", in: ["atom", ""]) {
        names.append(plain(tree.text(name)))
      } else if !tree.hasChildElements(author), let name = FeedText.authorName(plain(tree.text(author))) {
        names.append(name)
      }
    }
    if !atom {
      let elements =
        tree.children(index, "creator", in: ["dc"]) + tree.children(index, "author", in: ["dc", "itunes"])
      for element in elements {
        if let name = FeedText.authorName(plain(tree.text(element))) { names.append(name) }
      }
    }
    var seen = Set<String>()
    return names.filter { !$0.isEmpty && seen.insert($0).inserted }
  }

  private func plain(_ text: String) -> String {
    FeedText.looksLikeHTML(text) ? FeedText.fromHTML(text) : FeedText.collapsed(text)
  }

  // MARK: Structure

  /// The effective base of `index`: the feed's address with every `xml:base` from the root down.
  private func base(of index: Int) -> String? {
    var chain: [String] = []
    var current: Int? = index
    while let element = current {
      if let base = tree.xmlBase(element) { chain.append(base) }
      current = tree[element].parent
    }
    var base = url
    for value in chain.reversed() {
      base = FeedLink.url(value, against: base)?.absoluteString ?? base
    }
    return base
  }

  /// The elements named `name` below `top`, not looking inside one once found.
  private func collect(from top: Int, named name: String) -> [Int] {
    var found: [Int] = []
    var stack = tree.childElements(top).reversed().map { $0 }
    while let index = stack.popLast() {
      if tree[index].name.caseInsensitiveEquals(name), ["", "atom"].contains(tree[index].space) {
        found.append(index)
      } else {
        stack.append(contentsOf: tree.childElements(index).reversed())
      }
    }
    return found
  }

  /// Every element from `root` down, in document order.
  private func preorder(from root: Int) -> [Int] {
    var order: [Int] = []
    var stack = [root]
    while let index = stack.popLast() {
      order.append(index)
      stack.append(contentsOf: tree.childElements(index).reversed())
    }
    return order
  }
}
