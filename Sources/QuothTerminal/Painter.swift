import CNcurses
import QuothModel
import QuothView

/// How many colours the terminal is painted with.
public enum ColorMode: String, Sendable, CaseIterable {
  /// 256 indexed colours.
  case indexed256
  /// The basic eight colours.
  case basic8
  /// No colour: attributes carry every distinction (also for `NO_COLOR`).
  case none
}

/// Turns cell styles into curses attributes and colour pairs, allocating pairs as they are needed.
struct Painter {
  let theme: Theme
  let mode: ColorMode
  private var pairs: [Int: Int16] = [:]
  private var cache: [CellStyle: (attr_t, Int16)] = [:]

  init(theme: Theme, mode: ColorMode) {
    self.theme = theme
    self.mode = mode
  }

  /// The attributes and colour pair for `style`.
  mutating func attributes(for style: CellStyle) -> (attr_t, Int16) {
    if let cached = cache[style] { return cached }
    var themed = theme.style(style.role)
    if let speaker = style.speaker {
      let speakerStyle = theme.speakerStyle(speaker)
      themed.foreground = speakerStyle.foreground ?? themed.foreground
      themed.foreground8 = speakerStyle.foreground8 ?? themed.foreground8
    }
    let wanted = mode == .none ? themed.monochrome : themed.attributes
    var attributes = quoth_a_normal()
    if wanted.contains(.bold) { attributes |= quoth_a_bold() }
    if wanted.contains(.dim) { attributes |= quoth_a_dim() }
    if wanted.contains(.underline) { attributes |= quoth_a_underline() }
    if wanted.contains(.reverse) { attributes |= quoth_a_reverse() }
    if wanted.contains(.italic) { attributes |= quoth_a_italic() }
    let pair = colorPair(themed)
    cache[style] = (attributes, pair)
    return (attributes, pair)
  }

  private mutating func colorPair(_ style: ThemeStyle) -> Int16 {
    let foreground: Int
    let background: Int
    switch mode {
    case .none: return 0
    case .basic8:
      foreground = style.foreground8 ?? -1
      background = style.background8 ?? -1
    case .indexed256:
      foreground = Self.index(style.foreground)
      background = Self.index(style.background)
    }
    if foreground == -1 && background == -1 { return 0 }
    let key = (foreground + 1) * 1000 + (background + 1)
    if let pair = pairs[key] { return pair }
    let number = Int16(pairs.count + 1)
    guard Int(number) < Int(quoth_color_pairs()),
      init_pair(number, Int16(foreground), Int16(background)) == quoth_ok()
    else { return 0 }
    pairs[key] = number
    return number
  }

  /// The 256-colour index of a theme colour, or -1 for the terminal's default.
  static func index(_ color: ThemeColor?) -> Int {
    switch color {
    case nil, .terminalDefault: return -1
    case .indexed(let value): return max(0, min(255, value))
    case .rgb(let red, let green, let blue): return ColorCube.nearest(red: red, green: green, blue: blue)
    }
  }
}

/// The xterm 256-colour cube and grey ramp.
enum ColorCube {
  /// The index of the 256-colour entry nearest to an RGB colour.
  static func nearest(red: UInt8, green: UInt8, blue: UInt8) -> Int {
    let levels = [0, 95, 135, 175, 215, 255]
    func level(_ value: UInt8) -> Int {
      var best = 0
      for (index, candidate) in levels.enumerated()
      where abs(candidate - Int(value)) < abs(levels[best] - Int(value)) {
        best = index
      }
      return best
    }
    let (r, g, b) = (level(red), level(green), level(blue))
    let cube = 16 + 36 * r + 6 * g + b
    let cubeDistance = distance(red, green, blue, levels[r], levels[g], levels[b])
    let average = (Int(red) + Int(green) + Int(blue)) / 3
    let grey = max(0, min(23, (average - 8) / 10))
    let greyValue = 8 + grey * 10
    let greyDistance = distance(red, green, blue, greyValue, greyValue, greyValue)
    return greyDistance < cubeDistance ? 232 + grey : cube
  }

  private static func distance(_ r: UInt8, _ g: UInt8, _ b: UInt8, _ r2: Int, _ g2: Int, _ b2: Int) -> Int {
    let dr = Int(r) - r2
    let dg = Int(g) - g2
    let db = Int(b) - b2
    return dr * dr + dg * dg + db * db
  }
}
