/// Finds quotes in an article and attributes them to speakers.
///
/// Quotation marks are paired over the body paragraphs (quotes may run over several paragraphs),
/// sentences are matched against attribution patterns around reporting verbs (`"…," she said`,
/// `X said that …`, `…, X added`, `according to X, …`), three models trained on PolNeAR end a
/// mixed or indirect quote early or begin it late (``QuoteModel/cut``), choose between the rules'
/// speaker mention and the sentence's subject (``QuoteModel/source``) and drop unlikely
/// candidates (``QuoteModel/trained``), and a small coreference resolver maps names,
/// surnames, titles, nominal references and pronouns to speakers. The article's authors are
/// never speakers.
public enum QuoteExtractor {
  /// The attributor used where none is injected.
  public static let standard: any QuoteAttributor = StandardAttributor()

  /// Builds the quote model and the lexicons now; otherwise the first analysis builds them (about
  /// 11 M instructions), while every other thread that analyses waits for it.
  ///
  /// A process that will analyse articles calls this on a spare core while it does other work
  /// (`quoth quotes` while it parses its arguments and lists its folders).
  public static func prepare() {
    let text = Array("“We will,” said Ada Lovelace, a mathematician. She said it was time.".unicodeScalars)
    let article = ArticleParser.parse(path: "prepare.txt", text: text, format: .text)
    _ = analyze(article)
  }

  /// The quotes and speakers of `article`, as `attributor` finds them.
  ///
  /// - Parameters:
  ///   - article: a parsed article; only its body paragraphs are searched.
  ///   - attributor: the method; ``standard`` unless a caller injects another.
  /// - Returns: the quotes in text order and the speakers in order of first appearance.
  public static func analyze(_ article: Article, attributor: any QuoteAttributor = standard) -> QuoteAnalysis
  {
    attributor.analyze(article)
  }

  /// The rule patterns and the speaker resolver, with `model` scoring each candidate and dropping
  /// those it judges unlikely; with `names`, each kept quote's feature names are appended to it.
  ///
  /// - Complexity: O(n) in the length of the body, plus the number of distinct speakers per quote.
  ///
  /// With `source`, a quote whose sentence's subject is another phrase than its mention takes the
  /// subject when the source model scores it at its threshold or above; with `choices`, each
  /// such choice of a kept quote is recorded instead (for `quoth-train`), the rules' mention kept.
  ///
  /// With `cut`, a mixed or indirect quote is cut at its best cut point (``SpanCut``) when the
  /// model scores it at its threshold or above; with `cuts`, every such quote's cut options are
  /// recorded (for `quoth-train`), before any cut is made.
  static func analyze(
    _ article: Article, model: QuoteModel?, source: QuoteModel? = nil, cut: SpanCutScorer? = nil,
    names: UnsafeMutablePointer<[[String]]>? = nil, choices: UnsafeMutablePointer<[SourceChoice]>? = nil,
    cuts: UnsafeMutablePointer<[CutChoice]>? = nil
  )
    -> QuoteAnalysis
  {
    // The headline is scanned too (`Ada Lovelace: Engines will compose music`), as paragraph 0.
    var spans = article.paragraphs.map(\.span)
    let title = article.blocks.first { $0.kind == .title }?.span
    let hasHeadline = title.map { t in !t.isEmpty && spans.allSatisfy { t.end <= $0.start } } ?? false
    if hasHeadline, let title { spans.insert(title, at: 0) }
    var scanner = QuoteScanner(text: article.text, paragraphs: spans)
    if hasHeadline { scanner.headlineParagraph = 0 }
    scanner.scan()
    // The quotes are taken out of the scanner (which the resolver's closures keep, for its
    // tokens) so that they are sorted in place rather than copied first.
    var raw: [RawQuote] = []
    swap(&raw, &scanner.quotes)
    raw.sort { $0.span.start < $1.span.start }
    var resolver = SpeakerResolver(
      names: scanner.nameMentions(), authors: article.authors, text: article.text,
      namesEndingWith: { [scanner] in scanner.names(endingWith: $0) },
      writesInLowerCase: { [scanner] in scanner.writesInLowerCase($0) },
      wordOffsets: { [scanner] in scanner.wordOffsets($0) })
    var quotes: [Quote] = []
    quotes.reserveCapacity(raw.count)
    var features = QuoteFeatureHashes()
    var sourceFeatures = QuoteFeatureHashes()
    for var q in raw {
      if let cuts, q.kind != .direct {
        cuts.pointee.append(CutChoice(q, text: article.text))
      }
      if let cut, q.kind != .direct,
        let (point, side, p) = SpanCut.best(q, scorer: cut, text: article.text),
        p >= cut.model.quotedThreshold
      {
        SpanCut.apply(point, side, to: &q, text: article.text)
      }
      // An alternative that is no source (`That sort of gap …`) is never weighed.
      if let alternative = q.alternative, !resolver.isSource(alternative) { q.alternative = nil }
      if let source, q.alternative != nil {
        sourceFeatures.keys.removeAll(keepingCapacity: true)
        SourceFeatures.extract(q, text: article.text, into: &sourceFeatures)
        if source.probability(sourceFeatures.keys) >= source.quotedThreshold { q.mention = q.alternative }
      }
      var choice: SourceChoice? = nil
      if choices != nil, let alternative = q.alternative {
        // The alternative's speaker as the resolver would name it, from a copy left behind.
        var other = resolver
        let name = other.resolve(alternative).map { other.speakers[other.speaker(for: $0)].name }
        var sink = QuoteFeatureNames()
        SourceFeatures.extract(q, text: article.text, into: &sink)
        choice = SourceChoice(
          quote: quotes.count, features: sink.names, mention: alternative.span, speaker: name)
      }
      let entity = q.mention.flatMap { resolver.resolve($0) }
      var confidence = 1.0
      if let model {
        features.keys.removeAll(keepingCapacity: true)
        QuoteFeatures.extract(q, resolved: entity != nil, text: article.text, into: &features)
        confidence = model.probability(features.keys)
        if !model.keeps(q.kind, rule: q.rule, confidence) { continue }
      }
      let speaker = entity.map { resolver.speaker(for: $0) }
      if let last = quotes.indices.last, joins(q, after: quotes[last], speaker: speaker, text: article.text) {
        // `"We won," Ada said. "Now we rest."`: one utterance, as annotators mark it.
        quotes[last].parts += q.parts
        quotes[last].span = TextSpan(start: quotes[last].span.start, end: q.span.end)
        if quotes[last].kind == .direct && q.kind == .mixed { quotes[last].kind = .mixed }
        continue
      }
      if let names {
        var sink = QuoteFeatureNames()
        QuoteFeatures.extract(q, resolved: entity != nil, text: article.text, into: &sink)
        names.pointee.append(sink.names)
      }
      if let s = speaker {
        switch q.kind {
        case .direct: resolver.speakers[s].direct += 1
        case .mixed: resolver.speakers[s].mixed += 1
        case .indirect: resolver.speakers[s].indirect += 1
        }
      }
      if let choice { choices?.pointee.append(choice) }
      quotes.append(
        Quote(
          kind: q.kind, span: q.span, parts: q.parts, cue: q.cue, mention: q.mention?.span, speaker: speaker,
          rule: q.rule, confidence: confidence))
    }
    return QuoteAnalysis(quotes: quotes, speakers: resolver.speakers)
  }

  /// Whether `q`, a sentence that is only a quotation (``QuoteRule/isWholeSentence``), goes on
  /// the quotation `last` by the same speaker in the same paragraph: at most 200 code points
  /// after it, with no line break or other quotation between (the cue sentence of `last`, as in
  /// `"We won," Ada said. "Now we rest."`). On the train folds this gained 0.001 quoted and
  /// 0.002 attributed F1; joining a following quotation with a cue of its own lost 0.009.
  static func joins(_ q: RawQuote, after last: Quote, speaker: Int?, text: [Unicode.Scalar]) -> Bool {
    guard q.rule.isWholeSentence, last.kind != .indirect, q.kind != .indirect, speaker != nil,
      speaker == last.speaker, q.span.start >= last.span.end, q.span.start - last.span.end <= 200
    else { return false }
    for i in last.span.end..<q.span.start {
      switch text[i] {
      case "\n", "\u{201C}", "\u{201D}", "\"": return false
      case "'" where i + 1 < q.span.start && text[i + 1] == "'": return false
      case "`": return false
      default: continue
      }
    }
    return true
  }

  /// The quotes the rules find in `article`, none dropped, each with its feature names: what
  /// `quoth-train` learns from. With `cut`, quotes are cut as ``analyze(_:attributor:)`` would.
  public static func candidates(_ article: Article, cut: QuoteModel? = nil) -> (
    QuoteAnalysis, features: [[String]], choices: [SourceChoice]
  ) {
    var names: [[String]] = []
    var choices: [SourceChoice] = []
    let analysis = withUnsafeMutablePointer(to: &names) { names in
      withUnsafeMutablePointer(to: &choices) {
        analyze(article, model: nil, cut: cut.map(SpanCutScorer.init), names: names, choices: $0)
      }
    }
    return (analysis, names, choices)
  }

  /// Every mixed or indirect quote the rules find in `article` with the ways it could be cut:
  /// what `quoth-train` learns the content-span model from.
  public static func cutChoices(_ article: Article) -> [CutChoice] {
    var cuts: [CutChoice] = []
    _ = withUnsafeMutablePointer(to: &cuts) { analyze(article, model: nil, cuts: $0) }
    return cuts
  }
}

/// A mixed or indirect quote's span as the rules found it and the cuts it could take, for
/// `quoth-train`.
public struct CutChoice: Sendable {
  /// One cut: the span it leaves and its feature names (``SpanCut``).
  public struct Option: Sendable {
    public var span: TextSpan
    public var features: [String]
  }

  /// The rules' span, in article offsets.
  public var span: TextSpan
  public var options: [Option]

  init(_ quote: RawQuote, text: [Unicode.Scalar]) {
    span = quote.span
    let marks = SpanCut.Marks(span, text: text)
    options = []
    for (index, point) in SpanCut.points(span, text: text).enumerated() {
      for side in [SpanCut.Side.left, .right] {
        var sink = QuoteFeatureNames()
        SpanCut.extract(quote, point: point, index: index, side: side, marks: marks, text: text, into: &sink)
        options.append(Option(span: SpanCut.piece(span, point, side), features: sink.names))
      }
    }
  }
}

/// A quote's two readings of its speaker, for `quoth-train`: the rules' mention (the quote's) and
/// the sentence's subject, with the features the source model weighs between them.
public struct SourceChoice: Sendable {
  /// The quote's index in its analysis.
  public var quote: Int
  /// The feature names (``SourceFeatures``).
  public var features: [String]
  /// The alternative mention, in article offsets.
  public var mention: TextSpan
  /// The speaker the alternative resolves to, when any.
  public var speaker: String?
}
