import ArgumentParser
import QuothModel

struct DumpCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "dump")

  @Argument(help: "Files, folders, or - for standard input.")
  var paths: [String] = []

  func run() throws {
    throw ValidationError("dump is not built yet")
  }
}
