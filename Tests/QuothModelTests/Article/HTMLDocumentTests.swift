import Testing

@testable import QuothModel

/// The flat tree: what libxml2's parse becomes, and how relinking keeps it consistent.
@Suite struct HTMLDocumentTests {
  static func document(_ body: String) -> HTMLDocument {
    HTMLDocument(text: Array("<html><head><title>T</title></head><body>\(body)</body></html>".unicodeScalars))
  }

  /// The subtree below `node` as nested tags and text, checking every link on the way.
  static func outline(_ document: HTMLDocument, _ node: HTMLNode) -> String {
    let children = document.children(node)
    // The backward links agree with the forward ones, and every child points at its parent.
    var backwards: [HTMLNode] = []
    var child = document.lastChild(node)
    while let current = child {
      backwards.append(current)
      child = document.previousSibling(current)
    }
    #expect(backwards.reversed() == children)
    for child in children { #expect(document.parent(child) == node) }
    return children.map { child in
      document.isText(child)
        ? "'\(document.text(child))'" : "\(document.tag(child).rawValue)(\(outline(document, child)))"
    }.joined(separator: " ")
  }

  @Test func parseKeepsElementsTextAndAttributesInOrder() {
    let document = Self.document(
      "<DIV Class=\"Lead story\" id=x data-k='v'>Hi <b>there</b><!-- gone --><custom-tag>x</custom-tag></DIV>"
    )
    let body = document.body!
    #expect(Self.outline(document, body) == "div('Hi ' b('there') ('x'))")
    let div = document.firstElementChild(body)!
    #expect(document.tag(div) == .div)
    #expect(document.className(div) == "Lead story")
    #expect(document.attribute(div, .id) == "x")
    #expect(document.attribute(div, .id, is: "x"))
    #expect(!document.attribute(div, .class, is: "lead story"))
    #expect(document.anyAttributeValue(div) { $0.elementsEqual("v".utf8) })
    #expect(document.textContent(div) == "Hi therex")
    #expect(document.first(.title, below: document.root).map { document.textContent($0) } == "T")
  }

  @Test func tagSetsHoldExactlyTheirMembers() {
    let members: [HTMLTag] = [.a, .wbr, .other, .text, .var, .h6, .p]
    let set = HTMLTagSet(members)
    for tag in HTMLTag.allCases { #expect(set.contains(tag) == members.contains(tag), "\(tag)") }
    #expect(HTMLTag.allCases.count <= 128)
    #expect(HTMLTag(name: "blink") == .other)
    #expect(HTMLAttributeName(name: "aria-hidden") == .ariaHidden)
  }

  @Test func relinkingKeepsTheLinksConsistent() {
    var document = Self.document("<div><p>one</p><p>two</p><p>three</p></div><section></section>")
    let body = document.body!
    let div = document.firstElementChild(body)!
    let section = document.nextElementSibling(div)!
    let paragraphs = document.elementChildren(div)
    document.append(paragraphs[1], to: section)
    #expect(Self.outline(document, body) == "div(p('one') p('three')) section(p('two'))")
    let fresh = document.createElement(.h2)
    document.replace(paragraphs[0], with: fresh)
    #expect(document.parent(paragraphs[0]) == nil)
    #expect(Self.outline(document, body) == "div(h2() p('three')) section(p('two'))")
    document.moveChildren(of: div, to: section)
    #expect(Self.outline(document, body) == "div() section(p('two') h2() p('three'))")
    document.remove(section)
    #expect(Self.outline(document, body) == "div()")
    // What is below a removed node stays below it.
    #expect(Self.outline(document, section) == "p('two') h2() p('three')")
    document.removeAllChildren(section)
    #expect(document.children(section).isEmpty)
    #expect(document.parent(paragraphs[2]) == nil)
  }

  @Test func copiesComeFromTheSnapshotNotFromLaterChanges() {
    var document = Self.document("<div><p>one</p><span>two</span></div>")
    let body = document.body!
    let snapshot = document.snapshot
    let div = document.firstElementChild(body)!
    document.setTag(div, .section)
    document.remove(document.lastChild(div)!)
    document.appendCopies(ofChildrenOf: body, from: snapshot, to: body)
    #expect(Self.outline(document, body) == "section(p('one')) div(p('one') span('two'))")
  }

  @Test func measuresFollowChanges() {
    var document = Self.document("<div><p>a, b</p> <p>c</p></div><div id=other></div>")
    let body = document.body!
    let div = document.firstElementChild(body)!
    let other = document.nextElementSibling(div)!
    func check(_ node: HTMLNode, _ length: Int) {
      #expect(document.textMeasure(node).length == length)
      // The cached, joined measure says what measuring the built text says.
      #expect(ReadabilityText.innerText(document, node).utf16.count == length)
    }
    check(div, 6)  // "a, b c"
    #expect(document.textMeasure(div).commas == 1)
    check(other, 0)
    document.append(document.firstElementChild(div)!, to: other)
    check(div, 1)  // "c"
    check(other, 4)  // "a, b"
    check(body, 5)  // " c" then "a, b": "ca, b"
  }

  @Test(
    arguments: [
      ([0x63, 0x61, 0x66, 0xC3, 0xA9], true), ([0xE9], false), ([0xC0, 0x80], false),
      ([0xED, 0xA0, 0x80], false),
      ([0xF4, 0x90, 0x80, 0x80], false), ([0xF0, 0x9F, 0x98, 0x80], true), ([0xE2, 0x82], false),
      ([0x80], false),
      ([0xE0, 0x9F, 0x80], false), ([0xF0, 0x8F, 0x80, 0x80], false), ([], true),
    ] as [([UInt8], Bool)])
  func utf8IsCheckedAsSwiftChecksIt(bytes: [UInt8], valid: Bool) {
    #expect(bytes.withUnsafeBufferPointer { UTF8Scalars.isValid($0) } == valid)
    // Valid UTF-8 is what decoding leaves as it is; repairing changes the bytes.
    #expect((Array(String(decoding: bytes, as: UTF8.self).utf8) == bytes) == valid)
    if valid {
      var scalars: [Unicode.Scalar] = []
      bytes.withUnsafeBufferPointer { UTF8Scalars.forEach(in: $0, 0..<bytes.count) { scalars.append($0) } }
      #expect(scalars == Array(String(decoding: bytes, as: UTF8.self).unicodeScalars))
    }
  }

  @Test func invalidBytesComeOutAsValidText() {
    let page: [UInt8] =
      Array("<html><body><p>caf".utf8) + [0xE9, 0xFF, 0xC3]
      + Array(" au lait, with milk, hot.</p></body></html>".utf8)
    for encoding in ["UTF-8", nil] {
      let document = HTMLDocument(bytes: page, encoding: encoding)
      let text = document.textContent(document.body!)
      #expect(text.contains(" au lait"))
      #expect(document.bytes.withUnsafeBufferPointer { UTF8Scalars.isValid($0) })
    }
  }

  @Test func deeplyNestedPhrasingAndLinksNeedNoCallStack() {
    let depth = 20_000
    let page =
      "<html><body><div>" + String(repeating: "<del><ins>", count: depth) + "deep"
      + String(repeating: "</ins></del>", count: depth) + "</div>" + String(repeating: "<span>", count: depth)
      + "<p>inner</p>" + String(repeating: "</span>", count: depth) + "</body></html>"
    let article = HTMLParser.parse(path: "deep.html", text: Array(page.unicodeScalars))
    #expect(article.format == .html)
  }
}
