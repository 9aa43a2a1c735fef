/// Words that help find and classify speaker mentions: pronouns, titles, nominal heads,
/// organization words and abbreviations.
enum SpeakerLexicon {
  /// Words that end a role's head: `chief engineer of X`, `adviser to X`.
  static let roleLinks: Set<Substring> = [
    "of", "at", "for", "with", "from", "in", "on", "to", "who", "since", "under", "during", "and", "&",
  ]
  /// Words that open adverbials, clauses and places, never roles: `meanwhile`, `in Kentucky`.
  static let roleOpeners: Set<Substring> = [
    "in", "on", "at", "to", "for", "with", "from", "by", "after", "before", "during", "meanwhile",
    "however", "though", "although", "also", "too", "then", "still", "now", "instead", "indeed",
    "and", "but", "or", "as", "if", "when", "while", "who", "which", "that", "this", "it", "he", "she",
    "they", "we", "i", "you", "his", "her", "their", "its", "not", "only", "even", "just", "again",
    "through", "via", "like", "unlike", "among", "against", "despite", "amid", "toward", "towards", "over",
    "into", "about", "across", "around", "within", "without", "behind", "beyond", "upon", "per", "near",
    "since", "until", "than",
  ]

  /// Words in -ing that open real roles: `acting director`, `ranking member`.
  static let roleAdjectives: Set<Substring> = [
    "acting", "managing", "leading", "founding", "ranking", "sitting", "outgoing", "incoming", "presiding",
    "visiting", "consulting", "governing", "reigning", "longstanding",
  ]

  /// Whether `role` is a role: its head (the last word before `of`, `at`, `for` …) is a noun for
  /// a kind of person or a title, and it opens with no adverb, preposition, participle or number.
  static func isRole(_ role: String) -> Bool {
    if let fast = role.utf8.withContiguousStorageIfAvailable({ isASCIIRole($0) }), let answer = fast {
      return answer
    }
    return isRoleByCharacters(role)
  }

  /// ``isRole(_:)`` for any text, by `Character`s.
  static func isRoleByCharacters(_ role: String) -> Bool {
    var words: [Substring] = []
    for word in role.lowercased().split(whereSeparator: { $0 == " " || $0 == "\n" }) {
      var w = word
      while let c = w.first, c.isPunctuation { w = w.dropFirst() }
      while let c = w.last, c.isPunctuation { w = w.dropLast() }
      if !w.isEmpty { words.append(w) }
    }
    guard let first = words.first else { return false }
    if roleOpeners.contains(first)
      || (first.hasSuffix("ly") && !personNounSet.contains(WordHash(String(first))))
      || (first.hasSuffix("ing") && !roleAdjectives.contains(first))
    {
      return false
    }
    if first.unicodeScalars.contains(where: { $0.value >= 0x30 && $0.value <= 0x39 }) { return false }
    var head = first
    for w in words.dropFirst() {
      if roleLinks.contains(w) { break }
      head = w
    }
    if head.hasSuffix("'s") || head.hasSuffix("’s") { return false }
    if let dash = head.lastIndex(of: "-"), head.index(after: dash) < head.endIndex,
      isRoleHead(head[head.index(after: dash)...])
    {
      return true  // `senior vice-president of …`
    }
    return isRoleHead(head)
  }

  /// Whether `head` is a person noun or a title.
  private static func isRoleHead(_ head: Substring) -> Bool {
    personNounSet.contains(WordHash(String(head))) || roleTitles.contains(String(head))
      || SpeakerMerger.titles.contains(String(head))
  }

  /// ``isRole(_:)`` over the UTF-8 of an ASCII role with words hashed, not built as strings (the
  /// resolver asks for every mention with a role); `nil` when the role is not plain ASCII, for
  /// ``isRoleByCharacters(_:)`` to judge.
  static func isASCIIRole(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
    // ASCII punctuation as `Character.isPunctuation` has it (`$+<=>^`|~` are symbols).
    @inline(__always) func isPunctuation(_ b: UInt8) -> Bool {
      switch b {
      case 0x21...0x23, 0x25...0x2A, 0x2C...0x2F, 0x3A, 0x3B, 0x3F, 0x40, 0x5B...0x5D, 0x5F, 0x7B, 0x7D: true
      default: false
      }
    }
    var first: Range<Int>? = nil
    var head = 0..<0
    var i = 0
    let n = bytes.count
    while i < n {
      guard bytes[i] < 0x80, bytes[i] != 0x0D else { return nil }
      if bytes[i] == 0x20 || bytes[i] == 0x0A {
        i += 1
        continue
      }
      var s = i
      while i < n && bytes[i] != 0x20 && bytes[i] != 0x0A {
        guard bytes[i] < 0x80, bytes[i] != 0x0D else { return nil }
        i += 1
      }
      var e = i
      while s < e && isPunctuation(bytes[s]) { s += 1 }
      while e > s && isPunctuation(bytes[e - 1]) { e -= 1 }
      guard s < e else { continue }
      let word = hash(bytes, s..<e)
      if first == nil {
        first = s..<e
        head = s..<e
        let ly = ends(bytes, s..<e, "ly") && !personNounSet.contains(word)
        let ing = ends(bytes, s..<e, "ing") && !roleAdjectiveSet.contains(word)
        if roleOpenerSet.contains(word) || ly || ing { return false }
        if (s..<e).contains(where: { bytes[$0] >= 0x30 && bytes[$0] <= 0x39 }) { return false }
      } else {
        if roleLinkSet.contains(word) { break }
        head = s..<e
      }
    }
    guard first != nil else { return false }
    if ends(bytes, head, "'s") { return false }
    let word = hash(bytes, head)
    if personNounSet.contains(word) || roleTitleSet.contains(word) { return true }
    // `senior vice-president of …`: a hyphenated head is a role when its last part is.
    guard let dash = head.last(where: { bytes[$0] == 0x2D }), dash + 1 < head.upperBound else { return false }
    let last = hash(bytes, (dash + 1)..<head.upperBound)
    return personNounSet.contains(last) || roleTitleSet.contains(last)
  }

  /// The ``WordHash`` of `bytes[range]`, ASCII folded to lower case.
  private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> WordHash {
    var h = WordHash.seed
    for k in range { h = WordHash.mix(h, Unicode.Scalar(bytes[k])) }
    return WordHash(value: h)
  }

  /// Whether `bytes[range]`, folded to lower case, ends with the lower-case ASCII `suffix`.
  private static func ends(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ suffix: StaticString)
    -> Bool
  {
    let count = suffix.utf8CodeUnitCount
    guard range.count >= count else { return false }
    let tail = suffix.utf8Start
    for k in 0..<count {
      var b = bytes[range.upperBound - count + k]
      if b >= 0x41 && b <= 0x5A { b += 0x20 }
      if b != tail[k] { return false }
    }
    return true
  }

  /// Nouns naming kinds of people (WordNet's hyponyms of person, see ``PersonNouns``).
  static let personNounSet = WordSet(lines: PersonNouns.list)
  /// Given names that mostly men or mostly women bear (the 1990 US Census lists).
  static let maleGivenNames = WordSet(lines: GivenNames.male)
  static let femaleGivenNames = WordSet(lines: GivenNames.female)

  /// The gender given name `word` tells (`Donald`, `Hillary`), `.unknown` for a name both bear
  /// (`Lee`) or no name.
  static func gender(ofGivenName word: WordHash) -> SpeakerMention.Gender {
    maleGivenNames.contains(word) ? .male : femaleGivenNames.contains(word) ? .female : .unknown
  }
  /// One-word names of cities, countries and towns (WordNet's instances, `Berlin`, `Eritrea`),
  /// for the kind of a speaker named by one word.
  static let placeNameSet = WordSet(lines: PlaceNames.list)
  /// Place names that US news writes as people's names too (`Jackson`, `Madison`): a speaker so
  /// named stays a person.
  static let placeNamesOfPeople = WordSet([
    "jackson", "lincoln", "austin", "charlotte", "florence", "sydney", "orlando", "victoria", "troy",
    "madison", "camden", "hamilton", "raleigh", "durham", "eugene", "paris", "chad", "jordan",
  ])

  /// Outlets, pollsters, fact-checkers and companies that news names by one word (`Politifact
  /// rated the claim false`, `Gallup found`): a speaker so named is an organization.
  static let oneWordOrganizations = WordSet([
    "politifact", "factcheck", "snopes", "forbes", "vox", "mashable", "variety", "politico", "axios",
    "buzzfeed", "gawker", "salon", "slate", "breitbart", "haaretz", "mediaite", "townhall", "drudge",
    "huffpost", "newsweek", "bloomberg", "wikileaks", "pew", "gallup", "rasmussen", "quinnipiac",
    "marist", "ipsos", "yougov", "google", "amazon", "facebook", "twitter", "apple", "microsoft",
    "youtube", "instagram", "kickstarter", "crowdpac", "playbook", "netflix", "uber", "walmart",
    "exxonmobil", "exxon", "boeing", "pfizer", "allergan", "tesla", "verizon", "comcast",
  ])

  /// Whether a speaker named by the one word with hash `word` is a place standing for its
  /// government or people (`Berlin backed off`).
  static func isPlaceName(_ word: WordHash) -> Bool {
    placeNameSet.contains(word) && !placeNamesOfPeople.contains(word)
      && !QuoteScanner.givenNames.contains(word)
  }
  /// ``roleOpeners``, ``roleAdjectives``, ``roleLinks`` and the titles as ``WordSet``s, for
  /// ``isASCIIRole(_:)``.
  static let roleOpenerSet = WordSet(roleOpeners.map(String.init))
  static let roleAdjectiveSet = WordSet(roleAdjectives.map(String.init))
  static let roleLinkSet = WordSet(roleLinks.map(String.init))
  static let roleTitleSet = WordSet(Array(roleTitles) + Array(SpeakerMerger.titles))

  /// Titles written before a name (`President Xi Jinping`, `Sen. Ted Cruz`, `Dr. Lee`).
  static let titles = WordSet([
    "president", "vice", "sen", "senator", "rep", "representative", "gov", "governor", "dr", "mr",
    "mrs", "ms", "miss", "prof", "professor", "secretary", "gen", "general", "judge", "justice",
    "mayor", "chairman", "chairwoman", "chair", "minister", "prime", "premier", "chancellor", "king",
    "queen", "pope", "rev", "reverend", "sheriff", "director", "ambassador", "speaker", "leader",
    "attorney", "lt", "col", "capt", "sgt", "adm", "admiral", "commissioner", "ceo", "candidate",
    "nominee", "former", "state", "sir", "lord", "lady", "dame", "gov.", "councilman", "councilwoman",
    "assemblyman", "assemblywoman", "congressman", "congresswoman", "rabbi", "father", "sister",
    "brother", "coach", "officer", "detective", "agent", "chief", "deputy", "majority", "minority",
    "house", "senate", "democratic", "democrat", "republican", "gop", "presidential", "hopeful", "rival",
    "billionaire", "businessman", "businesswoman", "mogul", "founder", "executive", "spokesman",
    "spokeswoman", "spokesperson", "sec", "foreign", "defense", "u.s", "us", "former", "white",
    // Plural titles before the first of two names: `Senators Ann Lee and Tom Reyes`.
    "senators", "sens", "reps", "representatives", "congressmen", "congresswomen", "governors",
  ])

  /// Titles whose lowercase form names a role (`President Xi` is "the president").
  static let roleTitles: Set<String> = [
    "president", "senator", "sen", "representative", "rep", "governor", "gov", "secretary", "general",
    "gen", "judge", "justice", "mayor", "chairman", "chairwoman", "minister", "premier", "chancellor",
    "king", "queen", "pope", "sheriff", "director", "ambassador", "speaker", "leader", "commissioner",
    "ceo", "professor", "prof", "candidate", "nominee", "congressman", "congresswoman", "founder",
    "spokesman", "spokeswoman", "spokesperson", "chief", "admiral", "coach", "attorney", "treasurer",
    "auditor", "comptroller", "superintendent", "councilman", "councilwoman", "assemblyman",
    "assemblywoman",
  ]

  /// Words that start a noun phrase naming a speaker (`the spokesman`, `a source`).
  static let determiners = WordSet([
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "one", "another", "some", "many",
    "several", "two", "three", "four", "five", "most", "other", "these", "those", "this", "that",
    "both", "few", "all", "no", "each", "top", "senior",
  ])

  /// Heads of noun phrases that can speak.
  static let nominalHeads = WordSet([
    "spokesman", "spokeswoman", "spokesperson", "spokespeople", "official", "officials", "source",
    "sources", "aide", "aides", "adviser", "advisers", "advisor", "advisors", "president", "minister",
    "ministry", "company", "campaign", "committee", "department", "government", "agency", "group",
    "firm", "newspaper", "report", "reports", "poll", "polls", "survey", "surveys", "study", "studies",
    "statement", "organization", "administration", "police", "analyst", "analysts", "expert",
    "experts", "critic", "critics", "supporter", "supporters", "people", "voters", "voter",
    "democrats", "republicans", "leader", "leaders", "candidate", "nominee", "senator", "governor",
    "mayor", "secretary", "chairman", "director", "executive", "executives", "economist",
    "economists", "researcher", "researchers", "scientist", "scientists", "professor", "lawyer",
    "lawyers", "attorney", "attorneys", "prosecutor", "prosecutors", "judge", "court", "member",
    "members", "staff", "staffer", "staffers", "strategist", "strategists", "operative",
    "operatives", "consultant", "consultants", "pollster", "pollsters", "observers", "witness",
    "witnesses", "residents", "resident", "user", "users", "writer", "author", "authors",
    "editorial", "board", "article", "data", "figures", "document", "documents", "memo", "letter",
    "email", "emails", "post", "tweet", "release", "website", "network", "paper", "magazine",
    "outlet", "chief", "ceo", "founder", "manager", "officer", "officers", "diplomat", "diplomats",
    "lawmaker", "lawmakers", "legislator", "legislators", "congressman", "congresswoman", "delegate",
    "delegates", "activist", "activists", "donor", "donors", "voice", "insider", "insiders", "man",
    "woman", "men", "women", "friend", "friends", "father", "mother", "son", "daughter", "wife",
    "husband", "host", "anchor", "reporter", "reporters", "journalist", "journalists", "party",
    "team", "office", "union", "council", "commission", "association", "institute", "center",
    "foundation", "spokesmen", "representatives", "representative", "employee", "employees",
    "worker", "workers", "investigators", "investigator", "historian", "historians", "chair",
    "candidates", "nominees", "surrogate", "surrogates", "partner", "partners", "owner", "owners",
    "students", "student", "teacher", "teachers", "doctor", "doctors", "physician", "officials",
    "caller", "blogger", "columnist", "commentator", "commentators", "pundit", "pundits", "person",
    "everyone", "someone", "nobody", "others", "both", "most", "many", "some", "few", "all",
    "transcript", "records", "filing", "filings", "complaint", "lawsuit", "ruling", "analysis",
    "ad", "ads", "video", "speech", "book", "interview", "announcement", "indictment", "memoir",
    "clip", "spot", "piece", "story", "headline", "site", "account", "page", "narrator", "message",
    "sign", "banner", "card", "order", "bill", "law", "rule", "rules", "bylaws", "plan", "platform",
    "policy", "proposal", "measure", "resolution", "amendment", "column", "op-ed", "essay",
    "broadcast", "show", "program", "segment", "film", "documentary", "movie", "song", "text", "note",
    "caption", "slogan", "chart", "model", "forecast", "index", "tweets", "posts", "spokesmen", "aide",
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "percent", "half", "majority",
    "third", "thirds", "quarter", "surveyed", "polled", "respondents", "research",
    "those", "plurality", "fifth", "fourth", "participants", "americans", "republicans", "independents",
  ])

  /// Heads and name words that make a speaker an organization.
  static let organizationWords = WordSet([
    "ministry", "company", "campaign", "committee", "department", "government", "agency", "group",
    "firm", "newspaper", "organization", "administration", "police", "court", "party", "team",
    "office", "union", "council", "commission", "association", "institute", "center", "centre",
    "foundation", "inc", "corp", "corporation", "co", "ltd", "llc", "holdings", "news", "times",
    "post", "journal", "press", "network", "university", "college", "bureau", "service", "board",
    "congress", "senate", "house", "reuters", "cnn", "nbc", "abc", "cbs", "fox", "msnbc", "ap",
    "bank", "fund", "council", "club", "league", "federation", "alliance", "coalition", "pac",
    "magazine", "paper", "website", "report", "poll", "survey", "study", "statement", "data",
    "tribune", "herald", "gazette", "daily", "weekly", "politico", "xinhua", "guardian", "telegraph",
    "economist", "bloomberg", "breitbart", "foxnews", "outlet", "ministries", "authorities",
    "agencies", "companies", "authority", "institution", "lab", "laboratory", "commission", "parliament",
    "assembly", "cabinet", "embassy", "consulate", "army", "navy", "military", "pentagon", "kremlin",
    "editorial", "memo", "letter", "document", "documents", "email", "emails", "release", "filing",
    "conference", "summit", "forum", "initiative", "act", "city", "county", "province", "republic",
    "states", "united", "street", "river", "airport", "hotel", "church", "school", "hospital",
    "museum", "square", "station", "fair", "festival", "games", "olympics", "cup", "research", "watch",
  ])

  /// The US states, lower-cased, with their abbreviations as ``SpeakerResolver`` reads a
  /// description's words (AP style and postal, periods dropped: `N.J.` is `n j`), so that `Sen.
  /// Ann Reyes (R-Fla.)` is `the Florida senator`. Postal codes that are also words (`in`, `me`,
  /// `or`, `ms` for `Ms.`) are left out; a state with nothing else has none (`[]`).
  static let stateAbbreviations: [String: [String]] = [
    "alabama": ["ala"],
    "alaska": ["ak"],
    "arizona": ["ariz", "az"],
    "arkansas": ["ark", "ar"],
    "california": ["calif", "ca"],
    "colorado": ["colo"],
    "connecticut": ["conn", "ct"],
    "delaware": ["del"],
    "florida": ["fla", "fl"],
    "georgia": ["ga"],
    "hawaii": [],
    "idaho": [],
    "illinois": ["ill", "il"],
    "indiana": ["ind"],
    "iowa": ["ia"],
    "kansas": ["kan", "ks"],
    "kentucky": ["ky"],
    "louisiana": ["la"],
    "maine": [],
    "maryland": ["md"],
    "massachusetts": ["mass", "ma"],
    "michigan": ["mich", "mi"],
    "minnesota": ["minn", "mn"],
    "mississippi": ["miss"],
    "missouri": ["mo"],
    "montana": ["mont", "mt"],
    "nebraska": ["neb"],
    "nevada": ["nev", "nv"],
    "new hampshire": ["n h", "nh"],
    "new jersey": ["n j", "nj"],
    "new mexico": ["n m", "nm"],
    "new york": ["n y", "ny"],
    "north carolina": ["n c", "nc"],
    "north dakota": ["n d", "nd"],
    "ohio": [],
    "oklahoma": ["okla"],
    "oregon": ["ore"],
    "pennsylvania": ["pa"],
    "rhode island": ["r i", "ri"],
    "south carolina": ["s c", "sc"],
    "south dakota": ["s d", "sd"],
    "tennessee": ["tenn", "tn"],
    "texas": ["tex", "tx"],
    "utah": ["ut"],
    "vermont": ["vt"],
    "virginia": ["va"],
    "washington": ["wash", "wa"],
    "west virginia": ["w va", "wv"],
    "wisconsin": ["wis", "wi"],
    "wyoming": ["wyo", "wy"],
  ]

  /// Words before a place that keep it a place: `Southern California`, `upstate New York`.
  static let placeModifiers: Set<String> = [
    "southern", "northern", "eastern", "western", "central", "upstate", "downstate", "rural", "greater",
  ]

  /// Names of places that speak through their governments or people (`California said`, `China
  /// warned`): the US states and the countries and regions common in news.
  static let places = WordSet([
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware",
    "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky",
    "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri",
    "montana", "nebraska", "nevada", "new hampshire", "new jersey", "new mexico", "new york",
    "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "rhode island",
    "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont", "virginia", "washington",
    "west virginia", "wisconsin", "wyoming", "puerto rico", "america", "united states", "canada", "mexico",
    "cuba", "venezuela", "brazil", "argentina", "colombia", "chile", "peru", "britain", "great britain",
    "united kingdom", "england", "scotland", "ireland", "wales", "france", "germany", "italy", "spain",
    "portugal", "greece", "netherlands", "belgium", "switzerland", "austria", "sweden", "norway",
    "denmark", "finland", "poland", "hungary", "ukraine", "russia", "belarus", "turkey", "syria", "iraq",
    "iran", "israel", "palestine", "lebanon", "egypt", "libya", "tunisia", "algeria", "morocco",
    "saudi arabia", "yemen", "qatar", "kuwait", "bahrain", "oman", "afghanistan", "pakistan", "india",
    "bangladesh", "china", "japan", "taiwan", "north korea", "south korea", "korea", "vietnam",
    "thailand", "indonesia", "malaysia", "philippines", "singapore", "burma", "myanmar", "australia",
    "new zealand", "nigeria", "kenya", "ethiopia", "somalia", "sudan", "south africa", "europe", "asia",
    "africa", "latin america", "middle east", "the west",
  ])

  /// Whether `name` is a place, perhaps with a modifier before it (`Southern California`).
  static func isPlace(_ name: String) -> Bool {
    if places.contains(WordHash(name)) { return true }
    // In an ASCII name every byte but CR LF is a character: the first space is found by its
    // byte, where a `Character` search costs thousands of instructions per name.
    let found = name.utf8.allSatisfy { $0 < 0x80 } ? name.utf8.firstIndex(of: 0x20) : name.firstIndex(of: " ")
    guard let space = found else { return false }
    return placeModifiers.contains(name[..<space].lowercased())
      && places.contains(WordHash(String(name[name.index(after: space)...])))
  }

  /// Abbreviations after which a full stop does not end a sentence.
  static let abbreviations = WordSet([
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "st", "jr", "sr", "inc", "co", "corp", "lt",
    "col", "capt", "sgt", "no", "vs", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov",
    "dec", "prof", "rev", "ft", "mt", "adm", "ltd", "dept", "est", "approx", "fig", "cmdr", "maj",
    "pres", "supt", "atty", "sec", "messrs", "mmes", "msgr", "hon", "gov't", "e.g", "i.e", "etc",
  ])

  /// Capitalized words that start a sentence without being part of a name.
  static let sentenceWords = WordSet([
    "the", "a", "an", "but", "and", "or", "so", "yet", "in", "on", "at", "as", "for", "if", "when",
    "while", "after", "before", "since", "though", "although", "because", "then", "still", "also",
    "this", "that", "these", "those", "there", "here", "his", "her", "their", "its", "our", "my",
    "we", "i", "he", "she", "they", "it", "you", "now", "today", "yesterday", "meanwhile",
    "however", "instead", "indeed", "earlier", "later", "last", "next", "during", "asked", "speaking",
    "according", "with", "without", "by", "from", "to", "of", "about", "like", "unlike", "even",
    "both", "all", "some", "many", "most", "other", "another", "such", "what", "which", "who",
    "where", "why", "how", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "amid", "over", "under", "despite", "through", "among",
    "mr", "mrs", "ms", "dr", "no", "yes", "not", "just", "only", "every", "each", "often", "perhaps",
    "sometimes", "once", "never", "always", "maybe", "soon", "again", "eventually", "ultimately",
    "thus", "hence", "otherwise", "nevertheless", "nonetheless", "moreover", "furthermore", "besides",
    "anyway", "altogether", "overall", "recently", "finally", "cheers", "congratulations", "thanks",
    "hello", "welcome", "sorry", "please", "oh", "well", "wow", "alas", "hey", "much", "more", "less",
    "few", "several", "any", "anyone", "everyone", "someone", "nobody", "whichever", "whenever",
    "wherever", "whatever", "unless", "likewise", "alongside", "beyond", "outside", "inside", "absent",
    "multiple", "think", "imagine", "consider", "remember", "contrast", "everything", "something",
    "anything", "based", "faced", "being", "doing", "going", "using", "given", "hundreds", "thousands",
    "dozens", "millions", "billions", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
    "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
    "eighty", "ninety", "feb", "aug", "sept", "oct", "nov", "dec", "further", "along", "aside",
    "continue", "following", "whether", "regarding", "including", "considering",
    // Imperatives opening a headline or a list (`Hold Ann Lee to her word`) and sentence adverbs.
    "hold", "meet", "watch", "read", "stop", "vote", "keep", "ask", "tell", "give", "blame", "trust",
    "dump", "lock", "save", "help", "pretty", "ever", "let",
  ])

  /// Words of the labels a newsroom puts before a headline or a paragraph (`Breaking:`, `The
  /// Latest:`, `CORRECTION:`, `Editor's note:`): a label holding one is not a speaker, and a run
  /// of capitalized words holding one (`CORRECTION APPENDED`) is not a name.
  static let editorialLabels = WordSet([
    "breaking", "latest", "revealed", "byline", "correction", "corrections", "clarification", "update",
    "updated", "updates", "email", "boom", "paid", "notice", "look", "exclusive", "busted", "leaked",
    "bombshell", "video", "photos", "photo", "related", "advertisement", "note", "text", "transcript",
    "appended", "developing", "subscribe",
  ])

  /// Nationality and region adjectives (`Russian fears`, `- Russian for "goodbye"`): capitalized,
  /// never a speaker's name on their own. Their plurals (`Russians`) are groups and stay.
  static let demonyms = WordSet([
    "american", "russian", "chinese", "mexican", "british", "french", "german", "israeli", "palestinian",
    "iranian", "iraqi", "syrian", "saudi", "japanese", "korean", "canadian", "cuban", "european",
    "african", "asian", "arab", "arabic", "jewish", "latino", "hispanic", "turkish", "egyptian", "libyan",
    "afghan", "pakistani", "indian", "italian", "spanish", "greek", "polish", "ukrainian", "swedish",
    "dutch", "irish", "scottish", "english", "australian", "brazilian", "venezuelan", "colombian",
    "nigerian", "kenyan", "somali", "sudanese", "vietnamese", "filipino", "indonesian", "yemeni",
    "qatari", "kuwaiti", "lebanese", "jordanian", "kurdish", "taiwanese", "thai", "belgian", "swiss",
    "austrian", "norwegian", "danish", "finnish", "hungarian", "portuguese", "argentine", "chilean",
    "peruvian", "moroccan", "algerian", "tunisian", "ethiopian", "bangladeshi", "burmese", "malaysian",
    "singaporean", "western", "eastern", "southern", "northern", "midwestern",
  ])

  /// Function words that a heading capitalizes and a name never holds after its first word
  /// (`Big Win For Bernie`, `FIX IS IN`, `Will Ferries Be Next`). Not `a` (`Jill A. Martin`),
  /// `will` (`Chairman Will Rogers`) or `from` (`Al From`), which names do hold.
  static let headingWords = WordSet([
    "the", "an", "of", "on", "to", "for", "in", "at", "by", "with", "is", "are", "was",
    "were", "be", "been", "has", "have", "had", "would", "can", "could", "what", "how", "why",
    "it", "its", "him", "her", "them", "they", "we", "you", "he", "she", "not", "just", "about",
    "after", "before", "into", "out", "up", "over", "as", "that", "this", "and", "or", "but",
  ])
}
