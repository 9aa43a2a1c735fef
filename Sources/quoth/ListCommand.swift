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

  @Argument(
    help: """
      Files, folders, feed files or addresses (RSS, Atom, JSON Feed: one row per item), web pages, \
      or - for standard input.
      """)
  var paths: [String] = []

  func run() throws {
    let feeds = FeedFiles.split(paths, maxSize: sizeLimit.bytes, web: sizeLimit.web)
    let onlyFeeds = !paths.isEmpty && feeds.rest.isEmpty
    let library =
      onlyFeeds
      ? Library(entries: []) : Inputs.library(feeds.rest, maxSize: sizeLimit.bytes, web: sizeLimit.web)
    let rows = LibraryListFormat(output.format)
    var framing = RecordFraming(
      format: output.format,
      csvHeader: onlyFeeds ? LibraryListFormat.feedCSVHeader : LibraryListFormat.csvHeader)
    var text = framing.header()
    var count = library.entries.count
    for input in feeds.feeds {
      for (offset, item) in input.feed.items.enumerated() {
        let row = rows.line(
          for: item, number: offset + 1, of: input.feed, path: input.path, libraryColumns: !onlyFeeds)
        text += framing.record(row)
      }
      count += input.feed.items.count
    }
    for entry in library.entries { text += framing.record(rows.line(for: entry)) }
    text += framing.footer()
    FileHandle.standardOutput.write(Data(text.utf8))
    if !library.errors.isEmpty || feeds.failed { throw ExitCode(1) }
    try Inputs.requireArticles(count, paths: paths)
  }
}
