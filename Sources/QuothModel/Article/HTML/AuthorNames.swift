/// Turns a byline as pages write it into names only.
///
/// `By Jane Doe and John Roe` → `Jane Doe`, `John Roe`. Dropped: a leading `By`/`Written by`/`Par`/
/// `Von`/`Por`; anything in parentheses; e-mail and web addresses; a trailing date or "Updated …";
/// job titles and outlets after a comma or a dash when the piece has no capitalised name (`CNN
/// Editor-at-large` is kept only when nothing else is left); duplicates.
enum AuthorNames {
  static let leadWords: [String] = [
    "written by", "posted by", "reviewed by", "story by", "words by", "text by", "report by", "analysis by",
    "opinion by", "by", "par", "von", "por", "di", "door", "av", "af", "from",
  ]
  static let joiners: [String] = [
    " and ", " & ", " et ", " und ", " y ", " e ", " och ", " en ", " with ", " avec ",
  ]
  static let roleWords: Set<String> = [
    "editor", "editor-at-large", "correspondent", "reporter", "writer", "staff", "columnist", "contributor",
    "analyst", "producer", "director", "chief", "senior", "news", "politics", "opinion", "analysis", "team",
    "desk", "bureau", "published", "updated", "photographer", "associated", "press", "reuters", "agency",
    "contributing", "special", "host", "anchor", "managing", "deputy", "national", "international",
  ]

  /// The names in `byline`, in order.
  static func names(in byline: String) -> [String] {
    var text = ReadabilityText.collapsed(byline)
    // Parenthesised asides (a home page, "avec …") are not names of their own here.
    text = removingParentheses(text)
    var pieces: [String] = []
    for part in splitting(text) {
      var name = stripLead(part)
      name = name.trimming(" ,;:|-–—·•")
      if let cut = dateStart(name) { name = String(name[..<cut]).trimming(" ,;:|-–—·•") }
      guard !name.isEmpty, !name.contains("://"), !name.contains("@"), !name.hasPrefix("www.") else {
        continue
      }
      let words = name.split(separator: " ")
      guard words.count <= 6 else { continue }
      if words.allSatisfy({ roleWords.contains($0.lowercased()) }) { continue }
      if !pieces.contains(name) { pieces.append(name) }
    }
    return pieces
  }

  private static func removingParentheses(_ text: String) -> String {
    var result = ""
    var depth = 0
    for character in text {
      if character == "(" {
        depth += 1
      } else if character == ")" {
        depth = max(0, depth - 1)
      } else if depth == 0 {
        result.append(character)
      }
    }
    return ReadabilityText.collapsed(result)
  }

  private static func splitting(_ text: String) -> [String] {
    var parts = [text]
    for separator in [",", ";", "|", " / ", "\n"] + joiners {
      parts = parts.flatMap { piece in
        piece.components(separatedBy: separator)
      }
    }
    // "Written by A Edited by B": a second lead word starts another name.
    return parts.flatMap { piece -> [String] in
      let lower = piece.lowercased()
      for marker in [" edited by ", " reviewed by ", " photos by ", " by "] {
        if let range = lower.range(of: marker), range.lowerBound != lower.startIndex {
          let offset = lower.distance(from: lower.startIndex, to: range.lowerBound)
          let split = piece.index(piece.startIndex, offsetBy: offset)
          return [String(piece[..<split]), String(piece[split...])]
        }
      }
      return [piece]
    }
  }

  private static func stripLead(_ piece: String) -> String {
    var name = piece.trimming(" ,;:|-–—·•")
    var changed = true
    while changed {
      changed = false
      let lower = name.lowercased()
      for lead in leadWords + ["edited by", "photos by"] {
        if lower.hasPrefix(lead + " ") || lower.hasPrefix(lead + ":") {
          name = String(name.dropFirst(lead.count + 1)).trimming(" ,;:|-–—·•")
          changed = true
          break
        }
        if lower == lead {
          name = ""
          break
        }
      }
    }
    return name
  }

  /// Where a date, a time or "Updated"/"Published" starts in a name piece.
  private static func dateStart(_ name: String) -> String.Index? {
    let lower = name.lowercased()
    for marker in ["updated", "published", "posted", "on "] + Byline.months {
      if let range = lower.range(of: marker), range.lowerBound != lower.startIndex {
        let before = lower[..<range.lowerBound]
        guard before.last == " " || before.last?.isNumber == true else { continue }
        return name.index(
          name.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: range.lowerBound))
      }
    }
    if let digit = name.firstIndex(where: \.isNumber), digit != name.startIndex { return digit }
    return nil
  }
}
