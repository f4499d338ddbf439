import Foundation

/// The result of Pearson's chi-square test of independence on a contingency table.
public struct ChiSquareResult: Sendable, Equatable, Codable {
  /// Pearson's X² = Σ (observed − expected)² / expected.
  public var statistic: Double
  /// (rows − 1) × (columns − 1), after all-zero rows and columns are dropped.
  public var degreesOfFreedom: Int
  /// The upper-tail chi-square probability of `statistic`.
  public var pValue: Double
  /// The smallest expected count; below 5 the chi-square approximation is doubtful.
  public var minimumExpected: Double
  /// Cramér's V = √(X² / (N · (min(rows, columns) − 1))), from 0 (independence) to 1.
  public var cramersV: Double

  public init(statistic: Double, degreesOfFreedom: Int, pValue: Double, minimumExpected: Double, cramersV: Double) {
    self.statistic = statistic
    self.degreesOfFreedom = degreesOfFreedom
    self.pValue = pValue
    self.minimumExpected = minimumExpected
    self.cramersV = cramersV
  }
}

/// Tests of independence on contingency tables of counts: rows are groups (outlets), columns are
/// categories.
public enum ContingencyTests {
  // MARK: - Chi-square

  /// Pearson's chi-square test of independence, without continuity correction.
  ///
  /// Rows may be ragged (missing cells count as 0). All-zero rows and columns are dropped first;
  /// the result is nil when fewer than 2 rows or 2 columns remain, or when a count is negative.
  public static func chiSquare(_ table: [[Int]]) -> ChiSquareResult? {
    guard let reduced = nonEmptyTable(table) else { return nil }
    let columnCount = reduced[0].count
    let rowTotals: [Double] = reduced.map { row in Double(row.reduce(0, +)) }
    let columnTotals: [Double] = (0..<columnCount).map { column in
      let sum: Int = reduced.reduce(0) { partial, row in partial + row[column] }
      return Double(sum)
    }
    let total = rowTotals.reduce(0, +)

    var statistic = 0.0
    var minimumExpected = Double.infinity
    for (row, counts) in reduced.enumerated() {
      for (column, count) in counts.enumerated() {
        let expected = rowTotals[row] * columnTotals[column] / total
        let deviation = Double(count) - expected
        statistic += deviation * deviation / expected
        minimumExpected = min(minimumExpected, expected)
      }
    }
    let degreesOfFreedom = (reduced.count - 1) * (columnCount - 1)
    let shorterSide = Double(min(reduced.count, columnCount) - 1)
    return ChiSquareResult(
      statistic: statistic,
      degreesOfFreedom: degreesOfFreedom,
      pValue: Distributions.chiSquareSurvival(statistic, degreesOfFreedom: degreesOfFreedom),
      minimumExpected: minimumExpected,
      cramersV: (statistic / (total * shorterSide)).squareRoot())
  }

  /// Whether the table's counts are too small for the chi-square approximation: true when any
  /// expected count (after all-zero rows and columns are dropped) is below 5, and for a table that
  /// leaves fewer than 2 rows or 2 columns, where the exact test gives its trivial p of 1.
  public static func useFisher(_ table: [[Int]]) -> Bool {
    guard let result = chiSquare(table) else { return true }
    return result.minimumExpected < 5
  }

  // MARK: - Fisher's exact test

  /// The two-sided p-value of Fisher's exact test for the 2×2 table [[a, b], [c, d]]: the summed
  /// hypergeometric probability of every table with the same margins that is no more probable than
  /// the observed one (within a relative tolerance of 10⁻⁷, as R's `fisher.test` does). 1 for a
  /// table with an empty margin or a negative count.
  public static func fisherExact(_ a: Int, _ b: Int, _ c: Int, _ d: Int) -> Double {
    guard a >= 0, b >= 0, c >= 0, d >= 0 else { return 1 }
    let row1 = a + b
    let row2 = c + d
    let column1 = a + c
    let total = row1 + row2
    guard total > 0 else { return 1 }
    let low = max(0, column1 - row2)
    let high = min(row1, column1)
    let logDenominator = Distributions.logChoose(total, column1)
    func logProbability(_ x: Int) -> Double {
      Distributions.logChoose(row1, x) + Distributions.logChoose(row2, column1 - x) - logDenominator
    }
    let threshold = logProbability(a) + log1p(relativeTolerance)
    var p = 0.0
    for x in low...high {
      let logP = logProbability(x)
      if logP <= threshold { p += exp(logP) }
    }
    return min(1, p)
  }

  // MARK: - Helpers

  /// The tolerance within which a table counts as exactly as probable as the observed one.
  private static let relativeTolerance = 1e-7

  /// The table padded to rectangular, with all-zero rows and columns removed; nil when fewer than
  /// 2 rows or 2 columns remain or a count is negative.
  private static func nonEmptyTable(_ table: [[Int]]) -> [[Int]]? {
    let width = table.map(\.count).max() ?? 0
    guard width >= 2, table.count >= 2 else { return nil }
    guard table.allSatisfy({ row in row.allSatisfy { $0 >= 0 } }) else { return nil }
    let padded = table.map { $0 + Array(repeating: 0, count: width - $0.count) }
    let rows = padded.filter { row in row.contains { $0 > 0 } }
    let keptColumns = (0..<width).filter { column in rows.contains { $0[column] > 0 } }
    guard rows.count >= 2, keptColumns.count >= 2 else { return nil }
    return rows.map { row in keptColumns.map { row[$0] } }
  }
}
