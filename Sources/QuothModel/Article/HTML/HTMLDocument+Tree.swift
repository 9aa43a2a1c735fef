/// Walking and changing the tree: every change relinks indices.
extension HTMLDocument {
  @inline(__always) private func node(_ index: Int32) -> HTMLNode? {
    index == Self.none ? nil : HTMLNode(index)
  }

  /// The node's tag (``HTMLTag/text`` for text).
  @inline(__always) func tag(_ node: HTMLNode) -> HTMLTag { tags[node.slot] }
  /// Renames an element.
  @inline(__always) mutating func setTag(_ node: HTMLNode, _ tag: HTMLTag) { tags[node.slot] = tag }
  /// Whether the node is text.
  @inline(__always) func isText(_ node: HTMLNode) -> Bool { tags[node.slot] == .text }

  /// The parent, `nil` for the root and for a detached node.
  @inline(__always) func parent(_ node: HTMLNode) -> HTMLNode? { self.node(parents[node.slot]) }
  @inline(__always) func firstChild(_ node: HTMLNode) -> HTMLNode? { self.node(firstChildren[node.slot]) }
  @inline(__always) func lastChild(_ node: HTMLNode) -> HTMLNode? { self.node(lastChildren[node.slot]) }
  @inline(__always) func nextSibling(_ node: HTMLNode) -> HTMLNode? { self.node(nextSiblings[node.slot]) }
  @inline(__always) func previousSibling(_ node: HTMLNode) -> HTMLNode? {
    self.node(previousSiblings[node.slot])
  }
  /// Whether the node has children.
  @inline(__always) func hasChildren(_ node: HTMLNode) -> Bool { firstChildren[node.slot] != Self.none }

  /// The children in document order.
  func children(_ node: HTMLNode) -> [HTMLNode] {
    var result: [HTMLNode] = []
    var child = firstChildren[node.slot]
    while child != Self.none {
      result.append(HTMLNode(child))
      child = nextSiblings[Int(child)]
    }
    return result
  }

  /// Whether `test` holds for every child.
  func allChildren(_ node: HTMLNode, _ test: (HTMLNode) -> Bool) -> Bool {
    var child = firstChildren[node.slot]
    while child != Self.none {
      if !test(HTMLNode(child)) { return false }
      child = nextSiblings[Int(child)]
    }
    return true
  }

  /// The element children, without text nodes.
  func elementChildren(_ node: HTMLNode) -> [HTMLNode] {
    var result: [HTMLNode] = []
    var child = firstChildren[node.slot]
    while child != Self.none {
      if tags[Int(child)] != .text { result.append(HTMLNode(child)) }
      child = nextSiblings[Int(child)]
    }
    return result
  }

  /// The number of element children, counting no further than `limit`.
  func elementChildCount(_ node: HTMLNode, upTo limit: Int = .max) -> Int {
    var count = 0
    var child = firstChildren[node.slot]
    while child != Self.none, count < limit {
      if tags[Int(child)] != .text { count += 1 }
      child = nextSiblings[Int(child)]
    }
    return count
  }

  /// The first element child.
  func firstElementChild(_ node: HTMLNode) -> HTMLNode? {
    var child = firstChildren[node.slot]
    while child != Self.none, tags[Int(child)] == .text { child = nextSiblings[Int(child)] }
    return self.node(child)
  }

  /// The next element sibling.
  func nextElementSibling(_ node: HTMLNode) -> HTMLNode? {
    var sibling = nextSiblings[node.slot]
    while sibling != Self.none, tags[Int(sibling)] == .text { sibling = nextSiblings[Int(sibling)] }
    return self.node(sibling)
  }

  // MARK: - Changes

  /// A new detached element.
  mutating func createElement(_ tag: HTMLTag) -> HTMLNode {
    makeNode(tag, start: attributes.count, end: attributes.count)
  }

  /// Appends `child` as the last child of `parent`, first taking it from its old parent.
  mutating func append(_ child: HTMLNode, to parent: HTMLNode) {
    remove(child)
    invalidateMeasure(parent)
    let last = lastChildren[parent.slot]
    parents[child.slot] = parent.index
    previousSiblings[child.slot] = last
    nextSiblings[child.slot] = Self.none
    if last == Self.none {
      firstChildren[parent.slot] = child.index
    } else {
      nextSiblings[Int(last)] = child.index
    }
    lastChildren[parent.slot] = child.index
  }

  /// Detaches the node from its parent; what is below it stays below it.
  mutating func remove(_ node: HTMLNode) {
    let parent = parents[node.slot]
    guard parent != Self.none else { return }
    invalidateMeasure(HTMLNode(parent))
    let previous = previousSiblings[node.slot]
    let next = nextSiblings[node.slot]
    if previous == Self.none { firstChildren[Int(parent)] = next } else { nextSiblings[Int(previous)] = next }
    if next == Self.none {
      lastChildren[Int(parent)] = previous
    } else {
      previousSiblings[Int(next)] = previous
    }
    parents[node.slot] = Self.none
    previousSiblings[node.slot] = Self.none
    nextSiblings[node.slot] = Self.none
  }

  /// Puts `replacement` where `node` is and detaches `node`.
  mutating func replace(_ node: HTMLNode, with replacement: HTMLNode) {
    guard parents[node.slot] != Self.none, node != replacement else { return }
    remove(replacement)
    let parent = parents[node.slot]
    invalidateMeasure(HTMLNode(parent))
    let previous = previousSiblings[node.slot]
    let next = nextSiblings[node.slot]
    parents[replacement.slot] = parent
    previousSiblings[replacement.slot] = previous
    nextSiblings[replacement.slot] = next
    if previous == Self.none {
      firstChildren[Int(parent)] = replacement.index
    } else {
      nextSiblings[Int(previous)] = replacement.index
    }
    if next == Self.none {
      lastChildren[Int(parent)] = replacement.index
    } else {
      previousSiblings[Int(next)] = replacement.index
    }
    parents[node.slot] = Self.none
    previousSiblings[node.slot] = Self.none
    nextSiblings[node.slot] = Self.none
  }

  /// Moves every child of `source`, in order, to the end of `target`'s children.
  ///
  /// - Complexity: O(n) in the children moved.
  mutating func moveChildren(of source: HTMLNode, to target: HTMLNode) {
    guard source != target else { return }
    invalidateMeasure(source)
    invalidateMeasure(target)
    var child = firstChildren[source.slot]
    firstChildren[source.slot] = Self.none
    lastChildren[source.slot] = Self.none
    while child != Self.none {
      let next = nextSiblings[Int(child)]
      parents[Int(child)] = Self.none
      previousSiblings[Int(child)] = Self.none
      nextSiblings[Int(child)] = Self.none
      let last = lastChildren[target.slot]
      parents[Int(child)] = target.index
      previousSiblings[Int(child)] = last
      if last == Self.none { firstChildren[target.slot] = child } else { nextSiblings[Int(last)] = child }
      lastChildren[target.slot] = child
      child = next
    }
  }

  /// Detaches every child.
  mutating func removeAllChildren(_ node: HTMLNode) {
    invalidateMeasure(node)
    var child = firstChildren[node.slot]
    while child != Self.none {
      let next = nextSiblings[Int(child)]
      parents[Int(child)] = Self.none
      previousSiblings[Int(child)] = Self.none
      nextSiblings[Int(child)] = Self.none
      child = next
    }
    firstChildren[node.slot] = Self.none
    lastChildren[node.slot] = Self.none
  }

  /// Clears the cached measure of `node` and its ancestors.
  mutating func invalidateMeasure(_ node: HTMLNode) {
    var current = node.index
    while current != Self.none, measures[Int(current)] != nil {
      measures[Int(current)] = nil
      current = parents[Int(current)]
    }
  }

  // MARK: - Walks

  /// Calls `body` with every node below `top` (elements and text) in document order.
  ///
  /// The walk follows the links, so deep nesting costs no stack; `body` must not change the tree.
  @inline(__always)
  func forEachNode(below top: HTMLNode, _ body: (HTMLNode) -> Void) {
    var current = firstChildren[top.slot]
    while current != Self.none {
      body(HTMLNode(current))
      current = node(after: current, below: top)
    }
  }

  /// The node after `current` in document order, staying below `top`; ``none`` past its last.
  @inline(__always)
  private func node(after current: Int32, below top: HTMLNode) -> Int32 {
    let child = firstChildren[Int(current)]
    if child != Self.none { return child }
    var current = current
    while nextSiblings[Int(current)] == Self.none {
      current = parents[Int(current)]
      if current == top.index || current == Self.none { return Self.none }
    }
    return nextSiblings[Int(current)]
  }

  /// Calls `body` with every element below `top` in document order.
  @inline(__always)
  func forEachElement(below top: HTMLNode, _ body: (HTMLNode) -> Void) {
    forEachNode(below: top) { if tags[$0.slot] != .text { body($0) } }
  }

  /// Every element below `top`, in document order, whose tag is in `tags`.
  ///
  /// - Complexity: O(n) in the subtree's size.
  func descendants(of top: HTMLNode, _ wanted: HTMLTagSet) -> [HTMLNode] {
    var found: [HTMLNode] = []
    forEachNode(below: top) { if wanted.contains(tags[$0.slot]) { found.append($0) } }
    return found
  }

  /// Every element below `top` with the tag `tag`, in document order.
  func descendants(of top: HTMLNode, _ tag: HTMLTag) -> [HTMLNode] {
    var found: [HTMLNode] = []
    forEachNode(below: top) { if tags[$0.slot] == tag { found.append($0) } }
    return found
  }

  /// The first element below `top` with the tag `tag`.
  func first(_ tag: HTMLTag, below top: HTMLNode) -> HTMLNode? { firstDescendant(of: top) { $0 == tag } }

  /// The first node below `top` whose tag passes `test`, stopping there.
  func firstDescendant(of top: HTMLNode, where test: (HTMLTag) -> Bool) -> HTMLNode? {
    var current = firstChildren[top.slot]
    while current != Self.none {
      if test(tags[Int(current)]) { return HTMLNode(current) }
      current = node(after: current, below: top)
    }
    return nil
  }

  /// Whether an element with one of `tags` lies below `top`.
  func hasDescendant(_ top: HTMLNode, _ wanted: HTMLTagSet) -> Bool {
    firstDescendant(of: top) { wanted.contains($0) } != nil
  }

  /// The number of elements below `top` whose tag is in `wanted`.
  func countDescendants(_ top: HTMLNode, _ wanted: HTMLTagSet) -> Int {
    var count = 0
    forEachNode(below: top) { if wanted.contains(tags[$0.slot]) { count += 1 } }
    return count
  }

  /// The ancestors from the parent upwards, at most `maxDepth` of them when it is above 0.
  func ancestors(_ node: HTMLNode, maxDepth: Int = 0) -> [HTMLNode] {
    var result: [HTMLNode] = []
    var current = parents[node.slot]
    while current != Self.none {
      result.append(HTMLNode(current))
      if maxDepth > 0, result.count == maxDepth { break }
      current = parents[Int(current)]
    }
    return result
  }

  /// The next element in a depth-first walk: the first element child, unless `skippingChildren`,
  /// else the next element sibling of this node or of its nearest ancestor that has one.
  func nextNode(_ node: HTMLNode, skippingChildren: Bool = false) -> HTMLNode? {
    if !skippingChildren, let first = firstElementChild(node) { return first }
    if let next = nextElementSibling(node) { return next }
    var current = parents[node.slot]
    while current != Self.none {
      if let next = nextElementSibling(HTMLNode(current)) { return next }
      current = parents[Int(current)]
    }
    return nil
  }

  /// The tree's shape and tags as they are now, for ``appendCopies(ofChildrenOf:from:to:)``.
  struct Snapshot {
    fileprivate let tags: [HTMLTag]
    fileprivate let firstChildren: [Int32]
    fileprivate let nextSiblings: [Int32]
  }

  /// The shape and tags now: arrays shared until the tree next changes.
  var snapshot: Snapshot { Snapshot(tags: tags, firstChildren: firstChildren, nextSiblings: nextSiblings) }

  /// Appends to `target` new nodes copying the children of `source` (and all below them) as they
  /// were in `snapshot`: same tags, attributes and text, no scores or marks.
  ///
  /// - Complexity: O(n) in the copied subtree; no stack.
  mutating func appendCopies(ofChildrenOf source: HTMLNode, from snapshot: Snapshot, to target: HTMLNode) {
    invalidateMeasure(target)
    // (original, copy of its parent) pairs, depth first; an explicit stack keeps deep trees off the call stack.
    var original = snapshot.firstChildren[source.slot]
    var copyParent = target.index
    var path: [(original: Int32, copy: Int32)] = []
    while true {
      while original == Self.none {
        guard let done = path.popLast() else { return }
        original = snapshot.nextSiblings[Int(done.original)]
        copyParent = path.last?.copy ?? target.index
      }
      let copy = makeNode(
        snapshot.tags[Int(original)], start: starts[Int(original)], end: ends[Int(original)])
      link(copy.index, under: copyParent)
      let child = snapshot.firstChildren[Int(original)]
      if child != Self.none {
        path.append((original, copy.index))
        copyParent = copy.index
        original = child
      } else {
        original = snapshot.nextSiblings[Int(original)]
      }
    }
  }
}
