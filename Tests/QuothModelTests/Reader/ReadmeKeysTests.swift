import Foundation
import Testing

@testable import QuothModel

/// The README's key list comes from the same key table as dispatch and the help overlay.
@Test func readmeKeyTableMatchesTheKeymap() throws {
  let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md")
  let table = Keymap.standard.markdownTable()
  if ProcessInfo.processInfo.environment["RECORD_README_KEYS"] == "1" {
    print(table)
  }
  let text = try String(contentsOf: readme, encoding: .utf8)
  #expect(
    text.contains(table),
    "README.md's key table is out of date; paste the table printed with RECORD_README_KEYS=1")
}
