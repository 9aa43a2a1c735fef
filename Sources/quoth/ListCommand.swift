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
      estimated (shown with ~ in text, words_estimated in the others) from the head of larger \
      files. Exits 1 if a named input could not be read (the others are still listed) or the \
      inputs hold no article, 2 for bad usage.
      """
  )

  @OptionGroup var output: FormatOption

  @OptionGroup var sizeLimit: SizeLimit

  @Argument(help: "Files, folders, or - for standard input.")
  var paths: [String] = []

  func run() throws {
    let library = Inputs.library(paths, maxSize: sizeLimit.bytes, web: sizeLimit.web)
    let rows = LibraryListFormat(output.format)
    var framing = RecordFraming(format: output.format, csvHeader: LibraryListFormat.csvHeader)
    var text = framing.header()
    for entry in library.entries { text += framing.record(rows.line(for: entry)) }
    text += framing.footer()
    FileHandle.standardOutput.write(Data(text.utf8))
    if !library.errors.isEmpty { throw ExitCode(1) }
    try Inputs.requireArticles(library.entries.count, paths: paths)
  }
}
