import Foundation

/// The difference between two independent proportions, with its 95% interval and a test of
/// equality.
public struct ProportionDifference: Sendable, Equatable, Codable {
  /// p₁ − p₂.
  public var difference: Double
  /// The lower bound of the 95% interval (Newcombe's hybrid score method).
  public var lower: Double
  /// The upper bound of the 95% interval.
  public var upper: Double
  /// The two-sided p-value of the test of p₁ = p₂.
  public var pValue: Double
  /// The test behind `pValue`: `"fisher"` (Fisher's exact test, when an expected count is below 5)
  /// or `"chi-square"` (Pearson's chi-square without continuity correction).
  public var method: String

  public init(difference: Double, lower: Double, upper: Double, pValue: Double, method: String) {
    self.difference = difference
    self.lower = lower
    self.upper = upper
    self.pValue = pValue
    self.method = method
  }

  // MARK: - Comparison

  /// Compares `successes1` of `trials1` with `successes2` of `trials2`.
  ///
  /// The interval is Newcombe's hybrid score interval (method 10 in Newcombe, *Statistics in
  /// Medicine* 17, 1998), built from the two Wilson intervals (l₁, u₁) and (l₂, u₂):
  /// d − √((p₁ − l₁)² + (u₂ − p₂)²) to d + √((u₁ − p₁)² + (p₂ − l₂)²). The p-value is Fisher's
  /// exact test when any expected count of the 2×2 table is below 5, else the chi-square test
  /// without continuity correction (the pooled two-proportion z test). A group with no trials
  /// counts as a proportion of 0 with the interval 0 to 1.
  public static func compare(
    successes1: Int, trials1: Int, successes2: Int, trials2: Int
  ) -> ProportionDifference {
    let first = Proportion(successes: successes1, trials: trials1)
    let second = Proportion(successes: successes2, trials: trials2)
    let difference = first.estimate - second.estimate
    let below = hypot(first.estimate - first.lower, second.upper - second.estimate)
    let above = hypot(first.upper - first.estimate, second.estimate - second.lower)

    let table = [
      [successes1, trials1 - successes1],
      [successes2, trials2 - successes2],
    ]
    let pValue: Double
    let method: String
    if ContingencyTests.useFisher(table) {
      pValue = ContingencyTests.fisherExact(table[0][0], table[0][1], table[1][0], table[1][1])
      method = "fisher"
    } else {
      pValue = ContingencyTests.chiSquare(table)?.pValue ?? 1
      method = "chi-square"
    }
    return ProportionDifference(
      difference: difference,
      lower: max(-1, difference - below),
      upper: min(1, difference + above),
      pValue: pValue,
      method: method)
  }
}
