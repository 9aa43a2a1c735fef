import Foundation
import QuothIO
import QuothModel
import QuothView

// quoth-bench: the figures in the README's Performance section, from a release build:
//
//   swift run -c release quoth-bench [FOLDER] [--library FOLDER] [--rounds N] [--big-mb N]
//                                    [--only extract] [--html FOLDER] [--net [--server SCRIPT]]
//                                    [--corpus FOLDER [--corpus-mb N]]
//
// FOLDER (default: the embedded samples) is read for parse + extract throughput; the library
// scan and the library's first frame read --library (default FOLDER), e.g. 10,000 files. A big
// article of --big-mb megabytes (default 10) is built from its texts for layout, first paint and
// key-to-frame times. Peak memory is the process's maximum resident size. `--only extract` stops
// after the parse + extract figure, to profile that loop alone. `--html FOLDER` times reading every
// saved page below FOLDER (libxml2 parse + Readability extraction, one core) and a built 2 MB page.
// `--net` times fetching 50 feeds x 50 items from the tests' loopback server (SCRIPT, by default
// Tests/QuothNetTests/Server/serve.py from the repository's root) into an empty cache, then
// revalidating them (all 304), and stops there.
// `--corpus FOLDER` streams a JSON Lines corpus of --corpus-mb megabytes (default 100) built from
// FOLDER's articles through the `quoth` binary beside quoth-bench, then the same articles as
// files, and stops there (see CorpusBenchmark).
// A built feed of 50 items is always parsed (well formed, then broken), for FeedParser's speed.

struct Options {
  var folder: String?
  var library: String?
  var rounds = 5
  var bigMegabytes = 10
  var onlyExtract = false
  var html: String?
  var net = false
  var server = "Tests/QuothNetTests/Server/serve.py"
  var corpus: String?
  var corpusMegabytes = 100

  static let usage = """
    usage: quoth-bench [FOLDER] [--library FOLDER] [--rounds N] [--big-mb N] [--only extract]
                       [--html FOLDER] [--net [--server SCRIPT]] [--corpus FOLDER [--corpus-mb N]]
    FOLDER (default: the embedded samples) is read for parse + extract throughput; see the
    README's Performance section for what each figure measures.
    """

  init(_ arguments: [String]) {
    var rest = arguments.dropFirst()
    while let argument = rest.popFirst() {
      switch argument {
      case "--rounds": rounds = max(1, Int(rest.popFirst() ?? "") ?? 5)
      case "--big-mb": bigMegabytes = max(1, Int(rest.popFirst() ?? "") ?? 10)
      case "--only": onlyExtract = rest.popFirst() == "extract"
      case "--library": library = rest.popFirst()
      case "--html": html = rest.popFirst()
      case "--net": net = true
      case "--server": server = rest.popFirst() ?? server
      case "--corpus": corpus = rest.popFirst()
      case "--corpus-mb": corpusMegabytes = max(1, Int(rest.popFirst() ?? "") ?? 100)
      case "-h", "--help":
        print(Self.usage)
        exit(0)
      case let option where option.hasPrefix("-"):
        // An unknown option is a mistake, not a folder: say so rather than start a long run.
        FileHandle.standardError.write(Data("quoth-bench: unknown option \(option)\n\(Self.usage)\n".utf8))
        exit(2)
      default: folder = argument
      }
    }
  }
}

let options = Options(CommandLine.arguments)
let clock = ContinuousClock()

func seconds(_ duration: Duration) -> Double {
  Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

/// The best of `rounds` timings of `body`.
func best(_ rounds: Int, _ body: () -> Void) -> Double {
  (0..<rounds).map { _ in seconds(clock.measure(body)) }.min() ?? 0
}

func report(_ name: String, _ value: String) {
  print(name.padding(toLength: 34, withPad: " ", startingAt: 0) + value)
}

// 0. The network: feeds from the loopback server.
if options.net {
  NetBenchmark.run(script: options.server, rounds: options.rounds, report: report)
  exit(0)
}

// 0. A JSON Lines corpus through the quoth binary.
if let folder = options.corpus {
  let quoth = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    .appendingPathComponent("quoth")
  CorpusBenchmark.run(folder: folder, megabytes: options.corpusMegabytes, quoth: quoth.path, report: report)
  exit(0)
}

// 0. Saved web pages: libxml2 + main-content extraction.
if let folder = options.html {
  let pages = PathExpander.files(for: [folder]).files.filter { $0.hasSuffix(".html") || $0.hasSuffix(".htm") }
    .compactMap { path in (try? ArticleLoader.readBytes(path: path)).map { (path, $0) } }
  var slowest = (path: "", time: 0.0)
  let total = seconds(
    clock.measure {
      for (path, bytes) in pages {
        let time = seconds(
          clock.measure { _ = HTMLParser.parse(path: path, bytes: bytes, encoding: "UTF-8") })
        if time > slowest.time { slowest = (path, time) }
      }
    })
  report(
    "html pages",
    String(format: "%.2f s for %d pages (slowest %.3f s: %@)", total, pages.count, slowest.time, slowest.path)
  )
  var page = "<html><head><title>A big page | Site</title></head><body><nav>"
  for index in 0..<300 { page += "<a href=\"/s\(index)\">Section \(index)</a>" }
  page += "</nav>"
  var number = 0
  while page.utf8.count < 2_000_000 {
    page += "<div class=\"row\"><div class=\"col\">"
    for _ in 0..<20 {
      number += 1
      page +=
        "<p>Paragraph \(number) says that the council, the mayor, and <a href=\"/x\">the residents</a> "
        + "agreed, after long talks, that the bridge could reopen to walkers and cyclists.</p>"
    }
    page +=
      "<ul class=\"related\">" + (0..<10).map { "<li><a href=\"/r\($0)\">Related \($0)</a></li>" }.joined()
      + "</ul></div></div>"
  }
  page += "</body></html>"
  let bytes = Array(page.utf8)
  let bigTime = best(options.rounds) {
    _ = HTMLParser.parse(path: "big.html", bytes: bytes, encoding: "UTF-8")
  }
  report("html 2 MB page", String(format: "%.3f s (%d bytes)", bigTime, bytes.count))
}

// 0b. Feeds: one feed of 50 items with full content, well formed and broken (HTML entities, an
// unclosed tag, so libxml2's XML and HTML parsers both read it), through FeedParser.parse.
do {
  var feed = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\" "
  feed +=
    "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
  feed += "<channel><title>Bench news</title><link>https://example.com/</link>"
  for index in 0..<50 {
    feed += "<item><title>Council &amp; mayor agree on bridge, day \(index)</title>"
    feed += "<link>https://example.com/news/\(index)</link><guid>https://example.com/news/\(index)</guid>"
    feed += "<pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate><dc:creator>Reporter \(index)</dc:creator>"
    feed +=
      "<description>The council and the mayor agreed on the bridge.</description><content:encoded><![CDATA["
    for _ in 0..<12 {
      feed +=
        "<p>\u{201C}We will reopen it,\u{201D} the mayor said, after long talks with <a href=\"/x\">residents</a>.</p>"
    }
    feed += "]]></content:encoded></item>"
  }
  feed += "</channel></rss>"
  let clean = Array(feed.utf8)
  let broken = Array(
    feed.replacingOccurrences(of: "Council &amp;", with: "Council&nbsp;&").replacingOccurrences(
      of: "</title><link>https://example.com/news/7<", with: "<b></title><link>https://example.com/news/7<"
    ).utf8)
  for (name, bytes) in [("feed 50 items", clean), ("feed 50 items, broken XML", broken)] {
    var items = 0
    let time = best(options.rounds * 4) { items = (try? FeedParser.parse(bytes))?.items.count ?? 0 }
    report(name, String(format: "%.2f ms (%d items, %d bytes)", time * 1000, items, bytes.count))
  }
}

// 1. Parse + extract.
var texts: [(path: String, text: [Unicode.Scalar])] = []
if let folder = options.folder {
  for file in PathExpander.files(for: [folder]).files {
    guard let bytes = try? ArticleLoader.readBytes(path: file) else { continue }
    texts.append((file, TextDecoder.decode(bytes).scalars))
  }
} else {
  texts = SampleLibrary.sources.map { ("sample:\($0.name)", Array($0.text.unicodeScalars)) }
}
let characters = texts.reduce(0) { $0 + $1.text.count }
// The quote model's weights are parsed on first use: timed here, before any extraction.
let loadStart = clock.now
let weights = QuoteModel.trained.version
report(
  "weights load", String(format: "%.1f ms", seconds(clock.now - loadStart) * 1000) + " (model \(weights))")
var quoteCount = 0
let extractTime = best(options.rounds) {
  quoteCount = 0
  for (path, text) in texts {
    quoteCount += QuoteExtractor.analyze(ArticleParser.parse(path: path, text: text)).quotes.count
  }
}
report(
  "parse + extract",
  String(
    format: "%.1f M chars/s (%d articles, %d chars, %d quotes, %.3f s)",
    Double(characters) / extractTime / 1e6, texts.count, characters, quoteCount, extractTime))
if options.onlyExtract { exit(0) }

// 2. Library scan, and the interactive library's first frame: placeholder rows from the file
// names, painted before any head is read; then every row read (in the reader, on a background
// thread), put in library order and painted again.
if let folder = options.library ?? options.folder {
  var entries = 0
  let scanTime = best(options.rounds) { entries = LibraryScanner().scan([folder]).entries.count }
  report(
    "library scan",
    String(
      format: "%.3f s for %d files (%.1f µs/file)", scanTime, entries,
      scanTime / Double(max(1, entries)) * 1e6))
  var rows = 0
  var reader: LibraryRowReader?
  var library = ReaderState(entries: [])
  let firstFrame = best(options.rounds) {
    let scanner = LibraryScanner()
    let rowReader = LibraryRowReader(expansion: scanner.expand([folder]), scanner: scanner)
    library = ReaderState(entries: rowReader.placeholders, columns: 80, rows: 24, rowsPending: true)
    _ = ReaderView(state: library).render()
    rows = library.entries.count
    reader = rowReader
  }
  let filled = best(options.rounds) {
    var state = library
    var actions: [Action] = []
    reader?.run(post: { actions.append($0) }, isCancelled: { false })
    for action in actions { state.reduce(action) }
    _ = ReaderView(state: state).render()
  }
  report(
    "library first frame",
    String(format: "%.3f s for %d files; rows read and ordered %.3f s later", firstFrame, rows, filled))
}

// 3. A big article: layout, first paint, keys.
var big: [Unicode.Scalar] = Array("A very long article\n\n".unicodeScalars)
let target = options.bigMegabytes * 1_000_000
while big.count < target {
  for (_, text) in texts where big.count < target {
    big += text
    big += ["\n", "\n"]
  }
}
let bigArticle = ArticleParser.parse(path: "big.txt", text: big, format: .text)
var lineCount = 0
let layoutTime = best(options.rounds) {
  lineCount = ArticleLayout(article: bigArticle, width: 78).lines.count
}
report("layout of \(options.bigMegabytes) MB", String(format: "%.3f s (%d lines)", layoutTime, lineCount))

let bigExtract = best(1) { quoteCount = QuoteExtractor.analyze(bigArticle).quotes.count }
report(
  "extract from \(options.bigMegabytes) MB",
  String(format: "%.3f s (%d quotes, off the UI thread)", bigExtract, quoteCount))

var state = ReaderState(entries: [], hasLibrary: false, columns: 80, rows: 24)
let firstPaint = best(options.rounds) {
  var fresh = ReaderState(entries: [], hasLibrary: false, columns: 80, rows: 24)
  _ = fresh.reduce(.loaded(ArticleParser.parse(path: "big.txt", text: big, format: .text)))
  _ = ReaderView(state: fresh).render()
  state = fresh
}
report(
  "first paint of \(options.bigMegabytes) MB", String(format: "%.3f s (parse, layout, frame)", firstPaint))
state.reduce(.analyzed(.file("big.txt"), QuoteExtractor.analyze(bigArticle)))
for key in [Key.char("/")] + "said".unicodeScalars.map(Key.char) + [.enter] { state.reduce(.key(key)) }
state.reduce(.key(.char("g")))

/// Times `keys` pressed in turn, each followed by a full frame, and reports the median and worst.
@MainActor func keyTimes(_ name: String, _ keys: [Key], columns: Int, rows: Int) {
  var copy = state
  copy.reduce(.resize(columns: columns, rows: rows))
  var times: [Double] = []
  for key in keys {
    let elapsed = clock.measure {
      copy.reduce(.key(key))
      _ = ReaderView(state: copy).render()
    }
    times.append(seconds(elapsed))
  }
  times.sort()
  report(
    "key \(name) at \(columns)x\(rows)",
    String(
      format: "median %.3f ms, p99 %.3f ms, max %.3f ms", times[times.count / 2] * 1e3,
      times[times.count * 99 / 100] * 1e3, times.last! * 1e3))
}
for (columns, rows) in [(80, 24), (200, 60)] {
  keyTimes("j", Array(repeating: .char("j"), count: 2000), columns: columns, rows: rows)
  keyTimes("space", Array(repeating: .char(" "), count: 500), columns: columns, rows: rows)
  keyTimes("n (search next)", Array(repeating: .char("n"), count: 500), columns: columns, rows: rows)
  keyTimes("] (next quote)", Array(repeating: .char("]"), count: 500), columns: columns, rows: rows)
}

// 4. Memory.
var usage = rusage()
getrusage(RUSAGE_SELF.rawValue, &usage)
report("peak memory", String(format: "%.1f MB resident", Double(usage.ru_maxrss) / 1024))
