/// The reporting verbs that cue quotes and reported speech, in classes that say how freely each
/// may introduce a clause.
enum ReportingVerbs {
  /// Verbs of saying that introduce a clause with or without `that`, before or after it
  /// (`X said the plan failed`, `The plan failed, X said`).
  static let speech = WordSet([
    "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added", "adding",
    "note", "notes", "noted", "noting", "write", "writes", "wrote", "writing", "argue", "argues",
    "argued", "arguing", "claim", "claims", "claimed", "claiming", "insist", "insists", "insisted",
    "insisting", "explain", "explains", "explained", "explaining", "state", "states", "stated",
    "declare", "declares", "declared", "declaring", "warn", "warns", "warned", "warning", "contend",
    "contends", "contended", "maintain", "maintains", "maintained", "assert", "asserts", "asserted",
    "stress", "stresses", "stressed", "emphasize", "emphasizes", "emphasized", "emphasised",
    "acknowledge", "acknowledges", "acknowledged", "admit", "admits", "admitted", "recall", "recalls",
    "recalled", "reply", "replies", "replied", "respond", "responds", "responded", "continue",
    "continues", "continued", "conclude", "concludes", "concluded", "tweet", "tweets", "tweeted",
    "predict", "predicts", "predicted", "suggest", "suggests", "suggested", "suggesting", "believe",
    "believes", "believed", "think", "thinks", "thought", "remark", "remarks", "remarked", "observe",
    "observes", "observed", "complain", "complains", "complained", "counter", "counters", "countered",
    "concede", "concedes", "conceded", "confirm", "confirms", "confirmed", "joke", "joked", "quipped",
    "testify", "testified", "allege", "alleges", "alleged", "boast", "boasted", "bragged", "caution",
    "cautioned", "estimate", "estimates", "estimated", "exclaimed", "lament", "lamented", "mused",
    "reiterate", "reiterated", "retorted", "speculated", "wonder", "wondered", "report", "reports",
    "reported", "announce", "announces", "announced", "reveal", "reveals", "revealed", "posted",
    "mention", "mentions", "mentioned", "highlight", "highlighted", "agree", "agrees", "agreed",
    "worry", "worries", "worried", "fear", "fears", "feared", "hope", "hopes", "hoped", "charge",
    "charged", "promise", "promises", "promised", "vow", "vows", "vowed", "pledge", "pledged",
    "ask", "asks", "asked", "asking", "show", "shows", "showed", "found", "finds", "indicate",
    "indicates", "indicated", "know", "knows", "knew", "expect", "expects", "expected", "feel", "feels",
    "felt", "recount", "recounted", "repeated", "shouted", "yelled", "told", "explains", "signaled",
    "conceded", "acknowledges", "reckons", "figured", "guessed", "surmised", "theorized", "speculates",
    "answered", "answers", "reacted", "reacts", "jeered", "cheered", "hollered", "observed",
    "commented", "comments", "snapped", "chanted", "chanting", "sang", "sings", "singing", "read", "reads",
    "texted", "emailed", "wrote", "shot", "fired", "chimed", "interjected", "interrupted", "cracked",
    "scoffed", "sighed", "laughed", "smiled", "pleaded", "begged", "demanded", "screamed", "whispered",
    "muttered", "proclaimed", "proclaims", "announcing", "conceding", "boasting", "confirming", "cried",
    "barked",
    "bellowed", "roared", "fumed", "gushed", "griped", "grumbled",
  ])

  /// Speech verbs that may take a bare clause without `that` (`X said the plan failed`).
  static let bareClause = WordSet([
    "say", "says", "said", "saying", "add", "adds", "added", "adding", "argue", "argues", "argued",
    "arguing", "claim", "claims", "claimed", "insist", "insists", "insisted", "believe", "believes",
    "believed", "think", "thinks", "thought", "contend", "contends", "contended", "wrote", "writes",
    "warned", "warns", "predicted", "predicts", "stated", "explained", "noted", "suggested", "told",
    "tells", "tell", "telling", "acknowledged", "admitted", "conceded", "maintained", "insisting",
    "asserted", "stressed", "reckons", "figured", "feel", "feels", "felt", "knew", "know", "knows",
    "hope", "hopes", "hoped", "fear", "fears", "feared", "worry", "worries", "worried",
  ])

  /// Verbs that cue an attribution only when the clause holds a quotation
  /// (`X called the plan "a disgrace"`).
  static let quoting = WordSet([
    "call", "calls", "called", "calling", "describe", "describes", "described", "describing", "urge",
    "urges", "urged", "urging", "accuse", "accuses", "accused", "accusing", "praise", "praised",
    "praising", "criticize", "criticized", "criticizing", "denounce", "denounced", "label", "labeled",
    "labelled", "dub", "dubbed", "brand", "branded", "slam", "slams", "slammed", "blast", "blasted",
    "referred", "referring", "refers", "deride", "derided", "mock", "mocked", "vow", "vowed",
    "promise", "promised", "pledge", "pledged", "want", "wants", "wanted", "demand", "demanded",
    "demands", "characterized", "characterizes", "touted", "touts", "defended", "defends", "declined",
    "decline", "declines", "refused", "blamed", "blames", "hailed", "cited", "citing", "quoted",
    "encouraged", "invited", "thanked", "attacked", "questioned", "dismissed", "rejected", "welcomed",
    "condemned", "lauded", "applauded", "sought", "seeks", "offered", "proposed", "endorsed",
  ])

  /// Verbs that close an attribution after a quotation (`"…," Ada urged.`) though they do not
  /// introduce a clause of reported speech.
  static let closing = WordSet([
    "urge", "urges", "urged", "declare", "declares", "exclaimed", "exclaims", "quipped", "quips",
    "recalled", "recalls", "argued", "wrote", "writes", "tweeted", "tweets", "posted", "posts",
    "declared", "read", "reads", "insisted", "demanded", "pleaded", "shouted", "yelled", "joked",
    "mused", "warned", "vowed", "promised", "pledged", "boasted", "bragged", "griped", "gushed",
    "raved", "marveled", "marvelled", "sniped", "taunted", "teased", "scolded", "chided", "fumed",
    "huffed", "ranted", "thundered", "bellowed", "roared", "intoned", "opined", "offered", "advised",
    "cautioned", "counseled", "concurred", "echoed", "summarized", "summed", "elaborated", "clarified",
    "recounted", "confided", "conceded", "quoted", "explained", "surmised", "predicted", "deadpanned",
    "assured", "reminded", "stated", "added", "continued", "replied", "responded", "answered",
  ])

  /// Verbs after which the object (a listener) precedes the clause: `told reporters that …`.
  static let withListener = WordSet([
    "tell", "tells", "told", "telling", "warned", "warns", "assured", "reminded",
  ])

  /// Words that may sit between a subject and its cue: auxiliaries and adverbs.
  static let auxiliaries = WordSet([
    "has", "have", "had", "also", "would", "will", "could", "might", "may", "later", "previously",
    "then", "recently", "once", "further", "repeatedly", "publicly", "reportedly", "often", "just",
    "simply", "frequently", "quickly", "again", "already", "still", "even", "privately", "flatly",
    "initially", "earlier", "subsequently", "ultimately", "has also", "did", "does", "do", "not",
    "never", "always", "since", "first", "separately", "last", "openly", "explicitly", "specifically",
    "is", "are", "was", "were", "been", "be", "overall", "however", "too", "themselves", "himself", "herself",
    "itself", "today", "yesterday",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tonight", "now",
    "immediately", "quickly", "likewise", "similarly", "instead", "meanwhile", "alone", "together",
  ])

  /// Whether the word can cue an attribution at all: one probe of ``cues``.
  static func isCue(_ hash: WordHash) -> Bool { cues.contains(hash) }

  /// ``speech`` and ``quoting`` in one set.
  static let cues = WordSet(union: [speech, quoting])
}
