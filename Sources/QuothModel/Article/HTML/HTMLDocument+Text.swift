/// Reading text and attributes out of the shared buffer.
extension HTMLDocument {
  /// A text node's bytes as a range of ``bytes``.
  @inline(__always) func textRange(_ node: HTMLNode) -> Range<Int> { starts[node.slot]..<ends[node.slot] }

  /// A text node's text.
  func text(_ node: HTMLNode) -> String {
    bytes.withUnsafeBufferPointer { String(decoding: $0[textRange(node)], as: UTF8.self) }
  }

  /// Calls `body` with each code point of a text node, or of every text node below an element.
  func forEachScalar(_ node: HTMLNode, _ body: (Unicode.Scalar) -> Void) {
    bytes.withUnsafeBufferPointer { buffer in
      if isText(node) { return UTF8Scalars.forEach(in: buffer, textRange(node), body) }
      forEachNode(below: node) { if isText($0) { UTF8Scalars.forEach(in: buffer, textRange($0), body) } }
    }
  }

  /// Whether a text node holds nothing but white space.
  func isBlankText(_ node: HTMLNode) -> Bool {
    bytes.withUnsafeBufferPointer { buffer in
      var blank = true
      let range = textRange(node)
      // ASCII first: most text is, and a byte below 0x80 is its own code point.
      for index in range {
        let byte = buffer[index]
        guard byte < 0x80 else {
          UTF8Scalars.forEach(in: buffer, index..<range.upperBound) {
            if blank, !ReadabilityText.isSpace($0) { blank = false }
          }
          return blank
        }
        if !ReadabilityText.isSpace(Unicode.Scalar(byte)) { return false }
      }
      return true
    }
  }

  /// The concatenated text of every text node below (the DOM's `textContent`).
  func textContent(_ node: HTMLNode) -> String {
    if isText(node) { return text(node) }
    var collected: [UInt8] = []
    forEachNode(below: node) { if isText($0) { collected.append(contentsOf: bytes[textRange($0)]) } }
    return String(decoding: collected, as: UTF8.self)
  }

  /// The measure of the text below `node` (or of the text node), from the cache when the subtree
  /// has not changed since it was last measured. Measuring caches every node below.
  ///
  /// - Complexity: O(1) when cached, else O(n) in the uncached part of the subtree.
  mutating func textMeasure(_ node: HTMLNode) -> TextMeasure {
    if let known = measures[node.slot] { return known }
    if isText(node) || !hasChildren(node) {
      let measure = isText(node) ? measureText(node) : .empty
      measures[node.slot] = measure
      return measure
    }
    // Post-order on an explicit stack: each node's measure is its children's, joined.
    var stack: [(node: Int32, next: Int32, measure: TextMeasure)] = [
      (node.index, firstChildren[node.slot], .empty)
    ]
    while let (current, next, measure) = stack.last {
      let top = stack.count - 1
      guard next != Self.none else {
        measures[Int(current)] = measure
        stack.removeLast()
        if !stack.isEmpty { stack[top - 1].measure = stack[top - 1].measure.joined(with: measure) }
        continue
      }
      stack[top].next = nextSiblings[Int(next)]
      let child = HTMLNode(next)
      if let known = measures[child.slot] {
        stack[top].measure = measure.joined(with: known)
      } else if isText(child) || !hasChildren(child) {
        let childMeasure = isText(child) ? measureText(child) : .empty
        measures[child.slot] = childMeasure
        stack[top].measure = measure.joined(with: childMeasure)
      } else {
        stack.append((child.index, firstChildren[child.slot], .empty))
      }
    }
    return measures[node.slot] ?? .empty
  }

  private func measureText(_ node: HTMLNode) -> TextMeasure {
    bytes.withUnsafeBufferPointer { TextMeasure(utf8: $0, textRange(node)) }
  }

  // MARK: - Attributes

  /// Where the value of the element's first attribute called `name` sits in ``bytes``, or `nil`.
  @inline(__always)
  func attributeRange(_ node: HTMLNode, _ name: HTMLAttributeName) -> Range<Int>? {
    guard tags[node.slot] != .text else { return nil }
    var index = starts[node.slot]
    let end = ends[node.slot]
    while index < end {
      let attribute = attributes[index]
      if attribute.name == name { return attribute.start..<attribute.end }
      index += 1
    }
    return nil
  }

  /// The value of an attribute, or `nil`.
  func attribute(_ node: HTMLNode, _ name: HTMLAttributeName) -> String? {
    attributeRange(node, name).map { range in
      bytes.withUnsafeBufferPointer { String(decoding: $0[range], as: UTF8.self) }
    }
  }

  /// Whether the element has an attribute called `name`.
  func hasAttribute(_ node: HTMLNode, _ name: HTMLAttributeName) -> Bool { attributeRange(node, name) != nil }

  /// Whether the attribute's value is `value`, byte for byte (for lower-case ASCII `value`s this is
  /// what `==` on strings says).
  func attribute(_ node: HTMLNode, _ name: HTMLAttributeName, is value: StaticString) -> Bool {
    guard let range = attributeRange(node, name), range.count == value.utf8CodeUnitCount else { return false }
    return bytes.withUnsafeBufferPointer { buffer in
      value.withUTF8Buffer { expected in
        var offset = 0
        while offset < range.count {
          if buffer[range.lowerBound + offset] != expected[offset] { return false }
          offset += 1
        }
        return true
      }
    }
  }

  /// The `class` attribute or an empty string.
  func className(_ node: HTMLNode) -> String { attribute(node, .class) ?? "" }
  /// The `id` attribute or an empty string.
  func id(_ node: HTMLNode) -> String { attribute(node, .id) ?? "" }

  /// Whether the value of any attribute of the element passes `test` (given the value's bytes).
  func anyAttributeValue(_ node: HTMLNode, _ test: (ArraySlice<UInt8>) -> Bool) -> Bool {
    guard tags[node.slot] != .text else { return false }
    for index in starts[node.slot]..<ends[node.slot] {
      let attribute = attributes[index]
      if test(bytes[attribute.start..<attribute.end]) { return true }
    }
    return false
  }

  /// Appends the attribute's value to `buffer`, ASCII letters made lower case; returns whether
  /// all of it was ASCII.
  @discardableResult
  func appendLowercased(_ node: HTMLNode, _ name: HTMLAttributeName, to buffer: inout [UInt8]) -> Bool {
    guard let range = attributeRange(node, name) else { return true }
    var ascii = true
    for index in range {
      let byte = bytes[index]
      if byte >= 0x80 { ascii = false }
      buffer.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
    }
    return ascii
  }
}
