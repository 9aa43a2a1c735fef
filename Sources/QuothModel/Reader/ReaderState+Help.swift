extension ReaderState {
  /// The help box's width for the current window.
  var helpWidth: Int { min(columns, 76) }

  /// The width of the help box's keys column.
  public var helpKeyWidth: Int { min(24, max(4, (helpWidth - 5) / 2)) }

  /// The lines of the help overlay for the current pane: every key of every binding (never cut),
  /// wrapped at key boundaries to the keys column, beside its help wrapped at word boundaries.
  public var helpLines: [(keys: String, help: String)] {
    let keyWidth = helpKeyWidth
    let helpWidth = max(4, self.helpWidth - keyWidth - 5)
    var lines: [(keys: String, help: String)] = []
    for binding in keymap.bindings where binding.panes.contains(pane) {
      let keys = Self.wrap(binding.keys.map(\.description), width: keyWidth)
      let help = Self.wrap(binding.help.split(separator: " ").map(String.init), width: helpWidth)
      for index in 0..<max(keys.count, help.count) {
        lines.append((index < keys.count ? keys[index] : "", index < help.count ? help[index] : ""))
      }
    }
    return lines
  }

  /// The number of lines the help overlay has for the current pane.
  public var helpLineCount: Int { helpLines.count }

  /// The help lines that fit on screen at once: the pane less the box's border.
  public var helpVisibleLines: Int { max(1, min(paneRows, helpLineCount + 2) - 2) }

  /// Joins `words` with spaces into lines of at most `width` columns (a longer word alone on its
  /// line).
  static func wrap(_ words: [String], width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in words {
      if line.isEmpty {
        line = word
      } else if DisplayWidth.of(line) + 1 + DisplayWidth.of(word) <= width {
        line += " " + word
      } else {
        lines.append(line)
        line = word
      }
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }

  /// Keys while the help shows: it scrolls like any list; help or back closes it.
  mutating func helpKey(_ key: Key) -> [Effect] {
    let last = max(0, helpLineCount - helpVisibleLines)
    let top = helpTop ?? 0
    let page = max(1, helpVisibleLines - 1)
    switch keymap.command(for: key, in: pane) {
    case .help, .back, .goBack: helpTop = nil
    case .quitNow: return [.quit]
    case .lineDown: helpTop = top + 1
    case .lineUp: helpTop = top - 1
    case .pageDown: helpTop = top + page
    case .pageUp: helpTop = top - page
    case .halfPageDown: helpTop = top + max(1, page / 2)
    case .halfPageUp: helpTop = top - max(1, page / 2)
    case .top: helpTop = 0
    case .bottom: helpTop = last
    case .redraw: return [.redraw]
    default: helpTop = nil
    }
    if let top = helpTop { helpTop = min(max(0, top), last) }
    return []
  }
}
