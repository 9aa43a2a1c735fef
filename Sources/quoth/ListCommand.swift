import ArgumentParser
import QuothModel

struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "list")

  @Argument(help: "Files, folders, or - for standard input.")
  var paths: [String] = []

  func run() throws {
    throw ValidationError("list is not built yet")
  }
}
