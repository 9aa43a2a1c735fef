extension Article {
  /// The body's reading text: headings, paragraphs and captions separated by a blank line, without
  /// the title, byline or deck.
  public var bodyText: String {
    blocks.filter { $0.kind == .paragraph || $0.kind == .heading || $0.kind == .caption }
      .map { string($0.span) }
      .joined(separator: "\n\n")
  }

  /// One JSON line: `{"path","title","date","source","authors":[…],"url","text"}` with `text` the
  /// body alone (what `quoth dump --format jsonl` prints).
  public var jsonLine: String {
    let names = authors.map { JSONText.quoted($0) }.joined(separator: ",")
    return "{\"path\":\(JSONText.quoted(path)),\"title\":\(JSONText.quoted(title)),"
      + "\"date\":\(JSONText.quoted(date)),\"source\":\(JSONText.quoted(source)),"
      + "\"authors\":[\(names)],\"url\":\(JSONText.quoted(url)),\"text\":\(JSONText.quoted(bodyText))}"
  }
}
