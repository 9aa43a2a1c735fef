/// The headline read from a page's `<title>`, without the site's name around it.
///
/// Readability.js's rules: a title with a separator (` | `, ` - `, ` – `, ` » `…) loses its last part,
/// or its first when that leaves fewer than three words; a `Site: Headline` title loses the part
/// before the colon unless a heading repeats the whole title; a title shorter than 15 or longer
/// than 150 characters gives way to the page's only `<h1>`; a result of four words or fewer falls
/// back to the whole title unless only a hierarchical suffix was removed.
enum ArticleTitle {
  static let separators: Set<Character> = ["|", "-", "\u{2013}", "\u{2014}", "\\", "/", ">", "»"]
  static let hierarchical: Set<Character> = ["\\", "/", ">", "»"]

  /// The page's title text, white space collapsed, as `document.title` gives it.
  static func documentTitle(_ document: HTMLDocument) -> String {
    guard let title = document.first(.title, below: document.root) else { return "" }
    return ReadabilityText.collapsed(document.textContent(title))
  }

  static func wordCount(_ text: String) -> Int {
    // JavaScript's "a b".split(/\s+/): empty pieces at the ends count too.
    var count = 1
    var inSpace = false
    for scalar in text.unicodeScalars {
      if ReadabilityText.isSpace(scalar) {
        if !inSpace { count += 1 }
        inSpace = true
      } else {
        inSpace = false
      }
    }
    return count
  }

  /// Whether `text` holds a separator with a space on each side.
  static func hasSpacedSeparator(_ text: String, in set: Set<Character>) -> Bool {
    let characters = Array(text)
    guard characters.count >= 3 else { return false }
    for index in 1..<(characters.count - 1) where set.contains(characters[index]) {
      if characters[index - 1] == " ", characters[index + 1] == " " { return true }
    }
    return false
  }

  static func find(_ document: HTMLDocument) -> String {
    let original = documentTitle(document)
    var title = original
    var hadHierarchical = false
    let characters = Array(original)
    if hasSpacedSeparator(original, in: separators) {
      hadHierarchical = hasSpacedSeparator(original, in: hierarchical)
      // Everything before the last separator that a space follows.
      if let cut = characters.indices.last(where: {
        separators.contains(characters[$0]) && $0 + 1 < characters.count && characters[$0 + 1] == " "
      }) {
        title = String(characters[..<cut])
      }
      if wordCount(title) < 3, let first = characters.firstIndex(where: { separators.contains($0) }) {
        title = String(characters[(first + 1)...])
      }
    } else if original.contains(": ") {
      let trimmed = ReadabilityText.trimmed(original)
      let headingMatches = document.descendants(of: document.root, [.h1, .h2]).contains {
        ReadabilityText.trimmed(document.textContent($0)) == trimmed
      }
      if !headingMatches, let last = characters.lastIndex(of: ":"), let first = characters.firstIndex(of: ":")
      {
        title = String(characters[(last + 1)...])
        if wordCount(title) < 3 {
          title = String(characters[(first + 1)...])
        } else if wordCount(String(characters[..<first])) > 5 {
          title = original
        }
      }
    } else if original.utf16.count > 150 || original.utf16.count < 15 {
      let headings = document.descendants(of: document.root, .h1)
      if headings.count == 1 { title = ReadabilityText.innerText(document, headings[0]) }
    }
    title = ReadabilityText.collapsed(title)
    let count = wordCount(title)
    if count <= 4,
      !hadHierarchical || count != wordCount(String(original.filter { !separators.contains($0) })) - 1
    {
      title = original
    }
    return title
  }
}
