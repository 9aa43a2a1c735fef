import ArgumentParser
import Foundation
import QuothIO
import QuothModel

/// `quoth dump`: articles as plain wrapped text, like `w3m -dump`.
struct DumpCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dump",
    abstract: "Print articles as plain wrapped text, with no escape sequences."
  )

  @Option(help: "Output format: text (wrapped, like w3m -dump) or jsonl (one JSON object per article).")
  var format: DumpFormat = .text

  // `.unconditional`: `--width -5` is a (bad) width, not a missing value followed by a flag.
  @Option(parsing: .unconditional, help: "The columns each line may take.")
  var width = 80

  @Option(parsing: .unconditional, help: "The longest line wanted, if narrower than --width.")
  var measure: Int?

  @Flag(help: "Mark quotes in the text: «…»[Speaker] for quoted words, ‹…›[Speaker] for reported speech.")
  var quotes = false

  @OptionGroup var sizeLimit: SizeLimit

  @Argument(help: "Files, folders, or - for standard input.")
  var paths: [String] = []

  func validate() throws {
    guard width >= 1 else { throw ValidationError("--width must be at least 1") }
    if let measure, measure < 1 { throw ValidationError("--measure must be at least 1") }
  }

  func run() throws {
    // Every article is parsed below: the rows need only the files' heads.
    let library = Inputs.library(paths, maxSize: sizeLimit.bytes, wholePages: false, web: sizeLimit.web)
    let renderer = PlainTextRenderer(width: min(width, measure ?? width))
    // Articles print in the order named, not library order; a corpus's lines in line order.
    var byFile: [String: [LibraryEntry]] = [:]
    for entry in library.entries {
      if case .corpusLine(let file, _) = entry.ref {
        byFile[file, default: []].append(entry)
      } else {
        byFile[entry.path, default: []].append(entry)
      }
    }
    let files =
      paths.isEmpty
      ? library.entries.map(\.path)
      : paths.flatMap { ArticleRef.isWebAddress($0) ? [$0] : LibraryScanner().expand([$0]).files }
    var seen = Set<String>()
    let entries = files.filter { seen.insert($0).inserted }.flatMap { file in
      (byFile[file] ?? []).sorted { lhs, rhs in
        if case .corpusLine(_, let left) = lhs.ref, case .corpusLine(_, let right) = rhs.ref {
          return left < right
        }
        return false
      }
    }
    let ok =
      format == .jsonl
      ? Inputs.dumpJSONLines(library, entries: entries, maxSize: sizeLimit.bytes)
      : Inputs.dump(
        library, entries: entries, renderer: renderer, markQuotes: quotes, maxSize: sizeLimit.bytes)
    if !ok || !library.errors.isEmpty { throw ExitCode(1) }
    try Inputs.requireArticles(entries.count, paths: paths)
  }
}

/// The output formats of `quoth dump`.
enum DumpFormat: String, ExpressibleByArgument, CaseIterable {
  case text
  case jsonl
}
