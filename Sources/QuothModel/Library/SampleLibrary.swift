/// A handful of short articles compiled into the binary, shown when quoth is given no path.
///
/// They are fictional, written for quoth in the seed format, and between them hold what the quote
/// extractor has to handle: speakers introduced with appositives, curly and straight quotation
/// marks, a quote split by its attribution, a mixed quote, reported speech with the cue before and
/// after, pronoun and surname references, an organization as speaker, and CJK text.
public enum SampleLibrary {
  /// The sample articles' sources: a short name (the path is `sample:NAME`) and the text.
  public static let sources: [(name: String, text: String)] = [
    ("transit-vote", transitVote),
    ("lunar-lander", lunarLander),
    ("trade-fair", tradeFair),
    ("football-coach", footballCoach),
    ("shenzhen-summit", shenzhenSummit),
  ]

  /// The sample articles, parsed, in library order.
  public static let articles: [Article] = {
    let parsed = sources.map {
      ArticleParser.parse(path: "sample:\($0.name)", text: Array($0.text.unicodeScalars))
    }
    let order = parsed.map { LibraryEntry(article: $0) }.sorted(by: LibraryEntry.libraryOrder).map(\.path)
    return order.compactMap { path in parsed.first { $0.path == path } }
  }()

  /// The library entries of the sample articles, in library order.
  public static var entries: [LibraryEntry] {
    articles.map { article in
      let size = sources.first { "sample:\($0.name)" == article.path }?.text.utf8.count ?? 0
      return LibraryEntry(article: article, size: size)
    }
  }

  static let transitVote = """
     date 2025-03-14 Harbor City council approves late-night tram service

    March 14, 2025 By Dana Whitfield and Tomas Ferreira ( Harbor City Ledger

    Commuters board a tram at Marlow Street station on Thursday evening, hours before the vote. [Photo/Harbor City Ledger]

    Trams to run until 2 am on three lines from September

    Harbor City's council voted 9 to 4 on Thursday night to keep trams running until 2 am on three of its \
    busiest lines, ending a decade-long campaign by night-shift workers and restaurant owners.

    “We have asked people who clean our hospitals and cook our dinners to walk home in the dark for too long,” \
    said Maria Okafor, the councillor who chairs the transport committee.

    The service will cost about $4.2 million a year, according to the transit authority, which plans to hire \
    40 drivers before the first late trams leave the depot.

    “The money is there,” said Ben Lutz, a spokesman for the authority. “What we need now is people to drive \
    the trams.”

    Mayor Helen Sato said the city would review ridership after six months and extend the hours to a fourth \
    line if demand held up.

    Not everyone was convinced. Councillor Frank Deyo, who voted against the plan, said that the money would \
    be better spent on "buses that actually reach the outer estates".

    Okafor rejected that argument. She said the late trams and the bus network were "not rivals but partners", \
    and that the committee would take up the bus routes in May.

    The first late services are expected on September 6, Sato said.
    """

  static let lunarLander = """
     date 2025-02-27 Lunar lander Selene-2 sends first pictures from crater rim

    February 27, 2025 By Ingrid Halvorsen ( Science Desk

    An image released by the mission team shows the lander's shadow on the rim of Amundsen crater. [Photo/Selene-2 mission team]

    Team says instruments are healthy after a rough touchdown

    The Selene-2 lander has sent its first pictures from the rim of a crater near the moon's south pole, \
    two days after a touchdown that left it tilted by about seven degrees.

    "It is leaning, but it is alive and it is talking to us," said Priya Raman, the mission's flight director, \
    at a briefing on Wednesday.

    The European Lunar Consortium, which built the lander with four universities, said all six instruments had \
    passed their first checks. The drill will be tested next week, according to the consortium.

    Lukas Brandt, the deputy project scientist, said the tilt could even help. The sloping ground exposes older \
    layers of regolith that the team had hoped to reach only by drilling, he said.

    "We planned for a flat site," Brandt said. "The moon had other ideas, and they may be better ideas."

    Raman said that the team would keep the lander's solar panels turned toward the horizon for the next \
    lunar day, calling the schedule "tight but workable".

    The lander is expected to operate for about 12 Earth days before the long lunar night sets in.
    """

  static let tradeFair = """
     date 2025-04-03 Record number of exhibitors fill Rotterdam food technology fair

    April 03, 2025 By Pieter de Wolde, Amara Nwosu and Julia Kessler ( Northsea Business Review

    Water-saving tomato farms and insect-protein snacks drew the longest queues on the fair's opening day

    More than 1,600 companies from 58 countries opened stands on Wednesday at the FoodTech Expo in Rotterdam, \
    the largest number in the fair's 22-year history, organizers said.

    The fair's director, Sanne Vermeulen, said bookings had filled every hall by January. “For the first time we \
    had a waiting list,” she said. “Some firms asked if they could share a stand.”

    Exhibitors from East Africa were the fastest-growing group this year, according to the organizers' figures, \
    with 74 companies from Kenya, Tanzania and Ethiopia.

    Grace Mwangi, chief executive of a Nairobi start-up that turns cassava peel into animal feed, said the fair \
    had given her firm meetings it could not have arranged at home. "Three buyers in one morning," Mwangi said. \
    "At home that would take a year of emails."

    The Dutch agriculture ministry expects the fair to bring about 300 million euros in signed deals, a \
    spokeswoman for the ministry said.

    Vermeulen said the fair would move to a larger site in 2027. It is the only way to grow, she added.
    """

  static let footballCoach = """
     date 2025-01-20 Riverside names former captain Rosa Lindqvist head coach

    January 20, 2025 By Owen McCarthy ( Riverside Evening Post

    Rosa Lindqvist at the club's training ground on Monday. [Photo/Riverside FC]

    Club turns to a familiar face after a winless run of nine matches

    Riverside FC named its former captain Rosa Lindqvist as head coach on Monday, a week after the club parted \
    ways with Marco Bellini following nine league matches without a win.

    Lindqvist, 41, who played 312 games for the club and led it to its only cup title in 2011, signed a contract \
    until the end of next season.

    “I know this dressing room, and I know this town,” Lindqvist told reporters at the club's training ground. \
    “Nobody here needs a speech. They need a plan, and they will have one on Tuesday morning.”

    The club's chairman, Alan Pryce, said the board had spoken to five candidates but chose the one who "knew \
    what the badge means on a wet Tuesday in February".

    According to the club, Bellini's assistant, Dmitri Volkov, will stay on as Lindqvist's deputy.

    Pryce said the board would give the new coach money to sign two players before the transfer window closes. \
    Asked whether relegation was a fear, he said: "Fear is for people who have not watched her work."

    Riverside, 17th in the table, play Northgate away on Saturday.
    """

  static let shenzhenSummit = """
     date 2025-05-09 Shenzhen developer summit puts open-source chips in the spotlight

    May 09, 2025 By Chen Xiaoling and Daniel Fox ( Pearl River Tech Weekly

    Visitors try a robot arm driven by an open-source processor at the summit in Shenzhen on Thursday. [Photo/Pearl River Tech Weekly]

    Local firms say open designs cut the cost of a new chip by half

    More than 8,000 developers gathered in Shenzhen on Thursday for the opening of the South China Open Hardware \
    Summit, where open-source chip designs took centre stage.

    Li Minghua (李明华), chief engineer at the Shenzhen chipmaker Qianhai Silicon, said open designs had cut the \
    cost of bringing a new chip to market by about half. “Five years ago a small team could not afford to start,” \
    Li said. “Now a team of ten can ship a chip in a year.”

    He described the city's approach with a phrase often heard in Shenzhen, “先行先试”, or "try first, test first".

    The city government plans to fund 30 shared test labs by 2027, according to the municipal bureau of \
    industry and information technology.

    Sofia Marchetti, an engineer from Turin who is visiting the summit for the first time, said the pace surprised \
    her. "In Europe we talk about a prototype for months," Marchetti said. "Here somebody hands you one at lunch."

    Li said that the summit would publish its reference designs in both Chinese and English, a decision he \
    called "a small step that opens a big door".

    组委会表示，今年的峰会共有来自二十多个国家的开发者参加。
    """
}
