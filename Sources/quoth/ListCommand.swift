import ArgumentParser
import Foundation
import QuothModel

/// `quoth list`: one row per article, for scripts.
struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List articles: path, title, date, source, authors, words.",
    discussion: """
      With no PATH, lists the embedded sample articles. Words are exact for files read whole and \
      estimated (shown with ~) from the head of larger files. Exits 1 if a named input could not \
      be read (the others are still listed), 2 for bad usage.
      """
  )

  @Option(name: .long, help: "Output format: text (tab-separated) or jsonl.")
  var format: String = "text"

  @OptionGroup var sizeLimit: SizeLimit

  @Argument(help: "Files, folders, or - for standard input.")
  var paths: [String] = []

  func run() throws {
    guard let listFormat = LibraryListFormat(rawValue: format) else {
      FileHandle.standardError.write(
        Data("quoth list: unknown format '\(format)' (use text or jsonl)\n".utf8))
      throw ExitCode(2)
    }
    let library = paths.isEmpty ? Library.sample : LibraryScanner(maxSize: sizeLimit.bytes).scan(paths)
    var output = ""
    for entry in library.entries { output += listFormat.line(for: entry) + "\n" }
    FileHandle.standardOutput.write(Data(output.utf8))
    for problem in library.warnings + library.errors {
      FileHandle.standardError.write(Data("quoth: \(Sanitizer.field(problem.description))\n".utf8))
    }
    if !library.errors.isEmpty { throw ExitCode(1) }
  }
}
