extension ReadabilityExtractor {
  /// Finds the article's content, retrying with fewer rules while it is too short.
  mutating func grabArticle() -> HTMLNode? {
    guard let page = document.body ?? document.root.firstElementChild else { return nil }
    let pristine = page.clone()
    var attempts: [(content: HTMLNode, length: Int)] = []
    while true {
      let content = grabOnce(page: page)
      let length = ReadabilityText.innerTextLength(content)
      if length >= Self.charThreshold { return content }
      attempts.append((content, length))
      // Start again from the page as it was.
      page.removeAllChildren()
      pristine.clone().moveChildren(to: page)
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

  /// One pass of scoring and picking.
  private mutating func grabOnce(page: HTMLNode) -> HTMLNode {
    var elementsToScore: [HTMLNode] = []
    var shouldRemoveTitleHeader = true
    var node: HTMLNode? = document.root
    while let current = node {
      let matchString = current.className + " " + current.id
      if !Self.isProbablyVisible(current) {
        node = removeAndGetNext(current)
        continue
      }
      if current.attribute("aria-modal") == "true", current.attribute("role") == "dialog" {
        node = removeAndGetNext(current)
        continue
      }
      if checkByline(current, matchString) {
        node = removeAndGetNext(current)
        continue
      }
      if shouldRemoveTitleHeader, headerDuplicatesTitle(current) {
        shouldRemoveTitleHeader = false
        node = removeAndGetNext(current)
        continue
      }
      if flags.contains(.stripUnlikelys) {
        if ReadabilityText.unlikelyCandidates.matches(matchString),
          !ReadabilityText.maybeCandidate.matches(matchString),
          !Self.hasAncestor(current, "table"), !Self.hasAncestor(current, "code"),
          current.tag != "body", current.tag != "a"
        {
          node = removeAndGetNext(current)
          continue
        }
        if let role = current.attribute("role"), Self.unlikelyRoles.contains(role) {
          node = removeAndGetNext(current)
          continue
        }
      }
      switch current.tag {
      case "div", "section", "header", "h1", "h2", "h3", "h4", "h5", "h6":
        if Self.isElementWithoutContent(current) {
          node = removeAndGetNext(current)
          continue
        }
      default: break
      }
      if Self.tagsToScore.contains(current.tag) { elementsToScore.append(current) }
      var next = current
      if current.tag == "div" {
        Self.wrapPhrasingContent(current)
        if Self.hasSingleTagInside(current, "p"), Self.linkDensity(current) < 0.25 {
          let child = current.elementChildren[0]
          current.replace(with: child)
          next = child
          elementsToScore.append(child)
        } else if !Self.hasChildBlockElement(current) {
          current.tag = "p"
          elementsToScore.append(current)
        }
      }
      node = next.nextNode()
    }

    var candidates: [HTMLNode] = []
    for element in elementsToScore {
      guard element.parent != nil else { continue }
      let (length, commas) = ReadabilityText.measure(element)
      guard length >= 25 else { continue }
      let ancestors = element.ancestors(maxDepth: 5)
      guard !ancestors.isEmpty else { continue }
      let score = 1 + Double(commas + 1) + Double(min(length / 100, 3))
      for (level, ancestor) in ancestors.enumerated() where ancestor.parent != nil {
        if ancestor.score == nil {
          ancestor.score = initialScore(ancestor)
          candidates.append(ancestor)
        }
        let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level * 3)
        ancestor.score! += score / divider
      }
    }

    var topCandidates: [HTMLNode] = []
    for candidate in candidates {
      let score = candidate.score! * (1 - Self.linkDensity(candidate))
      candidate.score = score
      if let index = topCandidates.firstIndex(where: { score > $0.score! }) {
        topCandidates.insert(candidate, at: index)
        if topCandidates.count > Self.topCandidateCount { topCandidates.removeLast() }
      } else if topCandidates.count < Self.topCandidateCount {
        topCandidates.append(candidate)
      }
    }

    var topCandidate: HTMLNode
    if let best = topCandidates.first, best.tag != "body" {
      topCandidate = betterTopCandidate(best, among: topCandidates)
    } else {
      topCandidate = document.arena.element("div")
      page.moveChildren(to: topCandidate)
      page.append(topCandidate)
      topCandidate.score = initialScore(topCandidate)
    }

    let content = document.arena.element("div")
    let parentOfTop = topCandidate.parent ?? page
    let threshold = max(10, topCandidate.score! * 0.2)
    // Appending a sibling takes it out of the parent; the others keep their order, so a snapshot
    // visits the same nodes as Readability.js's live list.
    for sibling in parentOfTop.elementChildren {
      var append = false
      if sibling === topCandidate {
        append = true
      } else {
        var bonus = 0.0
        if sibling.className == topCandidate.className, !topCandidate.className.isEmpty {
          bonus += topCandidate.score! * 0.2
        }
        if let score = sibling.score, score + bonus >= threshold {
          append = true
        } else if sibling.tag == "p" {
          let density = Self.linkDensity(sibling)
          let text = ReadabilityText.innerText(sibling)
          let length = ReadabilityText.length(text)
          if length > 80, density < 0.25 {
            append = true
          } else if length < 80, length > 0, density == 0, Self.hasSentenceEnd(text) {
            append = true
          }
        }
      }
      if append {
        if !Self.alterToDivExceptions.contains(sibling.tag) { sibling.tag = "div" }
        content.append(sibling)
      }
    }
    prepArticle(content)
    if direction == nil {
      for ancestor in [parentOfTop, topCandidate] + parentOfTop.ancestors() {
        if let dir = ancestor.attribute("dir"), !dir.isEmpty {
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
  static func wrapPhrasingContent(_ div: HTMLNode) {
    var paragraph: HTMLNode?
    for child in div.children {
      if isPhrasingContent(child) {
        if let paragraph {
          paragraph.append(child)
        } else if !isWhitespace(child) {
          let created = div.arena.element("p")
          child.replace(with: created)
          created.append(child)
          paragraph = created
        }
      } else if let open = paragraph {
        while let last = open.children.last, isWhitespace(last) { last.remove() }
        paragraph = nil
      }
    }
    // A paragraph left open at the end keeps its trailing white space, as Readability.js does.
  }

  /// Climbs from the best candidate to an ancestor shared by close runners-up, or to a parent
  /// that scores better, and past parents with a single child.
  private func betterTopCandidate(_ best: HTMLNode, among topCandidates: [HTMLNode]) -> HTMLNode {
    var topCandidate = best
    let bestScore = best.score!
    var alternatives: [[HTMLNode]] = []
    for candidate in topCandidates.dropFirst() where bestScore > 0 && candidate.score! / bestScore >= 0.75 {
      alternatives.append(candidate.ancestors())
    }
    if alternatives.count >= 3 {
      var parent = topCandidate.parent
      while let current = parent, current.tag != "body" {
        let containing = alternatives.filter { list in list.contains { $0 === current } }.count
        if containing >= 3 {
          topCandidate = current
          break
        }
        parent = current.parent
      }
    }
    if topCandidate.score == nil { topCandidate.score = initialScore(topCandidate) }
    var parent = topCandidate.parent
    var lastScore = topCandidate.score!
    let scoreThreshold = lastScore / 3
    while let current = parent, current.tag != "body" {
      guard let parentScore = current.score else {
        parent = current.parent
        continue
      }
      if parentScore < scoreThreshold { break }
      if parentScore > lastScore {
        topCandidate = current
        break
      }
      lastScore = parentScore
      parent = current.parent
    }
    parent = topCandidate.parent
    while let current = parent, current.tag != "body", current.elementChildren.count == 1 {
      topCandidate = current
      parent = current.parent
    }
    if topCandidate.score == nil { topCandidate.score = initialScore(topCandidate) }
    return topCandidate
  }

  func removeAndGetNext(_ node: HTMLNode) -> HTMLNode? {
    let next = node.nextNode(skippingChildren: true)
    node.remove()
    return next
  }
}
