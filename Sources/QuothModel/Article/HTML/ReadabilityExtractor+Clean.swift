extension ReadabilityExtractor {
  /// Cleans the chosen content: forms, embeds, share boxes, link-heavy lists and divs, empty
  /// paragraphs and single-cell tables.
  mutating func prepArticle(_ content: HTMLNode) {
    markDataTables(content)
    cleanConditionally(content, .form)
    cleanConditionally(content, .fieldset)
    for tag in [HTMLTag.object, .embed, .footer, .link, .aside] { clean(content, tag) }
    for child in document.elementChildren(content) { removeShareBoxes(below: child) }
    for tag in [HTMLTag.iframe, .input, .textarea, .select, .button] { clean(content, tag) }
    removeNodes(document.descendants(of: content, [.h1, .h2])) { extractor, node in
      extractor.classWeight(node) < 0
    }
    cleanConditionally(content, .table)
    cleanConditionally(content, .ul)
    cleanConditionally(content, .div)
    for heading in document.descendants(of: content, .h1) { document.setTag(heading, .h2) }
    removeNodes(document.descendants(of: content, .p)) { extractor, paragraph in
      !extractor.document.hasDescendant(paragraph, [.img, .embed, .object, .iframe])
        && !extractor.document.textMeasure(paragraph).hasText
    }
    for br in document.descendants(of: content, .br) {
      if let next = nextNonBlank(document.nextSibling(br)), document.tag(next) == .p { document.remove(br) }
    }
    for table in document.descendants(of: content, .table) where document.parent(table) != nil {
      let body = hasSingleTagInside(table, .tbody) ? document.firstElementChild(table)! : table
      guard hasSingleTagInside(body, .tr), let row = document.firstElementChild(body),
        hasSingleTagInside(row, .td), let cell = document.firstElementChild(row)
      else { continue }
      document.setTag(cell, document.allChildren(cell) { isPhrasingContent($0) } ? .p : .div)
      document.replace(table, with: cell)
    }
  }

  /// Whether the node's `class` and `id` name a share box (see ``ReadabilityText/isShareElement(_:)``).
  func isShareElement(_ node: HTMLNode) -> Bool {
    var bytes: [UInt8] = []
    var ascii = document.appendLowercased(node, .class, to: &bytes)
    bytes.append(0x20)
    ascii = document.appendLowercased(node, .id, to: &bytes) && ascii
    guard ascii else {
      return ReadabilityText.isShareElement(document.className(node) + " " + document.id(node))
    }
    // ASCII: tokens are runs of letters and digits.
    for token in bytes.split(whereSeparator: { !(($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39)) })
    {
      if token.elementsEqual("share".utf8) || token.elementsEqual("sharedaddy".utf8) { return true }
    }
    return false
  }

  /// Removes every `tag` below `element`, except embeds of known video players.
  mutating func clean(_ element: HTMLNode, _ tag: HTMLTag) {
    let isEmbed = tag == .object || tag == .embed || tag == .iframe
    removeNodes(document.descendants(of: element, tag)) { extractor, node in
      !(isEmbed && extractor.hasVideoAttribute(node))
    }
  }

  /// Whether any attribute's value points at a known video player.
  func hasVideoAttribute(_ node: HTMLNode) -> Bool {
    document.anyAttributeValue(node) { value in
      var lowered = Array(value)
      for index in lowered.indices where lowered[index] >= 0x41 && lowered[index] <= 0x5A {
        lowered[index] |= 0x20
      }
      return lowered.withUnsafeBufferPointer { ReadabilityText.videos.matches(lowercased: $0) }
    }
  }

  /// Removes the share boxes below `element` whose text is short.
  mutating func removeShareBoxes(below element: HTMLNode) {
    let end = document.nextNode(element, skippingChildren: true)
    var next = document.nextNode(element)
    while let current = next, current != end {
      if isShareElement(current), ReadabilityText.length(document.textContent(current)) < Self.charThreshold {
        next = removeAndGetNext(current)
      } else {
        next = document.nextNode(current)
      }
    }
  }

  /// Marks tables that hold data (captions, headers, many rows or columns) rather than layout.
  mutating func markDataTables(_ root: HTMLNode) {
    for table in document.descendants(of: root, .table) {
      document.dataTables[table.slot] = isDataTable(table)
    }
  }

  private func isDataTable(_ table: HTMLNode) -> Bool {
    if document.attribute(table, .role, is: "presentation") { return false }
    if document.attribute(table, .datatable, is: "0") { return false }
    if let summary = document.attributeRange(table, .summary), !summary.isEmpty { return true }
    if let caption = document.first(.caption, below: table), document.hasChildren(caption) { return true }
    if document.hasDescendant(table, [.col, .colgroup, .tfoot, .thead, .th]) { return true }
    if document.hasDescendant(table, [.table]) { return false }
    var rows = 0
    var columns = 0
    for row in document.descendants(of: table, .tr) {
      rows += Int(document.attribute(row, .rowspan) ?? "").flatMap { $0 > 0 ? $0 : nil } ?? 1
      var inRow = 0
      for cell in document.descendants(of: row, .td) {
        inRow += Int(document.attribute(cell, .colspan) ?? "").flatMap { $0 > 0 ? $0 : nil } ?? 1
      }
      columns = max(columns, inRow)
    }
    if columns == 1 || rows == 1 { return false }
    if rows >= 10 || columns > 4 { return true }
    return rows * columns > 10
  }

  /// The elements whose text counts as text (not links or furniture) in a conditional clean.
  static let densityElements = divToParagraphElements.union([.span, .li, .td])

  /// Removes the `tag` elements below `element` that look like furniture: negative class hints,
  /// few commas with more images, list items or inputs than paragraphs, short and linky, or empty.
  mutating func cleanConditionally(_ element: HTMLNode, _ tag: HTMLTag) {
    guard flags.contains(.cleanConditionally) else { return }
    removeNodes(document.descendants(of: element, tag)) { extractor, node in extractor.shouldClean(node, tag)
    }
  }

  private mutating func shouldClean(_ node: HTMLNode, _ tag: HTMLTag) -> Bool {
    if tag == .table, document.dataTables[node.slot] { return false }
    if hasAncestor(node, .table, maxDepth: -1, dataTablesOnly: true) { return false }
    if hasAncestor(node, .code) { return false }
    // One walk gathers what Readability.js finds with a walk per question; subtree text lengths
    // come from the nodes' cached measures, all filled by measuring `node` first.
    let measure = document.textMeasure(node)
    var listLength = 0
    var headingLength = 0
    var densityLength = 0
    var linkLength = 0.0
    var hasDataTable = false
    var paragraphCount = 0
    var imageCount = 0
    var itemCount = 0
    var inputCount = 0
    var embeds = 0
    var hasVideo = false
    document.forEachElement(below: node) { element in
      let tag = document.tags[element.slot]
      let length = document.measures[element.slot]?.length ?? 0
      switch tag {
      case .ul, .ol: listLength += length
      case .h1, .h2, .h3, .h4, .h5, .h6: headingLength += length
      case .table: if document.dataTables[element.slot] { hasDataTable = true }
      case .a: linkLength += Double(length) * linkCoefficient(element)
      case .object, .embed, .iframe:
        if hasVideoAttribute(element) { hasVideo = true }
        embeds += 1
      default: break
      }
      switch tag {
      case .p: paragraphCount += 1
      case .img: imageCount += 1
      case .li: itemCount += 1
      case .input: inputCount += 1
      default: break
      }
      if Self.densityElements.contains(tag) { densityLength += length }
    }
    if hasDataTable { return false }
    let contentLength = measure.length
    let isList =
      tag == .ul || tag == .ol || (contentLength > 0 && Double(listLength) / Double(contentLength) > 0.9)
    let weight = classWeight(node)
    if weight < 0 { return true }
    let text = contentLength <= 40 ? ReadabilityText.innerText(document, node) : ""
    guard measure.asciiCommas < 10 else { return false }
    if hasVideo { return false }
    let paragraphs = Double(paragraphCount)
    let images = Double(imageCount)
    let listItems = Double(itemCount - 100)
    let inputs = Double(inputCount)
    func density(_ length: Double) -> Double { contentLength > 0 ? length / Double(contentLength) : 0 }
    let headingDensity = density(Double(headingLength))
    if contentLength <= 40, ReadabilityText.isAdOrLoading(text) { return true }
    let linkDensity = density(linkLength)
    let textDensity = density(Double(densityLength))
    let isFigureChild = hasAncestor(node, .figure)
    var remove = false
    if !isFigureChild, images > 1, paragraphs / images < 0.5 { remove = true }
    if !isList, listItems > paragraphs { remove = true }
    if inputs > (paragraphs / 3).rounded(.down) { remove = true }
    if !isList, !isFigureChild, headingDensity < 0.9, contentLength < 25, images == 0 || images > 2,
      linkDensity > 0
    {
      remove = true
    }
    if !isList, weight < 25, linkDensity > 0.2 { remove = true }
    if weight >= 25, linkDensity > 0.5 { remove = true }
    if (embeds == 1 && contentLength < 75) || embeds > 1 { remove = true }
    if images == 0, textDensity == 0 { remove = true }
    // A simple list of images may stay.
    if isList, remove {
      if document.elementChildren(node).contains(where: { document.elementChildCount($0, upTo: 2) > 1 }) {
        return true
      }
      if imageCount == itemCount { return false }
    }
    return remove
  }
}
