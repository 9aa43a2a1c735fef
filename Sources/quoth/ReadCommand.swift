import ArgumentParser
import QuothModel

struct ReadCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "read")

  @Argument(help: "Files, folders, or - for standard input.")
  var paths: [String] = []

  func run() throws {
    throw ValidationError("read is not built yet")
  }
}
