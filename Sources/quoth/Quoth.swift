import ArgumentParser
import Foundation
import QuothModel

@main
struct Quoth: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "quoth",
    abstract: "Read news articles in a terminal and see who said what.",
    usage: """
      quoth [<reader-options>] [<paths> ...]
      quoth <subcommand> [<options>] [<arguments> ...]
      """,
    discussion: """
      With no subcommand quoth runs read, the interactive reader; its options are listed below. \
      Messages go to standard error, each starting with 'quoth: '. Exit status: 0 on success, 1 \
      when an input could not be read or yielded no articles (and when search finds nothing), 2 \
      for bad usage.
      """,
    subcommands: [
      ReadCommand.self, DumpCommand.self, ListCommand.self, QuotesCommand.self, SpeakersCommand.self,
      ThemesCommand.self, SearchCommand.self, UpdateCommand.self, FeedsCommand.self,
    ],
    defaultSubcommand: ReadCommand.self
  )

  // argument-parser's own `--version` has no short name: this flag gives `-V` too.
  @Flag(name: [.customShort("V"), .long], help: "Print the version and exit.")
  var version = false

  @Flag(name: .customLong("generate-manual"), help: ArgumentHelp(visibility: .private))
  var generateManual = false

  func validate() throws {
    if version { throw CleanExit.message("quoth \(QuothVersion.current)") }
    if generateManual { throw CleanExit.message(ManualPage.text()) }
  }

  static func main() {
    // The commands that analyse every file build the quote model on another core meanwhile.
    let arguments = Array(CommandLine.arguments.dropFirst())
    if let name = arguments.first, name == "quotes" || name == "speakers" {
      DispatchQueue.global().async { QuoteExtractor.prepare() }
    }
    do {
      if let plain = QuoteArguments(arguments) {
        try plain.run()
        return
      }
      var command = try parseAsRoot()
      try command.run()
    } catch {
      exit(reporting: error)
    }
  }

  /// Ends the process for `error`: help, version and completion scripts go to standard output
  /// with status 0; any message goes to standard error as `quoth: …` (argument-parser's own
  /// `Error: ` label replaced, the usage lines kept under it as grep does) with status 2 for bad
  /// usage, or the status the command chose.
  static func exit(reporting error: Error) -> Never {
    let code = exitCode(for: error)
    var text = fullMessage(for: error)
    if code == .success {
      if text == helpMessage() { text += readerHelp }
      if !text.isEmpty { print(text) }
      Foundation.exit(0)
    }
    if !text.isEmpty {
      if text.hasPrefix("Error: ") { text.removeFirst("Error: ".count) }
      var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
        Sanitizer.field(String($0))
      }
      lines[0] = "quoth: " + lines[0]
      FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }
    Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
  }

  /// The reader's arguments and options, shown under `quoth --help` since `quoth` alone runs it.
  static var readerHelp: String {
    let help = ReadCommand.helpMessage()
    guard let start = help.range(of: "ARGUMENTS:") else { return "" }
    var lines = help[start.lowerBound...].split(separator: "\n", omittingEmptySubsequences: false)
    lines.removeAll { $0.hasPrefix("  -h, --help") }
    let body = lines.joined(separator: "\n").replacingOccurrences(of: "ARGUMENTS:", with: "READER ARGUMENTS:")
      .replacingOccurrences(of: "OPTIONS:", with: "READER OPTIONS (quoth [read] [<options>] [<paths> ...]):")
    return "\n\n" + body.trimmingCharacters(in: .newlines)
  }
}

/// Prints one line on standard error, prefixed with `quoth: `; file names and article text in it
/// cannot act on the terminal (see ``Sanitizer/field(_:)``).
func warn(_ message: String) {
  FileHandle.standardError.write(Data("quoth: \(Sanitizer.field(message))\n".utf8))
}
