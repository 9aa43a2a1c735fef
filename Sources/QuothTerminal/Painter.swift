import CNcurses
import QuothModel
import QuothView

/// Turns cell styles into curses attributes and colour pairs, allocating pairs as they are needed.
///
/// What to draw comes from the pure ``ColorResolver``; this type only maps its answer to curses.
struct Painter {
  let resolver: ColorResolver
  private var pairs: [Int: Int16] = [:]
  private var cache: [CellStyle: (attr_t, Int16)] = [:]

  init(theme: Theme, mode: ColorMode) {
    resolver = ColorResolver(theme: theme, mode: mode)
  }

  /// The theme.
  var theme: Theme { resolver.theme }
  /// The colour depth.
  var mode: ColorMode { resolver.mode }

  /// The attributes and colour pair for `style`.
  mutating func attributes(for style: CellStyle) -> (attr_t, Int16) {
    if let cached = cache[style] { return cached }
    let resolved = resolver.resolve(style.role, speaker: style.speaker)
    let result = (Self.cursesAttributes(resolved.attributes), colorPair(resolved))
    cache[style] = result
    return result
  }

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
