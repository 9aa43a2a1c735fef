/// An element's name, interned: the names the extractor and the reading text ask about each have a
/// case, every other name is ``other``.
///
/// Comparing two tags compares one byte, where comparing `String` tags hashed and compared their
/// characters on every test.
enum HTMLTag: String, CaseIterable, Sendable {
  /// A name no rule asks about (`custom-element`, `u`…).
  case other = ""
  /// A text node.
  case text = "#text"
  case a, abbr, address, article, aside, audio, b, bdo, blockquote, body, br, button, canvas, caption, center
  case cite, code, col, colgroup, data, datalist, dd, del, details, dfn, dialog, div, dl, dt, em, embed
  case fieldset, figcaption, figure, font, footer, form, h1, h2, h3, h4, h5, h6, head, header, hr, html, i
  case iframe, img, input, ins, kbd, label, li, link, main, mark, math, menu, meta, meter, nav, noscript
  case object, ol, option, output, p, pre, progress, q, ruby, samp, script, section, select, small, span
  case strong, style, sub, summary, sup, svg, table, tbody, td, template, textarea, tfoot, th, thead, time
  case title, tr, ul, `var`, wbr

  /// The tag for a lower-case element name.
  init(name: String) { self = HTMLTag(rawValue: name) ?? .other }
}

/// A set of ``HTMLTag``s as a bit mask: membership is a shift and a test.
struct HTMLTagSet: Sendable, ExpressibleByArrayLiteral {
  private var low: UInt64 = 0
  private var high: UInt64 = 0

  init(arrayLiteral tags: HTMLTag...) {
    for tag in tags { insert(tag) }
  }

  init(_ tags: some Sequence<HTMLTag>) {
    for tag in tags { insert(tag) }
  }

  /// A case's place in the declaration: an enum of under 256 cases is stored as one byte.
  @inline(__always)
  static func ordinal(_ tag: HTMLTag) -> Int { Int(unsafeBitCast(tag, to: UInt8.self)) }

  private mutating func insert(_ tag: HTMLTag) {
    let ordinal = Self.ordinal(tag)
    precondition(ordinal < 128, "HTMLTagSet holds 128 tags")
    if ordinal < 64 { low |= 1 << UInt64(ordinal) } else { high |= 1 << UInt64(ordinal - 64) }
  }

  /// Whether `tag` is in the set.
  @inline(__always)
  func contains(_ tag: HTMLTag) -> Bool {
    let ordinal = Self.ordinal(tag)
    return ordinal < 64 ? low & (1 << UInt64(ordinal)) != 0 : high & (1 << UInt64(ordinal &- 64)) != 0
  }

  /// The tags in either set.
  func union(_ other: HTMLTagSet) -> HTMLTagSet {
    var result = self
    result.low |= other.low
    result.high |= other.high
    return result
  }
}

/// An attribute's name, interned like ``HTMLTag``: the names the extractor reads, else ``other``.
enum HTMLAttributeName: String, Sendable {
  case other = ""
  case `class`, id, style, hidden, role, rel, itemprop, href, type, content, property, name, datetime, dir
  case summary, datatable, rowspan, colspan
  case ariaHidden = "aria-hidden"
  case ariaModal = "aria-modal"

  /// The name for a lower-case attribute name.
  init(name: String) { self = HTMLAttributeName(rawValue: name) ?? .other }
}
