import QuothModel
import Testing

@Suite("Threshold choice on a grid")
struct ThresholdChoiceTests {
  /// A spike of one point beside a wide plateau: the best point is the spike, the smoothed
  /// choice the plateau's middle.
  static let spikeAndPlateau: [Double] = [0, 0, 5, 0, 0, 3, 3, 3, 3, 3, 0]

  @Test("The plain best point is the highest score, the first on ties")
  func bestPoint() {
    #expect(ThresholdChoice.index(Self.spikeAndPlateau, reach: 0) == 2)
    #expect(ThresholdChoice.index([1, 4, 4, 2], reach: 0) == 1)
  }

  @Test("A reach of two prefers the middle of a plateau to a spike")
  func plateau() {
    #expect(ThresholdChoice.index(Self.spikeAndPlateau, reach: 2) == 7)
    // At the ends the mean is over the points there are.
    #expect(ThresholdChoice.index([4, 4, 1, 0, 0], reach: 1) == 0)
  }

  @Test("Nothing above the floor, or nothing eligible, gives no index")
  func floorAndEligible() {
    #expect(ThresholdChoice.index([-3, -1, 0], reach: 0, floor: 0) == nil)
    #expect(ThresholdChoice.index([2, 9, 1], reach: 0) { $0 != 1 } == 0)
    #expect(ThresholdChoice.index([], reach: 2) == nil)
  }
}
