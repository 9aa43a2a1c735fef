import CLibXML2

/// An HTML page parsed by libxml2's HTML parser into an ``HTMLNode`` tree.
///
/// libxml2 recovers broken markup as a browser would (unclosed `<p>` and `<b>` nest where they
/// belong), decodes entities, and reads the encoding from a BOM or `<meta charset>`; text comes
/// back as UTF-8. Comments and processing instructions are left out of the tree.
struct HTMLDocument {
  /// The `<html>` element (created when the page has none).
  let root: HTMLNode
  /// Owns every node; the tree is valid while the document lives.
  let arena = HTMLArena()

  /// The `<body>` element, if the page has one.
  var body: HTMLNode? { root.descendants("body").first }
  /// The `<head>` element, if the page has one.
  var head: HTMLNode? { root.descendants("head").first }

  /// Parses `bytes`; `encoding` (an IANA name) overrides what the page declares.
  init(bytes: [UInt8], encoding: String? = nil) {
    root = arena.element("html")
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
    var top = document.pointee.children
    while let node = top {
      if node.pointee.type == XML_ELEMENT_NODE, Self.name(node) == "html" {
        root.attributes = Self.attributes(node)
        Self.copyChildren(of: node, into: root, arena: arena)
      } else if node.pointee.type == XML_ELEMENT_NODE {
        Self.copyChildren(of: node, into: root, arena: arena, including: node)
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

  private static func name(_ node: UnsafeMutablePointer<xmlNode>) -> String {
    guard let name = node.pointee.name else { return "" }
    return String(cString: name).lowercased()
  }

  private static func attributes(_ node: UnsafeMutablePointer<xmlNode>) -> [(name: String, value: String)] {
    var result: [(name: String, value: String)] = []
    var attribute = node.pointee.properties
    while let current = attribute {
      let name = current.pointee.name.map { String(cString: $0).lowercased() } ?? ""
      var value = ""
      var child = current.pointee.children
      while let text = child {
        if let content = text.pointee.content { value += String(cString: content) }
        child = text.pointee.next
      }
      if !name.isEmpty { result.append((name, value)) }
      attribute = current.pointee.next
    }
    return result
  }

  /// Copies the children of `source` (or `source` itself, given as `including`) below `target`.
  ///
  /// The walk keeps its own stack, so deep nesting costs heap, not call stack.
  private static func copyChildren(
    of source: UnsafeMutablePointer<xmlNode>, into target: HTMLNode, arena: HTMLArena,
    including single: UnsafeMutablePointer<xmlNode>? = nil
  ) {
    var stack: [(UnsafeMutablePointer<xmlNode>?, HTMLNode)] = [
      (single == nil ? source.pointee.children : single, target)
    ]
    while let (next, parent) = stack.popLast() {
      guard let node = next else { continue }
      // The sibling comes after this node's subtree: push it first.
      if single == nil || node != single { stack.append((node.pointee.next, parent)) }
      switch node.pointee.type {
      case XML_ELEMENT_NODE:
        let element = HTMLNode(tag: name(node), attributes: attributes(node), arena: arena)
        parent.append(element)
        stack.append((node.pointee.children, element))
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        if let content = node.pointee.content {
          parent.append(HTMLNode(text: String(cString: content), arena: arena))
        }
      default:
        break
      }
    }
  }
}
