/// A node of a small mutable HTML tree: an element with attributes and children, or a run of text.
///
/// ``HTMLDocument`` builds the tree from libxml2's parse; ``ReadabilityExtractor`` then moves,
/// renames and removes nodes as it finds the article. Tag and attribute names are lower case.
final class HTMLNode {
  /// An element's tag name (`p`, `div`), or `#text` for text.
  var tag: String
  /// The text of a text node; empty for elements.
  var text: String
  /// The attributes in document order.
  var attributes: [(name: String, value: String)]
  /// The children in document order.
  private(set) var children: [HTMLNode] = []
  /// The parent, `nil` for a root or a detached node.
  private(set) weak var parent: HTMLNode?
  /// The content score given by the extractor, `nil` until it is scored.
  var score: Double?
  /// Whether the extractor judged this table to hold data rather than layout.
  var isDataTable = false

  /// Creates an element.
  init(tag: String, attributes: [(name: String, value: String)] = []) {
    self.tag = tag
    self.text = ""
    self.attributes = attributes
  }

  /// Creates a text node.
  init(text: String) {
    self.tag = "#text"
    self.text = text
    self.attributes = []
  }

  /// Whether this is a text node.
  var isText: Bool { tag == "#text" }

  /// The value of an attribute, or `nil`.
  func attribute(_ name: String) -> String? {
    for attribute in attributes where attribute.name == name { return attribute.value }
    return nil
  }

  /// Sets an attribute, replacing its value when present.
  func setAttribute(_ name: String, _ value: String) {
    if let index = attributes.firstIndex(where: { $0.name == name }) {
      attributes[index].value = value
    } else {
      attributes.append((name, value))
    }
  }

  /// The `class` attribute or an empty string.
  var className: String { attribute("class") ?? "" }
  /// The `id` attribute or an empty string.
  var id: String { attribute("id") ?? "" }

  /// The element children, without text nodes.
  var elementChildren: [HTMLNode] { children.filter { !$0.isText } }

  /// The index of this node among its parent's children.
  private var indexInParent: Int? {
    parent?.children.firstIndex { $0 === self }
  }

  /// Appends `child`, first taking it from its old parent.
  func append(_ child: HTMLNode) {
    child.remove()
    child.parent = self
    children.append(child)
  }

  /// Detaches this node from its parent.
  func remove() {
    guard let parent, let index = indexInParent else { return }
    parent.children.remove(at: index)
    self.parent = nil
  }

  /// Puts `replacement` where this node is and detaches this node.
  func replace(with replacement: HTMLNode) {
    guard let parent, let index = indexInParent else { return }
    replacement.remove()
    // The index may have moved if the replacement was an earlier sibling.
    let at = parent.children.firstIndex { $0 === self } ?? index
    parent.children[at] = replacement
    replacement.parent = parent
    self.parent = nil
  }

  /// Inserts `child` before `reference`, one of this node's children.
  func insert(_ child: HTMLNode, before reference: HTMLNode) {
    child.remove()
    guard let index = children.firstIndex(where: { $0 === reference }) else { return append(child) }
    child.parent = self
    children.insert(child, at: index)
  }

  /// Removes every child.
  func removeAllChildren() {
    for child in children { child.parent = nil }
    children.removeAll()
  }

  /// The next sibling, element or text.
  var nextSibling: HTMLNode? {
    guard let parent, let index = indexInParent, index + 1 < parent.children.count else { return nil }
    return parent.children[index + 1]
  }

  /// The next element sibling.
  var nextElementSibling: HTMLNode? {
    guard let parent, let index = indexInParent else { return nil }
    return parent.children[(index + 1)...].first { !$0.isText }
  }

  /// The previous element sibling.
  var previousElementSibling: HTMLNode? {
    guard let parent, let index = indexInParent else { return nil }
    return parent.children[..<index].last { !$0.isText }
  }

  /// The first element child.
  var firstElementChild: HTMLNode? { children.first { !$0.isText } }

  /// Every element below this one, in document order, whose tag is in `tags`.
  ///
  /// - Complexity: O(n) in the subtree's size.
  func descendants(_ tags: Set<String>) -> [HTMLNode] {
    var found: [HTMLNode] = []
    var stack: [HTMLNode] = children.reversed()
    while let node = stack.popLast() {
      if node.isText { continue }
      if tags.contains(node.tag) { found.append(node) }
      stack.append(contentsOf: node.children.reversed())
    }
    return found
  }

  /// Every element below this one with the tag `tag`, in document order.
  func descendants(_ tag: String) -> [HTMLNode] { descendants([tag]) }

  /// Whether an element with one of `tags` lies below this one.
  func hasDescendant(_ tags: Set<String>) -> Bool {
    var stack: [HTMLNode] = children
    while let node = stack.popLast() {
      if node.isText { continue }
      if tags.contains(node.tag) { return true }
      stack.append(contentsOf: node.children)
    }
    return false
  }

  /// The concatenated text of every text node below (the DOM's `textContent`).
  var textContent: String {
    if isText { return text }
    var result = ""
    forEachText { result += $0 }
    return result
  }

  /// Calls `body` with each text node's text below this node, in document order.
  func forEachText(_ body: (String) -> Void) {
    if isText { return body(text) }
    var stack: [HTMLNode] = children.reversed()
    while let node = stack.popLast() {
      if node.isText {
        body(node.text)
      } else {
        stack.append(contentsOf: node.children.reversed())
      }
    }
  }

  /// A deep copy, detached; scores are not copied.
  func clone() -> HTMLNode {
    let copy = isText ? HTMLNode(text: text) : HTMLNode(tag: tag, attributes: attributes)
    for child in children { copy.append(child.clone()) }
    return copy
  }

  /// The ancestors from the parent upwards, at most `maxDepth` of them when it is above 0.
  func ancestors(maxDepth: Int = 0) -> [HTMLNode] {
    var result: [HTMLNode] = []
    var node = parent
    while let current = node {
      result.append(current)
      if maxDepth > 0, result.count == maxDepth { break }
      node = current.parent
    }
    return result
  }

  /// The next element in a depth-first walk: the first child, unless `skippingChildren`, else the
  /// next sibling of this node or of its nearest ancestor that has one.
  func nextNode(skippingChildren: Bool = false) -> HTMLNode? {
    if !skippingChildren, let first = firstElementChild { return first }
    if let next = nextElementSibling { return next }
    var node = parent
    while let current = node {
      if let next = current.nextElementSibling { return next }
      node = current.parent
    }
    return nil
  }
}
