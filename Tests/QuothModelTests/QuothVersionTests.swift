import Foundation
import Testing

@testable import QuothModel

@Suite struct QuothVersionTests {
  @Test func versionIsSemanticAndTheUserAgentCarriesIt() {
    #expect(QuothVersion.current.range(of: #"^\d+\.\d+\.\d+$"#, options: .regularExpression) != nil)
    #expect(QuothVersion.userAgent == "quoth/" + QuothVersion.current)
  }
}
