import Foundation
import QuothIO
import QuothModel

// quoth-train: rebuilds the quote model from a PolNeAR-style train split.
//
//   quoth-train [--out FILE] [--cv-pred FILE] [--folds K] TRAIN_FOLDER
//
// 1. Runs the rules over every article (no model) and labels each candidate quote by the
//    scorer's matching against the first annotator's attributions.
// 2. K-fold cross-validation by file (file i in fold i mod K, files sorted by name): a logistic
//    regression is trained on K-1 folds and scores the held-out fold; the drop thresholds are
//    chosen on these held-out scores only, at the best grid point or in the middle of the best
//    plateau (``ThresholdChoice``), whichever does better when chosen on K-1 folds' scores and
//    counted on the K-th's.
// 3. Trains on every file and writes the weights as Swift source (feature names, never text).
// 4. The same for the source model, which chooses between a quote's rule mention and the subject
//    of its sentence where exactly one of them names the annotated source; its threshold is the
//    one that gains the most right speakers on the held-out folds (chosen the same two ways, the
//    better kept). Its weights go to
//    QuoteSourceWeights.swift (with --out W.swift, to W-source.swift).
// 5. Before both, the content-span model, which may cut a mixed or indirect candidate short at a
//    comma, dash, conjunction or sentence end (``SpanCut``): trained on cuts labelled by whether
//    the piece left overlaps the annotated content better than the whole, its threshold chosen
//    by the scorer's figures for the rules alone on the held-out folds. The other models learn
//    from candidates cut by the held-out cut model. Its weights go to QuoteCutWeights.swift
//    (with --out W.swift, to W-cut.swift).
// With --cv-pred, the held-out predictions go to FILE as `quoth quotes --format jsonl` would print
// them, for the project's scorer; with --rules-pred, those of the rules without the model.

struct Candidate {
  var features: [String]
  var kind: Quote.Kind
  /// Found by no pattern (``QuoteRule/uncued``), with a threshold of its own.
  var uncued: Bool
  /// A sentence that is only a quotation, which the model never drops.
  var alwaysKept: Bool
  var file: Int
  var matched: Bool
  /// Matched to a quoted gold attribution with the right speaker (or none to find).
  var attributed: Bool
  /// Matched to a gold attribution with a source, which the scorer's speaker figure counts.
  var sourced: Bool
  /// Sourced, with the right speaker.
  var speakerRight: Bool
}

var arguments = Array(CommandLine.arguments.dropFirst())
@MainActor func option(_ name: String) -> String? {
  guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count else { return nil }
  let value = arguments[i + 1]
  arguments.removeSubrange(i...(i + 1))
  return value
}
let givenOut = option("--out")
let out = givenOut ?? "Sources/QuothModel/Quotes/QuoteModelWeights.swift"
// The source model's weights go beside the candidate model's: `W.swift` and `W-source.swift`.
let sourceOut =
  givenOut.map { ($0.hasSuffix(".swift") ? String($0.dropLast(6)) : $0) + "-source.swift" }
  ?? "Sources/QuothModel/Quotes/QuoteSourceWeights.swift"
let cutOut =
  givenOut.map { ($0.hasSuffix(".swift") ? String($0.dropLast(6)) : $0) + "-cut.swift" }
  ?? "Sources/QuothModel/Quotes/QuoteCutWeights.swift"
let cvPred = option("--cv-pred")
let rulesPred = option("--rules-pred")
let folds = Int(option("--folds") ?? "5") ?? 5
let usage = "usage: quoth-train [--out FILE] [--cv-pred FILE] [--rules-pred FILE] [--folds K] TRAIN\n"
if arguments.contains("--help") || arguments.contains("-h") {
  print(usage, terminator: "")
  exit(0)
}
guard let folder = arguments.first, !folder.hasPrefix("-"), arguments.count == 1 else {
  FileHandle.standardError.write(Data(usage.utf8))
  exit(2)
}

let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder + "/text")) ?? [])
  .filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
/// A choice between a quote's rule mention and its sentence's subject where exactly one of them
/// is right: the source model's training rows.
struct Choice {
  var features: [String]
  var file: Int
  /// The alternative (the sentence's subject) is the right one.
  var alternative: Bool
}

func table(_ weights: [String: Double]) -> String {
  weights.filter {
    abs($0.value) >= 0.0005 && !$0.key.contains("\n") && !$0.key.contains("\"") && !$0.key.contains("\\")
  }
  .sorted { $0.key < $1.key }
  .map { String(format: "%@\t%.4f", $0.key, $0.value) }.joined(separator: "\n")
}

/// One way to cut a mixed or indirect candidate (``CutChoice``): the content-span model's rows.
struct Cut {
  var features: [String]
  var file: Int
  /// The piece left overlaps the best-matching annotated content more than the whole did.
  var better: Bool
}

var articles: [Article] = []
var choices: [Choice] = []
var golds: [GoldArticle] = []
var candidates: [Candidate] = []
var cutRows: [Cut] = []
var goldQuoted = 0
var goldAll = 0
/// Gold attributions, quoted and all, per file: for figures over some folds only.
var fileGold: [(quoted: Int, all: Int)] = []
for name in names {
  guard let gold = GoldArticle.load(folder: folder, name: name),
    let article = try? ArticleLoader.load(path: gold.path)
  else { continue }
  let file = articles.count
  articles.append(article)
  golds.append(gold)
  goldAll += gold.items.count
  goldQuoted += gold.items.filter(\.quoted).count
  fileGold.append((gold.items.filter(\.quoted).count, gold.items.count))
  // A cut is labelled by the Dice overlap of the piece it leaves and of the whole with the
  // annotated content each overlaps best: better or worse by more than 0.05, where either
  // reaches 0.3; cuts that change little, or touch no annotation, teach nothing.
  func bestDice(_ span: TextSpan) -> Double {
    let s = article.fileSpan(span)
    let set = Set(s.start..<s.end)
    return gold.items.map { Scoring.dice(set, $0.content) }.max() ?? 0
  }
  for choice in QuoteExtractor.cutChoices(article) {
    let whole = bestDice(choice.span)
    for option in choice.options {
      let piece = bestDice(option.span)
      guard max(piece, whole) >= 0.3, abs(piece - whole) > 0.05 else { continue }
      cutRows.append(Cut(features: option.features, file: file, better: piece > whole))
    }
  }
}
guard !articles.isEmpty else {
  // Never overwrite the shipped weights with a model learned from nothing.
  FileHandle.standardError.write(
    Data("quoth-train: \(folder): no annotated articles (text/*.txt with attributions/*.ann)\n".utf8))
  exit(1)
}
print(
  "\(articles.count) articles, \(goldAll) gold (\(goldQuoted) quoted); \(cutRows.count) cuts that move the overlap (\(cutRows.filter(\.better).count) closer)"
)

// The content-span model first: every later stage sees the spans it leaves. Its held-out
// weights by the same folds; its threshold is the one whose cuts give the rules alone the best
// figures on the held-out folds, or none when no cut helps. Five passes at 0.1 and features seen
// in at least three cuts: with every feature the table held 26,629 weights (most of them word
// pairs seen once) for the same held-out figures as its 4,840; three passes at 0.05, ten at
// 0.05 or five at 0.2 moved no figure by more than 0.001.
let cutEpochs = 5
let cutRate = 0.1
let cutMinCount = 3
var cutFoldTables: [String] = []
for k in 0..<folds {
  let rows = cutRows.filter { $0.file % folds != k }
  cutFoldTables.append(
    table(
      train(rows.map(\.features), rows.map(\.better), epochs: cutEpochs, rate: cutRate, minCount: cutMinCount)
    ))
}
@MainActor func cutModels(_ threshold: Double) -> [QuoteModel] {
  cutFoldTables.map {
    QuoteModel(table: $0, quotedThreshold: threshold, indirectThreshold: 1, version: "cv")
  }
}
@MainActor func rulesFigures(cut threshold: Double?) -> Scoring.Figures {
  let models = threshold.map(cutModels)
  let analyses = articles.enumerated().map { file, article in
    QuoteExtractor.analyze(
      article,
      attributor: StandardAttributor(model: nil, source: nil, cut: models.map { $0[file % folds] }))
  }
  return Scoring.figures(articles, analyses, golds)
}
let uncut = rulesFigures(cut: nil)
var cutThreshold = 2.0
var cutBest = uncut
for t in stride(from: 0.4, through: 0.701, by: 0.05) {
  let f = rulesFigures(cut: t)
  if f.sum > cutBest.sum + 1e-9 {
    cutBest = f
    cutThreshold = t
  }
}
print(
  String(
    format:
      "held-out cuts, rules alone: none: quoted %.3f all %.3f attributed %.3f; threshold %.2f: quoted %.3f all %.3f attributed %.3f",
    uncut.quoted, uncut.all, uncut.attributed, cutThreshold, cutBest.quoted, cutBest.all, cutBest.attributed))
let heldOutCuts = cutModels(cutThreshold)

for (file, article) in articles.enumerated() {
  let gold = golds[file]
  let (analysis, features, sourceChoices) = QuoteExtractor.candidates(article, cut: heldOutCuts[file % folds])
  let spans = analysis.quotes.map { q -> Set<Int> in
    let s = article.fileSpan(q.span)
    return Set(s.start..<s.end)
  }
  let matches = Scoring.match(spans, gold.items)
  for (i, q) in analysis.quotes.enumerated() {
    var (attributed, sourced, speakerRight) = (false, false, false)
    if let g = matches[i] {
      let item = gold.items[g]
      sourced = !item.source.isEmpty
      speakerRight =
        sourced
        && Scoring.speakerRight(
          item, mention: q.mention.map(article.fileSpan),
          speaker: q.speaker.map { analysis.speakers[$0].name })
      attributed = item.quoted && q.kind != .indirect && (!sourced || speakerRight)
    }
    candidates.append(
      Candidate(
        features: features[i], kind: q.kind, uncued: q.rule == .uncued,
        alwaysKept: q.rule?.isWholeSentence ?? false, file: file,
        matched: matches[i] != nil, attributed: attributed, sourced: sourced, speakerRight: speakerRight))
  }
  func right(_ item: GoldArticle.Item, _ mention: TextSpan?, _ speaker: String?) -> Bool {
    Scoring.speakerRight(item, mention: mention.map(article.fileSpan), speaker: speaker)
  }
  for choice in sourceChoices {
    let q = analysis.quotes[choice.quote]
    guard let g = matches[choice.quote], !gold.items[g].source.isEmpty else { continue }
    let ruleRight = right(gold.items[g], q.mention, q.speaker.map { analysis.speakers[$0].name })
    let alternativeRight = right(gold.items[g], choice.mention, choice.speaker)
    guard ruleRight != alternativeRight else { continue }
    choices.append(Choice(features: choice.features, file: file, alternative: alternativeRight))
  }
}
print("\(candidates.count) candidates")
print(
  "\(choices.count) speaker choices where one reading is right (the sentence's subject in \(choices.filter(\.alternative).count))"
)

/// Logistic regression by AdaGrad over the candidates in `indices`, in a fixed order: the same
/// data gives the same weights.
///
/// Three passes at rate 0.05 rather than thirty at 0.2: stopping early is what keeps the weights
/// general. On the train folds the held-out AUC rose from 0.801 to 0.831 for uncued quotations
/// and from 0.807 to 0.845 for cued ones, and attributed F1 from 0.848 to 0.855; more passes or
/// a faster rate fell back towards the thirty-pass figures, and the L2 term barely moved them.
@MainActor func train(_ indices: [Int]) -> [String: Double] {
  train(
    indices.map { candidates[$0].features }, indices.map { candidates[$0].matched }, epochs: 3, rate: 0.05)
}

/// Logistic regression by AdaGrad over feature rows with their labels, in a fixed order.
func train(
  _ examples: [[String]], _ labels: [Bool], epochs: Int = 30, rate: Double = 0.2, l2: Double = 1e-4,
  minCount: Int = 1
)
  -> [String: Double]
{
  var counts: [String: Int] = [:]
  if minCount > 1 { for features in examples { for f in features { counts[f, default: 0] += 1 } } }
  var vocabulary: [String: Int] = [:]
  var rows: [[Int]] = []
  rows.reserveCapacity(examples.count)
  for features in examples {
    rows.append(
      features.compactMap { f in
        if let k = vocabulary[f] { return k }
        if minCount > 1 && counts[f, default: 0] < minCount { return nil }
        vocabulary[f] = vocabulary.count
        return vocabulary.count - 1
      })
  }
  var w = [Double](repeating: 0, count: vocabulary.count)
  var g2 = [Double](repeating: 1e-8, count: vocabulary.count)
  // A fixed permutation (a linear congruential generator), so that runs are reproducible.
  var order = Array(0..<rows.count)
  var state: UInt64 = 0x5155_4F54
  for i in stride(from: order.count - 1, to: 0, by: -1) {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    order.swapAt(i, Int(state >> 33) % (i + 1))
  }
  for _ in 0..<epochs {
    for r in order {
      let row = rows[r]
      var z = 0.0
      for k in row { z += w[k] }
      let p = 1 / (1 + exp(-z))
      let y = labels[r] ? 1.0 : 0.0
      let g = p - y
      for k in row {
        let grad = g + l2 * w[k]
        g2[k] += grad * grad
        w[k] -= rate * grad / g2[k].squareRoot()
      }
    }
  }
  var weights: [String: Double] = [:]
  for (f, k) in vocabulary { weights[f] = w[k] }
  return weights
}

func probability(_ c: Candidate, _ weights: [String: Double]) -> Double {
  probability(c.features, weights)
}

func probability(_ features: [String], _ weights: [String: Double]) -> Double {
  var z = 0.0
  for f in features { z += weights[f] ?? 0 }
  return 1 / (1 + exp(-z))
}

// Held-out scores.
var heldOut = [Double](repeating: 0, count: candidates.count)
var foldWeights: [[String: Double]] = []
for k in 0..<folds {
  let trainSet = candidates.indices.filter { candidates[$0].file % folds != k }
  let weights = train(trainSet)
  foldWeights.append(weights)
  for i in candidates.indices where candidates[i].file % folds == k {
    heldOut[i] = probability(candidates[i], weights)
  }
}

// The source model: held-out scores by the same folds, and the threshold that gains the most
// right speakers net (alternatives taken where right, less those taken where wrong).
// Ten epochs, not thirty: about a thousand rows, and fewer passes held out better (48 more right
// speakers net against 43).
let sourceEpochs = 10
var sourceHeldOut = [Double](repeating: 0, count: choices.count)
var sourceFoldWeights: [[String: Double]] = []
for k in 0..<folds {
  let rows = choices.filter { $0.file % folds != k }
  let weights = train(rows.map(\.features), rows.map(\.alternative), epochs: sourceEpochs)
  sourceFoldWeights.append(weights)
  for i in choices.indices where choices[i].file % folds == k {
    sourceHeldOut[i] = probability(choices[i].features, weights)
  }
}
/// Right speakers gained net over the files `inFolds` accepts when alternatives scoring `t` or
/// more are taken.
@MainActor func sourceGain(_ t: Double, files inFolds: (Int) -> Bool = { _ in true }) -> Int {
  var gain = 0
  for (i, c) in choices.enumerated() where inFolds(c.file) && sourceHeldOut[i] >= t {
    gain += c.alternative ? 1 : -1
  }
  return gain
}
let sourceGrid = stride(from: 0.98, through: 0.3, by: -0.02).map { $0 }
/// The highest threshold with the most gain (`smoothed`: the most mean gain over it and two
/// grid points on either side), or 1 (never) when nothing gains.
@MainActor func chooseSource(smoothed: Bool, files inFolds: (Int) -> Bool = { _ in true }) -> Double {
  let gains = sourceGrid.map { Double(sourceGain($0, files: inFolds)) }
  let j = ThresholdChoice.index(gains, reach: smoothed ? 2 : 0, floor: 0) { gains[$0] > 0 }
  return j.map { sourceGrid[$0] } ?? 1
}
var nestedSource: [Bool: Int] = [:]
for smoothed in [false, true] {
  nestedSource[smoothed] = (0..<folds).map { k in
    sourceGain(chooseSource(smoothed: smoothed) { $0 % folds != k }) { $0 % folds == k }
  }.reduce(0, +)
}
print(
  String(
    format:
      "source thresholds chosen on the other folds: best point %d, smoothed %d more right speakers net "
      + "(on all folds: %.2f, %.2f)",
    nestedSource[false] ?? 0, nestedSource[true] ?? 0, chooseSource(smoothed: false),
    chooseSource(smoothed: true)))
let sourceThreshold = chooseSource(smoothed: (nestedSource[true] ?? 0) > (nestedSource[false] ?? 0))
let sourceGainChosen = sourceGain(sourceThreshold)
print(
  String(
    format: "held-out source choice: threshold %.2f, %d more right speakers net", sourceThreshold,
    sourceGainChosen))

/// The area under the ROC curve of `scores` for `labels`: the chance that a right candidate
/// scores above a wrong one (ties count half). A figure of ranking that no threshold moves.
func auc(_ scores: [Double], _ labels: [Bool]) -> Double {
  let order = scores.indices.sorted { scores[$0] < scores[$1] }
  var rankSum = 0.0
  var i = 0
  while i < order.count {
    var j = i
    while j + 1 < order.count && scores[order[j + 1]] == scores[order[i]] { j += 1 }
    let rank = Double(i + j) / 2 + 1
    for k in i...j where labels[order[k]] { rankSum += rank }
    i = j + 1
  }
  let positives = Double(labels.filter { $0 }.count)
  let negatives = Double(labels.count) - positives
  guard positives > 0, negatives > 0 else { return 0.5 }
  return (rankSum - positives * (positives + 1) / 2) / (positives * negatives)
}
let uncuedIndices = candidates.indices.filter { candidates[$0].uncued }
let cuedQuoted = candidates.indices.filter { !candidates[$0].uncued && candidates[$0].kind != .indirect }
print(
  String(
    format: "held-out AUC: uncued %.3f (%d), cued quotations %.3f (%d)",
    auc(uncuedIndices.map { heldOut[$0] }, uncuedIndices.map { candidates[$0].matched }), uncuedIndices.count,
    auc(cuedQuoted.map { heldOut[$0] }, cuedQuoted.map { candidates[$0].matched }), cuedQuoted.count))

func f1(_ tp: Int, _ predicted: Int, _ goldTP: Int, _ gold: Int) -> Double {
  let p = predicted > 0 ? Double(tp) / Double(predicted) : 0
  let r = gold > 0 ? Double(goldTP) / Double(gold) : 0
  return p + r > 0 ? 2 * p * r / (p + r) : 0
}

/// What the scorer counts (approximately: matching is not redone) over some files.
struct Counts {
  var predQ = 0
  var tpQ = 0
  var pred = 0
  var tp = 0
  var attr = 0
  var goldQ = 0
  var goldAll = 0
  var sourced = 0
  var speakerRight = 0

  static func + (a: Counts, b: Counts) -> Counts {
    Counts(
      predQ: a.predQ + b.predQ, tpQ: a.tpQ + b.tpQ, pred: a.pred + b.pred, tp: a.tp + b.tp,
      attr: a.attr + b.attr, goldQ: a.goldQ + b.goldQ, goldAll: a.goldAll + b.goldAll,
      sourced: a.sourced + b.sourced, speakerRight: a.speakerRight + b.speakerRight)
  }

  /// Quoted recall counts gold quoted attributions matched by any prediction; matched quoted
  /// predictions stand in for them.
  var figures: (quoted: Double, all: Double, attributed: Double, speaker: Double) {
    (
      f1(tpQ, predQ, tpQ, goldQ), f1(tp, pred, tp, goldAll), f1(attr, predQ, attr, goldQ),
      sourced > 0 ? Double(speakerRight) / Double(sourced) : 0
    )
  }
}

/// The counts over the files `inFolds` accepts when candidates below the thresholds are dropped.
@MainActor func counts(_ t: Thresholds, files inFolds: (Int) -> Bool = { _ in true }) -> Counts {
  var n = Counts()
  for (i, c) in candidates.enumerated()
  where inFolds(c.file)
    && (c.alwaysKept || heldOut[i] >= (c.kind == .indirect ? t.indirect : c.uncued ? t.uncued : t.quoted))
  {
    n.pred += 1
    n.tp += c.matched ? 1 : 0
    n.sourced += c.sourced ? 1 : 0
    n.speakerRight += c.speakerRight ? 1 : 0
    if c.kind != .indirect {
      n.predQ += 1
      n.tpQ += c.matched ? 1 : 0
      n.attr += c.attributed ? 1 : 0
    }
  }
  for (file, gold) in fileGold.enumerated() where inFolds(file) {
    n.goldQ += gold.quoted
    n.goldAll += gold.all
  }
  return n
}

struct Thresholds {
  var quoted: Double
  var uncued: Double
  var indirect: Double
}

let grid = stride(from: 0.0, through: 0.9, by: 0.02).map { $0 }
let base = counts(Thresholds(quoted: 0, uncued: 0, indirect: 0)).figures
print(
  String(
    format: "held-out, nothing dropped: quoted %.3f all %.3f attributed %.3f speaker %.4f", base.0, base.1,
    base.2, base.3))

/// The grid threshold giving the highest `score` (``ThresholdChoice``; `smoothed`, over each
/// point and two on either side), the lowest on ties.
func best(smoothed: Bool, _ score: (Double) -> Double) -> Double {
  grid[ThresholdChoice.index(grid.map(score), reach: smoothed ? 2 : 0) ?? 0]
}

/// What thresholds are chosen by: the four figures the scorer's bars are set on (quoted, all,
/// attributed F1 and the share of right speakers), added up. The speaker share keeps an
/// uncued threshold from taking in quotations whose speakers are mostly wrong.
func objective(_ f: (quoted: Double, all: Double, attributed: Double, speaker: Double)) -> Double {
  f.quoted + f.attributed + f.all + f.speaker
}

/// The thresholds chosen on the held-out scores of the files `inFolds` accepts: cued quotations
/// first, with uncued ones all dropped; then the uncued threshold; then indirect (by all F1 and
/// speakers, the figures indirect reports count in).
@MainActor func choose(smoothed: Bool, files inFolds: (Int) -> Bool = { _ in true }) -> Thresholds {
  func sum(_ t: Thresholds) -> Double { objective(counts(t, files: inFolds).figures) }
  let q = best(smoothed: smoothed) { sum(Thresholds(quoted: $0, uncued: 2, indirect: 0)) }
  let u = best(smoothed: smoothed) { sum(Thresholds(quoted: q, uncued: $0, indirect: 0)) }
  let i = best(smoothed: smoothed) {
    let f = counts(Thresholds(quoted: q, uncued: u, indirect: $0), files: inFolds).figures
    return f.all + f.speaker
  }
  return Thresholds(quoted: q, uncued: u, indirect: i)
}

// How each way of choosing does on files it did not choose on: thresholds chosen on four folds'
// held-out scores, counted on the fifth's.
var nested: [Bool: Double] = [:]
for smoothed in [false, true] {
  var total = Counts()
  for k in 0..<folds {
    let t = choose(smoothed: smoothed) { $0 % folds != k }
    total = total + counts(t) { $0 % folds == k }
  }
  let f = total.figures
  nested[smoothed] = objective(f)
  let figures = String(
    format: "quoted %.4f all %.4f attributed %.4f speaker %.4f", f.quoted, f.all, f.attributed, f.speaker)
  print("thresholds chosen on the other folds (\(smoothed ? "smoothed" : "best point")): \(figures)")
}
let chosenThresholds = choose(smoothed: (nested[true] ?? 0) > (nested[false] ?? 0))
let (bestQ, bestU, bestI) = (chosenThresholds.quoted, chosenThresholds.uncued, chosenThresholds.indirect)
let chosen = counts(chosenThresholds).figures
print(
  String(
    format:
      "held-out, thresholds quoted %.2f uncued %.2f indirect %.2f: quoted %.3f all %.3f attributed %.3f speaker %.4f",
    bestQ, bestU, bestI, chosen.0, chosen.1, chosen.2, chosen.3))

if let cvPred {
  var lines = ""
  for (file, article) in articles.enumerated() {
    let model = QuoteModel(
      table: table(foldWeights[file % folds]), quotedThreshold: bestQ, indirectThreshold: bestI,
      uncuedThreshold: bestU, version: "cv")
    let source = QuoteModel(
      table: table(sourceFoldWeights[file % folds]), quotedThreshold: sourceThreshold, indirectThreshold: 1,
      version: "cv")
    let analysis = QuoteExtractor.analyze(
      article, attributor: StandardAttributor(model: model, source: source, cut: heldOutCuts[file % folds]))
    lines += QuoteExport.jsonObject(article, analysis) + "\n"
  }
  try lines.write(toFile: cvPred, atomically: true, encoding: .utf8)
  print("held-out predictions written to \(cvPred)")
}

if let rulesPred {
  let rules = StandardAttributor(model: nil, source: nil, cut: nil)
  let lines = articles.map {
    QuoteExport.jsonObject($0, QuoteExtractor.analyze($0, attributor: rules)) + "\n"
  }
  try lines.joined().write(toFile: rulesPred, atomically: true, encoding: .utf8)
  print("predictions of the rules alone written to \(rulesPred)")
}

/// Writes `weights` as Swift source: an enum `name` with the model's version (the top half of the
/// FNV-1a hash of its thresholds and table, so that a new threshold alone also makes the index
/// analyse its files again), the `thresholds` and the table, under a header saying what the model
/// is (`about`, comment lines) and where it was learned. Returns the version.
func writeWeights(
  _ weights: String, name: String, about: String, thresholds: [(String, Double)], to path: String
) throws -> String {
  let constants = thresholds.map { "  static let \($0.0) = \(String(format: "%.2f", $0.1))\n" }.joined()
  var hash: UInt64 = 0xcbf2_9ce4_8422_2325
  for b in (constants + weights).utf8 { hash = (hash ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
  let hex = String(hash >> 32, radix: 16)
  let version = String(repeating: "0", count: 8 - hex.count) + hex
  let source = """
    // Generated by quoth-train from the PolNeAR train split; do not edit. Rebuild with
    // `swift run -c release quoth-train ../shared/corpus/polnear/train`.
    //
    \(about)
    enum \(name) {
      static let version = "\(version)"
    \(constants)  static let table = \"\"\"
    \(weights.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n"))
        \"\"\"
    }

    """
  try source.write(toFile: path, atomically: true, encoding: .utf8)
  return version
}

let final = table(train(Array(candidates.indices)))
let version = try writeWeights(
  final, name: "QuoteModelWeights",
  about: """
    // Weights of the candidate-quote model (logistic regression over feature names such as
    // `cue=said`, `rule=cue-after`), learned from PolNeAR: Edward Newell, Drew Margolin, Derek
    // Ruths, "An Attribution Relations Corpus for Political News", LREC 2018. Thresholds chosen by
    // \(folds)-fold cross-validation by file on the train split; no article text is stored here.
    """,
  thresholds: [("quotedThreshold", bestQ), ("indirectThreshold", bestI), ("uncuedThreshold", bestU)], to: out)
print("\(final.split(separator: "\n").count) weights written to \(out) (version \(version))")

let sourceFinal = table(train(choices.map(\.features), choices.map(\.alternative), epochs: sourceEpochs))
let sourceVersion = try writeWeights(
  sourceFinal, name: "QuoteSourceWeights",
  about: """
    // Weights of the source model (logistic regression over feature names such as `s-m-prev=in`,
    // `s-forms=name_name`), which chooses between a quote's rule mention and its sentence's subject,
    // learned from PolNeAR: Edward Newell, Drew Margolin, Derek Ruths, "An Attribution Relations
    // Corpus for Political News", LREC 2018. Threshold chosen by \(folds)-fold cross-validation by
    // file on the train split; no article text is stored here.
    """,
  thresholds: [("threshold", sourceThreshold)], to: sourceOut)
print(
  "\(sourceFinal.split(separator: "\n").count) source weights written to \(sourceOut) (version \(sourceVersion))"
)

let cutFinal = table(
  train(
    cutRows.map(\.features), cutRows.map(\.better), epochs: cutEpochs, rate: cutRate, minCount: cutMinCount))
let cutVersion = try writeWeights(
  cutFinal, name: "QuoteCutWeights",
  about: """
    // Weights of the content-span model (logistic regression over feature names such as
    // `cl-t=comma`, `cr-pos=before`), which scores cutting a mixed or indirect quote's content at a
    // comma, dash, conjunction or sentence end (`SpanCut`), learned from PolNeAR: Edward Newell,
    // Drew Margolin, Derek Ruths, "An Attribution Relations Corpus for Political News", LREC 2018.
    // Threshold chosen by \(folds)-fold cross-validation by file on the train split (2.00: no cut
    // helped); no article text is stored here.
    """,
  thresholds: [("threshold", cutThreshold)], to: cutOut)
print("\(cutFinal.split(separator: "\n").count) cut weights written to \(cutOut) (version \(cutVersion))")
