import Foundation
import Testing

/// The reader's header under the title, for each format, seen in tmux.
@Suite(.enabled(if: Tmux.enabled, "needs tmux (always runs under CI=true)"), .serialized)
struct ArticleHeaderEndToEndTests {
  static let seed = """
     date 2024-02-20 Lighthouse keepers return to Skerry Point

    February 20, 2024 By Owen Price and Mei Tanaka ( Island Gazette

    Volunteers will keep the Skerry Point light burning through the winter, the island trust said.
    """

  static let page = """
    <html><head><title>Harbour tide tables go digital in May | Harbour News</title>
    <meta property="og:site_name" content="Harbour News">
    <meta name="author" content="By Ana Ruiz, Senior Reporter">
    <meta property="article:published_time" content="2024-04-11T08:00:00Z"></head>
    <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <article><h1>Harbour tide tables go digital in May</h1>
    <p>The harbour office will publish its tide tables online from May, the harbour master said on
    Thursday, ending a printed booklet that has been sold at the quay for ninety years.</p>
    <p>Fishing crews, who rely on the booklet, said they would keep a printed copy on board, since
    phones lose signal a mile out, and the office promised a printable page for each month.</p>
    </article><footer>© Harbour News. All rights reserved.</footer></body></html>
    """

  @Test(arguments: [(80, 24), (160, 50)])
  func everyFormatShowsTitleThenDateSourceThenByline(columns: Int, rows: Int) throws {
    let cases: [(file: String, lines: [String], absent: String)] = [
      (
        "seed.txt",
        [
          "Lighthouse keepers return to Skerry Point", "2024-02-20 · Island Gazette",
          "By Owen Price and Mei Tanaka",
        ], "February 20, 2024 By"
      ),
      (
        "page.html", ["Harbour tide tables go digital in May", "2024-04-11 · Harbour News", "By Ana Ruiz"],
        "Senior Reporter"
      ),
    ]
    for (file, lines, absent) in cases {
      let tmux = try Tmux(
        "'\(Tmux.quoth)' \(file)", columns: columns, rows: rows,
        files: ["seed.txt": Self.seed, "page.html": Self.page])
      let screen = try tmux.wait(for: lines[2])
      let shown = screen.split(separator: "\n", omittingEmptySubsequences: false).map {
        // At 160 columns the speaker sidebar is docked on the right, after a rule.
        String($0.prefix { $0 != "│" }).trimmingCharacters(in: .whitespaces)
      }
      guard let title = shown.firstIndex(of: lines[0]) else {
        Issue.record("no title row in:\n\(screen)")
        continue
      }
      #expect(Array(shown[title..<min(shown.count, title + 3)]) == lines, "\(file) at \(columns)x\(rows)")
      #expect(!screen.contains(absent), "\(file): the raw byline is not shown")
      // The header is not text: a search for its words finds nothing.
      try tmux.send("/")
      try tmux.type(file == "seed.txt" ? "Tanaka" : "Ruiz")
      try tmux.send("Enter")
      try tmux.wait(for: "Pattern not found")
      try tmux.send("Q")
      try tmux.wait(for: "QUOTH_EXIT=0")
    }
  }
}
