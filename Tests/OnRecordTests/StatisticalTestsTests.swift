import Foundation
import OnRecord
import Testing

// Reference values were computed in Python 3 with SciPy 1.17 / NumPy 2.4; each snippet is quoted
// above the values it produced. Preamble for all of them:
//
//   import math
//   import numpy as np
//   from scipy import stats, special

/// Relative comparison with an absolute floor, for values that may be 0.
enum StatisticsTolerance {
  static func isClose(_ actual: Double, _ expected: Double, relative: Double = 1e-6, absolute: Double = 1e-12)
    -> Bool
  {
    abs(actual - expected) <= max(relative * abs(expected), absolute)
  }
}

// MARK: - Distributions

@Suite struct DistributionTests {
  // special.gammainc(a, x), special.gammaincc(a, x)
  static let gammaCases: [(Double, Double, Double, Double)] = [
    (0.5, 0.1, 0.34527915398142317, 0.6547208460185768),
    (1, 1, 0.6321205588285577, 0.36787944117144245),
    (3, 2.5, 0.45618688411667035, 0.5438131158833297),
    (10, 12, 0.7576078383294875, 0.24239216167051245),
    (50, 45, 0.24680203440017026, 0.7531979655998298),
    (2.5, 30, 0.9999999999878454, 1.2154569777183007e-11),
    (100, 80, 0.0171083130351331, 0.9828916869648668),
    (0.5, 20, 0.9999999997460371, 2.5396285894708634e-10),
    (250, 260, 0.7406105173923527, 0.2593894826076473),
  ]

  @Test(arguments: gammaCases)
  func regularizedGammaMatchesSciPy(_ a: Double, _ x: Double, _ p: Double, _ q: Double) {
    #expect(StatisticsTolerance.isClose(Distributions.regularizedGammaP(a, x), p))
    #expect(StatisticsTolerance.isClose(Distributions.regularizedGammaQ(a, x), q))
    #expect(abs(Distributions.regularizedGammaP(a, x) + Distributions.regularizedGammaQ(a, x) - 1) < 1e-12)
  }

  @Test func regularizedGammaEdges() {
    #expect(Distributions.regularizedGammaP(2, 0) == 0)
    #expect(Distributions.regularizedGammaQ(2, 0) == 1)
    #expect(Distributions.regularizedGammaP(2, .infinity) == 1)
    #expect(Distributions.regularizedGammaP(0, 1).isNaN)
    #expect(Distributions.regularizedGammaQ(1, -1).isNaN)
  }

  // stats.chi2.sf(x, k)
  static let chiSquareCases: [(Double, Int, Double)] = [
    (3.841458820694124, 1, 0.04999999999999989),
    (5.991464547107979, 2, 0.05000000000000007),
    (10, 3, 0.01856613546304325),
    (0.5, 2, 0.7788007830714049),
    (50, 10, 2.669083424904495e-07),
    (150, 20, 6.285681673933351e-22),
    (7.2, 1, 0.0072903580915356595),
    (300, 1, 3.2943623833139784e-67),
    (12.5, 7, 0.08526927515826925),
  ]

  @Test(arguments: chiSquareCases)
  func chiSquareSurvivalMatchesSciPy(_ x: Double, _ degreesOfFreedom: Int, _ expected: Double) {
    let p = Distributions.chiSquareSurvival(x, degreesOfFreedom: degreesOfFreedom)
    #expect(StatisticsTolerance.isClose(p, expected), "chi2.sf(\(x), \(degreesOfFreedom)) = \(p)")
  }

  @Test func chiSquareSurvivalOfZeroIsOne() {
    #expect(Distributions.chiSquareSurvival(0, degreesOfFreedom: 3) == 1)
    #expect(Distributions.chiSquareSurvival(1, degreesOfFreedom: 0).isNaN)
  }

  // stats.norm.sf(z)
  @Test(arguments: [
    (1.959963984540054, 0.025),
    (0.0, 0.5),
    (-1.0, 0.8413447460685429),
    (5.0, 2.866515718791933e-07),
    (2.5, 0.006209665325776132),
  ])
  func normalSurvivalMatchesSciPy(_ z: Double, _ expected: Double) {
    #expect(StatisticsTolerance.isClose(Distributions.normalSurvival(z), expected))
  }

  // math.log(120), math.log(2598960)
  @Test func logChoose() {
    #expect(StatisticsTolerance.isClose(Distributions.logChoose(10, 3), 4.787491742782046, relative: 1e-12))
    #expect(StatisticsTolerance.isClose(Distributions.logChoose(52, 5), 14.77062192297037, relative: 1e-12))
    #expect(Distributions.logChoose(5, 0) == 0)
    #expect(Distributions.logChoose(5, 5) == 0)
    #expect(Distributions.logChoose(3, 5) == -Double.infinity)
    #expect(StatisticsTolerance.isClose(Distributions.logGamma(5), log(24.0), relative: 1e-12))
  }
}

// MARK: - Contingency tables

@Suite struct ContingencyTestTests {
  // def chi(t):
  //     t = np.array(t)
  //     t = t[t.sum(1) > 0][:, t[t.sum(1) > 0].sum(0) > 0]      # drop all-zero rows, columns
  //     r = stats.chi2_contingency(t, correction=False)
  //     v = math.sqrt(r.statistic / (t.sum() * (min(t.shape) - 1)))
  //     return r.statistic, r.dof, r.pvalue, r.expected_freq.min(), v
  static let chiSquareCases: [([[Int]], Double, Int, Double, Double, Double)] = [
    ([[12, 5], [7, 9]], 2.4305755196815575, 1, 0.118989205532145, 6.787878787878788, 0.27139234260883977),
    (
      [[20, 15, 5], [10, 25, 12], [8, 9, 30]], 35.1409238351651, 4, 4.345783144336562e-07, 11.343283582089553,
      0.3621088926431013
    ),
    (
      [[10, 0, 5, 3], [0, 0, 0, 0], [4, 0, 9, 12]], 8.191841269841271, 2, 0.016640419477530036, 5.8604651162790695,
      0.4364721486050817
    ),
    ([[1, 2], [3, 4]], 0.07936507936507939, 1, 0.7781596861761658, 1.2, 0.08908708063747481),
  ]

  @Test(arguments: chiSquareCases)
  func chiSquareMatchesSciPy(
    _ table: [[Int]], _ statistic: Double, _ degreesOfFreedom: Int, _ p: Double, _ minimumExpected: Double,
    _ cramersV: Double
  ) throws {
    let result = try #require(ContingencyTests.chiSquare(table))
    #expect(StatisticsTolerance.isClose(result.statistic, statistic))
    #expect(result.degreesOfFreedom == degreesOfFreedom)
    #expect(StatisticsTolerance.isClose(result.pValue, p))
    #expect(StatisticsTolerance.isClose(result.minimumExpected, minimumExpected))
    #expect(StatisticsTolerance.isClose(result.cramersV, cramersV))
  }

  @Test func degenerateTablesHaveNoChiSquare() {
    #expect(ContingencyTests.chiSquare([[1, 2]]) == nil)
    #expect(ContingencyTests.chiSquare([[0, 0], [1, 2]]) == nil)
    #expect(ContingencyTests.chiSquare([[3, 0], [5, 0]]) == nil)
    #expect(ContingencyTests.chiSquare([]) == nil)
    #expect(ContingencyTests.chiSquare([[1, -2], [3, 4]]) == nil)
  }

  @Test func raggedRowsArePaddedWithZeros() {
    #expect(ContingencyTests.chiSquare([[1, 2, 3], [4, 5]]) == ContingencyTests.chiSquare([[1, 2, 3], [4, 5, 0]]))
  }

  @Test func chiSquareResultRoundTripsThroughJSON() throws {
    let result = try #require(ContingencyTests.chiSquare([[12, 5], [7, 9]]))
    let decoded = try JSONDecoder().decode(ChiSquareResult.self, from: JSONEncoder().encode(result))
    #expect(decoded.degreesOfFreedom == result.degreesOfFreedom)
    #expect(StatisticsTolerance.isClose(decoded.statistic, result.statistic, relative: 1e-12))
    #expect(StatisticsTolerance.isClose(decoded.pValue, result.pValue, relative: 1e-12))
    #expect(StatisticsTolerance.isClose(decoded.cramersV, result.cramersV, relative: 1e-12))
  }

  @Test func smallExpectedCountsCallForFisher() {
    // Expected counts 2, 2, 2, 2.
    #expect(ContingencyTests.useFisher([[3, 1], [1, 3]]))
    // Expected counts 20 each.
    #expect(!ContingencyTests.useFisher([[30, 10], [10, 30]]))
    // [[12, 5], [7, 9]]: smallest expected 6.79.
    #expect(!ContingencyTests.useFisher([[12, 5], [7, 9]]))
    // A single non-empty row: nothing to compare.
    #expect(ContingencyTests.useFisher([[0, 0], [40, 50]]))
  }

  // stats.fisher_exact([[a, b], [c, d]]).pvalue
  // (also checked against an R-style implementation with relative tolerance 1e-7:
  //  sum of hypergeometric pmf(x) over x with log pmf(x) <= log pmf(a) + log1p(1e-7))
  static let fisherCases: [(Int, Int, Int, Int, Double)] = [
    (3, 1, 1, 3, 0.48571428571428565),  // Fisher's tea-tasting lady
    (8, 2, 1, 5, 0.034965034965034975),
    (1, 9, 11, 3, 0.0027594561852200836),
    (0, 5, 5, 0, 0.007936507936507938),
    (10, 10, 10, 10, 1.0),
    (100, 95, 80, 120, 0.02650088832412772),
    (2, 7, 8, 2, 0.02301413756522116),
    (0, 0, 3, 4, 1.0),
    (7, 12, 0, 0, 1.0),
    (25, 3, 1, 0, 1.0),
  ]

  @Test(arguments: fisherCases)
  func fisherExactMatchesSciPy(_ a: Int, _ b: Int, _ c: Int, _ d: Int, _ expected: Double) {
    let p = ContingencyTests.fisherExact(a, b, c, d)
    #expect(StatisticsTolerance.isClose(p, expected), "fisher [[\(a), \(b)], [\(c), \(d)]] = \(p)")
  }

  @Test func fisherExactIsSymmetric() {
    let p = ContingencyTests.fisherExact(8, 2, 1, 5)
    #expect(StatisticsTolerance.isClose(ContingencyTests.fisherExact(1, 5, 8, 2), p, relative: 1e-12))
    #expect(StatisticsTolerance.isClose(ContingencyTests.fisherExact(2, 8, 5, 1), p, relative: 1e-12))
    #expect(StatisticsTolerance.isClose(ContingencyTests.fisherExact(8, 1, 2, 5), p, relative: 1e-12))
    #expect(ContingencyTests.fisherExact(0, 0, 0, 0) == 1)
  }
}

// MARK: - Difference of two proportions

@Suite struct ProportionDifferenceTests {
  // Newcombe (1998), Statistics in Medicine 17:873–890, worked example (a), method 10:
  // 56/70 − 48/80 = 0.2000, 95% interval 0.0524 to 0.3339.
  @Test func newcombePublishedExample() {
    let result = ProportionDifference.compare(successes1: 56, trials1: 70, successes2: 48, trials2: 80)
    #expect(abs(result.difference - 0.2) < 1e-12)
    #expect(abs(result.lower - 0.0524) < 5e-5)
    #expect(abs(result.upper - 0.3339) < 5e-5)
  }

  // z = 1.959963984540054
  // def wilson(x, n):
  //     p = x / n; z2 = z * z; den = 1 + z2 / n
  //     c = (p + z2 / (2 * n)) / den
  //     h = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / den
  //     return p, max(0, c - h), min(1, c + h)
  // def newcombe(x1, n1, x2, n2):
  //     p1, l1, u1 = wilson(x1, n1); p2, l2, u2 = wilson(x2, n2); d = p1 - p2
  //     return d, d - math.sqrt((p1 - l1)**2 + (u2 - p2)**2), d + math.sqrt((u1 - p1)**2 + (p2 - l2)**2)
  // def pval(x1, n1, x2, n2):
  //     t = np.array([[x1, n1 - x1], [x2, n2 - x2]])
  //     e = np.outer(t.sum(1), t.sum(0)) / t.sum()
  //     if e.min() < 5: return "fisher", stats.fisher_exact(t).pvalue
  //     return "chi-square", stats.chi2_contingency(t, correction=False).pvalue
  // (For 56/70 vs 48/80 the pooled z test gives the same p: 2 * stats.norm.sf(z) = 0.00804508136819656.)
  struct Case: Sendable, CustomStringConvertible {
    var x1: Int
    var n1: Int
    var x2: Int
    var n2: Int
    var difference: Double
    var lower: Double
    var upper: Double
    var pValue: Double
    var method: String
    var description: String { "\(x1)/\(n1) vs \(x2)/\(n2)" }
  }

  static let cases: [Case] = [
    Case(
      x1: 56, n1: 70, x2: 48, n2: 80, difference: 0.2, lower: 0.05243147240236498, upper: 0.333872654036906,
      pValue: 0.008045081368196585, method: "chi-square"),
    Case(
      x1: 9, n1: 10, x2: 3, n2: 10, difference: 0.6, lower: 0.17052272393450302, upper: 0.8090179735354881,
      pValue: 0.019766611097880443, method: "fisher"),
    Case(
      x1: 6, n1: 7, x2: 2, n2: 7, difference: 0.5714285714285714, lower: 0.0582279274823122,
      upper: 0.8062496375242277, pValue: 0.10256410256410256, method: "fisher"),
    Case(
      x1: 5, n1: 56, x2: 0, n2: 29, difference: 0.08928571428571429, lower: -0.03813714790353688,
      upper: 0.19256001385511162, pValue: 0.1606214432094711, method: "fisher"),
    Case(
      x1: 0, n1: 10, x2: 0, n2: 20, difference: 0, lower: -0.16112515805281938, upper: 0.2775327998628892,
      pValue: 1, method: "fisher"),
    Case(
      x1: 10, n1: 10, x2: 0, n2: 20, difference: 1, lower: 0.6790860371419147, upper: 1,
      pValue: 3.328339160423118e-08, method: "fisher"),
    Case(
      x1: 120, n1: 400, x2: 90, n2: 410, difference: 0.08048780487804877, lower: 0.020100758143846195,
      upper: 0.1402441320824705, pValue: 0.008964101392626449, method: "chi-square"),
  ]

  @Test(arguments: cases)
  func matchesHandComputedNewcombe(_ expected: Case) {
    let result = ProportionDifference.compare(
      successes1: expected.x1, trials1: expected.n1, successes2: expected.x2, trials2: expected.n2)
    #expect(StatisticsTolerance.isClose(result.difference, expected.difference))
    #expect(StatisticsTolerance.isClose(result.lower, expected.lower))
    #expect(StatisticsTolerance.isClose(result.upper, expected.upper))
    #expect(StatisticsTolerance.isClose(result.pValue, expected.pValue))
    #expect(result.method == expected.method)
  }

  @Test func swappingGroupsNegatesTheInterval() {
    let forward = ProportionDifference.compare(successes1: 9, trials1: 10, successes2: 3, trials2: 10)
    let backward = ProportionDifference.compare(successes1: 3, trials1: 10, successes2: 9, trials2: 10)
    #expect(StatisticsTolerance.isClose(backward.difference, -forward.difference))
    #expect(StatisticsTolerance.isClose(backward.lower, -forward.upper))
    #expect(StatisticsTolerance.isClose(backward.upper, -forward.lower))
    #expect(StatisticsTolerance.isClose(backward.pValue, forward.pValue))
  }
}

// MARK: - Multiple comparisons

@Suite struct MultipleComparisonTests {
  // R: p.adjust(c(0.01, 0.04, 0.03, 0.005), "holm") = 0.03 0.06 0.06 0.02
  // By hand: sorted 0.005·4 = 0.02, 0.01·3 = 0.03, 0.03·2 = 0.06, 0.04·1 = 0.04 → running max 0.06.
  @Test func holmMatchesR() {
    let adjusted = MultipleComparisons.holm([0.01, 0.04, 0.03, 0.005])
    let expected = [0.03, 0.06, 0.06, 0.02]
    #expect(adjusted.count == expected.count)
    for (value, reference) in zip(adjusted, expected) {
      #expect(StatisticsTolerance.isClose(value, reference, relative: 1e-12))
    }
  }

  // By hand: sorted 0.01·3 = 0.03, 0.5·2 = 1.0, 0.6·1 = 0.6 → running max 1.0; capped at 1.
  @Test func holmIsCappedAndMonotone() {
    let adjusted = MultipleComparisons.holm([0.5, 0.6, 0.01])
    #expect(adjusted.count == 3)
    for (value, reference) in zip(adjusted, [1.0, 1.0, 0.03]) {
      #expect(StatisticsTolerance.isClose(value, reference, relative: 1e-12))
    }
    #expect(adjusted.allSatisfy { $0 <= 1 })
    #expect(MultipleComparisons.holm([]) == [])
    #expect(MultipleComparisons.holm([0.2]) == [0.2])
    // Ties get the same adjusted value: sorted 0.02·3 = 0.06, 0.02·2 = 0.04 → 0.06, 0.5·1 = 0.5.
    let tied = MultipleComparisons.holm([0.02, 0.5, 0.02])
    #expect(StatisticsTolerance.isClose(tied[0], 0.06, relative: 1e-12))
    #expect(StatisticsTolerance.isClose(tied[2], 0.06, relative: 1e-12))
    #expect(StatisticsTolerance.isClose(tied[1], 0.5, relative: 1e-12))
  }
}

// MARK: - Keyness

@Suite struct KeynessTests {
  // By hand: a = 50 of c = 10,000 (focus), b = 20 of d = 20,000 (reference).
  //   E1 = 10000 · 70 / 30000 = 23.3333, E2 = 20000 · 70 / 30000 = 46.6667
  //   G² = 2 · (50 · ln(50 / 23.3333) + 20 · ln(20 / 46.6667))
  //      = 2 · (50 · 0.762140 − 20 · 0.847298) = 2 · (38.1070 − 16.9460) = 42.3221
  //   log ratio = log2((50 / 10000) / (20 / 20000)) = log2(5) = 2.321928
  // Full precision (Python):
  //   2 * (50 * math.log(50 / (70 / 3)) + 20 * math.log(20 / (140 / 3)))  → 42.322090789201525
  //   stats.chi2.sf(42.322090789201525, 1)                                 → 7.741319338851829e-11
  @Test func handComputedLogLikelihood() {
    let result = Keyness.compare(
      term: "sources", focusCount: 50, focusTotal: 10_000, referenceCount: 20, referenceTotal: 20_000)
    #expect(StatisticsTolerance.isClose(result.logLikelihood, 42.322090789201525))
    #expect(abs(result.logLikelihood - 42.3221) < 1e-4)
    #expect(StatisticsTolerance.isClose(result.logRatio, log2(5.0)))
    #expect(StatisticsTolerance.isClose(result.pValue, 7.741319338851829e-11))
    #expect(result.term == "sources" && result.focusCount == 50 && result.referenceTotal == 20_000)

    let swapped = Keyness.compare(
      term: "sources", focusCount: 20, focusTotal: 20_000, referenceCount: 50, referenceTotal: 10_000)
    #expect(StatisticsTolerance.isClose(swapped.logLikelihood, -42.322090789201525))
    #expect(StatisticsTolerance.isClose(swapped.logRatio, -log2(5.0)))
  }

  // Zero counts. 0 of 1,000 vs 10 of 1,000: E1 = E2 = 5, G² = 2 · 10 · ln(10 / 5) = 20 ln 2 = 13.862944,
  // underused, so negative; log ratio = log2((0.5 / 1000) / (10 / 1000)) = log2(0.05) = −4.321928;
  // stats.chi2.sf(20 * math.log(2), 1) = 0.00019663765560209797.
  // 7 of 5,000 vs 0 of 8,000: E1 = 5000 · 7 / 13000, G² = 2 · 7 · ln(7 / E1) = 13.377160230384106;
  // log ratio = log2((7 / 5000) / (0.5 / 8000)) = 4.485426827170242; chi2.sf → 0.0002547070889227142.
  @Test func zeroCountsUseHalfACount() {
    let absent = Keyness.compare(
      term: "x", focusCount: 0, focusTotal: 1000, referenceCount: 10, referenceTotal: 1000)
    #expect(StatisticsTolerance.isClose(absent.logLikelihood, -20 * log(2.0)))
    #expect(StatisticsTolerance.isClose(absent.logRatio, log2(0.05)))
    #expect(StatisticsTolerance.isClose(absent.pValue, 0.00019663765560209797))

    let unique = Keyness.compare(
      term: "y", focusCount: 7, focusTotal: 5000, referenceCount: 0, referenceTotal: 8000)
    #expect(StatisticsTolerance.isClose(unique.logLikelihood, 13.377160230384106))
    #expect(StatisticsTolerance.isClose(unique.logRatio, 4.485426827170242))
    #expect(StatisticsTolerance.isClose(unique.pValue, 0.0002547070889227142))
  }

  @Test func equalRatesGiveNothing() {
    let result = Keyness.compare(
      term: "z", focusCount: 30, focusTotal: 3000, referenceCount: 60, referenceTotal: 6000)
    #expect(abs(result.logLikelihood) < 1e-12)
    #expect(abs(result.logRatio) < 1e-12)
    #expect(StatisticsTolerance.isClose(result.pValue, 1))
    let empty = Keyness.compare(
      term: "z", focusCount: 0, focusTotal: 0, referenceCount: 3, referenceTotal: 10)
    #expect(empty.logLikelihood == 0 && empty.pValue == 1)
  }

  // focus = {"said": 40, "sources": 12, "denied": 3, "told": 10, "the": 500}      (total 565)
  // ref   = {"said": 60, "sources": 2, "told": 30, "the": 1000, "claimed": 4}     (total 1096)
  // For each term with a + b >= 5: the signed G² above with c = 565, d = 1096, sorted by (-|G²|, term):
  //   sources  16.060138739550375
  //   said      1.5559339281371187
  //   told     -1.5253345261524567
  //   the      -0.3121577930835926
  // ("denied", 3, and "claimed", 4, fall below the minimum frequency of 5.)
  @Test func rankSortsByStrengthAndFilters() {
    let focus = ["said": 40, "sources": 12, "denied": 3, "told": 10, "the": 500]
    let reference = ["said": 60, "sources": 2, "told": 30, "the": 1000, "claimed": 4]
    let ranked = Keyness.rank(focus: focus, reference: reference, minimumFrequency: 5)
    #expect(ranked.map(\.term) == ["sources", "said", "told", "the"])
    let expected = [16.060138739550375, 1.5559339281371187, -1.5253345261524567, -0.3121577930835926]
    for (result, value) in zip(ranked, expected) {
      #expect(StatisticsTolerance.isClose(result.logLikelihood, value))
      #expect(result.focusTotal == 565 && result.referenceTotal == 1096)
    }
    #expect(Keyness.rank(focus: focus, reference: reference, minimumFrequency: 1).count == 6)
  }

  @Test func rankBreaksTiesByTerm() {
    let ranked = Keyness.rank(focus: ["b": 5, "a": 5], reference: ["b": 5, "a": 5], minimumFrequency: 1)
    #expect(ranked.map(\.term) == ["a", "b"])
  }
}

// MARK: - Bootstrap

@Suite struct BootstrapTests {
  // SplitMix64 (Vigna's splitmix64.c), in Python:
  //   M = (1 << 64) - 1
  //   def splitmix(s):
  //       s = (s + 0x9E3779B97F4A7C15) & M; z = s
  //       z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M
  //       z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M
  //       return s, z ^ (z >> 31)
  // seed 0 → 16294208416658607535 (0xE220A8397B1DCDAF), 7960286522194355700, 487617019471545679
  @Test func splitMixMatchesReference() {
    var generator = SeededGenerator(seed: 0)
    let outputs = (0..<3).map { _ in generator.next() }
    let expected: [UInt64] = [16_294_208_416_658_607_535, 7_960_286_522_194_355_700, 487_617_019_471_545_679]
    #expect(outputs == expected)
  }

  static let numerators = [2, 0, 5, 1, 3, 0, 4, 2]
  static let denominators = [10, 8, 12, 9, 11, 7, 15, 10]

  @Test func sameSeedSameInterval() {
    let first = Bootstrap.ratioInterval(numerators: Self.numerators, denominators: Self.denominators)
    let second = Bootstrap.ratioInterval(numerators: Self.numerators, denominators: Self.denominators)
    #expect(first.estimate == second.estimate)
    #expect(first.lower == second.lower)
    #expect(first.upper == second.upper)
    let other = Bootstrap.ratioInterval(numerators: Self.numerators, denominators: Self.denominators, seed: 7)
    #expect(other.estimate == first.estimate)
  }

  @Test func intervalContainsTheEstimate() {
    let interval = Bootstrap.ratioInterval(numerators: Self.numerators, denominators: Self.denominators)
    #expect(StatisticsTolerance.isClose(interval.estimate, 17.0 / 82.0, relative: 1e-12))
    #expect(interval.lower <= interval.estimate && interval.estimate <= interval.upper)
    #expect(interval.lower < interval.upper)
  }

  // The same algorithm in Python (SplitMix64 above; an index below n by Lemire's method:
  // m = next() * n; if m & M < n: t = ((1 << 64) - n) % n, and while m & M < t draw again;
  // the index is m >> 64), then
  //   np.quantile(sorted_ratios, [0.025, 0.975], method="linear")
  // 2000 resamples, seed 20261129: estimate 0.2073170731707317, 0.11428571428571428 to 0.28888888888888886
  // 500 resamples, seed 42, 90%:    estimate 0.2073170731707317, 0.125 to 0.27278138528138524
  @Test func matchesThePythonReimplementation() {
    let interval = Bootstrap.ratioInterval(numerators: Self.numerators, denominators: Self.denominators)
    #expect(StatisticsTolerance.isClose(interval.estimate, 0.2073170731707317, relative: 1e-12))
    #expect(StatisticsTolerance.isClose(interval.lower, 0.11428571428571428, relative: 1e-9))
    #expect(StatisticsTolerance.isClose(interval.upper, 0.28888888888888886, relative: 1e-9))

    let narrower = Bootstrap.ratioInterval(
      numerators: Self.numerators, denominators: Self.denominators, resamples: 500, seed: 42, confidence: 0.9)
    #expect(StatisticsTolerance.isClose(narrower.lower, 0.125, relative: 1e-9))
    #expect(StatisticsTolerance.isClose(narrower.upper, 0.27278138528138524, relative: 1e-9))
  }

  @Test func constantRatioGivesAZeroWidthInterval() {
    let interval = Bootstrap.ratioInterval(numerators: [1, 2, 3, 5], denominators: [10, 20, 30, 50])
    #expect(interval.estimate == 0.1)
    #expect(interval.lower == 0.1)
    #expect(interval.upper == 0.1)
  }

  @Test func emptyOrZeroDenominatorsGiveZeros() {
    let empty = Bootstrap.ratioInterval(numerators: [], denominators: [])
    #expect(empty.estimate == 0 && empty.lower == 0 && empty.upper == 0)
    let zero = Bootstrap.ratioInterval(numerators: [0, 0], denominators: [0, 0])
    #expect(zero.estimate == 0 && zero.lower == 0 && zero.upper == 0)
  }
}
