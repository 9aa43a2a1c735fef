import Foundation
import Testing

@testable import QuothTerminal

@Suite struct ClipboardTests {
  @Test func plainOSC52() {
    let sequence = Clipboard.sequence(for: "“Hi” — Ada", insideTmux: false)
    #expect(sequence == "\u{1B}]52;c;\(Data("“Hi” — Ada".utf8).base64EncodedString())\u{07}")
  }

  @Test func tmuxGetsThePlainAndThePassthroughForm() {
    let sequence = Clipboard.sequence(for: "x", insideTmux: true)
    let plain = "\u{1B}]52;c;eA==\u{07}"
    #expect(sequence == plain + "\u{1B}Ptmux;\u{1B}\u{1B}]52;c;eA==\u{07}\u{1B}\\")
  }
}

@Suite struct QuoteExporterTests {
  @Test func neverOverwrites() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("quoth-export-\(UUID())").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let first = try QuoteExporter.write(markdown: "one", slug: "a-b", in: folder)
    let second = try QuoteExporter.write(markdown: "two", slug: "a-b", in: folder)
    #expect(first.hasSuffix("/quoth-a-b.md"))
    #expect(second.hasSuffix("/quoth-a-b-2.md"))
    #expect(try String(contentsOfFile: first, encoding: .utf8) == "one")
    #expect(try String(contentsOfFile: second, encoding: .utf8) == "two")
  }

  @Test func unwritableFolderIsAnError() {
    #expect(throws: (any Error).self) {
      try QuoteExporter.write(markdown: "x", slug: "s", in: "/proc/no-such-folder")
    }
  }
}
