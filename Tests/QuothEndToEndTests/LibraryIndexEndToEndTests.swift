import Foundation
import Testing

/// The library index in the built binary: the speakers view, a speaker's quotes across articles,
/// opening an article at a quote, and search through the index.
@Suite(.enabled(if: Tmux.enabled, "needs tmux (always runs under CI=true)"), .serialized)
struct LibraryIndexEndToEndTests {
  static let library = """
     date 2024-04-02 Lakeside opens its new library

    April 02, 2024 By Jonas Weber ( Lakeside Herald

    Lakeside opened its new public library on Monday after three years of building work.

    "This is a house for every reader in the valley," said Anna Berg, the mayor of Lakeside.

    Tom Ortiz, chief librarian at the new building, said the shelves hold 80,000 books.
    """

  static let ferry = """
     date 2024-05-20 Mayor Anna Berg promises a night ferry

    May 20, 2024 By Jonas Weber ( Lakeside Herald

    The town will run a ferry across the lake after dark from July, Mayor Anna Berg said on Sunday.

    "Nobody should have to drive around the lake at midnight," Berg said.
    """

  /// Starts quoth on the two articles and returns once the index is built.
  func start() throws -> Tmux {
    let tmux = try Tmux(
      "XDG_CACHE_HOME=\"$PWD/cache\" '\(Tmux.quoth)' shelf", columns: 110, rows: 24,
      files: ["shelf/library.txt": Self.library, "shelf/ferry.txt": Self.ferry])
    try tmux.wait(for: "Lakeside opens its new library")
    // The first key clears the greeting; the status bar then names the library, with
    // `reading N/M` or `indexing N/M` after it until both are done.
    try tmux.send("g")
    try tmux.wait(for: "the index built") {
      $0.contains("quoth · 2 articles") && !$0.contains("indexing") && !$0.contains("reading")
    }
    return tmux
  }

  @Test func speakersAcrossTheLibraryOpenAtAQuote() throws {
    let tmux = try start()
    try tmux.send("S")
    let speakers = try tmux.wait(for: "the speakers view") {
      $0.contains("Speakers (") && $0.contains("Anna Berg")
    }
    let row = speakers.split(separator: "\n").first { $0.contains("Anna Berg") }.map(String.init) ?? ""
    #expect(row.hasSuffix("2      3"), "Anna Berg: 2 articles, 3 quotes, merged across articles: \(row)")
    #expect(!speakers.contains("Jonas Weber"), "the byline's author is no speaker")
    try tmux.send("Enter")
    try tmux.wait(for: "Anna Berg's quotes") {
      $0.contains("Anna Berg: 3 quotes") && $0.contains("Nobody should")
    }
    try tmux.send("G", "Enter")
    let article = try tmux.wait(for: "the article at the quote") {
      $0.contains("quote ") && $0.contains("Anna Berg ·")
    }
    #expect(article.contains("This is a house for every reader"))
    try tmux.send("q")
    try tmux.wait(for: "Anna Berg: 3 quotes")
    try tmux.send("q", "q")
    try tmux.wait(for: "back at the articles") { $0.contains("Date") && $0.contains("Title") }
    try tmux.send("Q")
    try tmux.wait(for: "QUOTH_EXIT=0")
  }

  @Test func searchGoesThroughTheIndex() throws {
    let tmux = try start()
    try tmux.send("/")
    try tmux.type("midnight")
    try tmux.send("Enter")
    try tmux.wait(for: "1 article match midnight")
    try tmux.send("Enter")
    try tmux.wait(for: "the article at the match, the match marked") {
      $0.contains("Nobody should have to drive") && $0.contains("match 1/1: midnight")
    }
    // The search carries into the article: n goes on from the hit, and the quote there is current.
    try tmux.send("n")
    try tmux.wait(for: "no more matches") { $0.contains("No more matches below") }
    try tmux.send("C-l")
    try tmux.wait(for: "the quote at the match current") { $0.contains("quote 2/2 · Anna Berg · direct") }
    try tmux.send("Q")
    try tmux.wait(for: "QUOTH_EXIT=0")
  }
}
