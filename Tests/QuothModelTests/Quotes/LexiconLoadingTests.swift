import Foundation
import Testing

@testable import QuothModel

/// The word lists and weights read at start-up in one pass, without a `String` a word: they hold
/// the same words and weights as when each line is split off and hashed on its own.
struct LexiconLoadingTests {
  @Test func aWordListReadInOnePassHoldsEveryLine() {
    let words = ["reporter", "press secretary", "café owner", "o’brien", "x"]
    let set = WordSet(lines: "\n" + words.joined(separator: "\n") + "\n\n")
    for word in words { #expect(set.contains(WordHash(word)), "\(word)") }
    #expect(set.contains(WordHash("REPORTER")), "ASCII is folded as WordSet folds it")
    #expect(!set.contains(WordHash("report")))
    #expect(!set.contains(WordHash("")), "blank lines are no words")
    #expect(WordSet(lines: "a\nb").contains(WordHash("b")), "a last line without a line break counts")
  }

  @Test func weightsAreTheNameBeforeTheLastTabAndTheNumberAfterIt() {
    let table = "bias=1\t0.5\ncue=said\t1.25\ncue=said\t0.25\nname\twith tab\t-2\nno tab here\n\nbad\tx\n"
    let model = QuoteModel(table: table, quotedThreshold: 0.5, indirectThreshold: 0.5, version: "t")
    // The probability of one feature alone is the logistic of its weight.
    func logit(_ name: String) -> Double {
      let p = model.probability([WordHash(name).value])
      return log(p / (1 - p))
    }
    #expect(abs(logit("bias=1") - 0.5) < 1e-9)
    #expect(abs(logit("cue=said") - 1.5) < 1e-9, "a name given twice adds up")
    #expect(abs(logit("name\twith tab") - -2) < 1e-9, "the name runs to the last tab")
    #expect(logit("no tab here") == 0 && logit("bad") == 0, "lines without a weight are skipped")
  }

  @Test func aSentenceThatIsOnlyAQuotationIsKeptWhateverItsScore() {
    let model = QuoteModel(
      table: "", quotedThreshold: 0.5, indirectThreshold: 0.6, uncuedThreshold: 0.7, version: "t")
    for rule in QuoteRule.allCases {
      let kept = model.keeps(.direct, rule: rule, 0.01)
      #expect(kept == (rule == .bareQuote || rule == .continuation), "\(rule)")
    }
    // Every other candidate meets the threshold of its kind, or of uncued quotations.
    #expect(model.keeps(.direct, rule: .cueAfter, 0.5) && !model.keeps(.direct, rule: .cueAfter, 0.49))
    #expect(model.keeps(.indirect, rule: .cueFirst, 0.6) && !model.keeps(.indirect, rule: .cueFirst, 0.59))
    #expect(model.keeps(.direct, rule: .uncued, 0.7) && !model.keeps(.direct, rule: .uncued, 0.69))
  }

  @Test(arguments: [
    "0.5", "-0.4662", "1.8256", "-2.2509", "0.0000", "-0.0000", "12", "-7", "0.1", "0.3", "2.675",
    "123456789012345", "0.123456789012345", "9999999.99999999", "1234567890123456", "0.1234567890123456",
    "1e-05", "1.5E3", "+1.5", ".5", "5.", "-", "", "x", "1.2.3", "1,5", "0x1p3", " 1.0", "1.0 ", "nan", "inf",
    "00012.5000", "１.５",
  ])
  func aWeightReadsAsDoubleReadsIt(text: String) {
    let read = QuoteModel.weight(Array(text.unicodeScalars))
    let expected = Double(text)
    #expect(
      read?.bitPattern == expected?.bitPattern,
      "\(text): \(String(describing: read)) vs \(String(describing: expected))")
  }

  @Test func everyWeightOfTheShippedTableReadsAsDoubleReadsIt() {
    var checked = 0
    for line in QuoteModelWeights.table.split(separator: "\n") {
      guard let tab = line.lastIndex(of: "\t") else { continue }
      let text = line[line.index(after: tab)...]
      #expect(
        QuoteModel.weight(Array(text.unicodeScalars))?.bitPattern == Double(text)?.bitPattern, "\(line)")
      checked += 1
    }
    #expect(checked > 1000)
  }
}
