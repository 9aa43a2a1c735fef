import Foundation
import QuothIO
import QuothModel

/// The theme the reader starts with and the ones `t` cycles through, chosen from `--theme`, then
/// the theme last chosen with `t` (while it still loads), then `config.toml`, then the built-in
/// default.
struct ThemeSelection {
  /// The theme to start with.
  var theme: Theme
  /// The themes `t` steps through, starting at `theme`.
  var cycle: ThemeCycle
  /// Every loadable theme by its cycle name.
  var themes: [String: Theme]

  /// Chooses the theme, printing warnings (unknown keys, themes that fail to load and are left out
  /// of the cycle) on standard error.
  ///
  /// - Parameters:
  ///   - option: the `--theme` value, a name or a path.
  ///   - remembered: the theme last chosen with `t`; passed over when it no longer loads.
  /// - Throws: ``ThemeError`` when the chosen theme or the config cannot be read.
  init(
    option: String?, remembered: String? = nil,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws {
    let catalog = ThemeCatalog.standard(environment: environment)
    catalog.warnings.forEach(warn)
    let chosen: ThemeCatalog.Entry
    let parsed: ThemeParser.Parsed
    if option == nil, let remembered, let entry = try? catalog.find(remembered),
      let loaded = try? entry.load()
    {
      (chosen, parsed) = (entry, loaded)
    } else {
      let wanted = try option ?? QuothConfig.load(environment: environment).theme ?? ThemeCatalog.defaultName
      chosen = try catalog.find(wanted)
      parsed = try chosen.load()
    }
    parsed.warnings.forEach(warn)
    var names: [String] = []
    var themes: [String: Theme] = [:]
    for name in catalog.names {
      guard let entry = catalog.entry(named: name) else { continue }
      if entry == chosen {
        themes[name] = parsed.theme
      } else if let theme = try? entry.load().theme {
        themes[name] = theme
      } else {
        warn("theme \(name) left out of the t cycle: it does not load (see quoth themes)")
        continue
      }
      names.append(name)
    }
    var current = chosen.name
    if case .file(let path) = chosen.origin {
      current = themes[chosen.name] == nil ? chosen.name : path
      themes[current] = parsed.theme
      names.insert(current, at: 0)
    }
    self.theme = parsed.theme
    self.themes = themes
    self.cycle = ThemeCycle(names: names, current: current)
  }
}
