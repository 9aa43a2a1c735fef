import Foundation
import Testing

@testable import QuothModel

@Suite("Quote export")
struct QuoteExportTests {
  @Test(
    "CSV fields follow RFC 4180",
    arguments: [
      ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""),
      ("two\nlines", "\"two\nlines\""),
    ])
  func csvField(_ input: String, _ expected: String) {
    #expect(QuoteExport.csv(input) == expected)
  }

  @Test("JSON strings escape quotes, backslashes and control characters")
  func jsonEscaping() throws {
    let raw = "a \"q\" \\ \n\t\u{01}“é”"
    let literal = QuoteExport.json(raw)
    #expect(literal == "\"a \\\"q\\\" \\\\ \\n\\t\\u0001“é”\"")
    let decoded = try JSONSerialization.jsonObject(with: Data("[\(literal)]".utf8)) as? [String]
    #expect(decoded == [raw])
  }

  @Test("JSON strings round-trip every kind of code point, and integers print in decimal")
  func jsonWriterRoundTrips() throws {
    let raw = "\u{7F}\u{2028}\u{2029}\u{1F}\r 中文 😀 \u{10FFFF} é\\\""
    let literal = QuoteExport.json(raw)
    #expect(literal.contains("\\u007f") && literal.contains("\\u2028") && literal.contains("\\u001f"))
    let decoded = try JSONSerialization.jsonObject(with: Data("[\(literal)]".utf8)) as? [String]
    #expect(decoded == [raw])
    #expect(QuoteExport.json("") == "\"\"")
    for n in [0, 7, 9, 10, 99, 100, 12_345, 1_000_000, Int.max, -1, Int.min] {
      var writer = JSONWriter()
      writer.int(n)
      #expect(writer.text == String(n))
    }
  }

  @Test("integers print as String(_:) prints them: every digit count, both signs, pairs of digits")
  func integersPrintInDecimal() {
    var numbers = [0, 1, 9, 10, 11, 19, 90, 99, 100, 101, 999, Int.max, Int.min, Int.min + 1]
    var power = 1
    for _ in 0..<18 {
      power *= 10
      numbers += [power - 1, power, power + 1, power * 9 + 7]
    }
    var generator = SplitMix(seed: 31)
    numbers += (0..<2000).map { _ in
      Int(truncatingIfNeeded: generator.next()) >> Int.random(in: 0...63, using: &generator)
    }
    var writer = JSONWriter(capacity: 16)
    var expected = ""
    for n in numbers + numbers.map({ $0 == Int.min ? 0 : -$0 }) {
      writer.int(n)
      expected += String(n)
    }
    #expect(writer.text == expected)
  }

  @Test("the eight-bytes-at-a-time test finds every byte a JSON string cannot copy, wherever it is")
  func escapingTestFindsEveryByte() {
    let special: [UInt8] = [0x00, 0x0A, 0x1F, 0x22, 0x5C, 0x7F, 0xE2]
    let harmless: [UInt8] = [0x20, 0x21, 0x23, 0x5B, 0x5D, 0x7E, 0x80, 0xC3, 0xE1, 0xE3, 0xFF]
    for length in 0..<20 {
      for position in 0..<max(length, 1) {
        for filler in harmless {
          for odd in special + [filler] {
            var bytes = [UInt8](repeating: filler, count: length)
            if position < length { bytes[position] = odd }
            let expected = bytes.contains { special.contains($0) }
            let found = bytes.withUnsafeBufferPointer { JSONWriter.mayNeedEscaping($0) }
            #expect(found == expected, "\(bytes)")
          }
        }
      }
    }
  }

  @Test("static text of every length from 0 to 17 bytes is copied exactly, across growth")
  func rawCopiesEveryLength() {
    let pieces: [StaticString] = [
      "", "a", "ab", "abc", "abcd", "abcde", "abcdef", "abcdefg", "abcdefgh", "abcdefghi", "abcdefghij",
      "abcdefghijk", "abcdefghijkl", "abcdefghijklm", "abcdefghijklmn", "abcdefghijklmno",
      "abcdefghijklmnop", "abcdefghijklmnopq",
    ]
    var writer = JSONWriter(capacity: 16)
    var expected = ""
    for round in 0..<3 {
      for (n, piece) in pieces.enumerated() {
        #expect(piece.utf8CodeUnitCount == n)
        writer.raw(piece)
        writer.int(round)
        expected += piece.description + String(round)
      }
    }
    #expect(writer.text == expected)
  }

  @Test("the writer's buffer grows past its first capacity and finish gives exactly what was written")
  func writerGrows() {
    var writer = JSONWriter(capacity: 16)
    var expected = ""
    for n in 0..<300 {
      writer.raw(n > 0 ? ", " : "[")
      writer.int(n * 7919 - 1000)
      writer.raw(", ")
      writer.string("é\"\(n)")
      writer.raw(", ")
      writer.fraction(Double(n) / 300)
      writer.raw(", ")
      writer.scalars("a\u{2028}b\n".unicodeScalars)
      expected += (n > 0 ? ", " : "[") + String(n * 7919 - 1000) + ", \"é\\\"\(n)\", "
      expected += String(format: "%.3f", Double(n) / 300) + ", \"a\\u2028b\\n\""
    }
    writer.raw("]")
    expected += "]"
    #expect(writer.count == expected.utf8.count)
    #expect(writer.text == expected)
    #expect(writer.bytes == Array(expected.utf8))
    let bytes = writer.finish()
    #expect(bytes == Array(expected.utf8))
    #expect(writer.count == 0 && writer.text.isEmpty)
  }

  @Test("jsonl objects carry the keys, and text is the exact slice of the file")
  func jsonlSlices() throws {
    let (article, _) = article(
      body: "“We won,” said Ada Lovelace, head of the lab.\n\nTom Reyes said the budget is fine.")
    let line = QuoteExport.jsonObject(article, QuoteExtractor.analyze(article))
    let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    #expect(Set(object.keys).isSuperset(of: ["path", "title", "date", "quotes", "speakers"]))
    let quotes = try #require(object["quotes"] as? [[String: Any]])
    #expect(quotes.count == 2)
    let scalars = article.text
    for quote in quotes {
      let start = try #require(quote["start"] as? Int)
      let end = try #require(quote["end"] as? Int)
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[start..<end])
      #expect(quote["text"] as? String == String(view))
      for key in ["kind", "speaker", "role", "mention", "cue"] { #expect(quote[key] != nil) }
    }
    #expect((quotes[0]["speaker"] as? String) == "Ada Lovelace")
    #expect((quotes[0]["role"] as? String) == "head of the lab")
    let speakers = try #require(object["speakers"] as? [[String: Any]])
    #expect(speakers.count == 2)
    #expect(speakers[0]["kind"] as? String == "person")
  }

  @Test("CSV rows have the header's field count")
  func csvRows() {
    let (article, _) = article(body: "“We won, \"again\",” said Ada Lovelace.")
    let rows = QuoteExport.quotesCSV(article, QuoteExtractor.analyze(article))
    #expect(rows.hasSuffix("\r\n"))
    #expect(rows.contains("\"“We won, \"\"again\"\",”\""))
    #expect(QuoteExport.quotesCSVHeader.split(separator: ",").count == 13)
  }

  @Test("The report wraps json output in an array and csv output under a header")
  func reportFraming() {
    let (article, _) = article(body: "Tom Reyes said the budget is fine.")
    var json = QuoteReport(subject: .quotes, format: .json)
    let text = json.header() + json.entry(for: article) + json.entry(for: article) + json.footer()
    let parsed = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [Any]
    #expect(parsed?.count == 2)
    var csv = QuoteReport(subject: .speakers, format: .csv)
    #expect((csv.header() + csv.entry(for: article)).hasPrefix(QuoteExport.speakersCSVHeader + "\r\n"))
  }

  @Test("The text format shows Speaker (role): “…” per quote")
  func textFormat() {
    let (article, _) = article(body: "“We won,” said Ada Lovelace, head of the lab.")
    let text = QuoteExport.quotesText(article, QuoteExtractor.analyze(article))
    #expect(text.contains("Ada Lovelace (head of the lab): “We won,”\n"))
    let speakers = QuoteExport.speakersCSV(article, QuoteExtractor.analyze(article))
    #expect(speakers == "fixture.txt,Ada Lovelace,head of the lab,person,1,0,0\r\n")
  }

  @Test("Reported speech is shown without quotation marks; a mixed quote keeps the article's, balanced")
  func reportedText() {
    let (article, _) = article(
      body:
        "Tom Reyes said the budget is fine.\n\nAda Lovelace said the plan was \"late and costly\" this year.")
    let analysis = QuoteExtractor.analyze(article)
    let text = QuoteExport.quotesText(article, analysis)
    #expect(text.contains("Tom Reyes (reported): the budget is fine\n"))
    #expect(text.contains("Ada Lovelace (reported): the plan was \"late and costly\" this year\n"))
    #expect(!text.contains("“the budget"))
    let citation = QuoteCitation.citation(of: analysis.quotes[0], in: article, analysis: analysis)
    #expect(citation.hasPrefix("Tom Reyes (reported): the budget is fine"))
    #expect(QuoteCitation.balanced("the plan was “late") == "the plan was “late”")
    #expect(QuoteCitation.balanced("the plan was “late”") == "the plan was “late”")
  }

  @Test(
    "Mixed quotes come out balanced, mistyped pairs left as the article has them",
    arguments: [
      ("the plan was “late", "the plan was “late”"), ("the plan was \"late", "the plan was \"late\""),
      ("late” and costly", "“late” and costly"),
      ("an “expedited review“ of the pier", "an “expedited review“ of the pier"),
      ("called it “highly significant.\"", "called it “highly significant.\""),
      ("the “new” pier and “old", "the “new” pier and “old”"),
      ("the “plan “was” late,", "the “plan “was” late”"),
      ("no marks at all", "no marks at all"),
      ("premise of the\u{A0}\"Harbor Effect.\"", "premise of the\u{A0}\"Harbor Effect.\""),
      ("x=\"\" y=\"1\" z=\"2\">the pier", "“x=\"\" y=\"1\" z=\"2\">the pier"),
    ])
  func balancedMarks(text: String, shown: String) {
    #expect(QuoteCitation.balanced(text) == shown)
  }
}
