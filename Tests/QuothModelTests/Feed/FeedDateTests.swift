import Testing

@testable import QuothModel

@Suite struct FeedDateTests {
  @Test(arguments: [
    ("Sat, 07 Sep 2002 00:00:01 GMT", "2002-09-07"),
    ("Sat, 07 Sep 2002 23:30:00 -0500", "2002-09-08"),
    ("07 Sep 2002 01:00 +0200", "2002-09-06"),
    ("Sat,07 Sep 02 00:00:01 EST", "2002-09-07"),
    ("Monday, 7 September 2002 9:05:00 PDT", "2002-09-07"),
    ("Tue, 31 Dec 2002 23:00:00 CET", "2002-12-31"),
    ("Wed, 01 Jan 2003 00:30:00 +01:00", "2002-12-31"),
    ("Sep 7 2002", "2002-09-07"),
    ("2002-09-07", "2002-09-07"),
    ("2002-09-07T00:00:01Z", "2002-09-07"),
    ("2002-09-07T23:00:00.123-02:00", "2002-09-08"),
    ("2002-09-07 10:00:00", "2002-09-07"),
    ("20020907T000000Z", "2002-09-07"),
    ("2002-09", "2002-09-01"),
    ("2002", "2002-01-01"),
    ("2004-02-29T12:00:00+05:30", "2004-02-29"),
  ])
  func normalized(raw: String, date: String) {
    #expect(FeedDate.normalized(raw) == date)
  }

  @Test(arguments: ["", "yesterday", "2002-13-01", "2003-02-29", "Sat, 32 Sep 2002", "0001-01-01"])
  func unreadable(raw: String) {
    #expect(FeedDate.normalized(raw) == nil)
  }
}
