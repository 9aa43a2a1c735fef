import Foundation
import QuothIO
import QuothModel

/// The arguments of `quoth quotes` and `quoth speakers` read without argument-parser, when every
/// one is plain: a path (or `-`) or one of the command's options spelled out in full, each at most
/// once, with a value argument-parser would take (`--format jsonl`, `--max-size 64M`, `--offline`,
/// and for `speakers` `--library` and `--no-cache`).
///
/// argument-parser builds every command's argument sets by reflection before it reads one
/// argument: about 20 M instructions (3 ms) of a `quoth quotes` run, spent before any file is
/// read. Anything else (help, `--format=jsonl`, an unknown or repeated option, a bad value, `--`,
/// `help`) gets `nil` and goes to argument-parser, which answers or reports as it always does.
/// `QUOTH_ARGUMENT_PARSER=1` sends every run there (the end-to-end tests compare the two).
struct QuoteArguments {
  /// Which command: `quotes` or `speakers`.
  var subject: QuoteReport.Subject
  var format = QuoteExport.Format.text
  /// `--max-size`, as given (argument-parser's default when absent).
  var maxSizeText = "64M"
  var offline = false
  var library = false
  var noCache = false
  var paths: [String] = []

  /// The arguments after the program name; `nil` unless all of them are plain.
  init?(_ arguments: [String]) {
    guard let command = arguments.first, getenv("QUOTH_ARGUMENT_PARSER") == nil else { return nil }
    switch command {
    case "quotes": subject = .quotes
    case "speakers": subject = .speakers
    default: return nil
    }
    // The options seen so far: an array, as a Set<String>'s first use builds its type's metadata
    // (0.4 M instructions, more than this whole reading).
    var seen: [String] = []
    var index = 1
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      guard argument.hasPrefix("-") && argument != "-" else {
        // A path; `help` is left to argument-parser, which may read it as a request for help.
        guard argument != "help" else { return nil }
        paths.append(argument)
        continue
      }
      guard !seen.contains(argument) else { return nil }
      seen.append(argument)
      switch argument {
      case "--offline": offline = true
      case "--library" where subject == .speakers: library = true
      case "--no-cache" where subject == .speakers: noCache = true
      case "--format":
        guard index < arguments.count, let format = QuoteExport.Format(rawValue: arguments[index]) else {
          return nil
        }
        self.format = format
        index += 1
      case "--max-size":
        guard index < arguments.count, SizeLimit.parse(arguments[index]) != nil else { return nil }
        maxSizeText = arguments[index]
        index += 1
      default: return nil
      }
    }
  }

  /// Runs the command as ``QuotesCommand`` or ``SpeakersCommand`` would with these arguments.
  func run() throws {
    if subject == .speakers && (library || noCache) {
      try LibrarySpeakers.run(format: format, paths: paths, noCache: noCache, library: library)
      return
    }
    let bytes = SizeLimit.parse(maxSizeText) ?? ArticleLoader.defaultMaxSize
    try QuoteCommandRunner.run(
      subject: subject, format: format, paths: paths, maxSize: bytes,
      web: SizeLimit.web(bytes: bytes, offline: offline))
  }
}
