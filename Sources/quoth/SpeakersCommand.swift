import ArgumentParser
import QuothModel

struct SpeakersCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "speakers")

  @Argument(help: "Files, folders, or - for standard input.")
  var paths: [String] = []

  func run() throws {
    throw ValidationError("speakers is not built yet")
  }
}
