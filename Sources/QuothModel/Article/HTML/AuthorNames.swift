import Foundation

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

  /// Words that make a piece a job title, never part of a name.
  static let jobTitles: Set<String> = [
    "editor", "editor-at-large", "correspondent", "reporter", "writer", "columnist", "contributor", "analyst",
    "producer", "photographer", "staff",
  ]

  /// The names in `byline`, in order.
  static func names(in byline: String) -> [String] {
    var text = ReadabilityText.collapsed(byline)
    // Parenthesised asides (a home page, "avec …") are not names of their own here.
    text = removingParentheses(text)
    var pieces: [String] = []
    for part in splitting(text) {
      var name = stripLead(part).trimming(" ,;:|-–—·•")
      guard !startsWithDate(name) else { continue }
      if let cut = dateStart(name) { name = String(name[..<cut]).trimming(" ,;:|-–—·•") }
      // Names hold no digits: a digit starts a date or count glued on (`Lucas Nolan22 Dec`).
      if let digit = name.firstIndex(where: \.isNumber) {
        name = String(name[..<digit]).trimming(" ,;:|-–—·•")
      }
      guard !name.isEmpty, !isAddress(name), name.first?.isNumber == false, name.contains(where: \.isLetter)
      else { continue }
      let words = name.split(separator: " ")
      guard words.count <= 6, !words.allSatisfy({ roleWords.contains($0.lowercased()) }),
        !words.contains(where: { jobTitles.contains($0.lowercased()) })
      else { continue }
      if !pieces.contains(name) { pieces.append(name) }
    }
    return pieces
  }

  /// The text with parentheses opened: their names stay (`Bruno (Henrique) Rodrigues`), an
  /// address inside them goes.
  private static func removingParentheses(_ text: String) -> String {
    var result = ""
    var inner = ""
    var depth = 0
    for character in text {
      if character == "(" {
        depth += 1
        inner += " "
      } else if character == ")", depth > 0 {
        depth -= 1
        if depth == 0 {
          if !isAddress(inner) { result += inner }
          result += " "
          inner = ""
        }
      } else if depth > 0 {
        inner.append(character)
      } else {
        result.append(character)
      }
    }
    if !isAddress(inner) { result += inner }
    return ReadabilityText.collapsed(result)
  }

  private static func isAddress(_ text: String) -> Bool {
    text.contains("://") || text.contains("@") || text.contains("www.")
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

  /// Whether a piece is a date or a time stamp rather than a name ("April 28", "Updated …").
  private static func startsWithDate(_ piece: String) -> Bool {
    let words = piece.lowercased().split(separator: " ")
    guard let first = words.first else { return false }
    let stamp = first.trimming(":")
    if ["updated", "published", "posted", "last", "modified", "date"].contains(stamp) { return true }
    return (Byline.months.contains(stamp) || monthAbbreviations.contains(stamp)) && words.count > 1
      && words[1].first?.isNumber == true
  }

  /// Short month names, as in `Dan Goodin - Apr 16, 2015`.
  static let monthAbbreviations: Set<String> = [
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  ]

  /// Where a date, a time or "Updated"/"Published" starts in a name piece: a month only before a
  /// number ("June Topolsky" is a name).
  private static func dateStart(_ name: String) -> String.Index? {
    let words = name.split(separator: " ")
    for (index, word) in words.enumerated() where index > 0 {
      let lower = word.lowercased().trimming(":,")
      let isMonth =
        (Byline.months.contains(lower) || monthAbbreviations.contains(lower)) && index + 1 < words.count
        && words[index + 1].first?.isNumber == true
      if isMonth || ["updated", "published", "posted", "on"].contains(lower) || word.first?.isNumber == true {
        return word.startIndex
      }
    }
    // A date glued to a name ("Nolan22 Dec 2016"): names hold no digits.
    return name.firstIndex(where: \.isNumber)
  }
}
