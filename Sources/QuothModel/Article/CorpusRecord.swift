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
  /// The article one corpus line holds, named by `ref` (see ``ArticleRef/corpusLine(file:line:)``),
  /// or with `ownName` by the record's own `id` or `url` when it has one (see ``ownName(line:)``).
  ///
  /// - Throws: ``ArticleError/unreadable(path:reason:)`` naming the line when it is not a JSON
  ///   object or has no text.
  public static func article(line: [UInt8], ref: ArticleRef, ownName: Bool = false) throws(ArticleError)
    -> Article
  {
    guard let object = record(line) else {
      throw .unreadable(path: ref.description, reason: "not a JSON object")
    }
    let label = (ownName ? name(of: object) : nil) ?? ref.description
    guard let body = first(["text", "maintext", "body"], in: object) else {
      throw .unreadable(path: label, reason: "no text (text, maintext or body)")
    }
    let title = first(["title"], in: object) ?? ""
    let head =
      Array(title.split(whereSeparator: \.isNewline).joined(separator: " ").unicodeScalars) + ["\n", "\n"]
    let text = paragraphs(body, after: head)
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
    record(line).flatMap(name(of:))
  }

  /// The `id` (a string or a number), else the `url`, of a parsed record.
  private static func name(of object: [String: Value]) -> String? {
    if case .string(let id) = object["id"], !id.isEmpty { return id }
    if case .number(let id) = object["id"], let whole = Int(exactly: id) { return String(whole) }
    return first(["url"], in: object)
  }

  /// A JSON value, as far as a record's fields need one.
  enum Value: Decodable, Equatable {
    case string(String)
    case number(Double)
    case list([Value])
    case object([String: Value])
    case other

    init(from decoder: any Decoder) throws {
      let container = try decoder.singleValueContainer()
      if let text = try? container.decode(String.self) {
        self = .string(text)
      } else if let number = try? container.decode(Double.self) {
        self = .number(number)
      } else if let list = try? container.decode([Value].self) {
        self = .list(list)
      } else if let object = try? container.decode([String: Value].self) {
        self = .object(object)
      } else {
        self = .other
      }
    }
  }

  /// The fields a record is read for, and nothing else (a dump's other fields are skipped).
  static let fields: Set<String> = [
    "id", "title", "text", "maintext", "body", "date", "date_publish", "published", "url", "source",
    "source_domain", "domain", "authors", "author",
  ]

  /// Decodes only ``fields`` of a JSON object.
  private struct Record: Decodable {
    var values: [String: Value] = [:]

    struct Key: CodingKey {
      var stringValue: String
      var intValue: Int? { nil }
      init(stringValue: String) { self.stringValue = stringValue }
      init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: Key.self)
      for key in container.allKeys where CorpusRecord.fields.contains(key.stringValue) {
        values[key.stringValue] = try container.decode(Value.self, forKey: key)
      }
    }
  }

  /// The wanted fields of the JSON object on `line`, or `nil` when it holds no JSON object: read
  /// by ``scan(_:)`` (one pass, only the wanted fields built), or by Foundation's `JSONDecoder`
  /// when the scan is not sure of the line (which then decides, and says what is wrong).
  static func record(_ line: [UInt8]) -> [String: Value]? {
    scan(line) ?? decoded(line)
  }

  /// The wanted fields of `line` as Foundation's `JSONDecoder` reads them.
  static func decoded(_ line: [UInt8]) -> [String: Value]? {
    (try? JSONDecoder().decode(Record.self, from: Data(line)))?.values
  }

  /// The first string among `keys` that holds more than white space.
  private static func first(_ keys: [String], in object: [String: Value]) -> String? {
    for key in keys {
      if case .string(let value) = object[key],
        value.unicodeScalars.contains(where: { !$0.properties.isWhitespace })
      {
        return value
      }
    }
    return nil
  }

  /// The authors: a list of names (or of objects with a `name`), or one string of names such as
  /// "Ann Lee and Bo Chen".
  private static func authors(in object: [String: Value]) -> [String] {
    for key in ["authors", "author"] {
      switch object[key] {
      case .list(let list):
        let names = list.compactMap { value -> String? in
          if case .string(let name) = value { return name }
          if case .object(let fields) = value, case .string(let name) = fields["name"] { return name }
          return nil
        }
        return names.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
      case .string(let text) where !text.isEmpty:
        return AuthorNames.names(in: text)
      default:
        continue
      }
    }
    return []
  }

  /// `head` followed by the body with paragraphs separated by a blank line: as it is when it has
  /// blank lines, else each line a paragraph.
  private static func paragraphs(_ body: String, after head: [Unicode.Scalar]) -> [Unicode.Scalar] {
    let scalars = scalarsWithoutCarriageReturns(body, after: head)
    var previous: Unicode.Scalar = " "
    for scalar in scalars[head.count...] {
      if scalar == "\n", previous == "\n" { return scalars }
      previous = scalar
    }
    // No blank line: every line break ends a paragraph.
    var spaced = head
    spaced.reserveCapacity(scalars.count + scalars.count / 40)
    for scalar in scalars[head.count...] {
      if scalar == "\n" {
        // Empty lines at the start are dropped, as a split on line breaks drops them.
        if spaced.count > head.count { spaced += ["\n", "\n"] }
      } else {
        spaced.append(scalar)
      }
    }
    return spaced
  }

  /// `head` followed by the scalars of `text` without its carriage returns, decoded straight from
  /// its UTF-8 (a corpus line's text is most of the line, and this is the one pass over it before
  /// parsing).
  static func scalarsWithoutCarriageReturns(_ text: String, after head: [Unicode.Scalar] = []) -> [Unicode
    .Scalar]
  {
    var text = text
    return text.withUTF8 { bytes in
      [Unicode.Scalar](unsafeUninitializedCapacity: head.count + bytes.count) { scalars, written in
        var out = head.count
        if !head.isEmpty { _ = UnsafeMutableBufferPointer(rebasing: scalars[..<out]).initialize(from: head) }
        var index = 0
        let count = bytes.count
        while index < count {
          // A Swift string is valid UTF-8: every sequence is whole. At most one scalar per byte,
          // so the buffer, as long as the bytes, always has room.
          let (scalar, length) = UTF8Scalars.decode(bytes, at: index)
          index += length
          if scalar != "\r" {
            scalars.initializeElement(at: out, to: scalar)
            out += 1
          }
        }
        written = out
      }
    }
  }

}
