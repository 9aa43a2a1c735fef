extension ReadabilityExtractor {
  /// Cleans the chosen content: forms, embeds, share boxes, link-heavy lists and divs, empty
  /// paragraphs and single-cell tables.
  func prepArticle(_ content: HTMLNode) {
    markDataTables(content)
    cleanConditionally(content, "form")
    cleanConditionally(content, "fieldset")
    for tag in ["object", "embed", "footer", "link", "aside"] { clean(content, tag) }
    for child in content.elementChildren {
      cleanMatchedNodes(child) { node, matchString in
        ReadabilityText.isShareElement(matchString)
          && ReadabilityText.length(node.textContent) < Self.charThreshold
      }
    }
    for tag in ["iframe", "input", "textarea", "select", "button"] { clean(content, tag) }
    removeNodes(content.descendants(["h1", "h2"])) { classWeight($0) < 0 }
    cleanConditionally(content, "table")
    cleanConditionally(content, "ul")
    cleanConditionally(content, "div")
    for heading in content.descendants("h1") { heading.tag = "h2" }
    removeNodes(content.descendants("p")) { paragraph in
      !paragraph.hasDescendant(["img", "embed", "object", "iframe"]) && ReadabilityText.isBlank(paragraph)
    }
    for br in content.descendants("br") {
      if let next = Self.nextNonBlank(br.nextSibling), next.tag == "p" { br.remove() }
    }
    for table in content.descendants("table") where table.parent != nil {
      let body = Self.hasSingleTagInside(table, "tbody") ? table.firstElementChild! : table
      guard Self.hasSingleTagInside(body, "tr"), let row = body.firstElementChild,
        Self.hasSingleTagInside(row, "td"), let cell = row.firstElementChild
      else { continue }
      cell.tag = cell.children.allSatisfy(Self.isPhrasingContent) ? "p" : "div"
      table.replace(with: cell)
    }
  }

  /// Removes every `tag` below `element`, except embeds of known video players.
  func clean(_ element: HTMLNode, _ tag: String) {
    let isEmbed = tag == "object" || tag == "embed" || tag == "iframe"
    removeNodes(element.descendants(tag)) { node in
      !(isEmbed && node.attributes.contains { ReadabilityText.videos.matches($0.value) })
    }
  }

  /// Removes the nodes after `element` (in its subtree) that `filter` picks.
  func cleanMatchedNodes(_ element: HTMLNode, _ filter: (HTMLNode, String) -> Bool) {
    let end = element.nextNode(skippingChildren: true)
    var next = element.nextNode()
    while let current = next, current !== end {
      if filter(current, current.className + " " + current.id) {
        next = removeAndGetNext(current)
      } else {
        next = current.nextNode()
      }
    }
  }

  /// Marks tables that hold data (captions, headers, many rows or columns) rather than layout.
  func markDataTables(_ root: HTMLNode) {
    for table in root.descendants("table") {
      table.isDataTable = Self.isDataTable(table)
    }
  }

  private static func isDataTable(_ table: HTMLNode) -> Bool {
    if table.attribute("role") == "presentation" { return false }
    if table.attribute("datatable") == "0" { return false }
    if let summary = table.attribute("summary"), !summary.isEmpty { return true }
    if let caption = table.descendants("caption").first, !caption.children.isEmpty { return true }
    if table.hasDescendant(["col", "colgroup", "tfoot", "thead", "th"]) { return true }
    if table.hasDescendant(["table"]) { return false }
    var rows = 0
    var columns = 0
    for row in table.descendants("tr") {
      rows += Int(row.attribute("rowspan") ?? "").flatMap { $0 > 0 ? $0 : nil } ?? 1
      var inRow = 0
      for cell in row.descendants("td") {
        inRow += Int(cell.attribute("colspan") ?? "").flatMap { $0 > 0 ? $0 : nil } ?? 1
      }
      columns = max(columns, inRow)
    }
    if columns == 1 || rows == 1 { return false }
    if rows >= 10 || columns > 4 { return true }
    return rows * columns > 10
  }

  /// The elements whose text counts as text (not links or furniture) in a conditional clean.
  static let densityElements = divToParagraphElements.union(["span", "li", "td"])

  /// Removes the `tag` elements below `element` that look like furniture: negative class hints,
  /// few commas with more images, list items or inputs than paragraphs, short and linky, or empty.
  func cleanConditionally(_ element: HTMLNode, _ tag: String) {
    guard flags.contains(.cleanConditionally) else { return }
    removeNodes(element.descendants(tag)) { node in shouldClean(node, tag) }
  }

  private func shouldClean(_ node: HTMLNode, _ tag: String) -> Bool {
    if tag == "table", node.isDataTable { return false }
    if Self.hasAncestor(node, "table", maxDepth: -1, where: { $0.isDataTable }) { return false }
    if Self.hasAncestor(node, "code") { return false }
    // One walk gathers what Readability.js finds with a walk per question; subtree text lengths
    // come from the nodes' cached measures.
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
    node.forEachElement { element in
      let tag = element.tag
      switch tag {
      case "ul", "ol": listLength += element.textMeasure.length
      case "h1", "h2", "h3", "h4", "h5", "h6": headingLength += element.textMeasure.length
      case "table": if element.isDataTable { hasDataTable = true }
      case "a":
        let href = element.attribute("href") ?? ""
        let coefficient = href.count > 1 && href.hasPrefix("#") ? 0.3 : 1
        linkLength += Double(element.textMeasure.length) * coefficient
      case "object", "embed", "iframe":
        if element.attributes.contains(where: { ReadabilityText.videos.matches($0.value) }) {
          hasVideo = true
        }
        embeds += 1
      default: break
      }
      switch tag {
      case "p": paragraphCount += 1
      case "img": imageCount += 1
      case "li": itemCount += 1
      case "input": inputCount += 1
      default: break
      }
      if Self.densityElements.contains(tag) { densityLength += element.textMeasure.length }
    }
    if hasDataTable { return false }
    let measure = node.textMeasure
    let contentLength = measure.length
    let isList =
      tag == "ul" || tag == "ol" || (contentLength > 0 && Double(listLength) / Double(contentLength) > 0.9)
    let weight = classWeight(node)
    if weight < 0 { return true }
    let text = contentLength <= 40 ? ReadabilityText.innerText(node) : ""
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
    let isFigureChild = Self.hasAncestor(node, "figure")
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
      if node.elementChildren.contains(where: { $0.elementChildren.count > 1 }) { return true }
      if imageCount == itemCount { return false }
    }
    return remove
  }
}
