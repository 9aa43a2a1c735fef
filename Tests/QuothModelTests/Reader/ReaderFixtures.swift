@testable import QuothModel

/// A project-written article in the seed format, long enough to scroll at small sizes.
enum ReaderFixtures {
  static let harbourText = """
     date 2024-03-14 Harbour ferry returns after storm repairs

    March 14, 2024 By Lena Ortiz and Tomas Berg ( Coastal Ledger

    The restored ferry Aurora leaves the north pier at dawn on Thursday. [Photo/LEDGER]

    Service resumes with a shorter timetable

    The harbour ferry returned to service on Thursday after six weeks of repairs to its hull and engines, the port authority said.

    "We are glad to have the Aurora back where she belongs," said Maria Keller, director of the port authority.

    Keller said the timetable would stay shorter until the spring, when a second crew finishes training.

    Commuters at the north pier welcomed the news. One regular rider said the bus detour had added forty minutes to each trip.

    The repairs cost about 2.1 million euros, according to the city's transport office.

    "Storms like this one will come more often," Keller added, "and we have to plan for them."

    The ferry carries about 3,000 passengers on a normal weekday.
    """

  static func article() -> Article {
    ArticleParser.parse(path: "harbour.txt", text: Array(harbourText.unicodeScalars))
  }

  static let entries = [
    LibraryEntry(path: "a.txt", title: "Alpha council votes on budget", date: "2024-01-02", source: "Ledger"),
    LibraryEntry(path: "b.txt", title: "Bridge reopens", date: "2024-01-01", source: "Post"),
    LibraryEntry(path: "c.txt", title: "Choir wins prize", date: "2023-12-30", source: "Ledger"),
  ]

  /// A reader showing the fixture article, without a library.
  static func articleState(columns: Int = 80, rows: Int = 24) -> ReaderState {
    var state = ReaderState(entries: [], hasLibrary: false, columns: columns, rows: rows)
    state.reduce(.loaded(article(), analysis: QuoteExtractor.analyze(article())))
    return state
  }

  /// Presses each key in order and returns all effects.
  @discardableResult
  static func press(_ keys: [Key], _ state: inout ReaderState) -> [Effect] {
    keys.flatMap { state.reduce(.key($0)) }
  }

  static func type(_ text: String) -> [Key] {
    text.unicodeScalars.map { Key.char($0) }
  }
}
