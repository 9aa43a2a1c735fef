extension Keymap {
  /// The key table as Markdown, for the README: one row per binding with its panes.
  public func markdownTable() -> String {
    var out = "| Keys | Does | Where |\n| --- | --- | --- |\n"
    for binding in bindings {
      let keys = binding.keys.map { "`\($0.description == "|" ? "\\|" : $0.description)`" }.joined(
        separator: " ")
      let panes = Pane.allCases.filter { binding.panes.contains($0) }.map(\.rawValue).joined(separator: ", ")
      out += "| \(keys) | \(binding.help) | \(panes) |\n"
    }
    return out
  }
}
