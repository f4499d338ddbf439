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
    ratioIntervals(
      numerators: [numerators], denominators: denominators, resamples: resamples, seed: seed, confidence: confidence)[0]
  }

  /// ``ratioInterval(numerators:denominators:resamples:seed:confidence:)`` for several numerators
  /// over the same articles at once: each resample's draws serve them all, and each interval is
  /// the one that function gives alone with the same seed.
  public static func ratioIntervals(
    numerators: [[Int]], denominators: [Int], resamples: Int = 2000, seed: UInt64 = 20_261_129,
    confidence: Double = 0.95
  ) -> [(estimate: Double, lower: Double, upper: Double)] {
    let count = denominators.count
    let k = numerators.count
    precondition(numerators.allSatisfy { $0.count == count }, "one numerator and one denominator per article")
    let denominatorSum = denominators.reduce(0, +)
    guard count > 0, denominatorSum != 0 else { return Array(repeating: (0, 0, 0), count: k) }
    let estimates = numerators.map { Double($0.reduce(0, +)) / Double(denominatorSum) }
    // Article-major, so that one draw reads its numerators side by side.
    var flat = [Int](repeating: 0, count: count * k)
    for (j, column) in numerators.enumerated() {
      for i in 0..<count { flat[i * k + j] = column[i] }
    }
    var generator = SeededGenerator(seed: seed)
    var ratios = [[Double]](repeating: [], count: k)
    for j in 0..<k { ratios[j].reserveCapacity(max(0, resamples)) }
    var sums = [Int](repeating: 0, count: k)
    flat.withUnsafeBufferPointer { flat in
      denominators.withUnsafeBufferPointer { denominators in
        for _ in 0..<max(0, resamples) {
          for j in 0..<k { sums[j] = 0 }
          var denominator = 0
          for _ in 0..<count {
            let index = generator.nextIndex(below: count)
            denominator += denominators[index]
            let base = index * k
            for j in 0..<k { sums[j] += flat[base + j] }
          }
          if denominator != 0 {
            for j in 0..<k { ratios[j].append(Double(sums[j]) / Double(denominator)) }
          }
        }
      }
    }
    let tail = (1 - min(1, max(0, confidence))) / 2
    return (0..<k).map { j in
      guard !ratios[j].isEmpty else { return (estimates[j], estimates[j], estimates[j]) }
      let sorted = ratios[j].sorted()
      return (estimates[j], quantile(sorted, tail), quantile(sorted, 1 - tail))
    }
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
