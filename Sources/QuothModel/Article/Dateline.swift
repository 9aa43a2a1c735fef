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
    // On the file name's UTF-8 bytes: a date is ASCII, and paths are long.
    let bytes = Array(path.utf8)
    let nameStart = (bytes.lastIndex(of: UInt8(ascii: "/")) ?? -1) + 1
    guard bytes.count - nameStart >= 10 else { return nil }
    func isDigit(_ i: Int) -> Bool { bytes[i] >= 0x30 && bytes[i] <= 0x39 }
    func number(_ i: Int, _ count: Int) -> Int {
      (i..<(i + count)).reduce(0) { $0 * 10 + Int(bytes[$1] - 0x30) }
    }
    for start in nameStart...(bytes.count - 10) {
      guard bytes[start + 4] == UInt8(ascii: "-"), bytes[start + 7] == UInt8(ascii: "-") else { continue }
      if start > nameStart, isDigit(start - 1) { continue }
      if start + 10 < bytes.count, isDigit(start + 10) { continue }
      guard [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy({ isDigit(start + $0) }),
        (1...12).contains(number(start + 5, 2)), (1...31).contains(number(start + 8, 2))
      else { continue }
      return String(decoding: bytes[start..<(start + 10)], as: UTF8.self)
    }
    return nil
  }

}
