/// How `quoth-train` places a threshold on a grid of held-out scores.
public enum ThresholdChoice {
  /// The index whose mean score over itself and `reach` grid points on either side (fewer at the
  /// ends) is highest, the first on ties, among the indices `eligible` accepts and above `floor`;
  /// nil when none is.
  ///
  /// With `reach` 0 this is the plain best point. Held-out score curves are flat near their top,
  /// and their best point moves with a handful of candidates at each retraining; a `reach` of 2
  /// puts the threshold inside the plateau instead of on a spike.
  public static func index(
    _ scores: [Double], reach: Int, floor: Double = -.infinity, eligible: (Int) -> Bool = { _ in true }
  ) -> Int? {
    var chosen: Int? = nil
    var top = floor
    for j in scores.indices where eligible(j) {
      let near = max(0, j - reach)...min(scores.count - 1, j + reach)
      let mean = near.map { scores[$0] }.reduce(0, +) / Double(near.count)
      if mean > top + 1e-9 {
        top = mean
        chosen = j
      }
    }
    return chosen
  }
}
