import CLibXML2

/// An XML document (a feed or an OPML file) read by libxml2 into a tree of elements and text.
///
/// libxml2 reads it in recovery mode: unclosed and mismatched tags close where the parser can tell,
/// and the rest of the document is still read. When that is not enough (the XML parser gave up, or
/// the document was not well formed), libxml2's HTML parser reads the same bytes, which never gives
/// up; the tree with more of the wanted elements is kept. Namespaces are kept as short keys
/// (``Element/space``) so that the feed walker can match `dc:creator` whatever its prefix, and
/// elements with an undeclared prefix get the key their conventional prefix stands for.
struct FeedXMLTree {
  /// One element.
  struct Element {
    /// The local name, as written (lowercased when the HTML parser read the document).
    var name: String
    /// The namespace's short key (see ``FeedXMLTree/spaceKey(uri:)``), `""` for none or RSS.
    var space: String
    /// The attributes: local name, namespace key and value.
    var attributes: [(name: String, space: String, value: String)]
    /// The children, in order.
    var children: [Node]
    /// The parent element's index.
    var parent: Int?
  }

  /// A child: an element (an index into ``elements``) or a run of text.
  enum Node {
    case element(Int)
    case text(String)
  }

  /// Every element, parents before their children; the root is element 0.
  private(set) var elements: [Element] = []

  /// The root element's index, when the document has one.
  var root: Int? { elements.isEmpty ? nil : 0 }

  /// Whether the HTML parser read the document (names are lowercased, `<link>` is empty).
  private(set) var readAsHTML = false

  /// Reads `bytes` (UTF-8 after ``FeedBytes/prepare(_:)``) as XML, then as HTML when the XML was
  /// broken; the HTML reading is kept unless it finds fewer elements named `countedNames`.
  ///
  /// - Parameter encoding: the encoding libxml2 should read the bytes in.
  init(bytes: [UInt8], encoding: String, countedNames: Set<String>) {
    let (xml, wellFormed) = Self.read(bytes: bytes, encoding: encoding, html: false)
    if wellFormed, xml.root != nil {
      self = xml
      return
    }
    // libxml2's HTML parser closes what an end tag leaves open (`<title>A <b>B</title>`) where
    // the XML parser's recovery nests the rest of the document inside it.
    let html = Self.read(bytes: bytes, encoding: encoding, html: true).tree
    self = html.count(countedNames) >= xml.count(countedNames) ? html : xml
  }

  private init() {}

  /// The number of elements whose local name is in `names`.
  func count(_ names: Set<String>) -> Int {
    elements.reduce(0) { $0 + (names.contains($1.name.lowercased()) ? 1 : 0) }
  }

  private static let silenceOnce: Void = quoth_xml_silence()

  private static func read(bytes: [UInt8], encoding: String, html: Bool) -> (
    tree: FeedXMLTree, wellFormed: Bool
  ) {
    silenceOnce
    var tree = FeedXMLTree()
    tree.readAsHTML = html
    guard !bytes.isEmpty else { return (tree, false) }
    let context = html ? htmlNewParserCtxt() : xmlNewParserCtxt()
    guard let context else { return (tree, false) }
    defer { html ? htmlFreeParserCtxt(context) : xmlFreeParserCtxt(context) }
    let document = bytes.withUnsafeBufferPointer { buffer in
      buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
        if html {
          let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
              | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_NOIMPLIED.rawValue)
          return htmlCtxtReadMemory(context, pointer, Int32(clamping: buffer.count), nil, encoding, options)
        }
        let options = Int32(
          XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue
            | XML_PARSE_IGNORE_ENC.rawValue)
        return xmlCtxtReadMemory(context, pointer, Int32(clamping: buffer.count), nil, encoding, options)
      }
    }
    let wellFormed = context.pointee.wellFormed != 0
    guard let document else { return (tree, false) }
    defer { xmlFreeDoc(document) }
    var top = document.pointee.children
    var rootNode: UnsafeMutablePointer<xmlNode>?
    while let node = top, rootNode == nil {
      if node.pointee.type == XML_ELEMENT_NODE { rootNode = node }
      top = node.pointee.next
    }
    if let rootNode { tree.copy(rootNode, html: html) }
    return (tree, wellFormed)
  }

  /// Copies `source` and everything below it; the walk keeps its own stack, so deep nesting costs
  /// heap, not call stack.
  private mutating func copy(_ source: UnsafeMutablePointer<xmlNode>, html: Bool) {
    elements.append(Self.element(source, parent: nil, html: html))
    var stack: [(UnsafeMutablePointer<xmlNode>?, Int)] = [(source.pointee.children, 0)]
    while let (next, parent) = stack.popLast() {
      guard let node = next else { continue }
      stack.append((node.pointee.next, parent))
      switch node.pointee.type {
      case XML_ELEMENT_NODE:
        let index = elements.count
        elements.append(Self.element(node, parent: parent, html: html))
        elements[parent].children.append(.element(index))
        stack.append((node.pointee.children, index))
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        if let content = node.pointee.content {
          let text = String(cString: content)
          if case .text(let previous) = elements[parent].children.last {
            elements[parent].children[elements[parent].children.count - 1] = .text(previous + text)
          } else {
            elements[parent].children.append(.text(text))
          }
        }
      default:
        break
      }
    }
  }

  private static func element(_ node: UnsafeMutablePointer<xmlNode>, parent: Int?, html: Bool) -> Element {
    let (name, space) = names(node.pointee.name, namespace: node.pointee.ns, html: html)
    var attributes: [(name: String, space: String, value: String)] = []
    var attribute = node.pointee.properties
    while let current = attribute {
      let (name, space) = names(current.pointee.name, namespace: current.pointee.ns, html: html)
      var value = ""
      var child = current.pointee.children
      while let text = child {
        if let content = text.pointee.content { value += String(cString: content) }
        child = text.pointee.next
      }
      attributes.append((name, space, value))
      attribute = current.pointee.next
    }
    return Element(name: name, space: space, attributes: attributes, children: [], parent: parent)
  }

  private static func names(
    _ raw: UnsafePointer<xmlChar>?, namespace: UnsafeMutablePointer<xmlNs>?, html: Bool
  )
    -> (name: String, space: String)
  {
    var name = raw.map { String(cString: $0) } ?? ""
    if let href = namespace?.pointee.href { return (name, spaceKey(uri: String(cString: href))) }
    // An undeclared prefix (or the HTML parser, which keeps `dc:creator` as one name).
    if let colon = name.firstIndex(of: ":") {
      let prefix = name[..<colon].lowercased()
      name = String(name[name.index(after: colon)...])
      return (name, prefixKeys[prefix] ?? prefix)
    }
    return (name, "")
  }

  /// The short key for a namespace URI: RSS's own namespaces are `""`, the well-known ones a
  /// short name, any other the URI itself.
  static func spaceKey(uri: String) -> String {
    if let key = namespaceKeys[uri] { return key }
    let lowered = uri.lowercased()
    if let key = namespaceKeys[lowered] { return key }
    if lowered.hasPrefix("http://purl.org/atom/") || lowered.hasPrefix("http://www.w3.org/2005/atom") {
      return "atom"
    }
    if lowered.hasPrefix("http://purl.org/rss/1.0/modules/content") { return "content" }
    return uri
  }

  private static let namespaceKeys: [String: String] = [
    "http://purl.org/rss/1.0/": "", "http://my.netscape.com/rdf/simple/0.9/": "",
    "http://backend.userland.com/rss2": "", "http://blogs.law.harvard.edu/tech/rss": "",
    "http://backend.userland.com/rss": "", "http://channel.netscape.com/rdf/simple/0.9/": "",
    "http://www.w3.org/2005/atom": "atom", "http://purl.org/atom/ns#": "atom",
    "http://purl.org/dc/elements/1.1/": "dc", "http://purl.org/dc/elements/1.0/": "dc",
    "http://purl.org/dc/terms/": "dcterms", "http://purl.org/rss/1.0/modules/content/": "content",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf", "http://www.w3.org/1999/xhtml": "xhtml",
    "http://www.itunes.com/dtds/podcast-1.0.dtd": "itunes",
    "http://www.w3.org/XML/1998/namespace": "xml", "http://search.yahoo.com/mrss/": "media",
    "http://search.yahoo.com/mrss": "media",
  ]

  private static let prefixKeys: [String: String] = [
    "atom": "atom", "dc": "dc", "dcterms": "dcterms", "content": "content", "rdf": "rdf", "xhtml": "xhtml",
    "itunes": "itunes", "xml": "xml", "a10": "atom", "media": "media",
  ]
}

extension FeedXMLTree {
  /// The element at `index`.
  subscript(index: Int) -> Element { elements[index] }

  /// The child elements of `index`.
  func childElements(_ index: Int) -> [Int] {
    elements[index].children.compactMap {
      if case .element(let child) = $0 { return child } else { return nil }
    }
  }

  /// The children of `index` whose local name is `name` (compared without case) and whose
  /// namespace key is one of `spaces`.
  func children(_ index: Int, _ name: String, in spaces: Set<String> = ["", "atom"]) -> [Int] {
    childElements(index).filter { matches($0, name, spaces) }
  }

  /// The first child of `index` named `name` in one of `spaces`.
  func child(_ index: Int, _ name: String, in spaces: Set<String> = ["", "atom"]) -> Int? {
    childElements(index).first { matches($0, name, spaces) }
  }

  /// Whether element `index` is named `name` in one of `spaces`. libxml2's HTML parser drops
  /// prefixes (`dc:creator` is `creator`), so in an HTML reading no namespace matches any.
  private func matches(_ index: Int, _ name: String, _ spaces: Set<String>) -> Bool {
    elements[index].name.caseInsensitiveEquals(name)
      && (spaces.contains(elements[index].space) || (readAsHTML && elements[index].space.isEmpty))
  }

  /// The value of the attribute `name` (any namespace but `xml`), compared without case.
  func attribute(_ index: Int, _ name: String) -> String? {
    elements[index].attributes.first { $0.space != "xml" && $0.name.caseInsensitiveEquals(name) }?.value
  }

  /// The `xml:base` attribute of `index`, if it has one (`base` too in an HTML reading).
  func xmlBase(_ index: Int) -> String? {
    elements[index].attributes.first {
      $0.name.caseInsensitiveEquals("base") && ($0.space == "xml" || readAsHTML)
    }?.value
  }

  /// Every text below `index`, in order.
  func text(_ index: Int) -> String {
    var result = ""
    var stack: [Node] = elements[index].children.reversed()
    while let node = stack.popLast() {
      switch node {
      case .text(let text): result += text
      case .element(let child): stack.append(contentsOf: elements[child].children.reversed())
      }
    }
    return result
  }

  /// The children of `index` written back as markup: text escaped, elements with their
  /// attributes (for HTML put unescaped into a feed, and Atom's `type="xhtml"`).
  func innerMarkup(_ index: Int) -> String {
    var result = ""
    enum Step {
      case node(Node)
      case close(String)
    }
    var stack: [Step] = elements[index].children.reversed().map { .node($0) }
    while let step = stack.popLast() {
      switch step {
      case .close(let name): result += "</\(name)>"
      case .node(.text(let text)): result += Self.escaped(text, quotes: false)
      case .node(.element(let child)):
        let element = elements[child]
        result += "<" + element.name
        for attribute in element.attributes {
          result += " \(attribute.name)=\"\(Self.escaped(attribute.value, quotes: true))\""
        }
        result += ">"
        stack.append(.close(element.name))
        stack.append(contentsOf: element.children.reversed().map { .node($0) })
      }
    }
    return result
  }

  /// Whether `index` has element children.
  func hasChildElements(_ index: Int) -> Bool {
    elements[index].children.contains { if case .element = $0 { return true } else { return false } }
  }

  static func escaped(_ text: String, quotes: Bool) -> String {
    guard text.contains(where: { $0 == "<" || $0 == "&" || $0 == ">" || (quotes && $0 == "\"") }) else {
      return text
    }
    var result = ""
    for character in text {
      switch character {
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "&": result += "&amp;"
      case "\"" where quotes: result += "&quot;"
      default: result.append(character)
      }
    }
    return result
  }
}

extension String {
  /// Whether `self` and `other` are equal ignoring ASCII case.
  func caseInsensitiveEquals(_ other: String) -> Bool {
    func lower(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte | 0x20 : byte }
    return utf8.count == other.utf8.count && zip(utf8, other.utf8).allSatisfy { lower($0) == lower($1) }
  }
}
