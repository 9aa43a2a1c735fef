/// Publication dates read from a page's meta tags and `<time datetime>`, made `YYYY-MM-DD`.
enum PageDates {
  static let metaNames: [String] = [
    "article:published_time", "datepublished", "date", "pubdate", "publishdate", "publish-date", "dc.date",
    "dc.date.issued", "dcterms.date", "dcterms.created", "og:published_time", "sailthru.date",
    "parsely-pub-date", "article.published", "published_time", "og:article:published_time",
  ]

  /// The first date found in meta tags, `itemprop=datePublished` or `<time datetime>`.
  static func find(_ document: HTMLDocument) -> String? {
    var values: [String: String] = [:]
    for meta in document.descendants(of: document.root, .meta) {
      guard let content = document.attribute(meta, .content) else { continue }
      for key in [
        document.attribute(meta, .property), document.attribute(meta, .name),
        document.attribute(meta, .itemprop),
      ] {
        if let key = key?.lowercased(), values[key] == nil { values[key] = content }
      }
    }
    for name in metaNames {
      if let value = values[name], let date = isoDate(value) { return date }
    }
    for node in document.descendants(of: document.root, [.time, .span, .div, .abbr])
    where document.tag(node) == .time || document.attribute(node, .itemprop) == "datePublished" {
      if let value = document.attribute(node, .datetime) ?? document.attribute(node, .content),
        let date = isoDate(value)
      {
        return date
      }
    }
    return nil
  }

  /// `YYYY-MM-DD` from an ISO date or a `Month DD, YYYY` date; `nil` for anything else, and for
  /// placeholders (years before 1900 or after 2200, such as `0001-01-01`).
  static func isoDate(_ raw: String) -> String? {
    let value = ReadabilityText.trimmed(raw)
    let prefix = value.prefix(10)
    if SeedParser.isISODate(prefix) {
      guard let year = Int(prefix.prefix(4)), (1900...2200).contains(year) else { return nil }
      return String(prefix)
    }
    if let (date, _) = Byline.leadingDate(Substring(value)) { return date }
    // "Tue Nov 19 2019 03:05:46 GMT+0000" and "19 November 2019".
    let words = value.split(separator: " ").map { $0.trimming(",.").lowercased() }
    var month: Int?
    var day: Int?
    var year: Int?
    for word in words {
      if month == nil, let index = Byline.months.firstIndex(where: { $0.hasPrefix(word) && word.count >= 3 })
      {
        month = index + 1
      } else if let number = Int(word) {
        if number >= 1900, number <= 2200, year == nil {
          year = number
        } else if (1...31).contains(number), day == nil {
          day = number
        }
      }
    }
    guard let month, let day, let year else { return nil }
    return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
  }
}
