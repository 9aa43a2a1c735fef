import ArgumentParser
import QuothModel

struct SpeakersCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "speakers", abstract: "List the speakers of articles with their quote counts.")

  @Option(help: "Output format: text, jsonl or csv.")
  var format: String = "text"

  @Argument(parsing: .allUnrecognized, help: "Files, folders, or - for standard input.")
  var paths: [String] = []

  func run() throws {
    try QuoteCommandRunner.run(
      subject: .speakers, format: format, paths: paths, allowed: [.text, .jsonl, .csv])
  }
}
