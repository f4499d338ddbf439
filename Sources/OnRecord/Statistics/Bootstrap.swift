import Foundation

/// A small, fast, seedable random number generator: Vigna's SplitMix64. The same seed gives the
/// same sequence on every platform, so resampled intervals are reproducible.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
  private var state: UInt64

  public init(seed: UInt64) {
    state = seed
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A uniform integer in `0..<bound` (`bound > 0`), by Lemire's unbiased multiply-and-reject
  /// method. Written out rather than left to `Int.random(in:using:)`, whose algorithm the standard
  /// library does not promise to keep, so that intervals stay reproducible across Swift versions.
  mutating func nextIndex(below bound: Int) -> Int {
    let range = UInt64(bound)
    var product = next().multipliedFullWidth(by: range)
    if product.low < range {
      let threshold = (0 &- range) % range
      while product.low < threshold {
        product = next().multipliedFullWidth(by: range)
      }
    }
    return Int(product.high)
  }
}

/// Bootstrap confidence intervals.
public enum Bootstrap {
  // MARK: - Ratio over clusters

  /// A percentile bootstrap interval for the ratio Σ numerators / Σ denominators, resampling whole
  /// clusters (articles) with replacement, so that counts within one article stay together.
  ///
  /// `numerators[i]` and `denominators[i]` belong to article `i`; the arrays must have the same
  /// length. The estimate is the full-sample ratio; the bounds are the (1 − confidence) / 2 and
  /// (1 + confidence) / 2 quantiles (type 7, as R's default and NumPy's `linear`) of the resampled
  /// ratios. Resamples whose denominators sum to 0 have no ratio and are skipped. With no articles,
  /// or a denominator sum of 0, the result is (0, 0, 0). The same seed gives the same interval.
  public static func ratioInterval(
    numerators: [Int], denominators: [Int], resamples: Int = 2000, seed: UInt64 = 20_261_129,
    confidence: Double = 0.95
  ) -> (estimate: Double, lower: Double, upper: Double) {
    precondition(numerators.count == denominators.count, "one numerator and one denominator per article")
    let count = numerators.count
    let numeratorSum = numerators.reduce(0, +)
    let denominatorSum = denominators.reduce(0, +)
    guard count > 0, denominatorSum != 0 else { return (0, 0, 0) }
    let estimate = Double(numeratorSum) / Double(denominatorSum)

    var generator = SeededGenerator(seed: seed)
    var ratios: [Double] = []
    ratios.reserveCapacity(max(0, resamples))
    for _ in 0..<max(0, resamples) {
      var numerator = 0
      var denominator = 0
      for _ in 0..<count {
        let index = generator.nextIndex(below: count)
        numerator += numerators[index]
        denominator += denominators[index]
      }
      if denominator != 0 {
        ratios.append(Double(numerator) / Double(denominator))
      }
    }
    guard !ratios.isEmpty else { return (estimate, estimate, estimate) }
    ratios.sort()
    let tail = (1 - min(1, max(0, confidence))) / 2
    return (estimate, quantile(ratios, tail), quantile(ratios, 1 - tail))
  }

  // MARK: - Quantiles

  /// The type 7 quantile (linear interpolation between order statistics) of sorted, non-empty
  /// values, for a probability in 0...1.
  static func quantile(_ sorted: [Double], _ probability: Double) -> Double {
    let position = Double(sorted.count - 1) * probability
    let lowerIndex = min(sorted.count - 1, max(0, Int(position.rounded(.down))))
    let upperIndex = min(sorted.count - 1, lowerIndex + 1)
    let fraction = position - Double(lowerIndex)
    return sorted[lowerIndex] + fraction * (sorted[upperIndex] - sorted[lowerIndex])
  }
}
