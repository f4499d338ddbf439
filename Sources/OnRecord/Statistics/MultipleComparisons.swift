import Foundation

/// Adjustments of p-values for testing several hypotheses at once.
public enum MultipleComparisons {
  // MARK: - Holm

  /// Holm–Bonferroni adjusted p-values, in the order given, as R's `p.adjust(p, method = "holm")`
  /// computes them: the i-th smallest of m p-values is multiplied by m − i + 1, the products are
  /// made non-decreasing in that order (a running maximum), and capped at 1. Ties keep their input
  /// order; they get the same adjusted value either way.
  public static func holm(_ pValues: [Double]) -> [Double] {
    let count = pValues.count
    let order = pValues.indices.sorted { left, right in
      pValues[left] < pValues[right] || (pValues[left] == pValues[right] && left < right)
    }
    var adjusted = [Double](repeating: 0, count: count)
    var runningMaximum = 0.0
    for (rank, index) in order.enumerated() {
      let scaled = Double(count - rank) * pValues[index]
      runningMaximum = max(runningMaximum, min(1, scaled))
      adjusted[index] = runningMaximum
    }
    return adjusted
  }
}
