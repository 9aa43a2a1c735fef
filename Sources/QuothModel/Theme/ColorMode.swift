/// How many colours the terminal is painted with.
public enum ColorMode: String, Sendable, CaseIterable {
  /// 256 indexed colours.
  case indexed256
  /// The basic eight colours.
  case basic8
  /// No colour: attributes carry every distinction (also for `NO_COLOR` and `--no-color`).
  case none
}
