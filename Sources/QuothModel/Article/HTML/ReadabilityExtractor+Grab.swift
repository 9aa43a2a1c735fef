extension ReadabilityExtractor {
  /// Finds the article's content, retrying with fewer rules while it is too short.
  ///
  /// Each retry starts from the page as it was before the first attempt: a snapshot of the tree's
  /// shape (arrays shared until the first change, so taking it costs nothing) from which the
  /// page's children are copied afresh, leaving the earlier attempts' nodes as they were.
  mutating func grabArticle() -> HTMLNode? {
    guard let page = document.body ?? document.firstElementChild(document.root) else { return nil }
    let pristine = document.snapshot
    var attempts: [(content: HTMLNode, length: Int)] = []
    while true {
      let content = grabOnce(page: page)
      let length = document.textMeasure(content).length
      if length >= Self.charThreshold { return content }
      attempts.append((content, length))
      // Start again from the page as it was.
      document.removeAllChildren(page)
      document.appendCopies(ofChildrenOf: page, from: pristine, to: page)
      if flags.contains(.stripUnlikelys) {
        flags.remove(.stripUnlikelys)
      } else if flags.contains(.weightClasses) {
        flags.remove(.weightClasses)
      } else if flags.contains(.cleanConditionally) {
        flags.remove(.cleanConditionally)
      } else {
        let best = attempts.max { $0.length < $1.length }
        guard let best, best.length > 0 else { return nil }
        return best.content
      }
    }
  }

  /// Removes nodes that are hidden, dialogs, the byline, a heading repeating the title or unlikely
  /// candidates, and turns `<div>`s of phrasing content into paragraphs; returns the elements to score.
  private mutating func prepareNodes() -> [HTMLNode] {
    var elementsToScore: [HTMLNode] = []
    var shouldRemoveTitleHeader = true
    var node: HTMLNode? = document.root
    while let current = node {
      loadMatchBytes(current)
      if !isProbablyVisible(current) {
        node = removeAndGetNext(current)
        continue
      }
      if document.attribute(current, .ariaModal, is: "true"), document.attribute(current, .role, is: "dialog")
      {
        node = removeAndGetNext(current)
        continue
      }
      if checkByline(current) {
        node = removeAndGetNext(current)
        continue
      }
      if shouldRemoveTitleHeader, headerDuplicatesTitle(current) {
        shouldRemoveTitleHeader = false
        node = removeAndGetNext(current)
        continue
      }
      let tag = document.tag(current)
      if flags.contains(.stripUnlikelys) {
        if matchBytesMatch(ReadabilityText.unlikelyCandidates),
          !matchBytesMatch(ReadabilityText.maybeCandidate),
          !hasAncestor(current, .table), !hasAncestor(current, .code),
          tag != .body, tag != .a
        {
          node = removeAndGetNext(current)
          continue
        }
        if Self.unlikelyRoles.contains(where: { document.attribute(current, .role, is: $0) }) {
          node = removeAndGetNext(current)
          continue
        }
      }
      switch tag {
      case .div, .section, .header, .h1, .h2, .h3, .h4, .h5, .h6:
        if isElementWithoutContent(current) {
          node = removeAndGetNext(current)
          continue
        }
      default: break
      }
      if Self.tagsToScore.contains(tag) { elementsToScore.append(current) }
      var next = current
      if tag == .div {
        wrapPhrasingContent(current)
        if hasSingleTagInside(current, .p), linkDensity(current) < 0.25 {
          let child = document.firstElementChild(current)!
          document.replace(current, with: child)
          next = child
          elementsToScore.append(child)
        } else if !hasChildBlockElement(current) {
          document.setTag(current, .p)
          elementsToScore.append(current)
        }
      }
      node = document.nextNode(next)
    }
    return elementsToScore
  }

  /// Scores the ancestors of each paragraph long enough; returns them in the order first scored.
  private mutating func scoreCandidates(_ elementsToScore: [HTMLNode]) -> [HTMLNode] {
    var candidates: [HTMLNode] = []
    for element in elementsToScore {
      guard document.parent(element) != nil else { continue }
      let measure = document.textMeasure(element)
      guard measure.length >= 25 else { continue }
      let ancestors = document.ancestors(element, maxDepth: 5)
      guard !ancestors.isEmpty else { continue }
      let score = 1 + Double(measure.commas + 1) + Double(min(measure.length / 100, 3))
      for (level, ancestor) in ancestors.enumerated() where document.parent(ancestor) != nil {
        if document.scores[ancestor.slot] == nil {
          document.scores[ancestor.slot] = initialScore(ancestor)
          candidates.append(ancestor)
        }
        let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level * 3)
        document.scores[ancestor.slot]! += score / divider
      }
    }
    return candidates
  }

  /// One pass of scoring and picking.
  private mutating func grabOnce(page: HTMLNode) -> HTMLNode {
    let candidates = scoreCandidates(prepareNodes())

    var topCandidates: [HTMLNode] = []
    for candidate in candidates {
      let score = document.scores[candidate.slot]! * (1 - linkDensity(candidate))
      document.scores[candidate.slot] = score
      if let index = topCandidates.firstIndex(where: { score > document.scores[$0.slot]! }) {
        topCandidates.insert(candidate, at: index)
        if topCandidates.count > Self.topCandidateCount { topCandidates.removeLast() }
      } else if topCandidates.count < Self.topCandidateCount {
        topCandidates.append(candidate)
      }
    }

    var topCandidate: HTMLNode
    if let best = topCandidates.first, document.tag(best) != .body {
      topCandidate = betterTopCandidate(best, among: topCandidates)
    } else {
      topCandidate = document.createElement(.div)
      document.moveChildren(of: page, to: topCandidate)
      document.append(topCandidate, to: page)
      document.scores[topCandidate.slot] = initialScore(topCandidate)
    }

    let content = document.createElement(.div)
    let parentOfTop = document.parent(topCandidate) ?? page
    let topScore = document.scores[topCandidate.slot]!
    let threshold = max(10, topScore * 0.2)
    let topClass = document.className(topCandidate)
    // Appending a sibling takes it out of the parent; the others keep their order, so a snapshot
    // visits the same nodes as Readability.js's live list.
    for sibling in document.elementChildren(parentOfTop) {
      var append = false
      if sibling == topCandidate {
        append = true
      } else {
        var bonus = 0.0
        if !topClass.isEmpty, document.className(sibling) == topClass { bonus += topScore * 0.2 }
        if let score = document.scores[sibling.slot], score + bonus >= threshold {
          append = true
        } else if document.tag(sibling) == .p {
          let density = linkDensity(sibling)
          let text = ReadabilityText.innerText(document, sibling)
          let length = ReadabilityText.length(text)
          if length > 80, density < 0.25 {
            append = true
          } else if length < 80, length > 0, density == 0, Self.hasSentenceEnd(text) {
            append = true
          }
        }
      }
      if append {
        if !Self.alterToDivExceptions.contains(document.tag(sibling)) { document.setTag(sibling, .div) }
        document.append(sibling, to: content)
      }
    }
    prepArticle(content)
    if direction == nil {
      for ancestor in [parentOfTop, topCandidate] + document.ancestors(parentOfTop) {
        if let dir = document.attribute(ancestor, .dir), !dir.isEmpty {
          direction = dir
          break
        }
      }
    }
    return content
  }

  /// A period followed by a space or the end: `/\.( |$)/`.
  static func hasSentenceEnd(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    for (index, scalar) in scalars.enumerated() where scalar == "." {
      if index + 1 == scalars.count || scalars[index + 1] == " " { return true }
    }
    return false
  }

  /// Moves phrasing content that sits directly in a `<div>` into paragraphs of its own.
  mutating func wrapPhrasingContent(_ div: HTMLNode) {
    var paragraph: HTMLNode?
    var next = document.firstChild(div)
    while let child = next {
      // Taken before the child moves: the child alone leaves its place.
      next = document.nextSibling(child)
      if isPhrasingContent(child) {
        if let paragraph {
          document.append(child, to: paragraph)
        } else if !isWhitespace(child) {
          let created = document.createElement(.p)
          document.replace(child, with: created)
          document.append(child, to: created)
          paragraph = created
        }
      } else if let open = paragraph {
        while let last = document.lastChild(open), isWhitespace(last) { document.remove(last) }
        paragraph = nil
      }
    }
    // A paragraph left open at the end keeps its trailing white space, as Readability.js does.
  }

  /// Climbs from the best candidate to an ancestor shared by close runners-up, or to a parent
  /// that scores better, and past parents with a single child.
  private mutating func betterTopCandidate(_ best: HTMLNode, among topCandidates: [HTMLNode]) -> HTMLNode {
    var topCandidate = best
    let bestScore = document.scores[best.slot]!
    var alternatives: [[HTMLNode]] = []
    for candidate in topCandidates.dropFirst()
    where bestScore > 0 && document.scores[candidate.slot]! / bestScore >= 0.75 {
      alternatives.append(document.ancestors(candidate))
    }
    if alternatives.count >= 3 {
      var parent = document.parent(topCandidate)
      while let current = parent, document.tag(current) != .body {
        let containing = alternatives.filter { list in list.contains(current) }.count
        if containing >= 3 {
          topCandidate = current
          break
        }
        parent = document.parent(current)
      }
    }
    if document.scores[topCandidate.slot] == nil {
      document.scores[topCandidate.slot] = initialScore(topCandidate)
    }
    var parent = document.parent(topCandidate)
    var lastScore = document.scores[topCandidate.slot]!
    let scoreThreshold = lastScore / 3
    while let current = parent, document.tag(current) != .body {
      guard let parentScore = document.scores[current.slot] else {
        parent = document.parent(current)
        continue
      }
      if parentScore < scoreThreshold { break }
      if parentScore > lastScore {
        topCandidate = current
        break
      }
      lastScore = parentScore
      parent = document.parent(current)
    }
    parent = document.parent(topCandidate)
    while let current = parent, document.tag(current) != .body,
      document.elementChildCount(current, upTo: 2) == 1
    {
      topCandidate = current
      parent = document.parent(current)
    }
    if document.scores[topCandidate.slot] == nil {
      document.scores[topCandidate.slot] = initialScore(topCandidate)
    }
    return topCandidate
  }

  mutating func removeAndGetNext(_ node: HTMLNode) -> HTMLNode? {
    let next = document.nextNode(node, skippingChildren: true)
    document.remove(node)
    return next
  }
}
