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
}
