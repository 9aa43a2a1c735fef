/// The features of a choice between two speaker mentions for one quote: the rules' mention, the
/// nearest subject before the cue, and the alternative, the subject of the whole sentence
/// (``RawQuote/alternative``). Forms, the words before and at the end of each mention, their
/// distances from the cue and what lies between them; words and rule names only, never sentences.
///
/// `In Dover, Ann Lee, whose town, Salem, floods every spring, argues that …`: the rules take
/// `Salem`, the sentence's subject is `Ann Lee`; a place after `town,` and a name at the start of
/// the sentence are what the source model weighs.
enum SourceFeatures {
  /// Adds the features of choosing between `quote`'s mention and its alternative to `sink`.
  ///
  /// - Complexity: O(length of the two mentions and the text between them and the cue).
  static func extract<S: QuoteFeatureSink>(_ quote: RawQuote, text: [Unicode.Scalar], into sink: inout S) {
    guard let alternative = quote.alternative else { return }
    let mention = quote.mention
    let (m, a) = (form(mention), form(alternative))
    sink.add("s-bias", "1")
    sink.add("s-rule", quote.rule.staticName, quote.kind.staticName)
    sink.add("s-forms", m, a)
    sink.add("s-rule-m", quote.rule.staticName, m)
    let cueStart = quote.cue?.start ?? quote.span.start
    if let cue = quote.cue {
      sink.add("s-cue", text, cue.start..<min(cue.end, cue.start + 24))
      let ending: StaticString =
        cue.end - cue.start > 4 && text[cue.end - 1] == "g" && text[cue.end - 2] == "n"
          && text[cue.end - 3] == "i"
        ? "ing" : text[cue.end - 1] == "d" ? "ed" : text[cue.end - 1] == "s" ? "s" : "other"
      sink.add("s-cue-m", ending, m)
    }
    addSide(("s-a-prev", "s-a-last", "s-a"), alternative, cueStart: cueStart, text: text, into: &sink)
    if alternative.isFirstOrSecondPerson { sink.add("s-a-person", "first") }
    guard let mention else { return }
    addSide(("s-m-prev", "s-m-last", "s-m"), mention, cueStart: cueStart, text: text, into: &sink)
    let (lo, hi) = (
      min(alternative.span.end, mention.span.end), max(alternative.span.start, mention.span.start)
    )
    var commas = 0
    if lo < hi { for i in lo..<hi where text[i] == "," { commas += 1 } }
    sink.add("s-commas", commas == 0 ? "0" : commas == 1 ? "1" : "2+")
    if mention.form == .name {
      let name = mention.nameSpan ?? mention.span
      let place = SpeakerLexicon.places.contains(WordHash(text, name.start..<name.end))
      sink.add("s-m-place", place ? "yes" : "no")
    } else if mention.form == .nominal, let head = mention.title {
      let person =
        SpeakerLexicon.personNounSet.contains(WordHash(head))
        || SpeakerResolver.groupHeads.contains(WordHash(head))
      sink.add("s-m-person", person ? "yes" : "no")
    }
  }

  /// The mention's form: `name`, `organization`, `pronoun`, `nominal`, or `none`.
  static func form(_ mention: SpeakerMention?) -> StaticString {
    switch mention?.form {
    case .name?: mention!.isOrganization ? "organization" : "name"
    case .pronoun?: "pronoun"
    case .nominal?: "nominal"
    case nil: "none"
    }
  }

  /// The features of one side: the word or mark before the mention, its last word, and how far
  /// it ends before the cue.
  static func addSide<S: QuoteFeatureSink>(
    _ families: (prev: StaticString, last: StaticString, side: StaticString), _ mention: SpeakerMention,
    cueStart: Int, text: [Unicode.Scalar], into sink: inout S
  ) {
    var k = mention.span.start - 1
    while k >= 0 && k > mention.span.start - 4 && (text[k] == " " || text[k] == "\u{A0}") { k -= 1 }
    if k < 0 || text[k] == "\n" {
      sink.add(families.side, "start", "before")
    } else if QuoteTokenizer.isWordScalar(text[k]) {
      var b = k
      while b > 0 && b > k - 16 && QuoteTokenizer.isWordScalar(text[b - 1]) { b -= 1 }
      sink.add(families.prev, text, b..<(k + 1))
    } else {
      sink.add(families.prev, text, k..<(k + 1))
    }
    var end = mention.span.end
    while end > mention.span.start && !QuoteTokenizer.isWordScalar(text[end - 1]) { end -= 1 }
    var start = end
    while start > mention.span.start && end - start < 16 && QuoteTokenizer.isWordScalar(text[start - 1]) {
      start -= 1
    }
    if start < end { sink.add(families.last, text, start..<end) }
    let gap = cueStart - mention.span.end
    let bucket: StaticString =
      gap < 0 ? "after" : gap <= 2 ? "0" : gap <= 20 ? "20" : gap <= 60 ? "60" : "far"
    sink.add(families.side, "dist", bucket)
  }
}
