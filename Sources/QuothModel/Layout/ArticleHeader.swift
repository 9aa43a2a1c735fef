/// The header shown under an article's title, by the reader and by `quoth dump`: `date · source`,
/// then the byline, built from the article's cleaned fields rather than from its text.
///
/// The header is not article text: it has no offsets, holds no quote and is not searched. For a
/// seed or Markdown file the raw dateline (`November 09, 2023 By Xu Wei, … ( China Daily`) stays in
/// the text as a ``Block/Kind/byline`` block, and the reader and `dump` show this header instead.
public enum ArticleHeader {
  /// One line of the header before wrapping.
  public struct Line: Equatable, Sendable {
    /// ``Block/Kind/title`` for a headline the article's blocks do not hold, else
    /// ``Block/Kind/byline``.
    public var kind: Block.Kind
    /// The line's text, as the article's fields give it (not yet sanitized).
    public var text: String
  }

  /// The header lines of `article`: its title when no block holds it, `date · source` when either
  /// is known, and the byline.
  public static func lines(for article: Article) -> [Line] {
    var lines: [Line] = []
    if !article.blocks.contains(where: { $0.kind == .title }), !article.title.isEmpty {
      lines.append(Line(kind: .title, text: article.title))
    }
    let meta = [article.date, article.source].compactMap { $0 }.filter { !$0.isEmpty }
    if !meta.isEmpty { lines.append(Line(kind: .byline, text: meta.joined(separator: " \u{B7} "))) }
    if let byline = byline(article) { lines.append(Line(kind: .byline, text: byline)) }
    return lines
  }

  /// The byline to show: `By` and the authors when known, else the byline as written.
  ///
  /// Nothing when the only author is the source (`By BBC News` under `BBC News`), and no written
  /// byline that holds a digit: with no names found in it, it is a date or a time
  /// (`April 28, 2019 at 6:01 am`), which the `date · source` line already gives.
  public static func byline(_ article: Article) -> String? {
    if article.authors.count == 1, let source = article.source,
      article.authors[0].lowercased() == source.lowercased()
    {
      return nil
    }
    if let names = names(article.authors) { return names }
    if let written = article.byline, !written.isEmpty, !written.contains(where: \.isNumber) { return written }
    return nil
  }

  /// `By A`, `By A and B`, `By A, B and C`; `nil` for no names.
  public static func names(_ names: [String]) -> String? {
    guard let last = names.last else { return nil }
    return "By " + (names.count == 1 ? last : names.dropLast().joined(separator: ", ") + " and " + last)
  }

  /// The index of the block the header goes before: the first that is neither the title nor a
  /// byline (`blocks.count` when there is none).
  public static func position(in blocks: [Block]) -> Int {
    blocks.firstIndex { $0.kind != .title && $0.kind != .byline } ?? blocks.count
  }
}
