import ArgumentParser
import Foundation
import QuothModel

@main
struct Quoth: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "quoth",
    abstract: "Read news articles in a terminal and see who said what.",
    subcommands: [
      ReadCommand.self, DumpCommand.self, ListCommand.self, QuotesCommand.self, SpeakersCommand.self,
      ThemesCommand.self, SearchCommand.self,
    ],
    defaultSubcommand: ReadCommand.self
  )

  /// Runs the command; usage errors exit with status 2, bad input with 1.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      let code = exitCode(for: error)
      if code == .validationFailure {
        FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
        Foundation.exit(2)
      }
      exit(withError: error)
    }
  }
}

/// Prints one line on standard error, prefixed with `quoth: `; file names and article text in it
/// cannot act on the terminal (see ``Sanitizer/field(_:)``).
func warn(_ message: String) {
  FileHandle.standardError.write(Data("quoth: \(Sanitizer.field(message))\n".utf8))
}
