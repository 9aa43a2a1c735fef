/// The theme names the `t` key steps through, and which one is in use.
public struct ThemeCycle: Hashable, Sendable {
  /// The names in the order `t` visits them.
  public var names: [String]
  /// The index of the theme in use.
  public private(set) var index: Int

  /// Creates a cycle over `names`, starting at `current` (or the first when it is not among them).
  public init(names: [String] = [], current: String? = nil) {
    self.names = names
    index = current.flatMap { names.firstIndex(of: $0) } ?? 0
  }

  /// The name of the theme in use.
  public var current: String? { names.isEmpty ? nil : names[index] }

  /// Moves to the next theme, wrapping around, and returns its name; `nil` with fewer than two.
  public mutating func advance() -> String? {
    guard names.count > 1 else { return nil }
    index = (index + 1) % names.count
    return names[index]
  }
}
