import ArgumentParser
import Foundation
import QuothIndex
import QuothModel

/// `quoth search`: the articles matching a query, best first, through the library index.
struct SearchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search",
    abstract: "Search titles, bodies and quotes of articles, best match first.",
    discussion: """
      QUERY: words that must all appear, "quoted phrases", and word* for a prefix; case and \
      accents are ignored. With no PATH, searches the embedded sample articles. The index is kept \
      in $XDG_CACHE_HOME/quoth/ (default ~/.cache/quoth/) and updated for changed files; \
      --no-cache builds it in memory instead. Text rows: path, date, title, score, snippet, \
      tab-separated. Exits 1 if a named input could not be read, 2 for bad usage or a bad query.
      """
  )

  @OptionGroup var output: FormatOption

  @Flag(name: .customLong("no-cache"), help: "Build the index in memory; do not read or write the cache.")
  var noCache = false

  @Argument(help: "The words to look for.")
  var query: String

  @Argument(help: "Files, folders, or - for standard input.")
  var paths: [String] = []

  func run() throws {
    // A bad query is reported before any file is read.
    do {
      _ = try SearchQuery.expression(for: query)
    } catch {
      warn(error.description)
      throw ExitCode(2)
    }
    do {
      let (index, failed) = try IndexInputs.index(paths, noCache: noCache)
      let hits = try index.search(query, limit: nil, matchOffsets: false)
      var out = OutputBuffer()
      var framing = RecordFraming(format: output.format, csvHeader: IndexReport.searchCSVHeader)
      out.write(framing.header())
      for hit in hits { out.write(framing.record(IndexReport.line(for: hit, format: output.format))) }
      out.write(framing.footer())
      out.flush()
      if failed { throw ExitCode(1) }
    } catch let error as IndexError {
      warn(error.description)
      switch error {
      case .badQuery, .emptyQuery: throw ExitCode(2)
      default: throw ExitCode(1)
      }
    }
  }
}
