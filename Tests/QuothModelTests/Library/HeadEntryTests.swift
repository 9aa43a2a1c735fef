import Foundation
import Testing

@testable import QuothModel

/// The one-pass plain-text row agrees with the row built from the full parse: on the sample
/// articles, the fuzz corpus, hand-made edge cases and random edits and cuts of them.
@Suite struct HeadEntryTests {
  /// The project's own texts: the embedded samples and the fuzz seed corpus.
  static let texts: [String] = {
    let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fuzz/corpus")
    let files = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
    let corpusTexts = files.sorted().compactMap { name -> String? in
      guard let data = FileManager.default.contents(atPath: corpus.appendingPathComponent(name).path) else {
        return nil
      }
      return String(decoding: data, as: UTF8.self)
    }
    return SampleLibrary.sources.map(\.text) + corpusTexts
  }()

  static let edgeCases: [String] = [
    "", "   \n\n \t", "Title only", "Title only.\n", "Title.  \t\nSecond line of the lead.\n\nBody.",
    "Title \u{200B}\n\nBody", "Title \u{200B}\nmore\n\nBody", "\u{FEFF}Title\r\n\r\nBody one.\r\nStill one.",
    "Title\r\rBody", "Title\n  \n\nDALLAS (AP) — Body.", "Title\nDALLAS (AP) — Lead line.\n\nBody.",
    "U.S. news.\n\nLONDON, Ont. (Reuters) - x", "Ellipsis...\n\nbody", "  Indented title  \n\n  body  ",
    "Title\n\n" + String(repeating: "A", count: 90) + " (AP) — x", "Title\n\nNEW YORK (AP)\n\n— x",
    "Title\u{2028}still\n\nBody", "Cafe\u{301} news\n\nBody", "“Quoted” — title…\n\nBody 2023 text.",
    "date line first\n\nBody", "<p>not html by name</p>\n\nBody", "# Heading\n\nBody", "---\ntitle: x\n---\n",
    " date 2023-11-09 Seed title\n\nNovember 09, 2023 By A ( Source\n\nBody.",
    "Title\n\n\u{3000}\u{A0}Body\u{2000}words 習近平 said\n",
  ]

  /// Checks one text; returns whether it took the one-pass plain-text path.
  @discardableResult
  static func check(
    _ text: String, path: String = "story.txt", sourceLocation: SourceLocation = #_sourceLocation
  )
    -> Bool
  {
    let scalars = TextDecoder.decode(Array(text.utf8)).scalars
    let reference = HeadEntry.parsed(path: path, text: scalars)
    let read = HeadEntry.read(path: path, text: scalars)
    #expect(read.entry == reference.entry, "\(text.debugDescription)", sourceLocation: sourceLocation)
    #expect(read.pageWithoutParagraphs == reference.pageWithoutParagraphs, sourceLocation: sourceLocation)
    return HeadEntry.plainText(path: path, text: scalars) != nil
  }

  @Test func samplesAndCorpus() {
    for text in Self.texts { Self.check(text) }
  }

  @Test(arguments: edgeCases)
  func edgeCase(_ text: String) {
    Self.check(text)
    Self.check(text, path: "notes/nyt_2016-01-05_title.TXT")
  }

  @Test func namesDecideTheFormat() {
    for path in [
      "a.md", "a.MARKDOWN", "a.Html", "a.htm", "a.xhtml", "a.marKdown", "é.md", "x/a.txt", ".md/a",
    ] {
      Self.check("Title\n\nBody text.", path: path)
    }
    #expect(HeadEntry.plainText(path: "a.md", text: Array("Title".unicodeScalars)) == nil)
    #expect(HeadEntry.plainText(path: "a.txt", text: Array("Title".unicodeScalars)) != nil)
  }

  /// Random edits of the texts, and heads cut at random points, as the scanner reads them.
  @Test func randomEditsAndCuts() {
    var generator = SplitMix(seed: 7)
    let pieces = [
      "\n", "\n\n", "\r\n", "\r", " ", "\t", "\u{A0}", "\u{200B}", "\u{FEFF}", "a", "D", "(", "(AP)", ")",
      " — ",
      "-", ".", "e\u{301}", "字", "\u{2028}", "9", "LONDON ", "\u{0}",
    ]
    var onePass = 0
    for text in Self.texts + Self.edgeCases {
      let scalars = Array(text.unicodeScalars)
      for _ in 0..<20 {
        var edited = scalars
        for _ in 0..<Int.random(in: 1...4, using: &generator) {
          let piece = pieces.randomElement(using: &generator)!.unicodeScalars
          edited.insert(contentsOf: piece, at: Int.random(in: 0...edited.count, using: &generator))
        }
        let cut = Int.random(in: 0...edited.count, using: &generator)
        var string = String.UnicodeScalarView()
        string.append(contentsOf: edited[..<cut])
        if Self.check(String(string)) { onePass += 1 }
      }
    }
    #expect(onePass > 300)
  }
}
