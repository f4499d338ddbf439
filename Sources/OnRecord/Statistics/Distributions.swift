import Foundation

/// The distribution functions behind the report's tests: the regularized incomplete gamma
/// function, the chi-square and standard normal upper tails, and log-gamma helpers.
///
/// The incomplete gamma function uses the series and the continued fraction of Numerical Recipes
/// (Press et al., 3rd ed., §6.2): the series where `x < a + 1`, the continued fraction (modified
/// Lentz) elsewhere, each giving the other tail as its complement.
public enum Distributions {
  // MARK: - Constants

  /// The relative accuracy the series and the continued fraction stop at.
  private static let epsilon = 1e-15
  /// A number near the smallest representable, to keep the continued fraction off zero.
  private static let tiny = 1e-300
  /// A bound on iterations; both expansions converge in O(√a) steps, far below this.
  private static let maximumIterations = 100_000

  // MARK: - Gamma

  /// The natural logarithm of |Γ(x)|.
  public static func logGamma(_ x: Double) -> Double {
    lgamma(x)
  }

  /// The natural logarithm of the binomial coefficient C(n, k); −∞ when `k` is outside `0...n`.
  public static func logChoose(_ n: Int, _ k: Int) -> Double {
    guard n >= 0, k >= 0, k <= n else { return -.infinity }
    if k == 0 || k == n { return 0 }
    return logGamma(Double(n) + 1) - logGamma(Double(k) + 1) - logGamma(Double(n - k) + 1)
  }

  /// The regularized lower incomplete gamma function P(a, x) = γ(a, x) / Γ(a), for `a > 0` and
  /// `x ≥ 0`; NaN outside that domain.
  public static func regularizedGammaP(_ a: Double, _ x: Double) -> Double {
    guard a > 0, x >= 0, a.isFinite, !x.isNaN else { return .nan }
    if x == 0 { return 0 }
    if x == .infinity { return 1 }
    if x < a + 1 {
      return min(1, max(0, gammaSeries(a, x)))
    }
    return min(1, max(0, 1 - gammaContinuedFraction(a, x)))
  }

  /// The regularized upper incomplete gamma function Q(a, x) = 1 − P(a, x), for `a > 0` and
  /// `x ≥ 0`; NaN outside that domain. Computed directly in the upper tail, so small values keep
  /// their relative accuracy.
  public static func regularizedGammaQ(_ a: Double, _ x: Double) -> Double {
    guard a > 0, x >= 0, a.isFinite, !x.isNaN else { return .nan }
    if x == 0 { return 1 }
    if x == .infinity { return 0 }
    if x < a + 1 {
      return min(1, max(0, 1 - gammaSeries(a, x)))
    }
    return min(1, max(0, gammaContinuedFraction(a, x)))
  }

  // MARK: - Tails

  /// The upper tail P(X ≥ x) of the chi-square distribution with `degreesOfFreedom` degrees of
  /// freedom: the p-value of a chi-square statistic. 1 for `x ≤ 0`; NaN for fewer than 1 degree of
  /// freedom or a NaN statistic.
  public static func chiSquareSurvival(_ x: Double, degreesOfFreedom: Int) -> Double {
    guard degreesOfFreedom > 0, !x.isNaN else { return .nan }
    if x <= 0 { return 1 }
    switch degreesOfFreedom {
    case 1:
      // P(|Z| ≥ √x) for a standard normal Z.
      return erfc((x / 2).squareRoot())
    case 2:
      return exp(-x / 2)
    default:
      return regularizedGammaQ(Double(degreesOfFreedom) / 2, x / 2)
    }
  }

  /// The upper tail P(Z ≥ z) of the standard normal distribution.
  public static func normalSurvival(_ z: Double) -> Double {
    0.5 * erfc(z / 2.0.squareRoot())
  }

  // MARK: - Expansions

  /// P(a, x) by its series; converges quickly for `x < a + 1`.
  private static func gammaSeries(_ a: Double, _ x: Double) -> Double {
    var term = 1 / a
    var sum = term
    var denominator = a
    for _ in 0..<maximumIterations {
      denominator += 1
      term *= x / denominator
      sum += term
      if abs(term) < abs(sum) * epsilon { break }
    }
    return sum * exp(-x + a * log(x) - logGamma(a))
  }

  /// Q(a, x) by its continued fraction (modified Lentz); converges quickly for `x ≥ a + 1`.
  private static func gammaContinuedFraction(_ a: Double, _ x: Double) -> Double {
    var b = x + 1 - a
    var c = 1 / tiny
    var d = 1 / b
    var h = d
    for i in 1...maximumIterations {
      let n = Double(i)
      let an = -n * (n - a)
      b += 2
      d = an * d + b
      if abs(d) < tiny { d = tiny }
      c = b + an / c
      if abs(c) < tiny { c = tiny }
      d = 1 / d
      let delta = d * c
      h *= delta
      if abs(delta - 1) < epsilon { break }
    }
    return exp(-x + a * log(x) - logGamma(a)) * h
  }
}
