/// Feed dates made `YYYY-MM-DD` in UTC.
///
/// Reads RFC 822 (`Sat, 07 Sep 2002 00:00:01 GMT`, as RSS writes it) and RFC 3339 / W3C-DTF
/// (`2002-09-07T00:00:01Z`, as Atom, RSS 1.0's `dc:date` and JSON Feed write it), and the broken
/// variants feeds carry: no weekday or a wrong one, full month names, two-digit years, one-digit
/// hours, missing seconds, zones as names (`EST`, `CEST`) or offsets with and without a colon,
/// `T` or a space between date and time, compact dates (`20020907`), and dates alone.
/// A time with a zone is moved to UTC first, as feeds are compared across zones.
public enum FeedDate {
  /// `YYYY-MM-DD` for `raw`, or `nil` when no date can be read (or the year is before 1000).
  public static func normalized(_ raw: String) -> String? {
    let text = FeedText.collapsed(raw)
    guard !text.isEmpty else { return nil }
    let parsed = iso(text) ?? rfc822(text)
    guard let parsed, (1000...9999).contains(parsed.year), (1...12).contains(parsed.month),
      (1...daysIn(month: parsed.month, year: parsed.year)).contains(parsed.day)
    else { return nil }
    let (year, month, day) = civil(
      fromDays: days(parsed.year, parsed.month, parsed.day) + parsed.minutes.floorDiv(1440))
    return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
  }

  /// A date and the minutes past its midnight in UTC (negative or past a day when the zone moved it).
  private typealias Parsed = (year: Int, month: Int, day: Int, minutes: Int)

  /// `2002-09-07`, `2002-09-07T00:00:01.5+02:00`, `2002-09-07 00:00`, `20020907T000001Z`, `2002-09`.
  private static func iso(_ text: String) -> Parsed? {
    let scalars = Array(text.unicodeScalars)
    var index = 0
    func number(_ count: ClosedRange<Int>) -> Int? {
      var value = 0
      var digits = 0
      while index < scalars.count, digits < count.upperBound, let digit = digitValue(scalars[index]) {
        value = value * 10 + digit
        digits += 1
        index += 1
      }
      return count.contains(digits) ? value : nil
    }
    func skip(_ scalar: Unicode.Scalar) -> Bool {
      guard index < scalars.count, scalars[index] == scalar else { return false }
      index += 1
      return true
    }
    guard let year = number(4...4) else { return nil }
    let dashed = skip("-")
    guard let month = number(2...2) ?? (dashed ? number(1...1) : nil) else {
      return index == scalars.count ? (year, 1, 1, 0) : nil
    }
    if dashed, index == scalars.count { return (year, month, 1, 0) }
    if dashed, !skip("-") { return nil }
    guard let day = number(2...2) ?? (dashed ? number(1...1) : nil) else { return nil }
    guard index < scalars.count else { return (year, month, day, 0) }
    guard skip("T") || skip("t") || skip(" ") else { return nil }
    guard let hour = number(1...2) else { return (year, month, day, 0) }
    _ = skip(":")
    let minute = number(2...2) ?? 0
    if skip(":") || (index < scalars.count && digitValue(scalars[index]) != nil) { _ = number(2...2) }
    if skip(".") || skip(",") {
      while index < scalars.count, digitValue(scalars[index]) != nil { index += 1 }
    }
    _ = skip(" ")
    let zone = zoneMinutes(String(String.UnicodeScalarView(scalars[index...]))) ?? 0
    return (year, month, day, hour * 60 + minute - zone)
  }

  /// `Sat, 07 Sep 2002 00:00:01 GMT` and its variants: the words in any order that reads as
  /// day, month name, year, then a time and a zone.
  private static func rfc822(_ text: String) -> Parsed? {
    let words = text.split(whereSeparator: { $0 == " " || $0 == "," })
    var month: Int?
    var day: Int?
    var year: Int?
    var minutes = 0
    var zone = 0
    for rawWord in words {
      let word = rawWord.trimmed(of: ".,")
      let lower = word.lowercased()
      if month == nil, lower.count >= 3, let found = monthNames.firstIndex(where: { lower.hasPrefix($0) }) {
        month = found + 1
      } else if word.contains(":"), let time = clock(word) {
        minutes = time.minutes
        if let offset = time.zone { zone = offset }
      } else if let number = Int(word), word.allSatisfy(\.isNumber) {
        if word.count >= 3 || (day != nil && year == nil) || number > 31 {
          if year == nil { year = word.count <= 2 ? (number < 50 ? 2000 + number : 1900 + number) : number }
        } else if day == nil {
          day = number
        }
      } else if let offset = zoneMinutes(word) {
        zone = offset
      } else if month == nil, let (d, m, y) = slashed(word) {
        (day, month, year) = (d, m, y)
      }
    }
    guard let month, let day, let year else { return nil }
    return (year, month, day, minutes - zone)
  }

  /// `00:00:01`, `1:02`, and a zone stuck to the time (`00:00:01+0200`, `00:00Z`).
  private static func clock(_ word: String) -> (minutes: Int, zone: Int?)? {
    var digits = word.prefix { $0.isNumber || $0 == ":" || $0 == "." }
    let rest = word.dropFirst(digits.count)
    if digits.hasSuffix(":") { digits = digits.dropLast() }
    let parts = digits.split(separator: ":").map { Int($0.prefix { $0.isNumber }) }
    guard parts.count >= 2, let hour = parts[0], let minute = parts[1], hour < 25, minute < 60 else {
      return nil
    }
    return (hour * 60 + minute, rest.isEmpty ? nil : zoneMinutes(String(rest)))
  }

  /// `07/09/2002`-style dates are ambiguous; only the unambiguous `2002/09/07` is read.
  private static func slashed(_ word: String) -> (Int, Int, Int)? {
    let parts = word.split(separator: "/").compactMap { Int($0) }
    guard parts.count == 3, parts[0] > 999 else { return nil }
    return (parts[2], parts[1], parts[0])
  }

  /// The zone's offset east of UTC in minutes: `Z`, `GMT`, `UT`, `EST`… and `+hh:mm`, `-hhmm`,
  /// `+hh`, `GMT+2`.
  static func zoneMinutes(_ raw: String) -> Int? {
    var text = raw.trimmed(of: " ()").uppercased()
    if text.isEmpty { return nil }
    if let named = zoneNames[text] { return named }
    for prefix in ["GMT", "UTC", "UT"] where text.hasPrefix(prefix) {
      text.removeFirst(prefix.count)
      break
    }
    guard let sign = text.first, sign == "+" || sign == "-" else { return nil }
    let digits = text.dropFirst().filter { $0 != ":" }
    guard digits.allSatisfy(\.isNumber), (1...4).contains(digits.count) else { return nil }
    let value = Int(digits)!
    let minutes = digits.count <= 2 ? value * 60 : (value / 100) * 60 + value % 100
    return sign == "-" ? -minutes : minutes
  }

  private static let zoneNames: [String: Int] = [
    "Z": 0, "GMT": 0, "UT": 0, "UTC": 0, "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420,
    "MDT": -360, "PST": -480, "PDT": -420, "AST": -240, "ADT": -180, "BST": 60, "CET": 60, "CEST": 120,
    "MET": 60, "MEST": 120, "EET": 120, "EEST": 180, "WET": 0, "WEST": 60, "JST": 540, "KST": 540,
    "IST": 330, "HKT": 480, "SGT": 480, "AEST": 600, "AEDT": 660, "ACST": 570, "AWST": 480, "NZST": 720,
    "NZDT": 780, "MSK": 180, "A": -60, "M": -720, "N": 60, "Y": 720,
  ]

  private static let monthNames = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
  ]

  private static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
    (0x30...0x39).contains(scalar.value) ? Int(scalar.value - 0x30) : nil
  }

  private static func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }

  private static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
  private static func days(_ year: Int, _ month: Int, _ day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = y.floorDiv(400)
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146097 + dayOfEra - 719468
  }

  /// The date `days` after 1970-01-01 (`civil_from_days`).
  private static func civil(fromDays days: Int) -> (Int, Int, Int) {
    let z = days + 719468
    let era = z.floorDiv(146097)
    let dayOfEra = z - era * 146097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let mp = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }
}

extension Int {
  /// `self / divisor` rounded toward negative infinity.
  fileprivate func floorDiv(_ divisor: Int) -> Int {
    let quotient = self / divisor
    return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
  }
}

extension StringProtocol {
  /// `self` without leading and trailing characters from `set`.
  fileprivate func trimmed(of set: String) -> String {
    String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
  }
}
