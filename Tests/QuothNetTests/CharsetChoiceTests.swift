import QuothModel
import QuothNet
import Testing

/// Choosing the encoding of a fetched body from its header, its own declaration and its bytes.
@Suite struct CharsetChoiceTests {
  static let latin1Page = Array("<html><head><title>Caf".utf8) + [0xE9] + Array("</title></head></html>".utf8)
  static let latin1MetaPage =
    Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-2\">".utf8)
    + [0xB1] + Array("</head></html>".utf8)
  static let utf8Page = Array("<html><head><title>Café</title></head></html>".utf8)

  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var body: [UInt8]
    var header: String?
    var encoding: String
    var source: CharsetChoice.Source
    var overruled: Bool
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "header and bytes agree on UTF-8", body: utf8Page, header: "utf-8", encoding: "UTF-8",
      source: .header, overruled: false),
    Case(
      name: "UTF-8 header, Latin-1 bytes, no declaration", body: latin1Page, header: "utf-8",
      encoding: "windows-1252", source: .fallback, overruled: true),
    Case(
      name: "UTF-8 header, bytes and meta say ISO-8859-2", body: latin1MetaPage, header: "utf-8",
      encoding: "ISO-8859-2", source: .document, overruled: true),
    Case(
      name: "Latin-1 header, UTF-8 bytes", body: utf8Page, header: "iso-8859-1", encoding: "UTF-8",
      source: .bytes, overruled: true),
    Case(
      name: "Latin-1 header, Latin-1 bytes", body: latin1Page, header: "ISO-8859-1", encoding: "windows-1252",
      source: .header, overruled: false),
    Case(
      name: "no header, UTF-8 bytes", body: utf8Page, header: nil, encoding: "UTF-8", source: .bytes,
      overruled: false),
    Case(
      name: "no header, Latin-1 bytes, no declaration", body: latin1Page, header: nil,
      encoding: "windows-1252", source: .fallback, overruled: false),
    Case(
      name: "no header, meta declares ISO-8859-2", body: latin1MetaPage, header: nil, encoding: "ISO-8859-2",
      source: .document, overruled: false),
    Case(
      name: "an unknown header label counts as none", body: utf8Page, header: "x-no-such-charset",
      encoding: "UTF-8", source: .bytes, overruled: false),
    Case(
      name: "a BOM beats the header", body: [0xEF, 0xBB, 0xBF] + latin1Page, header: "iso-8859-1",
      encoding: "UTF-8", source: .byteOrderMark, overruled: false),
    Case(
      name: "a UTF-16 BOM", body: [0xFF, 0xFE, 0x41, 0x00], header: nil, encoding: "UTF-16LE",
      source: .byteOrderMark, overruled: false),
    Case(
      name: "ASCII under a Shift_JIS header", body: Array("plain".utf8), header: "shift_jis",
      encoding: "SHIFT_JIS", source: .header, overruled: false),
    Case(
      name: "an XML prolog's encoding",
      body: Array("<?xml version='1.0' encoding='iso-8859-15'?><rss>".utf8) + [0xA4], header: nil,
      encoding: "ISO-8859-15", source: .document, overruled: false),
    // A UTF-8 page with one stray Latin-1 byte stays UTF-8: reading it as windows-1252 would
    // spoil its other accents.
    Case(
      name: "UTF-8 with one stray byte", body: utf8Page + utf8Page + [0xE9], header: "utf-8",
      encoding: "UTF-8", source: .header, overruled: false),
  ]

  @Test(arguments: cases)
  func theEncodingIsChosenFromHeaderDeclarationAndBytes(_ test: Case) {
    let choice = CharsetChoice.resolve(body: test.body, headerCharset: test.header)
    #expect(choice.encoding == test.encoding)
    #expect(choice.source == test.source)
    #expect((choice.note != nil) == test.overruled, "\(choice.note ?? "no note")")
  }

  @Test func anOverruledHeaderIsExplained() {
    let choice = CharsetChoice.resolve(body: Self.latin1MetaPage, headerCharset: "utf-8")
    #expect(
      choice.note
        == "header says utf-8 but the bytes are not UTF-8; read as ISO-8859-2 (the page's declaration)")
  }

  @Test func aHostileLabelIsNeitherUsedNorEchoedRaw() {
    let choice = CharsetChoice.resolve(body: Self.utf8Page, headerCharset: "latin1\u{1B}]0;owned\u{07}")
    #expect(choice.encoding == "UTF-8")
    #expect(choice.note == nil)
    let overruled = CharsetChoice.resolve(body: Self.utf8Page, headerCharset: "iso-8859-1")
    #expect(overruled.note?.unicodeScalars.allSatisfy { $0.value >= 0x20 } == true)
  }

  @Test func decodingTurnsLegacyBytesIntoText() {
    let cp1252 = CharsetChoice(encoding: "windows-1252", source: .header)
    #expect(cp1252.decode([0x93] + Array("Yes,".utf8) + [0x94, 0x20, 0x97, 0x20, 0xE9]) == "“Yes,” — é")
    // 0x81 has no character in windows-1252: one U+FFFD, and the rest still reads.
    #expect(cp1252.decode([0x41, 0x81, 0x42]) == "A\u{FFFD}B")
    let latin2 = CharsetChoice(encoding: "ISO-8859-2", source: .document)
    #expect(latin2.decode([0xB1, 0xE6]) == "ąć")
    let utf16 = CharsetChoice(encoding: "UTF-16LE", source: .byteOrderMark)
    #expect(utf16.decode([0xFF, 0xFE, 0x41, 0x00, 0xE9, 0x00]) == "Aé")
    let utf8 = CharsetChoice(encoding: "UTF-8", source: .header)
    #expect(utf8.decode([0xEF, 0xBB, 0xBF] + Array("ok".utf8)) == "ok")
  }

  @Test func aLargeBodyDecodesWhole() {
    let bytes = [UInt8](repeating: 0xE9, count: 100_000)
    let text = CharsetChoice(encoding: "windows-1252", source: .header).decode(bytes)
    #expect(text.unicodeScalars.count == 100_000)
    #expect(text.unicodeScalars.allSatisfy { $0 == "é" })
  }
}

/// Pages with wrong charset headers, fetched from the loopback server and read by the HTML parser.
@Suite struct CharsetOverTheWireTests {
  let server: LoopbackServer
  let fetcher = Fetcher()

  init() throws {
    server = try LoopbackServer.running()
  }

  @Test(arguments: [
    // The page declares ISO-8859-1, read as its superset windows-1252.
    ("utf8-header-latin1-meta", "windows-1252", CharsetChoice.Source.document),
    ("utf8-header-latin1-bytes", "windows-1252", .fallback),
    ("latin1-header-utf8-bytes", "UTF-8", .bytes),
  ])
  func aWrongHeaderDoesNotSpoilTheText(page: String, encoding: String, source: CharsetChoice.Source)
    async throws
  {
    let url = server.url("/charset/\(page)")
    let response = try await fetcher.fetch(FetchRequest(url: url)).response
    let choice = response.charsetChoice
    #expect(choice.encoding == encoding)
    #expect(choice.source == source)
    #expect(choice.note != nil)
    let article = HTMLParser.parse(path: url, bytes: response.body, encoding: choice.encoding)
    #expect(article.title == "Café")
    #expect(choice.decode(response.body).contains("Le café est ouvert."))
  }

  @Test func aRightHeaderIsKept() async throws {
    let response = try await fetcher.fetch(FetchRequest(url: server.url("/charset/cp1252"))).response
    let choice = response.charsetChoice
    #expect(choice == CharsetChoice(encoding: "windows-1252", source: .header))
    #expect(choice.decode(response.body) == "<p>“Yes,” she said.</p>")
  }

  @Test func aFeedWithoutHeaderCharsetUsesItsProlog() async throws {
    let response = try await fetcher.fetch(FetchRequest(url: server.url("/charset/xml-prolog"))).response
    #expect(response.headerCharset == nil)
    let choice = response.charsetChoice
    #expect(choice == CharsetChoice(encoding: "windows-1252", source: .document))
    #expect(choice.decode(response.body).contains("<title>Café</title>"))
  }
}
