/// A colour as a theme names it.
public enum ThemeColor: Hashable, Sendable {
  /// The terminal's own foreground or background.
  case terminalDefault
  /// One of the 256 indexed colours (0–7 the basic eight, 8–15 their bright forms).
  case indexed(Int)
  /// A 24-bit colour, drawn as the nearest colour the terminal has.
  case rgb(UInt8, UInt8, UInt8)
}

/// Text attributes a theme can ask for; on a terminal without colour they carry every distinction.
public struct TextAttributes: OptionSet, Hashable, Sendable {
  public let rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }
  /// Bold.
  public static let bold = TextAttributes(rawValue: 1 << 0)
  /// Dim.
  public static let dim = TextAttributes(rawValue: 1 << 1)
  /// Underline.
  public static let underline = TextAttributes(rawValue: 1 << 2)
  /// Reverse video.
  public static let reverse = TextAttributes(rawValue: 1 << 3)
  /// Italic.
  public static let italic = TextAttributes(rawValue: 1 << 4)
}

/// How one role is painted: colours with an 8-colour fallback, and attributes.
public struct ThemeStyle: Hashable, Sendable {
  /// The foreground colour, `nil` for the terminal's.
  public var foreground: ThemeColor?
  /// The background colour, `nil` for the terminal's.
  public var background: ThemeColor?
  /// The foreground on an 8-colour terminal (0–7, or -1 for the terminal's own).
  public var foreground8: Int?
  /// The background on an 8-colour terminal (0–7, or -1 for the terminal's own).
  public var background8: Int?
  /// Attributes used at every colour depth.
  public var attributes: TextAttributes
  /// Attributes used instead when there is no colour at all.
  public var monochrome: TextAttributes

  /// Creates a style.
  public init(
    foreground: ThemeColor? = nil, background: ThemeColor? = nil, foreground8: Int? = nil,
    background8: Int? = nil, attributes: TextAttributes = [], monochrome: TextAttributes? = nil
  ) {
    self.foreground = foreground
    self.background = background
    self.foreground8 = foreground8
    self.background8 = background8
    self.attributes = attributes
    self.monochrome = monochrome ?? attributes
  }
}

/// A named set of styles for every ``StyleRole`` and a palette of speaker colours.
public struct Theme: Hashable, Sendable {
  /// The theme's name.
  public var name: String
  /// The style of each role; a missing role is drawn as ``StyleRole/body``.
  public var styles: [StyleRole: ThemeStyle]
  /// Speaker colours, at least eight, each with its 8-colour fallback.
  public var palette: [ThemeStyle]
  /// The colours of the whole screen; without a background the terminal's own shows through.
  public var screen: ThemeStyle
  /// One line about the theme, shown by `quoth themes`.
  public var summary: String

  /// Creates a theme.
  public init(
    name: String, styles: [StyleRole: ThemeStyle], palette: [ThemeStyle], screen: ThemeStyle = ThemeStyle(),
    summary: String = ""
  ) {
    self.name = name
    self.styles = styles
    self.palette = palette
    self.screen = screen
    self.summary = summary
  }

  /// The style of `role`.
  public func style(_ role: StyleRole) -> ThemeStyle {
    styles[role] ?? styles[.body] ?? ThemeStyle()
  }

  /// The colour of speaker `index`, stable for the same index.
  public func speakerStyle(_ index: Int) -> ThemeStyle {
    palette.isEmpty ? ThemeStyle() : palette[index % palette.count]
  }

  /// The built-in dark theme, used when no theme file is chosen.
  public static let standard = Theme(
    name: "default",
    styles: [
      .body: ThemeStyle(),
      .title: ThemeStyle(foreground: .indexed(15), foreground8: 7, attributes: .bold),
      .byline: ThemeStyle(foreground: .indexed(248), foreground8: 6, attributes: [], monochrome: .dim),
      .caption: ThemeStyle(foreground: .indexed(245), foreground8: 6, attributes: .italic, monochrome: .dim),
      .deck: ThemeStyle(foreground: .indexed(252), foreground8: 7, attributes: .bold),
      .heading: ThemeStyle(foreground: .indexed(15), foreground8: 7, attributes: .bold),
      .searchMatch: ThemeStyle(
        foreground: .indexed(0), background: .indexed(220), foreground8: 0, background8: 3,
        monochrome: .reverse),
      .currentMatch: ThemeStyle(
        foreground: .indexed(0), background: .indexed(208), foreground8: 0, background8: 1, attributes: .bold,
        monochrome: [.reverse, .bold]),
      .statusBar: ThemeStyle(
        foreground: .indexed(252), background: .indexed(236), foreground8: 7, background8: 4,
        monochrome: .reverse),
      .statusError: ThemeStyle(
        foreground: .indexed(15), background: .indexed(124), foreground8: 7, background8: 1,
        attributes: .bold, monochrome: [.reverse, .bold]),
      .prompt: ThemeStyle(attributes: .bold),
      .listRow: ThemeStyle(),
      .listDetail: ThemeStyle(foreground: .indexed(244), foreground8: 6, monochrome: .dim),
      .focus: ThemeStyle(
        foreground: .indexed(15), background: .indexed(24), foreground8: 7, background8: 4, attributes: .bold,
        monochrome: [.reverse, .bold]),
      .overlay: ThemeStyle(
        foreground: .indexed(252), background: .indexed(235), foreground8: 7, background8: 4),
      .overlayKey: ThemeStyle(
        foreground: .indexed(220), background: .indexed(235), foreground8: 3, background8: 4,
        attributes: .bold),
      .border: ThemeStyle(foreground: .indexed(240), foreground8: 4),
      .sidebar: ThemeStyle(),
      .currentQuote: ThemeStyle(
        background: .indexed(237), background8: 4, attributes: .bold, monochrome: [.bold, .reverse]),
      .directQuote: ThemeStyle(attributes: .bold),
      .mixedQuote: ThemeStyle(attributes: []),
      .indirectQuote: ThemeStyle(attributes: .underline, monochrome: .underline),
      .cue: ThemeStyle(foreground: .indexed(244), foreground8: 6, attributes: .italic, monochrome: .dim),
      .mention: ThemeStyle(attributes: [.bold, .underline]),
    ],
    palette: [
      ThemeStyle(foreground: .indexed(81), foreground8: 6),
      ThemeStyle(foreground: .indexed(215), foreground8: 3),
      ThemeStyle(foreground: .indexed(114), foreground8: 2),
      ThemeStyle(foreground: .indexed(211), foreground8: 5),
      ThemeStyle(foreground: .indexed(111), foreground8: 4),
      ThemeStyle(foreground: .indexed(222), foreground8: 3),
      ThemeStyle(foreground: .indexed(176), foreground8: 5),
      ThemeStyle(foreground: .indexed(152), foreground8: 6),
    ],
    summary: "Light text on the terminal's dark background (built in)"
  )
}
