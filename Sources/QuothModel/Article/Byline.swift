import Foundation

/// A parsed byline: `November 09, 2023 By Xu Wei, Cheng Yu and Ma Si ( China Daily`.
public struct Byline: Equatable, Sendable {
  /// The authors in order.
  public var authors: [String]
  /// The publisher, when the line names one after `(`, `|` or `-`.
  public var source: String?
  /// The date as `YYYY-MM-DD`, when the line starts with one.
  public var date: String?

  static let months = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
  ]

  /// Parses a byline, or returns `nil` when the line is not one.
  ///
  /// A byline is short and has the word `By` followed by names; a leading `Month DD, YYYY` date is
  /// read too. The source may follow an unbalanced `(` (as real data has it), `|` or ` - `.
  public static func parse(_ line: String) -> Byline? {
    let trimmed = line.trimmingSpaces()
    guard !trimmed.isEmpty, trimmed.count <= 200, !trimmed.contains("\n") else { return nil }
    var date: String? = nil
    var rest = Substring(trimmed)
    if let (parsed, after) = leadingDate(rest) {
      date = parsed
      rest = after
    }
    rest = rest.drop { $0 == " " || $0 == "," || $0 == "|" }
    guard rest.lowercased().hasPrefix("by ") else { return nil }
    rest = rest.dropFirst(3)
    var source: String? = nil
    for separator in ["(", "|", " - ", " — "] {
      if let range = rest.range(of: separator) {
        let candidate = rest[range.upperBound...].trimming("() |")
        if !candidate.isEmpty { source = candidate }
        rest = rest[..<range.lowerBound]
        break
      }
    }
    let names = rest.replacingOccurrences(of: " and ", with: ",")
      .split(separator: ",")
      .map { $0.trimmingSpaces() }
      .filter { !$0.isEmpty }
    guard !names.isEmpty, names.allSatisfy({ $0.split(separator: " ").count <= 5 }) else { return nil }
    return Byline(authors: names, source: source, date: date)
  }

  /// Reads `November 09, 2023` at the start of `text`.
  static func leadingDate(_ text: Substring) -> (String, Substring)? {
    let parts = text.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: true)
    guard parts.count >= 3, let month = months.firstIndex(of: parts[0].lowercased()) else { return nil }
    let day = parts[1].filter(\.isASCIIDigit)
    let year = parts[2].filter(\.isASCIIDigit)
    guard let dayNumber = Int(day), (1...31).contains(dayNumber), year.count == 4 else { return nil }
    let iso = "\(year)-\(month < 9 ? "0" : "")\(month + 1)-\(dayNumber < 10 ? "0" : "")\(dayNumber)"
    return (iso, parts.count > 3 ? parts[3] : "")
  }
}

extension StringProtocol {
  /// The string without the given characters and white space at either end.
  func trimming(_ set: String) -> String {
    let isTrimmed: (Character) -> Bool = { set.contains($0) || $0.isWhitespace }
    guard let first = firstIndex(where: { !isTrimmed($0) }) else { return "" }
    let last = lastIndex(where: { !isTrimmed($0) })!
    return String(self[first...last])
  }
}
