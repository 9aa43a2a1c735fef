/// Something that finds an article's quotes and says who made each: the seam between the reader,
/// the library index and the extraction method.
///
/// Callers take an attributor instead of calling one method directly, so that tests can inject a
/// fixed one and the index can tell which method produced what it stored: ``identity`` goes into
/// the index's key for every file, and a new identity re-analyses cached files.
public protocol QuoteAttributor: Sendable {
  /// The method's name and version (`rules+model/3`); changes whenever its output may change.
  var identity: String { get }

  /// The quotes and speakers of `article`.
  func analyze(_ article: Article) -> QuoteAnalysis
}

/// quoth's attributor: the rule patterns of ``QuoteScanner`` proposing candidates, the speaker
/// resolver, and the models trained on PolNeAR scoring and filtering the candidates.
public struct StandardAttributor: QuoteAttributor {
  /// Bump when rules or lexicons change what is found; the models' version is appended.
  public static let rulesVersion = 31

  /// The model that scores and filters the rules' candidates; `nil` keeps every candidate.
  public var model: QuoteModel?

  /// The model that chooses between the rules' speaker mention and the sentence's subject; `nil`
  /// keeps the rules' mention.
  public var source: QuoteModel?

  /// The model that may end a mixed or indirect quote's content early or begin it late; `nil`
  /// keeps the rules' spans.
  public var cut: QuoteModel? { didSet { cutScorer = cut.map(SpanCutScorer.init) } }

  /// ``cut``'s weights read once for speed.
  private var cutScorer: SpanCutScorer?

  public var identity: String {
    "quoth-rules/\(Self.rulesVersion)+model/\(model?.version ?? "none")+source/\(source?.version ?? "none")"
      + "+cut/\(cut?.version ?? "none")"
  }

  /// An attributor with `model`, `source` and `cut` (by default the ones trained on PolNeAR and
  /// compiled in).
  public init(model: QuoteModel? = .trained, source: QuoteModel? = .source, cut: QuoteModel? = .cut) {
    self.model = model
    self.source = source
    self.cut = cut
    cutScorer = cut.map(SpanCutScorer.init)
  }

  public func analyze(_ article: Article) -> QuoteAnalysis {
    QuoteExtractor.analyze(article, model: model, source: source, cut: cutScorer)
  }
}
