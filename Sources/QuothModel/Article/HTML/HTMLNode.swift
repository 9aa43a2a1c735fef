/// A node of an ``HTMLDocument``: an index into the document's arrays.
///
/// A node is a value that names a slot; what it is (tag, attributes, text) and where it sits
/// (parent, children, siblings) is kept by the document, so moving or removing a node relinks a
/// few indices, and nothing is reference counted.
struct HTMLNode: Hashable, Sendable {
  /// The node's slot in its document.
  let index: Int32

  init(_ index: Int32) { self.index = index }

  @inline(__always) var slot: Int { Int(index) }
}

/// One attribute of an element: its interned name and where its value sits in the document's bytes.
struct HTMLAttribute: Sendable {
  var name: HTMLAttributeName
  var start: Int
  var end: Int
}
