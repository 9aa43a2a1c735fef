import ArgumentParser
import QuothModel

struct QuotesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "quotes")

  @Argument(help: "Files, folders, or - for standard input.")
  var paths: [String] = []

  func run() throws {
    throw ValidationError("quotes is not built yet")
  }
}
