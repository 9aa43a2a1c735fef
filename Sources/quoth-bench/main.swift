import Foundation
import QuothModel

// Measures parse + quote extraction throughput over a folder of articles (release builds only
// give meaningful figures): `quoth-bench FOLDER [ROUNDS]`. Both wall-clock and process CPU time
// are reported, so that figures stay comparable when other work shares the cores.
let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
  FileHandle.standardError.write("usage: quoth-bench FOLDER [ROUNDS]\n".data(using: .utf8)!)
  exit(2)
}
let rounds = arguments.count >= 3 ? max(1, Int(arguments[2]) ?? 5) : 5
let files = PathExpander.files(for: [arguments[1]]).files
var texts: [(String, [Unicode.Scalar])] = []
for file in files {
  guard let bytes = try? ArticleLoader.readBytes(path: file) else { continue }
  texts.append((file, TextDecoder.decode(bytes).scalars))
}
let characters = texts.reduce(0) { $0 + $1.1.count }

/// Process CPU time in seconds.
func cpuSeconds() -> Double {
  var t = timespec()
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
  return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

/// The best wall and CPU seconds of `rounds` runs of `body`.
func measure(_ body: () -> Void) -> (wall: Double, cpu: Double) {
  var wall = Double.infinity
  var cpu = Double.infinity
  let clock = ContinuousClock()
  for _ in 0..<rounds {
    let c0 = cpuSeconds()
    let d = clock.measure(body)
    cpu = min(cpu, cpuSeconds() - c0)
    wall = min(wall, Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18)
  }
  return (wall, cpu)
}

var blocks = 0
let parse = measure {
  for (path, text) in texts {
    blocks += ArticleParser.parse(path: path, text: text, warnings: []).blocks.count
  }
}
var quotes = 0
let full = measure {
  quotes = 0
  for (path, text) in texts {
    quotes += QuoteExtractor.analyze(ArticleParser.parse(path: path, text: text, warnings: [])).quotes.count
  }
}
func line(_ name: String, _ m: (wall: Double, cpu: Double)) -> String {
  String(
    format: "%@: wall %.3f s (%.1f M chars/s), cpu %.3f s (%.1f M chars/s)", name, m.wall,
    Double(characters) / m.wall / 1e6, m.cpu, Double(characters) / m.cpu / 1e6)
}
print(
  "\(texts.count) articles, \(characters) characters, \(quotes) quotes, \(blocks / rounds) blocks; best of \(rounds)"
)
print(line("parse only", parse))
print(line("parse + extract", full))
