import Foundation

/// A proportion with its Wilson score interval.
public struct Proportion: Sendable, Equatable, Codable {
  public var successes: Int
  public var trials: Int
  public var estimate: Double
  public var lower: Double
  public var upper: Double

  /// The Wilson score interval for `successes` of `trials` at confidence given by `z`
  /// (1.959964 for 95%). With no trials the estimate and bounds are 0 and 1.
  public init(successes: Int, trials: Int, z: Double = 1.959963984540054) {
    self.successes = successes
    self.trials = trials
    guard trials > 0 else {
      estimate = 0
      lower = 0
      upper = 1
      return
    }
    let n = Double(trials)
    let p = Double(successes) / n
    let z2 = z * z
    let denominator = 1 + z2 / n
    let centre = (p + z2 / (2 * n)) / denominator
    let half = z * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot() / denominator
    estimate = p
    lower = max(0, centre - half)
    upper = min(1, centre + half)
  }
}
