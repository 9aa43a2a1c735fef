/// Works out the colours and attributes a role is drawn with at a colour depth: the pure half of
/// the curses painter.
///
/// Speaker colours replace the role's foreground. A role without a background takes the theme's
/// screen background, so that a theme that sets one paints every cell; without one the terminal's
/// own background shows through (`-1`, as `use_default_colors` means it).
public struct ColorResolver: Sendable {
  /// What a cell is drawn with.
  public struct Resolved: Hashable, Sendable {
    /// The foreground colour index (0–255, or 0–7 at 8 colours), -1 for the terminal's.
    public var foreground: Int
    /// The background colour index, -1 for the terminal's.
    public var background: Int
    /// The attributes.
    public var attributes: TextAttributes

    /// Creates a resolved style.
    public init(foreground: Int, background: Int, attributes: TextAttributes) {
      self.foreground = foreground
      self.background = background
      self.attributes = attributes
    }

    /// Whether the cell uses the terminal's own colours (curses colour pair 0).
    public var isDefault: Bool { foreground == -1 && background == -1 }
  }

  /// The theme.
  public let theme: Theme
  /// The colour depth.
  public let mode: ColorMode

  /// Creates a resolver.
  public init(theme: Theme, mode: ColorMode) {
    self.theme = theme
    self.mode = mode
  }

  /// The colours of the whole screen: what blank cells and colour pair 0 are painted with.
  public var screen: Resolved {
    let (foreground, background) = colors(theme.screen)
    return Resolved(foreground: foreground, background: background, attributes: [])
  }

  /// How `role` is drawn, in the colour of speaker `speaker` when one is given.
  public func resolve(_ role: StyleRole, speaker: Int? = nil) -> Resolved {
    var style = theme.style(role)
    if let speaker {
      let speakerStyle = theme.speakerStyle(speaker)
      style.foreground = speakerStyle.foreground ?? style.foreground
      style.foreground8 = speakerStyle.foreground8 ?? style.foreground8
      style.attributes.formUnion(speakerStyle.attributes)
      style.monochrome.formUnion(speakerStyle.monochrome)
    }
    if mode == .none {
      return Resolved(foreground: -1, background: -1, attributes: style.monochrome)
    }
    let (screenForeground, screenBackground) = colors(theme.screen)
    var (foreground, background) = colors(style)
    if foreground == -1 { foreground = screenForeground }
    if background == -1 { background = screenBackground }
    return Resolved(foreground: foreground, background: background, attributes: style.attributes)
  }

  /// The foreground and background of `style` at this depth, -1 where it names none.
  private func colors(_ style: ThemeStyle) -> (Int, Int) {
    switch mode {
    case .none: return (-1, -1)
    case .basic8:
      return (Self.basic(style.foreground8), Self.basic(style.background8))
    case .indexed256:
      return (style.foreground?.index256 ?? -1, style.background?.index256 ?? -1)
    }
  }

  private static func basic(_ value: Int?) -> Int {
    guard let value, (0...7).contains(value) else { return -1 }
    return value
  }
}
