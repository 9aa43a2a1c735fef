import Foundation
import QuothModel

// Measures parse + quote extraction throughput over a folder of articles (release builds only
// give meaningful figures): `quoth-bench FOLDER [ROUNDS]`.
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
var quotes = 0
var best = Duration.seconds(1_000_000)
let clock = ContinuousClock()
for _ in 0..<rounds {
  quotes = 0
  let elapsed = clock.measure {
    for (path, text) in texts {
      let article = ArticleParser.parse(path: path, text: text, warnings: [])
      quotes += QuoteExtractor.analyze(article).quotes.count
    }
  }
  best = min(best, elapsed)
}
var parseBest = Duration.seconds(1_000_000)
for _ in 0..<rounds {
  var blocks = 0
  let elapsed = clock.measure {
    for (path, text) in texts {
      blocks += ArticleParser.parse(path: path, text: text, warnings: []).blocks.count
    }
  }
  parseBest = min(parseBest, elapsed)
  if blocks < 0 { print(blocks) }
}
func secondsOf(_ d: Duration) -> Double {
  Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
}
print(
  String(
    format: "parse only: %.3f s, %.1f M chars/s", secondsOf(parseBest),
    Double(characters) / secondsOf(parseBest) / 1e6))
let seconds = Double(best.components.seconds) + Double(best.components.attoseconds) / 1e18
let rate = Double(characters) / seconds
print(
  "\(texts.count) articles, \(characters) characters, \(quotes) quotes; best of \(rounds): "
    + String(format: "%.3f s, %.1f M chars/s", seconds, rate / 1e6))
