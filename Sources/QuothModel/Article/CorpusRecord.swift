import Foundation

/// One article of a news corpus kept as JSON Lines, as news-please and CC-News dumps keep them:
/// one JSON object per line with a title and a text.
///
/// Field names accepted (the first present wins): text from `text`, `maintext`, `body`; date from
/// `date`, `date_publish`, `published`; source from `source`, `source_domain`, `domain`; authors from
/// `authors` (a list or a string) or `author`; and `title`, `url`. The title and text are read as
/// plain text: paragraphs are separated by a blank line, or by line breaks when the text has no
/// blank line (as these dumps write them).
public enum CorpusRecord {
  /// The article one corpus line holds, named `name` (see ``ArticleRef/corpusLine(file:line:)``).
  ///
  /// - Throws: ``ArticleError/unreadable(path:reason:)`` naming the line when it is not a JSON
  ///   object or has no text.
  public static func article(line: [UInt8], ref: ArticleRef, name: String? = nil) throws(ArticleError)
    -> Article
  {
    let label = name ?? ref.description
    guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
      throw .unreadable(path: label, reason: "not a JSON object")
    }
    guard let body = first(["text", "maintext", "body"], in: object) else {
      throw .unreadable(path: label, reason: "no text (text, maintext or body)")
    }
    let title = first(["title"], in: object) ?? ""
    let text =
      Array(title.split(whereSeparator: \.isNewline).joined(separator: " ").unicodeScalars)
      + Array("\n\n".unicodeScalars) + paragraphs(body)
    var article = PlainTextParser.parse(path: label, text: text)
    article.ref = ref
    article.title = HeadlineCleaner.clean(title)
    article.date = first(["date", "date_publish", "published"], in: object).flatMap(PageDates.isoDate)
    article.source = first(["source", "source_domain", "domain"], in: object) ?? article.source
    article.url = first(["url"], in: object)
    article.authors = authors(in: object)
    return article
  }

  /// Whether `bytes` start (after white space) like a JSON object: how standard input is told to
  /// be a corpus rather than one article.
  public static func looksLikeCorpus(_ bytes: some Collection<UInt8>) -> Bool {
    bytes.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) } == UInt8(ascii: "{")
  }

  /// The record's own name for itself, when it has one (`id` or `url`): what a streamed line is
  /// called in output, so that a corpus split across processes names its articles as one
  /// process does.
  public static func ownName(line: [UInt8]) -> String? {
    guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
      return nil
    }
    if let id = object["id"] as? String, !id.isEmpty { return id }
    if let id = object["id"] as? Int { return String(id) }
    return first(["url"], in: object)
  }

  /// The first non-empty string among `keys`.
  private static func first(_ keys: [String], in object: [String: Any]) -> String? {
    for key in keys {
      if let value = object[key] as? String, !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
        return value
      }
    }
    return nil
  }

  /// The authors: a list of names, or one string of names such as "Ann Lee and Bo Chen".
  private static func authors(in object: [String: Any]) -> [String] {
    for key in ["authors", "author"] {
      if let list = object[key] as? [Any] {
        let names = list.compactMap { ($0 as? String) ?? (($0 as? [String: Any])?["name"] as? String) }
        return names.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
      }
      if let text = object[key] as? String, !text.isEmpty { return AuthorNames.names(in: text) }
    }
    return []
  }

  /// The body with paragraphs separated by a blank line: as it is when it has blank lines, else
  /// each line a paragraph.
  private static func paragraphs(_ body: String) -> [Unicode.Scalar] {
    let normalised = body.replacingOccurrences(of: "\r\n", with: "\n")
    if normalised.contains("\n\n") { return Array(normalised.unicodeScalars) }
    return Array(normalised.split(separator: "\n").joined(separator: "\n\n").unicodeScalars)
  }
}
