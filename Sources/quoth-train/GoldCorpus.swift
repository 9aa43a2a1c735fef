import Foundation
import QuothModel

/// One article of a PolNeAR-style corpus with its annotated attributions, read the way the
/// project's scorer (`score_quotes.py`) reads them: the first annotator's file by name, content
/// and source spans as sets of code point offsets into the file.
struct GoldArticle {
  /// One annotated attribution.
  struct Item {
    var content: Set<Int>
    var source: Set<Int>
    var sourceWords: Set<String>
    /// Whether the content holds a double quotation mark (a direct or mixed quote).
    var quoted: Bool
  }

  var path: String
  var items: [Item]

  /// Reads `text/NAME.txt` and the first `attributions/NAME_*.ann`; `nil` when there is none.
  static func load(folder: String, name: String) -> GoldArticle? {
    let fm = FileManager.default
    let annFolder = folder + "/attributions"
    let anns = ((try? fm.contentsOfDirectory(atPath: annFolder)) ?? [])
      .filter { $0.hasPrefix(name + "_") && $0.hasSuffix(".ann") }.sorted()
    let path = folder + "/text/" + name + ".txt"
    guard let first = anns.first, let text = try? String(contentsOfFile: path, encoding: .utf8),
      let ann = try? String(contentsOfFile: annFolder + "/" + first, encoding: .utf8)
    else { return nil }
    let scalars = Array(text.unicodeScalars)
    var spans: [String: [(Int, Int)]] = [:]
    let lines = ann.split(separator: "\n", omittingEmptySubsequences: false)
    for line in lines where line.hasPrefix("T") {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count >= 2, let space = fields[1].firstIndex(of: " ") else { continue }
      var parts: [(Int, Int)] = []
      for piece in fields[1][fields[1].index(after: space)...].split(separator: ";") {
        let n = piece.split(separator: " ").compactMap { Int($0) }
        if n.count == 2 { parts.append((n[0], n[1])) }
      }
      spans[String(fields[0])] = parts
    }
    var items: [Item] = []
    for line in lines where line.hasPrefix("E") {
      let fields = line.split(separator: "\t")
      guard fields.count >= 2 else { continue }
      var content = Set<Int>()
      var source = Set<Int>()
      for arg in fields[1].split(separator: " ") {
        guard let colon = arg.firstIndex(of: ":") else { continue }
        let role = String(arg[..<colon]).trimmingCharacters(in: .decimalDigits)
        let id = String(arg[arg.index(after: colon)...])
        for (a, b) in spans[id] ?? [] where a < b {
          if role == "Content" { content.formUnion(a..<b) }
          if role == "Source" { source.formUnion(a..<b) }
        }
      }
      guard !content.isEmpty else { continue }
      let contentText = String(
        String.UnicodeScalarView(content.sorted().compactMap { $0 < scalars.count ? scalars[$0] : nil }))
      let quoted = ["\"", "\u{201C}", "\u{201D}", "``", "''"].contains { contentText.contains($0) }
      var sourceText = ""
      for i in source.sorted() where i < scalars.count {
        if !source.contains(i - 1) { sourceText += " " }
        sourceText.unicodeScalars.append(scalars[i])
      }
      items.append(
        Item(content: content, source: source, sourceWords: Scoring.words(sourceText), quoted: quoted))
    }
    return GoldArticle(path: path, items: items)
  }
}

/// The scorer's matching, rebuilt in Swift so that candidates can be labelled for training.
enum Scoring {
  /// The scorer's summary figures.
  struct Figures {
    var quoted: Double
    var all: Double
    var attributed: Double
    var speaker: Double
    /// What the thresholds are chosen by: quoted, all and attributed F1 together.
    var sum: Double { quoted + all + attributed }
  }

  static func f1(_ tp: Int, _ predicted: Int, _ goldTP: Int, _ gold: Int) -> Double {
    let p = predicted > 0 ? Double(tp) / Double(predicted) : 0
    let r = gold > 0 ? Double(goldTP) / Double(gold) : 0
    return p + r > 0 ? 2 * p * r / (p + r) : 0
  }

  /// The scorer's speaker test: the mention (file offsets) overlaps the source, or the speaker's
  /// name shares a word with it.
  static func speakerRight(_ item: GoldArticle.Item, mention: TextSpan?, speaker: String?) -> Bool {
    if let m = mention, (m.start..<m.end).contains(where: { item.source.contains($0) }) { return true }
    return !words(speaker).isDisjoint(with: item.sourceWords)
  }

  /// The scorer's figures for `analyses` of `articles` against `golds`, as `score_quotes.py`
  /// computes them.
  static func figures(_ articles: [Article], _ analyses: [QuoteAnalysis], _ golds: [GoldArticle]) -> Figures {
    var (pred, predQ, tpPred, tpPredQ, gold, goldQ, tpGold, tpGoldQ) = (0, 0, 0, 0, 0, 0, 0, 0)
    var (speakers, speakersRight, attributed) = (0, 0, 0)
    for (i, article) in articles.enumerated() {
      let analysis = analyses[i]
      let items = golds[i].items
      let spans = analysis.quotes.map { q -> Set<Int> in
        let s = article.fileSpan(q.span)
        return Set(s.start..<s.end)
      }
      let matches = match(spans, items)
      let matchedGold = Set(matches.compactMap { $0 })
      pred += spans.count
      gold += items.count
      tpPred += matchedGold.count
      tpGold += matchedGold.count
      goldQ += items.filter(\.quoted).count
      tpGoldQ += matchedGold.filter { items[$0].quoted }.count
      for (p, q) in analysis.quotes.enumerated() {
        let quoted = q.kind != .indirect
        if quoted {
          predQ += 1
          tpPredQ += matches[p] != nil ? 1 : 0
        }
        guard let g = matches[p] else { continue }
        let item = items[g]
        guard !item.source.isEmpty else {
          attributed += item.quoted && quoted ? 1 : 0
          continue
        }
        speakers += 1
        let right = speakerRight(
          item, mention: q.mention.map(article.fileSpan),
          speaker: q.speaker.map { analysis.speakers[$0].name })
        speakersRight += right ? 1 : 0
        attributed += right && item.quoted && quoted ? 1 : 0
      }
    }
    return Figures(
      quoted: f1(tpPredQ, predQ, tpGoldQ, goldQ), all: f1(tpPred, pred, tpGold, gold),
      attributed: f1(attributed, predQ, attributed, goldQ),
      speaker: speakers > 0 ? Double(speakersRight) / Double(speakers) : 0)
  }

  static let stop: Set<String> = [
    "the", "a", "an", "of", "and", "mr", "mrs", "ms", "dr", "his", "her", "their", "its",
  ]

  /// The scorer's `words`: runs of `[a-z][a-z'-]+`, lower-cased, without stop words.
  static func words(_ s: String?) -> Set<String> {
    guard let s else { return [] }
    var out = Set<String>()
    var current = String.UnicodeScalarView()
    func flush() {
      if current.count > 1 {
        let w = String(current)
        if !stop.contains(w) { out.insert(w) }
      }
      current = String.UnicodeScalarView()
    }
    for scalar in s.lowercased().unicodeScalars {
      let isLetter = scalar.value >= 0x61 && scalar.value <= 0x7A
      if isLetter || (!current.isEmpty && (scalar == "'" || scalar == "-")) {
        current.append(scalar)
      } else {
        flush()
      }
    }
    flush()
    return out
  }

  static func dice(_ a: Set<Int>, _ b: Set<Int>) -> Double {
    guard !a.isEmpty, !b.isEmpty else { return 0 }
    return 2 * Double(a.intersection(b).count) / Double(a.count + b.count)
  }

  /// For each prediction: the index of the gold item it matches (Dice >= 0.5, one to one, best
  /// overlap first), or `nil`.
  static func match(_ predicted: [Set<Int>], _ gold: [GoldArticle.Item]) -> [Int?] {
    var pairs: [(Double, Int, Int)] = []
    for (p, pc) in predicted.enumerated() {
      for (g, item) in gold.enumerated() {
        let d = dice(pc, item.content)
        if d >= 0.5 { pairs.append((d, p, g)) }
      }
    }
    pairs.sort { ($0.0, $0.1, $0.2) > ($1.0, $1.1, $1.2) }
    var result = [Int?](repeating: nil, count: predicted.count)
    var usedGold = Set<Int>()
    for (_, p, g) in pairs where result[p] == nil && !usedGold.contains(g) {
      result[p] = g
      usedGold.insert(g)
    }
    return result
  }
}
