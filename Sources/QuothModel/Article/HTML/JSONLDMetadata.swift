import Foundation

/// Article metadata read from a page's JSON-LD (`<script type="application/ld+json">`).
///
/// Only schema.org objects of an article type count (`NewsArticle`, `BlogPosting`, `Report`…),
/// found at the top level, in a top-level array or in an `@graph`.
struct JSONLDMetadata {
  var title: String?
  var byline: String?
  var authors: [String] = []
  var excerpt: String?
  var siteName: String?
  var datePublished: String?
  var url: String?

  static let articleTypes: [String] = [
    "AdvertiserContentArticle", "NewsArticle", "AnalysisNewsArticle", "AskPublicNewsArticle",
    "BackgroundNewsArticle", "OpinionNewsArticle", "ReportageNewsArticle", "ReviewNewsArticle", "Report",
    "SatiricalArticle", "ScholarlyArticle", "MedicalScholarlyArticle", "SocialMediaPosting", "BlogPosting",
    "LiveBlogPosting", "DiscussionForumPosting", "TechArticle", "APIReference",
  ]

  /// Whether a `@type` names an article type.
  static func isArticleType(_ value: Any?) -> Bool {
    if let list = value as? [Any] { return list.contains { isArticleType($0) } }
    guard let type = value as? String else { return false }
    return type.hasPrefix("Article") || articleTypes.contains { type.contains($0) }
  }

  private static func isSchemaOrg(_ value: Any?) -> Bool {
    if let object = value as? [String: Any] { return isSchemaOrg(object["@vocab"]) }
    if let list = value as? [Any] { return list.contains { isSchemaOrg($0) } }
    guard var text = value as? String else { return false }
    if text.hasSuffix("/") { text.removeLast() }
    return text == "http://schema.org" || text == "https://schema.org"
  }

  /// The first article found in the page's JSON-LD blocks, or an empty value.
  static func find(in document: HTMLDocument) -> JSONLDMetadata {
    for script in document.descendants(of: document.root, .script)
    where document.attribute(script, .type)?.lowercased() == "application/ld+json" {
      var text = ReadabilityText.trimmed(document.textContent(script))
      if text.hasPrefix("<![CDATA[") { text = String(text.dropFirst(9)) }
      if text.hasSuffix("]]>") { text = String(text.dropLast(3)) }
      guard let data = text.data(using: .utf8),
        let parsed = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
      else { continue }
      if let found = article(in: parsed) { return found }
    }
    return JSONLDMetadata()
  }

  private static func article(in parsed: Any) -> JSONLDMetadata? {
    var object: [String: Any]?
    if let list = parsed as? [Any] {
      object = list.compactMap { $0 as? [String: Any] }.first { isArticleType($0["@type"]) }
      if let found = object, found["@context"] == nil,
        let context = list.compactMap({ $0 as? [String: Any] }).first?["@context"]
      {
        object?["@context"] = context
      }
    } else {
      object = parsed as? [String: Any]
    }
    guard var article = object, isSchemaOrg(article["@context"]) else { return nil }
    if article["@type"] == nil || !isArticleType(article["@type"]), let graph = article["@graph"] as? [Any] {
      guard
        let found = graph.compactMap({ $0 as? [String: Any] }).first(where: { isArticleType($0["@type"]) })
      else { return nil }
      article = found
    }
    guard isArticleType(article["@type"]) else { return nil }
    var result = JSONLDMetadata()
    let name = (article["name"] as? String).map(ReadabilityText.trimmed)
    let headline = (article["headline"] as? String).map(ReadabilityText.trimmed)
    result.title = name ?? headline
    if let name, let headline, name != headline { result.title = name }
    result.headlineAlternative = headline
    if let author = article["author"] as? [String: Any], let name = author["name"] as? String {
      result.authors = [ReadabilityText.trimmed(name)]
    } else if let authors = article["author"] as? [Any] {
      result.authors = authors.compactMap { ($0 as? [String: Any])?["name"] as? String }.map(
        ReadabilityText.trimmed)
    }
    result.authors = result.authors.filter { !$0.isEmpty }
    if !result.authors.isEmpty { result.byline = result.authors.joined(separator: ", ") }
    result.excerpt = (article["description"] as? String).map(ReadabilityText.trimmed)
    if let publisher = article["publisher"] as? [String: Any], let name = publisher["name"] as? String {
      result.siteName = ReadabilityText.trimmed(name)
    }
    result.datePublished = (article["datePublished"] as? String).map(ReadabilityText.trimmed)
    result.url = article["url"] as? String
    return result
  }

  /// The `headline` when it differs from `name`: the title then goes to whichever matches the page title.
  var headlineAlternative: String?
}
