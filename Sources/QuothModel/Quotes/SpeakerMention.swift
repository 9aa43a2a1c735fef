/// The words naming a speaker at one attribution, before coreference resolves them.
struct SpeakerMention: Sendable {
  /// How the speaker is named.
  enum Form: UInt8, Sendable {
    /// A proper name, perhaps with a title (`President Xi Jinping`, `Xi`, `Tencent`).
    case name
    /// A pronoun (`he`, `she`, `they`, `it`).
    case pronoun
    /// A common noun phrase (`the president`, `a spokesman`, `officials`).
    case nominal
  }

  /// Grammatical gender when the words show it.
  enum Gender: UInt8, Sendable {
    case unknown, male, female
  }

  /// The whole mention, title included.
  var span: TextSpan
  /// How the speaker is named.
  var form: Form
  /// For a name: the name without titles.
  var name: String = ""
  /// Where the name (without titles) lies, for names whose ``name`` is built only when needed.
  var nameSpan: TextSpan?
  /// The hashes of the name's words, lower-cased.
  var nameWords: [UInt64] = []
  /// The title or nominal head, lower-cased (`president`, `spokesman`).
  var title: String?
  /// The role given by an appositive (`president of ChinaEU`), when any.
  var role: String?
  /// The gender the words show.
  var gender: Gender = .unknown
  /// Whether the mention is plural (`they`, `officials`).
  var isPlural = false
  /// Whether the mention names an organization.
  var isOrganization = false
  /// Whether the name starts a sentence or clause, where subjects stand.
  var startsClause = false
  /// Whether the mention is `I`, `we` or `you`, which name nobody the article introduces.
  var isFirstOrSecondPerson = false
  /// A transcript's label (`WALLACE:`), written in capitals whatever the speaker is.
  var isLabel = false
}
