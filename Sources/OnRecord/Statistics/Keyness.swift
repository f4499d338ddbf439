import Foundation

/// How much more (or less) often a term occurs in a focus corpus than in a reference corpus.
public struct KeynessResult: Sendable, Equatable, Codable {
  public var term: String
  public var focusCount: Int
  public var referenceCount: Int
  public var focusTotal: Int
  public var referenceTotal: Int
  /// The log-likelihood statistic G², signed: positive when the term is relatively more frequent
  /// in the focus corpus, negative when less.
  public var logLikelihood: Double
  /// log₂ of the focus relative frequency over the reference relative frequency, with 0.5 standing
  /// in for a zero count (Hardie's Log Ratio): +1 means twice as frequent in the focus corpus.
  public var logRatio: Double
  /// The upper-tail chi-square probability (1 degree of freedom) of |G²|.
  public var pValue: Double

  public init(
    term: String, focusCount: Int, referenceCount: Int, focusTotal: Int, referenceTotal: Int,
    logLikelihood: Double, logRatio: Double, pValue: Double
  ) {
    self.term = term
    self.focusCount = focusCount
    self.referenceCount = referenceCount
    self.focusTotal = focusTotal
    self.referenceTotal = referenceTotal
    self.logLikelihood = logLikelihood
    self.logRatio = logRatio
    self.pValue = pValue
  }
}

/// Keyness: the log-likelihood comparison of term frequencies between two corpora (Rayson and
/// Garside, "Comparing corpora using frequency profiling", 2000).
public enum Keyness {
  // MARK: - One term

  /// Compares a term's count in the focus corpus with its count in the reference corpus.
  ///
  /// G² = 2 · Σ O · ln(O / E) over the two cells, where E₁ = focusTotal · (a + b) / (focusTotal +
  /// referenceTotal) and E₂ likewise, and a zero count contributes 0. With an empty corpus, or a
  /// term in neither, G² and the log ratio are 0 and the p-value is 1.
  public static func compare(
    term: String, focusCount: Int, focusTotal: Int, referenceCount: Int, referenceTotal: Int
  ) -> KeynessResult {
    let a = Double(focusCount)
    let b = Double(referenceCount)
    let c = Double(focusTotal)
    let d = Double(referenceTotal)
    guard c > 0, d > 0, a >= 0, b >= 0, a + b > 0 else {
      return KeynessResult(
        term: term, focusCount: focusCount, referenceCount: referenceCount, focusTotal: focusTotal,
        referenceTotal: referenceTotal, logLikelihood: 0, logRatio: 0, pValue: 1)
    }
    let expectedFocus = c * (a + b) / (c + d)
    let expectedReference = d * (a + b) / (c + d)
    let magnitude = max(0, 2 * (contribution(a, expectedFocus) + contribution(b, expectedReference)))
    let focusRate = a / c
    let referenceRate = b / d
    let signed = focusRate < referenceRate ? -magnitude : magnitude
    let logRatio = log2((max(a, 0.5) / c) / (max(b, 0.5) / d))
    return KeynessResult(
      term: term, focusCount: focusCount, referenceCount: referenceCount, focusTotal: focusTotal,
      referenceTotal: referenceTotal, logLikelihood: signed, logRatio: logRatio,
      pValue: Distributions.chiSquareSurvival(magnitude, degreesOfFreedom: 1))
  }

  // MARK: - Word lists

  /// Compares every term of two frequency lists and ranks them by keyness.
  ///
  /// Terms whose combined count is below `minimumFrequency` are left out. The corpus sizes are
  /// `focusTotal` and `referenceTotal` when given (e.g. word counts), else the sums of each list's
  /// counts. Results are sorted by descending |G²|, then by term.
  public static func rank(
    focus: [String: Int], reference: [String: Int], minimumFrequency: Int,
    focusTotal: Int? = nil, referenceTotal: Int? = nil
  ) -> [KeynessResult] {
    let focusSize = focusTotal ?? focus.values.reduce(0, +)
    let referenceSize = referenceTotal ?? reference.values.reduce(0, +)
    let terms = Set(focus.keys).union(reference.keys)
    var results: [KeynessResult] = []
    for term in terms {
      let focusCount = focus[term] ?? 0
      let referenceCount = reference[term] ?? 0
      guard focusCount + referenceCount >= minimumFrequency else { continue }
      results.append(
        compare(
          term: term, focusCount: focusCount, focusTotal: focusSize, referenceCount: referenceCount,
          referenceTotal: referenceSize))
    }
    return results.sorted { left, right in
      let leftSize = abs(left.logLikelihood)
      let rightSize = abs(right.logLikelihood)
      if leftSize != rightSize { return leftSize > rightSize }
      return left.term < right.term
    }
  }

  // MARK: - Helpers

  /// O · ln(O / E), taken as 0 when O is 0.
  private static func contribution(_ observed: Double, _ expected: Double) -> Double {
    observed > 0 ? observed * log(observed / expected) : 0
  }
}
