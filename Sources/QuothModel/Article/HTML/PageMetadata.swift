import Foundation

/// A page's metadata from JSON-LD and `<meta>` tags, in Readability.js's order of preference.
///
/// `property` holds OpenGraph-style names (`og:title`, `article:published_time`, `dc:creator`),
/// possibly several separated by spaces; `name` holds one (`author`, `dc.creator`,
/// `parsely-pub-date`, `twitter:title`). A later tag overrides an earlier one of the same name.
struct PageMetadata {
  var title = ""
  var byline: String?
  var excerpt: String?
  var siteName: String?
  var publishedTime: String?
  var url: String?
  /// Every meta value by its normalised name, for fields Readability.js does not read.
  var values: [String: String] = [:]

  static let propertyPrefixes: Set<String> = ["article", "dc", "dcterm", "og", "twitter"]
  static let propertyNames: Set<String> = [
    "author", "creator", "description", "published_time", "title", "site_name",
  ]
  static let namePrefixes: Set<String> = [
    "dc", "dcterm", "og", "twitter", "parsely", "weibo:article", "weibo:webpage",
  ]
  static let names: Set<String> = ["author", "creator", "pub-date", "description", "title", "site_name"]

  /// The normalised key of a `property` attribute, or `nil` when it names nothing read here.
  static func propertyKey(_ property: String) -> String? {
    // As an unanchored pattern finds it: `og:article:author` holds `article:author`.
    for token in property.lowercased().split(whereSeparator: { $0.isWhitespace }) {
      var rest = Substring(token)
      while !rest.isEmpty {
        for prefix in propertyPrefixes where rest.hasPrefix(prefix + ":") {
          let name = rest.dropFirst(prefix.count + 1)
          if let match = propertyNames.first(where: { name.hasPrefix($0) }) { return prefix + ":" + match }
        }
        rest = rest.dropFirst()
      }
    }
    return nil
  }

  /// The normalised key of a `name` attribute, or `nil` when it names nothing read here.
  static func nameKey(_ name: String) -> String? {
    let compact = name.lowercased().filter { !$0.isWhitespace }
    if names.contains(compact) { return compact }
    for prefix in namePrefixes where compact.hasPrefix(prefix) {
      let rest = compact.dropFirst(prefix.count)
      guard let separator = rest.first, "-.:".contains(separator), names.contains(String(rest.dropFirst()))
      else { continue }
      return compact.replacingOccurrences(of: ".", with: ":")
    }
    return nil
  }

  /// Reads the metadata of the page below `root`, preferring `jsonLD`.
  static func read(_ document: HTMLDocument, jsonLD: JSONLDMetadata) -> PageMetadata {
    var values: [String: String] = [:]
    var extra: [String: String] = [:]
    for meta in document.descendants(of: document.root, .meta) {
      guard let content = document.attribute(meta, .content), !content.isEmpty else { continue }
      let trimmed = ReadabilityText.trimmed(content)
      let property = document.attribute(meta, .property)
      let name = document.attribute(meta, .name)
      for key in [property, name, document.attribute(meta, .itemprop)].compactMap({ $0?.lowercased() })
      where extra[key] == nil {
        extra[key] = trimmed
      }
      if let property, let key = propertyKey(property) {
        values[key] = trimmed
      } else if let name, let key = nameKey(name) {
        values[key] = trimmed
      }
    }
    var metadata = PageMetadata()
    var jsonTitle = jsonLD.title
    if let name = jsonLD.title, let headline = jsonLD.headlineAlternative, name != headline {
      let pageTitle = ArticleTitle.find(document)
      let nameMatches = ReadabilityText.similarity(name, pageTitle) > 0.75
      let headlineMatches = ReadabilityText.similarity(headline, pageTitle) > 0.75
      jsonTitle = headlineMatches && !nameMatches ? headline : name
    }
    let title =
      jsonTitle ?? values["dc:title"] ?? values["dcterm:title"] ?? values["og:title"]
      ?? values["weibo:article:title"] ?? values["weibo:webpage:title"] ?? values["title"]
      ?? values["twitter:title"] ?? values["parsely-title"]
    metadata.title = unescape(title ?? "")
    metadata.byline =
      (jsonLD.byline ?? values["dc:creator"] ?? values["dcterm:creator"] ?? values["author"]
      ?? values["parsely-author"] ?? values["article:author"].flatMap { $0.contains("://") ? nil : $0 })
      .map(unescape)
    metadata.excerpt =
      (jsonLD.excerpt ?? values["dc:description"] ?? values["dcterm:description"]
      ?? values["og:description"] ?? values["weibo:article:description"]
      ?? values["weibo:webpage:description"] ?? values["description"] ?? values["twitter:description"])
      .map(unescape)
    metadata.siteName = (jsonLD.siteName ?? values["og:site_name"]).map(unescape)
    metadata.publishedTime =
      (jsonLD.datePublished ?? values["article:published_time"]
      ?? values["parsely-pub-date"]).map(unescape)
    metadata.url = extra["og:url"] ?? jsonLD.url
    metadata.values = extra
    return metadata
  }

  /// Decodes the entities a page sometimes escapes twice in meta values (`&amp;amp;`, `&#39;`).
  static func unescape(_ text: String) -> String {
    guard text.contains("&") else { return text }
    let scalars = Array(text.unicodeScalars)
    var result = String.UnicodeScalarView()
    var index = 0
    let named: [String: Unicode.Scalar] = ["quot": "\"", "amp": "&", "apos": "'", "lt": "<", "gt": ">"]
    while index < scalars.count {
      if scalars[index] == "&", let semicolon = scalars[index...].prefix(12).firstIndex(of: ";") {
        let body = String(String.UnicodeScalarView(scalars[(index + 1)..<semicolon]))
        if let scalar = named[body] {
          result.append(scalar)
          index = semicolon + 1
          continue
        }
        if body.hasPrefix("#") {
          let digits = body.dropFirst()
          let value =
            digits.first == "x" || digits.first == "X"
            ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
          if let value {
            result.append(Unicode.Scalar(value == 0 ? 0xFFFD : value) ?? "\u{FFFD}")
            index = semicolon + 1
            continue
          }
        }
      }
      result.append(scalars[index])
      index += 1
    }
    return String(result)
  }
}
