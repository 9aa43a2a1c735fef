/// Parses saved HTML article pages with a tolerant hand-written scanner.
///
/// The title comes from `og:title`, the first `<h1>` or `<title>`; authors, date and source from
/// meta tags (`author`, `article:published_time`, `date`, `og:site_name`) or a `<time datetime>`;
/// paragraphs from `<p>`, headings from `<h2>`–`<h6>`, the caption from `<figcaption>`. Scripts,
/// styles, navigation, footers, asides and comments are dropped; entities are decoded and white
/// space collapsed. Each code point of the reading text maps back to the file (a decoded entity to
/// its `&`). Malformed markup never stops the scan: unclosed tags end at the end of the file.
public enum HTMLParser {
  /// Elements whose content is skipped, nested or not.
  static let skipped: Set<String> = [
    "script", "style", "nav", "footer", "aside", "noscript", "svg", "template", "iframe", "button", "select",
    "form", "menu", "dialog", "object", "canvas", "math",
  ]
  /// Elements whose content is raw text up to their end tag.
  static let rawText: Set<String> = ["script", "style", "textarea", "xmp", "title", "noscript"]
  /// Elements that end a block of text.
  static let blockLevel: Set<String> = [
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "figure", "li", "ul", "ol", "dl", "dt",
    "dd",
    "table", "tr", "td", "th", "section", "article", "blockquote", "header", "main", "body", "pre", "hr",
    "address", "aside", "nav", "footer", "details", "summary",
  ]

  /// What the scan found in the document's head and body besides the reading text.
  struct Metadata {
    var meta: [String: (value: String, start: Int)] = [:]
    var titleElement: (text: [Unicode.Scalar], offsets: [Int])? = nil
    var timeDatetime: String? = nil
    /// `datePublished` from a JSON-LD block, which many news sites write instead of meta tags.
    var jsonLDDate: String? = nil
  }

  /// Parses an HTML page read from `path`.
  public static func parse(path: String, text: [Unicode.Scalar]) -> Article {
    var (builder, metadata) = scan(text, loose: false)
    if !builder.blocks.contains(where: { $0.kind == .paragraph }) {
      // No <p> at all: take every run of text between block-level tags.
      (builder, metadata) = scan(text, loose: true)
    }
    return assemble(path: path, text: text, builder: builder, metadata: metadata)
  }

  /// Builds the article: chooses the title, moves it first, reads the metadata.
  static func assemble(path: String, text: [Unicode.Scalar], builder: ReadingTextBuilder, metadata: Metadata)
    -> Article
  {
    func meta(_ keys: String...) -> String? {
      for key in keys {
        if let raw = metadata.meta[key]?.value {
          let value = HTMLEntities.decode(raw).split(whereSeparator: \.isWhitespace).joined(separator: " ")
          if !value.isEmpty { return value }
        }
      }
      return nil
    }
    // The reading text: the title block first, then the body blocks in order.
    var out = ReadingTextBuilder()
    let firstH1 = builder.blocks.firstIndex { $0.kind == .title }
    if let og = metadata.meta["og:title"] ?? metadata.meta["twitter:title"],
      !og.value.trimmingSpaces().isEmpty
    {
      let h1Text = firstH1.map { builder.string(builder.blocks[$0].span) }
      if let index = firstH1, let h1Text,
        HeadlineCleaner.clean(h1Text) == HeadlineCleaner.clean(HTMLEntities.decode(og.value))
      {
        copy(builder, builder.blocks[index], into: &out, as: .title)
      } else {
        appendAttribute(og.value, start: og.start, text: text, into: &out)
        out.endBlock(.title)
      }
    } else if let index = firstH1 {
      copy(builder, builder.blocks[index], into: &out, as: .title)
    } else if let element = metadata.titleElement {
      // "Headline | Site" or "Headline - Site": the site's name is not part of the headline.
      var count = element.text.count
      if let site = meta("og:site_name", "application-name") {
        for separator in [" | ", " - ", " \u{2013} ", " \u{2014} ", " :: "] {
          let suffix = Array((separator + site).unicodeScalars)
          if count > suffix.count, Array(element.text[(count - suffix.count)...]) == suffix {
            count -= suffix.count
            break
          }
        }
      }
      for (scalar, offset) in zip(element.text.prefix(count), element.offsets) {
        out.append(scalar, at: offset)
      }
      out.endBlock(.title)
    }
    // The first <h1> is the title, or is superseded by a different og:title; later ones are headings.
    for (index, block) in builder.blocks.enumerated() where index != firstH1 {
      copy(builder, block, into: &out, as: block.kind == .title ? .heading : block.kind)
    }
    var article = Article(
      path: path, format: .html, text: out.text, title: "", blocks: out.blocks,
      sourceOffsets: out.finishedOffsets(fileEnd: text.count), fileText: text)
    if let titleBlock = article.blocks.first(where: { $0.kind == .title }) {
      article.title = HeadlineCleaner.clean(article.string(titleBlock.span))
    }
    if let author = meta("author", "article:author", "byl", "sailthru.author", "parsely-author", "dc.creator")
    {
      let cleaned = author.lowercased().hasPrefix("by ") ? String(author.dropFirst(3)) : author
      if !cleaned.contains("://") { article.authors = MarkdownParser.splitAuthors(cleaned) }
    }
    let dateValue =
      meta(
        "article:published_time", "date", "pubdate", "publishdate", "dc.date", "dc.date.issued",
        "og:published_time", "datepublished", "sailthru.date", "parsely-pub-date")
      ?? metadata.jsonLDDate ?? metadata.timeDatetime
    if let dateValue { article.date = MarkdownParser.isoDate(dateValue) }
    article.source = meta("og:site_name", "application-name", "publisher", "dc.publisher")
    // A leading "By …" paragraph is the byline.
    MarkdownParser.markByline(&article)
    if let caption = article.blocks.first(where: { $0.kind == .caption }) {
      let whole = article.string(caption.span)
      if let (text, credit) = SeedParser.captionAndCredit(whole) {
        article.caption = text
        article.captionCredit = credit
      } else {
        article.caption = whole
      }
    }
    if let deck = meta("og:description", "description"), article.deck == nil, deck.count <= 300 {
      article.deck = deck
    }
    return article
  }

  static func copy(
    _ builder: ReadingTextBuilder, _ block: Block, into out: inout ReadingTextBuilder, as kind: Block.Kind
  ) {
    for index in block.span.start..<block.span.end {
      out.append(builder.text[index], at: builder.offsets[index])
    }
    out.endBlock(kind)
  }

  /// Appends an attribute value (as written in the file at `start`), decoding entities.
  static func appendAttribute(
    _ raw: String, start: Int, text: [Unicode.Scalar], into out: inout ReadingTextBuilder
  ) {
    let scalars = Array(raw.unicodeScalars)
    var index = 0
    while index < scalars.count {
      if scalars[index] == "&", let (decoded, end) = HTMLEntities.decode(scalars, at: index) {
        out.append(decoded, at: start + index)
        index = end
      } else {
        out.append(scalars[index], at: start + index)
        index += 1
      }
    }
  }

  /// The string value of `"key": "value"` in a JSON text, found by a plain search.
  static func jsonLDValue(_ key: String, in json: ArraySlice<Unicode.Scalar>) -> String? {
    let needle = Array("\"\(key)\"".unicodeScalars)
    var index = json.startIndex
    while index + needle.count <= json.endIndex {
      if json[index] == "\"", Array(json[index..<(index + needle.count)]) == needle {
        var cursor = index + needle.count
        while cursor < json.endIndex, json[cursor] == ":" || ReadingTextBuilder.isSpace(json[cursor]) {
          cursor += 1
        }
        guard cursor < json.endIndex, json[cursor] == "\"" else { return nil }
        cursor += 1
        var value = String.UnicodeScalarView()
        while cursor < json.endIndex, json[cursor] != "\"", value.count < 100 {
          value.append(json[cursor])
          cursor += 1
        }
        return String(value)
      }
      index += 1
    }
    return nil
  }

  /// Scans the document once, collecting block text and metadata.
  static func scan(_ text: [Unicode.Scalar], loose: Bool) -> (ReadingTextBuilder, Metadata) {
    var builder = ReadingTextBuilder()
    var metadata = Metadata()
    var scanner = TagScanner(text: text)
    var skipDepth: [String] = []
    // Inside <article> or <main>, list items are body text; elsewhere they are usually menus.
    var contentDepth = 0
    var openKind: Block.Kind? = nil
    func close() {
      if let kind = openKind { builder.endBlock(kind) } else if loose { builder.endBlock(.paragraph) }
      openKind = nil
    }
    while let token = scanner.next() {
      switch token {
      case .text(let range):
        guard skipDepth.isEmpty, openKind != nil || loose else { continue }
        var index = range.lowerBound
        while index < range.upperBound {
          if text[index] == "&",
            let (decoded, end) = HTMLEntities.decode(text, at: index, limit: range.upperBound)
          {
            builder.append(decoded, at: index)
            index = end
          } else {
            builder.append(text[index], at: index)
            index += 1
          }
        }
      case .tag(let tag):
        if tag.name == "meta" {
          let key = (tag.attributes["property"] ?? tag.attributes["name"] ?? tag.attributes["itemprop"])?
            .value
          if let key, let content = tag.attributes["content"] {
            let lowered = key.lowercased()
            if metadata.meta[lowered] == nil { metadata.meta[lowered] = (content.value, content.start) }
          }
          continue
        }
        if tag.name == "time", metadata.timeDatetime == nil, let value = tag.attributes["datetime"]?.value {
          metadata.timeDatetime = value
        }
        if tag.name == "title", !tag.isEnd, let range = tag.rawContent, metadata.titleElement == nil {
          var collector = ReadingTextBuilder()
          var index = range.lowerBound
          while index < range.upperBound {
            if text[index] == "&",
              let (decoded, end) = HTMLEntities.decode(text, at: index, limit: range.upperBound)
            {
              collector.append(decoded, at: index)
              index = end
            } else {
              collector.append(text[index], at: index)
              index += 1
            }
          }
          metadata.titleElement = (collector.text, collector.offsets)
          continue
        }
        if tag.name == "script", metadata.jsonLDDate == nil, let range = tag.rawContent,
          tag.attributes["type"]?.value.lowercased().contains("ld+json") == true
        {
          metadata.jsonLDDate = jsonLDValue("datePublished", in: text[range])
        }
        if tag.name == "article" || tag.name == "main" {
          contentDepth = max(0, contentDepth + (tag.isEnd ? -1 : 1))
        }
        if skipped.contains(tag.name) {
          if rawText.contains(tag.name) || tag.isSelfClosing { continue }
          if tag.isEnd {
            if let last = skipDepth.lastIndex(of: tag.name) { skipDepth.removeSubrange(last...) }
          } else {
            if skipDepth.isEmpty { close() }
            skipDepth.append(tag.name)
          }
          continue
        }
        guard skipDepth.isEmpty else { continue }
        if tag.name == "br" {
          if openKind != nil || loose { builder.space(at: tag.start) }
          continue
        }
        guard blockLevel.contains(tag.name) else {
          // Inline tags separate words only when they are line-like (img alt is not read).
          continue
        }
        close()
        guard !tag.isEnd else { continue }
        switch tag.name {
        case "p", "blockquote", "li", "dd", "pre": openKind = .paragraph
        case "h1": openKind = .title
        case "h2", "h3", "h4", "h5", "h6": openKind = .heading
        case "figcaption": openKind = .caption
        default: openKind = nil
        }
        if tag.name == "li" && !loose && contentDepth == 0 { openKind = nil }
      }
    }
    close()
    return (builder, metadata)
  }
}
