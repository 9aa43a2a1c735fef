import Testing

@testable import QuothModel

@Suite struct SampleLibraryTests {
  @Test func everySampleParsesAsASeedArticle() {
    #expect(SampleLibrary.articles.count == 5)
    for article in SampleLibrary.articles {
      #expect(article.format == .seed, "\(article.path)")
      #expect(article.path.hasPrefix("sample:"))
      #expect(!article.title.isEmpty)
      #expect(article.date != nil)
      #expect(!article.authors.isEmpty, "\(article.path)")
      #expect(article.source != nil, "\(article.path)")
      #expect(article.deck != nil, "\(article.path)")
      #expect(article.paragraphs.count >= 5, "\(article.path)")
      #expect(article.warnings.isEmpty)
    }
  }

  @Test func entriesAreInLibraryOrder() {
    let dates = SampleLibrary.entries.compactMap(\.date)
    #expect(dates == dates.sorted(by: >))
    #expect(Library.sample.entries == SampleLibrary.entries)
  }

  @Test func samplesCoverWhatTheExtractorNeeds() throws {
    let all = SampleLibrary.articles.map { String(String.UnicodeScalarView($0.text)) }.joined(separator: "\n")
    #expect(all.contains("\u{201C}"))  // curly quotes
    #expect(all.contains("\"We planned"))  // straight quotes
    #expect(all.contains("said that"))  // mixed quote
    #expect(all.contains("according to the"))  // organization as speaker
    #expect(all.contains("李明华"))  // CJK name
    #expect(all.contains("先行先试"))  // CJK quoted phrase
    let captions = SampleLibrary.articles.compactMap(\.captionCredit)
    #expect(captions.count == 4)
  }

  @Test func samplesOpenFromTheLibrary() throws {
    let library = Library.sample
    let article = try #require(library.loaded[library.entries[0].ref])
    #expect(article.path == library.entries[0].path)
    #expect(article.paragraphs.count > 0)
  }
}
