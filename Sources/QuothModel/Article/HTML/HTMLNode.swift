/// A node of a small mutable HTML tree: an element with attributes and children, or a run of text.
///
/// ``HTMLDocument`` builds the tree from libxml2's parse; ``ReadabilityExtractor`` then moves,
/// renames and removes nodes as it finds the article. Tag and attribute names are lower case.
///
/// Every node belongs to an ``HTMLArena`` that keeps it alive as long as the arena lives, so the
/// parent link need not be `weak`: a weak reference puts every node's reference count in a side
/// table, and that made retains and releases a third of the extraction's time.
final class HTMLNode {
  /// An element's tag name (`p`, `div`), or `#text` for text.
  var tag: String
  /// The text of a text node; empty for elements.
  let text: String
  /// The attributes in document order.
  var attributes: [(name: String, value: String)]
  /// The children in document order.
  private(set) var children: [HTMLNode] = []
  /// The parent, `nil` for a root or a detached node. Valid while the arena lives.
  private(set) unowned(unsafe) var parent: HTMLNode?
  /// The arena that owns this node.
  unowned(unsafe) let arena: HTMLArena
  /// The content score given by the extractor, `nil` until it is scored.
  var score: Double?
  /// Whether the extractor judged this table to hold data rather than layout.
  var isDataTable = false
  /// Where this node last was among its parent's children: checked first when looking it up.
  private var indexHint = 0
  /// The measure of the text below, once computed; cleared on this node and its ancestors when
  /// children change. A node with a cached measure has every descendant's cached too.
  private var cachedMeasure: TextMeasure?

  /// Creates an element owned by `arena`.
  init(tag: String, attributes: [(name: String, value: String)] = [], arena: HTMLArena) {
    self.tag = tag
    self.text = ""
    self.attributes = attributes
    self.arena = arena
    arena.nodes.append(self)
  }

  /// Creates a text node owned by `arena`.
  init(text: String, arena: HTMLArena) {
    self.tag = "#text"
    self.text = text
    self.attributes = []
    self.arena = arena
    arena.nodes.append(self)
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
  ///
  /// - Complexity: O(1) when no earlier sibling moved since the hint was set, else O(n).
  private var indexInParent: Int? {
    guard let parent else { return nil }
    let children = parent.children
    for guess in [indexHint, indexHint - 1]
    where guess >= 0 && guess < children.count && children[guess] === self {
      indexHint = guess
      return guess
    }
    guard let found = children.firstIndex(where: { $0 === self }) else { return nil }
    indexHint = found
    return found
  }

  /// Appends `child`, first taking it from its old parent.
  func append(_ child: HTMLNode) {
    child.remove()
    invalidateMeasure()
    child.parent = self
    child.indexHint = children.count
    children.append(child)
  }

  /// Detaches this node from its parent.
  func remove() {
    guard let parent, let index = indexInParent else { return }
    parent.invalidateMeasure()
    parent.children.remove(at: index)
    self.parent = nil
  }

  /// Puts `replacement` where this node is and detaches this node.
  func replace(with replacement: HTMLNode) {
    guard let parent, let index = indexInParent else { return }
    replacement.remove()
    parent.invalidateMeasure()
    // The index may have moved if the replacement was an earlier sibling.
    let at = parent.children.firstIndex { $0 === self } ?? index
    parent.children[at] = replacement
    replacement.parent = parent
    replacement.indexHint = at
    self.parent = nil
  }

  /// Inserts `child` before `reference`, one of this node's children.
  func insert(_ child: HTMLNode, before reference: HTMLNode) {
    child.remove()
    guard let index = children.firstIndex(where: { $0 === reference }) else { return append(child) }
    invalidateMeasure()
    child.parent = self
    child.indexHint = index
    children.insert(child, at: index)
  }

  /// Moves every child, in order, to the end of `target`'s children.
  ///
  /// - Complexity: O(n); moving them one by one would search for each in a shrinking array.
  func moveChildren(to target: HTMLNode) {
    let moved = children
    invalidateMeasure()
    target.invalidateMeasure()
    children.removeAll()
    for child in moved {
      child.parent = target
      child.indexHint = target.children.count
      target.children.append(child)
    }
  }

  /// Removes every child.
  func removeAllChildren() {
    invalidateMeasure()
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
    forEachElement { if tags.contains($0.tag) { found.append($0) } }
    return found
  }

  /// Calls `body` with every node below this one (elements and text) in document order.
  ///
  /// The walk keeps (node, next child) pairs on its own stack: deep nesting costs no call stack.
  private func forEachNode(_ body: (HTMLNode) -> Void) {
    var stack: [(node: HTMLNode, next: Int)] = [(self, 0)]
    while !stack.isEmpty {
      let (node, next) = stack[stack.count - 1]
      guard next < node.children.count else {
        stack.removeLast()
        continue
      }
      stack[stack.count - 1].next = next + 1
      let child = node.children[next]
      body(child)
      if !child.children.isEmpty { stack.append((child, 0)) }
    }
  }

  /// Calls `body` with every element below this one in document order.
  func forEachElement(_ body: (HTMLNode) -> Void) {
    forEachNode { if !$0.isText { body($0) } }
  }

  /// Every element below this one with the tag `tag`, in document order.
  func descendants(_ tag: String) -> [HTMLNode] { descendants([tag]) }

  /// Whether an element with one of `tags` lies below this one.
  func hasDescendant(_ tags: Set<String>) -> Bool {
    var found = false
    forEachElement { if !found, tags.contains($0.tag) { found = true } }
    return found
  }

  /// The measure of the text below this node (or of this text node), from the cache when the
  /// subtree has not changed since it was last measured.
  ///
  /// - Complexity: O(1) when cached, else O(n) in the uncached part of the subtree.
  var textMeasure: TextMeasure {
    if let cachedMeasure { return cachedMeasure }
    if isText {
      let measure = TextMeasure(text)
      cachedMeasure = measure
      return measure
    }
    // Post-order on an explicit stack: each node's measure is its children's, joined.
    var stack: [(node: HTMLNode, next: Int, measure: TextMeasure)] = [(self, 0, .empty)]
    while let (node, next, measure) = stack.last {
      let top = stack.count - 1
      guard next < node.children.count else {
        node.cachedMeasure = measure
        stack.removeLast()
        if !stack.isEmpty { stack[top - 1].measure = stack[top - 1].measure.joined(with: measure) }
        continue
      }
      stack[top].next = next + 1
      let child = node.children[next]
      if let known = child.cachedMeasure {
        stack[top].measure = measure.joined(with: known)
      } else if child.isText || child.children.isEmpty {
        let childMeasure = child.isText ? TextMeasure(child.text) : .empty
        child.cachedMeasure = childMeasure
        stack[top].measure = measure.joined(with: childMeasure)
      } else {
        stack.append((child, 0, .empty))
      }
    }
    return cachedMeasure ?? .empty
  }

  /// Clears the cached measure of this node and its ancestors.
  private func invalidateMeasure() {
    var node: HTMLNode? = self
    while let current = node, current.cachedMeasure != nil {
      current.cachedMeasure = nil
      node = current.parent
    }
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
    forEachNode { if $0.isText { body($0.text) } }
  }

  /// A deep copy, detached; scores are not copied.
  func clone() -> HTMLNode {
    let copy =
      isText ? HTMLNode(text: text, arena: arena) : HTMLNode(tag: tag, attributes: attributes, arena: arena)
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

/// Owns every node of one document, so that parent links can be unowned.
final class HTMLArena {
  fileprivate(set) var nodes: [HTMLNode] = []

  /// Creates a new element in this arena.
  func element(_ tag: String) -> HTMLNode { HTMLNode(tag: tag, arena: self) }
}
