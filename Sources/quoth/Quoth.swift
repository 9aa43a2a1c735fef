import ArgumentParser
import QuothModel

@main
struct Quoth: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "quoth",
    abstract: "Read news articles in a terminal and see who said what.",
    subcommands: [ReadCommand.self, DumpCommand.self, ListCommand.self, QuotesCommand.self, SpeakersCommand.self],
    defaultSubcommand: ReadCommand.self
  )
}
