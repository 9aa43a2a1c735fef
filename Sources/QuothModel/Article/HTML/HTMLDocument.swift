import CLibXML2

/// An HTML page parsed by libxml2's HTML parser into a tree of ``HTMLNode``s kept in flat arrays.
///
/// libxml2 recovers broken markup as a browser would (unclosed `<p>` and `<b>` nest where they
/// belong), decodes entities, and reads the encoding from a BOM or `<meta charset>`; text comes
/// back as UTF-8. Comments and processing instructions are left out of the tree.
///
/// The tree is struct-of-arrays: node *i* has its tag in `tags[i]`, its links in `parents[i]`,
/// `firstChildren[i]`… (`-1` for none), and its text (or its attributes) as a range of one shared
/// buffer. Names are interned to ``HTMLTag`` and ``HTMLAttributeName`` once per distinct libxml2
/// name. ``ReadabilityExtractor`` changes the tree by relinking indices and renaming tags; new
/// nodes are appended, detached ones stay in the arrays unreferenced.
struct HTMLDocument {
  /// The index that means "no node".
  static let none: Int32 = -1

  /// Each node's tag; ``HTMLTag/text`` for text nodes.
  var tags: [HTMLTag] = []
  var parents: [Int32] = []
  var firstChildren: [Int32] = []
  var lastChildren: [Int32] = []
  var nextSiblings: [Int32] = []
  var previousSiblings: [Int32] = []
  /// A text node's text as a range of ``bytes``; an element's attributes as a range of ``attributes``.
  var starts: [Int] = []
  var ends: [Int] = []
  /// The UTF-8 text of every text node and attribute value, one after another.
  var bytes: [UInt8] = []
  /// Every element's attributes, each element's in one run, in document order.
  var attributes: [HTMLAttribute] = []
  /// The extractor's content score per node, `nil` until scored.
  var scores: [Double?] = []
  /// Whether the extractor judged the node, a table, to hold data rather than layout.
  var dataTables: [Bool] = []
  /// The measure of the text below each node, once computed; see ``textMeasure(_:)``.
  var measures: [TextMeasure?] = []

  /// The `<html>` element (created when the page has none).
  let root = HTMLNode(0)

  /// The number of nodes, attached or not.
  var count: Int { tags.count }

  /// The first `<body>` element in document order, if the page has one.
  var body: HTMLNode? { first(.body, below: root) }
  /// The first `<head>` element in document order, if the page has one.
  var head: HTMLNode? { first(.head, below: root) }

  /// Parses `bytes`; `encoding` (an IANA name) overrides what the page declares.
  init(bytes: [UInt8], encoding: String? = nil) {
    _ = makeNode(.html, start: 0, end: 0)
    guard !bytes.isEmpty else { return }
    Self.silenceOnce
    let options = Int32(
      HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
        | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
    let document = bytes.withUnsafeBufferPointer { buffer in
      buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
        htmlReadMemory(pointer, Int32(clamping: buffer.count), nil, encoding, options)
      }
    }
    guard let document else { return }
    defer { xmlFreeDoc(document) }
    // Room for what a page of this size usually holds, so the arrays seldom grow and copy:
    // text is at most the page's bytes, and a node takes some 20 bytes of markup.
    self.bytes.reserveCapacity(bytes.count)
    reserveNodes(bytes.count / 16)
    var names = NameTables()
    var top = document.pointee.children
    while let node = top {
      if node.pointee.type == XML_ELEMENT_NODE {
        if names.tag(node.pointee.name) == .html {
          let start = attributes.count
          appendAttributes(of: node, names: &names)
          starts[0] = start
          ends[0] = attributes.count
          copy(node.pointee.children, into: root.index, subtreeOnly: false, names: &names)
        } else {
          copy(node, into: root.index, subtreeOnly: true, names: &names)
        }
      }
      top = node.pointee.next
    }
  }

  /// Parses text already decoded; it is handed to libxml2 as UTF-8.
  init(text: [Unicode.Scalar]) {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.count)
    for scalar in text { bytes.append(contentsOf: UTF8.encode(scalar)!) }
    self.init(bytes: bytes, encoding: "UTF-8")
  }

  private static let silenceOnce: Void = quoth_xml_silence()

  /// Makes room for `count` more nodes.
  private mutating func reserveNodes(_ count: Int) {
    let capacity = tags.count + count
    tags.reserveCapacity(capacity)
    parents.reserveCapacity(capacity)
    firstChildren.reserveCapacity(capacity)
    lastChildren.reserveCapacity(capacity)
    nextSiblings.reserveCapacity(capacity)
    previousSiblings.reserveCapacity(capacity)
    starts.reserveCapacity(capacity)
    ends.reserveCapacity(capacity)
    scores.reserveCapacity(capacity)
    dataTables.reserveCapacity(capacity)
    measures.reserveCapacity(capacity)
  }

  /// Appends a detached node and returns it.
  mutating func makeNode(_ tag: HTMLTag, start: Int, end: Int) -> HTMLNode {
    let node = HTMLNode(Int32(tags.count))
    tags.append(tag)
    parents.append(Self.none)
    firstChildren.append(Self.none)
    lastChildren.append(Self.none)
    nextSiblings.append(Self.none)
    previousSiblings.append(Self.none)
    starts.append(start)
    ends.append(end)
    scores.append(nil)
    dataTables.append(false)
    measures.append(nil)
    return node
  }

  /// Links a detached `child` as the last child of `parent`, without the bookkeeping of
  /// ``append(_:to:)``: for building the tree.
  mutating func link(_ child: Int32, under parent: Int32) {
    let last = lastChildren[Int(parent)]
    parents[Int(child)] = parent
    previousSiblings[Int(child)] = last
    if last == Self.none { firstChildren[Int(parent)] = child } else { nextSiblings[Int(last)] = child }
    lastChildren[Int(parent)] = child
  }

  /// Copies libxml2 nodes below `parent`: `first` and its following siblings, or, with
  /// `subtreeOnly`, `first` alone. Elements, text and CDATA are copied; comments and the rest,
  /// with whatever is below them, are not.
  ///
  /// The walk follows libxml2's own `children`, `next` and `parent` links: no stack, so deep
  /// nesting costs neither call stack nor heap.
  private mutating func copy(
    _ first: UnsafeMutablePointer<xmlNode>?, into parent: Int32, subtreeOnly: Bool, names: inout NameTables
  ) {
    var node = first
    var parent = parent
    var depth = 0
    walk: while let current = node {
      switch current.pointee.type {
      case XML_ELEMENT_NODE:
        let start = attributes.count
        appendAttributes(of: current, names: &names)
        let element = makeNode(names.tag(current.pointee.name), start: start, end: attributes.count)
        link(element.index, under: parent)
        if let child = current.pointee.children {
          parent = element.index
          depth += 1
          node = child
          continue walk
        }
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        if let content = current.pointee.content {
          let start = bytes.count
          appendText(content)
          link(makeNode(.text, start: start, end: bytes.count).index, under: parent)
        }
      default:
        break
      }
      // The next node: this one's sibling, or the sibling of the nearest ancestor that has one.
      var at = current
      while true {
        if depth == 0, subtreeOnly { break walk }
        if let next = at.pointee.next {
          node = next
          continue walk
        }
        guard depth > 0, let up = at.pointee.parent else { break walk }
        at = up
        depth -= 1
        parent = parents[Int(parent)]
      }
    }
  }

  private mutating func appendAttributes(of node: UnsafeMutablePointer<xmlNode>, names: inout NameTables) {
    var attribute = node.pointee.properties
    while let current = attribute {
      defer { attribute = current.pointee.next }
      guard let name = names.attribute(current.pointee.name) else { continue }
      let start = bytes.count
      var child = current.pointee.children
      while let text = child {
        if let content = text.pointee.content { appendText(content) }
        child = text.pointee.next
      }
      attributes.append(HTMLAttribute(name: name, start: start, end: bytes.count))
    }
  }

  /// Appends a NUL-terminated string from libxml2 to ``bytes``, invalid UTF-8 repaired as
  /// `String(cString:)` repairs it.
  private mutating func appendText(_ text: UnsafePointer<xmlChar>) {
    let buffer = UnsafeBufferPointer(start: text, count: Int(xmlStrlen(text)))
    if UTF8Scalars.isValid(buffer) {
      bytes.append(contentsOf: buffer)
    } else {
      bytes.append(contentsOf: String(decoding: buffer, as: UTF8.self).utf8)
    }
  }
}

/// libxml2 keeps each name once in its dictionary, so a name's address identifies it: these
/// tables map addresses to interned names, and only a name not seen before is read as a string.
private struct NameTables {
  private var tags = AddressTable<HTMLTag>()
  private var attributes = AddressTable<HTMLAttributeName?>()

  /// The tag of an element name.
  mutating func tag(_ name: UnsafePointer<xmlChar>?) -> HTMLTag {
    guard let name else { return .other }
    return tags.value(for: name) { HTMLTag(name: $0) }
  }

  /// The name of an attribute, `nil` for an empty one (which is left out).
  mutating func attribute(_ name: UnsafePointer<xmlChar>?) -> HTMLAttributeName? {
    guard let name else { return nil }
    return attributes.value(for: name) { $0.isEmpty ? nil : HTMLAttributeName(name: $0) }
  }
}

/// An open-addressing map from a libxml2 name's address to a value made from the name once.
private struct AddressTable<Value> {
  private var keys = [UInt](repeating: 0, count: 64)
  private var values: [Value?] = Array(repeating: nil, count: 64)
  private var filled = 0

  mutating func value(for name: UnsafePointer<xmlChar>, make: (String) -> Value) -> Value {
    let key = UInt(bitPattern: name)
    let mask = keys.count - 1
    var slot = Int(truncatingIfNeeded: ((key >> 3) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    while keys[slot] != 0 {
      if keys[slot] == key { return values[slot]! }
      slot = (slot + 1) & mask
    }
    let value = make(String(cString: name).lowercased())
    keys[slot] = key
    values[slot] = value
    filled += 1
    if filled * 2 > keys.count { grow() }
    return value
  }

  private mutating func grow() {
    let oldKeys = keys
    let oldValues = values
    keys = Array(repeating: 0, count: oldKeys.count * 2)
    values = Array(repeating: nil, count: oldKeys.count * 2)
    let mask = keys.count - 1
    for (index, key) in oldKeys.enumerated() where key != 0 {
      var slot = Int(truncatingIfNeeded: ((key >> 3) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
      while keys[slot] != 0 { slot = (slot + 1) & mask }
      keys[slot] = key
      values[slot] = oldValues[index]
    }
  }
}
