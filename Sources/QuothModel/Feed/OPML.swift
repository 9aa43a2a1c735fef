/// OPML 2.0 feed lists, as feed readers import and export them.
///
/// Reading: every `<outline>` with an `xmlUrl` is a feed (`text` or `title` its title); the
/// outlines it sits in are folders whose titles become its tags, and its `category` attribute
/// (comma-separated, `/a/b` paths as in OPML 2.0) adds more. Broken OPML is read as far as it
/// goes, like a feed (``FeedXMLTree``). Writing gives one flat `<body>` of `type="rss"` outlines
/// with the tags in `category`, which OPML readers take as folders or labels.
public enum OPML {
  /// The feeds an OPML document lists, in document order; those without an `http`/`https`
  /// address are left out.
  ///
  /// - Throws: ``FeedError/notOPML`` when the document has no `<opml>` or `<body>`.
  public static func parse(_ bytes: [UInt8]) throws(FeedError) -> [FeedSubscription] {
    let (prepared, encoding) = FeedBytes.prepare(bytes)
    let tree = FeedXMLTree(bytes: prepared, encoding: encoding, countedNames: ["outline"])
    guard let root = tree.root else { throw .notOPML }
    let body: Int?
    if tree[root].name.caseInsensitiveEquals("opml") {
      body = tree.child(root, "body", in: [""])
    } else {
      body = tree[root].name.caseInsensitiveEquals("body") ? root : nil
    }
    guard let body else { throw .notOPML }
    var result: [FeedSubscription] = []
    var stack: [(index: Int, folders: [String])] = tree.children(body, "outline", in: [""]).reversed().map {
      ($0, [])
    }
    while let (outline, folders) = stack.popLast() {
      let title = (tree.attribute(outline, "text") ?? tree.attribute(outline, "title")).map(
        FeedText.collapsed)
      if let address = tree.attribute(outline, "xmlUrl"), let url = FeedLink.resolve(address, against: nil) {
        var tags = folders
        for category in (tree.attribute(outline, "category") ?? "").split(separator: ",") {
          for part in category.split(separator: "/") {
            let tag = FeedText.collapsed(part)
            if !tag.isEmpty, !tags.contains(tag) { tags.append(tag) }
          }
        }
        result.append(FeedSubscription(url: url, title: title?.isEmpty == false ? title : nil, tags: tags))
      }
      let inner = folders + (title.map { $0.isEmpty ? [] : [$0] } ?? [])
      stack.append(contentsOf: tree.children(outline, "outline", in: [""]).reversed().map { ($0, inner) })
    }
    return result
  }

  /// `subscriptions` as an OPML 2.0 document titled `title`.
  ///
  /// - Parameter dateCreated: the `dateCreated` to write (RFC 822), if any; the caller reads the clock.
  public static func serialize(
    _ subscriptions: [FeedSubscription], title: String = "quoth feeds", dateCreated: String? = nil
  )
    -> String
  {
    var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n  <head>\n"
    text += "    <title>\(escaped(title))</title>\n"
    if let dateCreated { text += "    <dateCreated>\(escaped(dateCreated))</dateCreated>\n" }
    text += "  </head>\n  <body>\n"
    for subscription in subscriptions {
      let name = escaped(subscription.title ?? subscription.url)
      text +=
        "    <outline type=\"rss\" text=\"\(name)\" title=\"\(name)\" xmlUrl=\"\(escaped(subscription.url))\""
      if !subscription.tags.isEmpty {
        let tags = subscription.tags.map { $0.filter { $0 != "," && $0 != "/" } }
        text += " category=\"\(escaped(tags.joined(separator: ",")))\""
      }
      text += "/>\n"
    }
    return text + "  </body>\n</opml>\n"
  }

  /// `text` escaped for an attribute or element, with the control characters XML cannot hold dropped.
  private static func escaped(_ text: String) -> String {
    let clean = String(
      String.UnicodeScalarView(text.unicodeScalars.filter { $0.value >= 0x20 || $0 == "\t" }))
    return FeedXMLTree.escaped(clean, quotes: true).replacingNewlinesAndTabs()
  }
}

extension String {
  /// Tabs as `&#9;` so an attribute keeps them.
  fileprivate func replacingNewlinesAndTabs() -> String {
    var result = ""
    for character in self { if character == "\t" { result += "&#9;" } else { result.append(character) } }
    return result
  }
}
