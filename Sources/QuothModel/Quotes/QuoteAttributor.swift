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
  public static let rulesVersion = 3

  /// The model that scores and filters the rules' candidates; `nil` keeps every candidate.
  public var model: QuoteModel?

  /// The model that chooses between the rules' speaker mention and the sentence's subject; `nil`
  /// keeps the rules' mention.
  public var source: QuoteModel?

  public var identity: String {
    "quoth-rules/\(Self.rulesVersion)+model/\(model?.version ?? "none")+source/\(source?.version ?? "none")"
  }

  /// An attributor with `model` and `source` (by default the ones trained on PolNeAR and compiled
  /// in).
  public init(model: QuoteModel? = .trained, source: QuoteModel? = .source) {
    self.model = model
    self.source = source
  }

  public func analyze(_ article: Article) -> QuoteAnalysis {
    QuoteExtractor.analyze(article, model: model, source: source)
  }
}
