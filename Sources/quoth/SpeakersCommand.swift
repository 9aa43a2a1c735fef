import ArgumentParser
import QuothModel

struct SpeakersCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "speakers", abstract: "List the speakers of articles with their quote counts.")

  @OptionGroup var output: FormatOption

  @Flag(help: "Merge speakers across all the articles, through the library index.")
  var library = false

  @Flag(name: .customLong("no-cache"), help: "With --library: build the index in memory, not in the cache.")
  var noCache = false

  @OptionGroup var sizeLimit: SizeLimit

  @Argument(parsing: .allUnrecognized, help: "Files, folders, or - for standard input (none: the samples).")
  var paths: [String] = []

  func validate() throws { try QuoteCommandRunner.rejectOptions(in: paths) }

  func run() throws {
    if library || noCache {
      try LibrarySpeakers.run(format: output.format, paths: paths, noCache: noCache, library: library)
      return
    }
    try QuoteCommandRunner.run(
      subject: .speakers, format: output.format, paths: paths, maxSize: sizeLimit.bytes, web: sizeLimit.web)
  }
}
