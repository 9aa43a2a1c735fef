/// An agency dateline at the start of a story: `DALLAS (AP) —`, `LONDON (Reuters) -`.
public struct Dateline: Equatable, Sendable {
  /// The place in capitals, such as `TRENTON, N.J.`.
  public var place: String
  /// The agency in the parenthesis, such as `AP`.
  public var agency: String

  /// Reads a dateline at the start of `paragraph`, or returns `nil`.
  ///
  /// The place is upper case (letters, spaces, commas, full stops), at most 40 characters; the
  /// agency is one to four short words in parentheses; a dash follows.
  public static func parse(_ paragraph: some StringProtocol) -> Dateline? {
    let head = paragraph.prefix(80)
    guard let open = head.firstIndex(of: "("), let close = head[open...].firstIndex(of: ")") else {
      return nil
    }
    let place = head[..<open].trimmingSpaces()
    // The city is in capitals; a state or country after a comma may be abbreviated ("Ore.").
    let city = place.prefix { $0 != "," }
    let region = place.dropFirst(city.count)
    let isPlaceCharacter: (Character) -> Bool = {
      $0 == " " || $0 == "," || $0 == "." || $0 == "-" || $0 == "'"
    }
    guard !place.isEmpty, place.count <= 40, city.contains(where: \.isLetter),
      city.allSatisfy({ $0.isUppercase || isPlaceCharacter($0) }),
      region.allSatisfy({ $0.isLetter || isPlaceCharacter($0) })
    else { return nil }
    let agency = head[head.index(after: open)..<close].trimmingSpaces()
    guard !agency.isEmpty, agency.count <= 30, agency.split(separator: " ").count <= 4,
      agency.first?.isUppercase == true
    else { return nil }
    let after = head[head.index(after: close)...].drop { $0 == " " }
    guard let dash = after.first, "—–-".contains(dash) else { return nil }
    return Dateline(place: place, agency: agency)
  }

  /// The first `YYYY-MM-DD` in a file name, as some corpora name files
  /// (`nyt_2016-01-05_title.txt`).
  public static func dateInFileName(_ path: String) -> String? {
    let name = path.split(separator: "/").last.map(Array.init) ?? []
    guard name.count >= 10 else { return nil }
    for start in 0...(name.count - 10) {
      let candidate = name[start..<(start + 10)]
      guard candidate[start + 4] == "-", candidate[start + 7] == "-" else { continue }
      if start > 0, name[start - 1].isASCIIDigit { continue }
      if start + 10 < name.count, name[start + 10].isASCIIDigit { continue }
      let date = String(candidate)
      guard SeedParser.isISODate(Substring(date)),
        let month = Int(date.dropFirst(5).prefix(2)), (1...12).contains(month),
        let day = Int(date.suffix(2)), (1...31).contains(day)
      else { continue }
      return date
    }
    return nil
  }
}
