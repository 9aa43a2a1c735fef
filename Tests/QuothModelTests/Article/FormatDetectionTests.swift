import Testing

@testable import QuothModel

/// Which parser a file gets: by its name's end first, then by its first line. The first line is
/// made a `String` only when its code points can match, so the near misses are tested too.
struct FormatDetectionTests {
  @Test(arguments: [
    ("a.txt", "date 2023-11-09 Tides turn\n\nBody.", Article.Format.seed),
    ("a.txt", "\u{FEFF} \tdate 2023-11-09 Tides turn\n\nBody.", .seed),
    ("a.txt", "\n\n  date 2023-11-09 Tides turn", .seed),
    ("a.txt", "Date 2023-11-09 Tides turn", .text),
    ("a.txt", "date 2023-1-09 Tides turn", .text),
    ("a.txt", "date", .text),
    ("a.txt", "dates 2023-11-09 are set", .text),
    ("a.txt", "<!DOCTYPE HTML><p>Hi", .html),
    ("a.txt", "  <html><body>Hi", .html),
    ("a.txt", "<?xml version=\"1.0\"?>", .html),
    ("a.txt", "<b>bold</b> words", .text),
    ("a.txt", "---\ntitle: Tides\n---\nBody", .markdown),
    ("a.txt", "---\r\ntitle: Tides", .markdown),
    ("a.txt", "--- not front matter", .text),
    ("a.txt", "# Tides\n\nBody", .markdown),
    ("a.txt", "#hashtag", .text),
    ("a.txt", "", .text),
    ("a.txt", "   \n\t\n", .text),
    ("Notes.MD", "date 2023-11-09 Tides", .markdown),
    ("a-rather-long-name-for-a-file.markdown.GZ", "Tides", .markdown),
    ("café/été.HTM", "Tides", .html),
    ("page.xhtml", "Tides", .html),
    ("archive.gz", "# Tides", .markdown),
    ("md", "Tides", .text),
  ])
  func aFileIsReadInTheFormatItsNameOrFirstLineShows(path: String, text: String, format: Article.Format) {
    #expect(ArticleParser.detectFormat(path: path, text: Array(text.unicodeScalars)) == format)
  }

  @Test func bytesAreParsedInTheFormatDetectedOnce() throws {
    let seed = try ArticleParser.article(bytes: Array("date 2023-11-09 Tides\n\nBody.".utf8), path: "a.txt")
    #expect(seed.format == .seed)
    let markdown = try ArticleParser.article(bytes: Array("# Tides\n\nBody.".utf8), path: "a.txt")
    #expect(markdown.format == .markdown)
    let text = try ArticleParser.article(bytes: Array("Tides\n\nBody.".utf8), path: "a.txt")
    #expect(text.format == .text && text.title == "Tides")
  }
}
