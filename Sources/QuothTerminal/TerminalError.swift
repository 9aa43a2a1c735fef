/// Why the terminal could not be used.
public enum TerminalError: Error, Equatable, CustomStringConvertible, Sendable {
  /// TERM names a terminal the terminfo database does not know, or is empty.
  case unknownTerminal(String)
  /// There is no terminal to read keys from.
  case noTerminal
  /// A curses call failed.
  case cursesFailed(String)

  /// One line saying what went wrong and what to try.
  public var description: String {
    switch self {
    case .unknownTerminal(let name) where name.isEmpty:
      return "TERM is not set; try TERM=xterm-256color"
    case .unknownTerminal(let name):
      return "terminal type \"\(name)\" is not known; try TERM=xterm-256color"
    case .noTerminal:
      return "no terminal to read keys from (is /dev/tty available?)"
    case .cursesFailed(let call):
      return "the terminal library failed in \(call)"
    }
  }
}
