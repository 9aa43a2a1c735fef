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
      QUERY is one argument: quote it when it has several words, as in quoth search 'clinton \
      emails' ~/news (unquoted, the second word would be taken for a PATH). Its words must all \
      appear; "quoted phrases" must appear as written and word* matches a prefix; case and \
      accents are ignored. With no PATH, searches the embedded sample articles. The index is kept \
      in $XDG_CACHE_HOME/quoth/ (default ~/.cache/quoth/) and updated for changed files; \
      --no-cache builds it in memory instead. Text rows: path, date, title, score, snippet, \
      tab-separated. Exits 0 when something matched, 1 when nothing did (as grep does) or a named \
      input could not be read, 2 for bad usage or a bad query.
      """
  )

  @OptionGroup var output: FormatOption

  @Flag(name: .customLong("no-cache"), help: "Build the index in memory; do not read or write the cache.")
  var noCache = false

  @Argument(help: "The words to look for, as one argument: 'clinton emails' (quoted).")
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
      if failed { hintAtASplitQuery() }
      if failed || hits.isEmpty { throw ExitCode(1) }
    } catch let error as IndexError {
      warn(error.description)
      switch error {
      case .badQuery, .emptyQuery: throw ExitCode(2)
      default: throw ExitCode(1)
      }
    }
  }

  /// `quoth search clinton emails DIR` searches for `clinton` in a file named `emails`: when the
  /// first PATH is a bare word that is not there, says how to search for both words.
  private func hintAtASplitQuery() {
    guard let word = paths.first, !word.contains("/"), word != "-",
      !FileManager.default.fileExists(atPath: word)
    else { return }
    warn("to search for several words, quote them: quoth search '\(query) \(word)' PATH...")
  }
}
