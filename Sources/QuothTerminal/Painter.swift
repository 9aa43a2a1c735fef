import CNcurses
import QuothModel
import QuothView

/// Turns cell styles into curses attributes and colour pairs, allocating pairs as they are needed.
///
/// What to draw comes from the pure ``ColorResolver``; this type maps its answer to curses, drops
/// attributes the terminal cannot show, and picks the cheapest style for blanks between styled
/// text (see ``paintedStyles(_:)``).
struct Painter {
  let resolver: ColorResolver
  /// The attributes the terminal can show. Others are dropped: asking curses for italics on a
  /// terminal without them still sends an attribute reset on every change, for nothing.
  let supported: TextAttributes
  private var pairs: [Int: Int16] = [:]
  private var cache: [CellStyle: (attr_t, Int16)] = [:]
  private var resolved: [CellStyle: ColorResolver.Resolved] = [:]

  init(theme: Theme, mode: ColorMode, supported: TextAttributes = .all) {
    resolver = ColorResolver(theme: theme, mode: mode)
    self.supported = supported
  }

  /// The theme.
  var theme: Theme { resolver.theme }
  /// The colour depth.
  var mode: ColorMode { resolver.mode }

  /// How `style` is drawn, without the attributes the terminal lacks (cached).
  mutating func resolve(_ style: CellStyle) -> ColorResolver.Resolved {
    if let known = resolved[style] { return known }
    let result = look(style)
    resolved[style] = result
    return result
  }

  /// How `style` is drawn, without the attributes the terminal lacks.
  func look(_ style: CellStyle) -> ColorResolver.Resolved {
    var result = resolver.resolve(style.role, speaker: style.speaker)
    result.attributes.formIntersection(supported)
    return result
  }

  /// The attributes and colour pair for `style`.
  mutating func attributes(for style: CellStyle) -> (attr_t, Int16) {
    if let cached = cache[style] { return cached }
    let resolved = resolve(style)
    let result = (Self.cursesAttributes(resolved.attributes), colorPair(resolved))
    cache[style] = result
    return result
  }

  /// The style to paint each cell of a row with: the cell's own, except that a few blanks between
  /// two pieces of text take the style of a neighbour when a blank looks the same in it.
  ///
  /// Each change of style costs escape sequences on the wire (with curses on `screen` a quote's
  /// start and end cost about 20 bytes), so the space in `he said`, between a bold, underlined
  /// speaker mention and a grey cue, is painted grey like the cue: one change instead of two. A
  /// blank shows only its background, underline and reverse video, so nothing on screen differs.
  /// Blanks at either end of the row keep their style, since a curses line starts out blank, and
  /// so do longer runs (the gap between the text and the docked sidebar): curses can skip blanks
  /// that are already on screen, but not blanks whose style changed.
  ///
  /// - Complexity: O(n) in the row's length.
  mutating func paintedStyles(_ row: ArraySlice<Cell>) -> [CellStyle] {
    let blank = row.map { $0.text == " " }
    var styles = row.map(\.style)
    var start = 0
    while start < styles.count {
      guard blank[start] else {
        start += 1
        continue
      }
      var end = start
      while end < styles.count, blank[end] { end += 1 }
      if start > 0, end < styles.count, end - start <= Self.longestJoinedGap {
        let left = styles[start - 1]
        let right = styles[end]
        let leftLook = resolve(left)
        let rightLook = resolve(right)
        for x in start..<end where styles[x] != left {
          let own = resolve(styles[x])
          if own.drawsBlank(like: leftLook) {
            styles[x] = left
          } else if own.drawsBlank(like: rightLook) {
            styles[x] = right
          }
        }
      }
      start = end
    }
    return styles
  }

  /// The longest run of blanks ``paintedStyles(_:)`` paints in a neighbour's style: the spaces
  /// between words and sentences.
  static let longestJoinedGap = 3

  /// The curses attribute bits for `attributes`.
  static func cursesAttributes(_ attributes: TextAttributes) -> attr_t {
    var bits = quoth_a_normal()
    if attributes.contains(.bold) { bits |= quoth_a_bold() }
    if attributes.contains(.dim) { bits |= quoth_a_dim() }
    if attributes.contains(.underline) { bits |= quoth_a_underline() }
    if attributes.contains(.reverse) { bits |= quoth_a_reverse() }
    if attributes.contains(.italic) { bits |= quoth_a_italic() }
    return bits
  }

  /// The attributes among `bits` (curses attribute bits, as `term_attrs()` reports them).
  static func textAttributes(_ bits: attr_t) -> TextAttributes {
    var attributes: TextAttributes = []
    if bits & quoth_a_bold() != 0 { attributes.insert(.bold) }
    if bits & quoth_a_dim() != 0 { attributes.insert(.dim) }
    if bits & quoth_a_underline() != 0 { attributes.insert(.underline) }
    if bits & quoth_a_reverse() != 0 { attributes.insert(.reverse) }
    if bits & quoth_a_italic() != 0 { attributes.insert(.italic) }
    return attributes
  }

  /// Sets colour pair 0 and the default colours to the theme's screen colours, or to the
  /// terminal's own when the theme names none; does nothing without colour.
  func applyScreenColors() {
    guard mode != .none else { return }
    let screen = resolver.screen
    if screen.isDefault {
      use_default_colors()
    } else {
      assume_default_colors(Int32(screen.foreground), Int32(screen.background))
    }
  }

  private mutating func colorPair(_ resolved: ColorResolver.Resolved) -> Int16 {
    guard mode != .none else { return 0 }
    let screen = resolver.screen
    if resolved.foreground == screen.foreground && resolved.background == screen.background { return 0 }
    let key = (resolved.foreground + 1) * 1000 + (resolved.background + 1)
    if let pair = pairs[key] { return pair }
    let number = Int16(pairs.count + 1)
    guard Int(number) < Int(quoth_color_pairs()),
      init_pair(number, Int16(resolved.foreground), Int16(resolved.background)) == quoth_ok()
    else { return 0 }
    pairs[key] = number
    return number
  }
}

extension TextAttributes {
  /// Every attribute.
  static let all: TextAttributes = [.bold, .dim, .underline, .reverse, .italic]
}

extension ColorResolver.Resolved {
  /// Whether a blank cell drawn in this style looks the same as one drawn in `other`.
  ///
  /// A blank shows its background, underline and reverse video; foreground, bold, dim and italic
  /// change nothing. In reverse video the foreground is the background (and bold may brighten
  /// it), so reversed blanks only match the very same style.
  func drawsBlank(like other: Self) -> Bool {
    if attributes.contains(.reverse) || other.attributes.contains(.reverse) { return self == other }
    return background == other.background
      && attributes.contains(.underline) == other.attributes.contains(.underline)
  }
}
