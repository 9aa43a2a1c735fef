import Foundation

/// Reads saved HTML pages: libxml2 parses the page, ``ReadabilityExtractor`` finds the article.
///
/// The article's text is the extracted reading text only: the title block, then the body's
/// headings, paragraphs, list items, block quotes and captions, each a block. The date, source and
/// byline are fields, shown by ``ArticleHeader``, not text. Offsets into it are
/// offsets into that reading text, not into the file. Metadata comes from JSON-LD, OpenGraph and
/// `article:` meta tags, other `<meta>` names, `<time datetime>` and the page's byline.
public enum HTMLParser {
  /// Parses a page whose bytes are in `bytes`; the encoding is `encoding` (an IANA name) when
  /// given, else what a BOM or `<meta charset>` declares.
  public static func parse(path: String, bytes: [UInt8], encoding: String? = nil) -> Article {
    article(path: path, document: HTMLDocument(bytes: bytes, encoding: encoding))
  }

  /// Parses a page already decoded to code points.
  public static func parse(path: String, text: [Unicode.Scalar]) -> Article {
    article(path: path, document: HTMLDocument(text: text))
  }

  /// Elements that start and end a block of reading text.
  static let blockElements: HTMLTagSet = [
    .p, .div, .section, .article, .header, .footer, .main, .aside, .nav, .h1, .h2, .h3, .h4, .h5, .h6, .ul,
    .ol, .li, .dl, .dt, .dd, .blockquote, .pre, .table, .thead, .tbody, .tfoot, .tr, .td, .th, .caption,
    .figure, .figcaption, .hr, .address, .details, .summary, .form, .fieldset, .center, .body, .html, .dialog,
    .menu,
  ]
  static let headings: HTMLTagSet = [.h1, .h2, .h3, .h4, .h5, .h6]
  /// Elements whose text is never reading text.
  static let hidden: HTMLTagSet = [
    .script, .style, .noscript, .template, .svg, .math, .head, .title, .select, .option, .button, .textarea,
    .iframe, .object, .embed, .canvas,
  ]

  static func article(path: String, document: HTMLDocument) -> Article {
    let dates = PageDates.find(document)
    let result = ReadabilityExtractor.extract(document)
    var builder = ReadingTextBuilder()
    // The reading text is at most the page's text (counted in bytes, at least its code points).
    builder.reserveCapacity(result.document.bytes.count)
    let title = ReadabilityText.collapsed(result.title)
    for scalar in title.unicodeScalars { builder.append(scalar, at: 0) }
    builder.endBlock(.title)
    let byline = result.byline.map(ReadabilityText.collapsed).flatMap { $0.isEmpty ? nil : $0 }
    let authors = byline.map(AuthorNames.names) ?? []
    let date = result.publishedTime.flatMap(PageDates.isoDate) ?? dates
    let source = source(siteName: result.siteName, url: result.url)
    if let content = result.content { appendBlocks(of: content, in: result.document, to: &builder) }
    var article = Article(
      path: path, format: .html, text: builder.text, title: title, blocks: builder.blocks)
    article.byline = byline
    article.authors = authors
    article.date = date
    article.source = source
    article.url = result.url
    return article
  }

  /// The site's name, or the host of its address when the page names none; never a bare address.
  static func source(siteName: String?, url: String?) -> String? {
    if let name = siteName.map(ReadabilityText.collapsed), !name.isEmpty, !name.contains("://") {
      return name
    }
    guard let url, let schemeEnd = url.range(of: "://") else { return nil }
    var host = url[schemeEnd.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
    if host.hasPrefix("www.") { host = host.dropFirst(4) }
    return host.isEmpty ? nil : String(host)
  }

  /// Appends the text below `root` as blocks: a block ends at each block-level element.
  static func appendBlocks(of root: HTMLNode, in document: HTMLDocument, to builder: inout ReadingTextBuilder)
  {
    var headingDepth = 0
    func close() {
      // A list item holding only an image, or only blocks of its own, leaves a bare bullet.
      if builder.openBlock.elementsEqual(["•"]) { return builder.discardBlock() }
      builder.endBlock(headingDepth > 0 ? .heading : .paragraph)
    }
    // Enter and leave events on an explicit stack, so deep nesting costs no call stack.
    var stack: [(node: HTMLNode, leaving: Bool)] = [(root, false)]
    while let (node, leaving) = stack.popLast() {
      let tag = document.tag(node)
      if tag == .text {
        document.bytes.withUnsafeBufferPointer { builder.append(utf8: $0, document.textRange(node), at: 0) }
        continue
      }
      if hidden.contains(tag) { continue }
      let isBlock = blockElements.contains(tag)
      if leaving {
        if isBlock { close() }
        if headings.contains(tag) { headingDepth -= 1 }
        continue
      }
      if tag == .br {
        builder.space(at: 0)
        continue
      }
      if tag == .img {
        continue
      }
      if isBlock { close() }
      if headings.contains(tag) { headingDepth += 1 }
      if tag == .li {
        for scalar in "• ".unicodeScalars { builder.append(scalar, at: 0) }
      }
      stack.append((node, true))
      var child = document.lastChild(node)
      while let current = child {
        stack.append((current, false))
        child = document.previousSibling(current)
      }
    }
    close()
  }
}
