import Foundation
import OnRecord
import Testing

/// Accuracy on PolNeAR's dev split, scored as `../shared/eval/score_attributions.py` does
/// (greedy one-to-one cue matching by overlap). Fails when a figure drops more than two
/// points below what the README reports.
@Suite struct PolNeARRegressionTests {
  /// The figures measured when they were last improved (README, "Accuracy").
  static let floor: [String: Double] = [
    "cue": 0.77, "sourceOverlap": 0.773, "sourceExact": 0.745, "anonymousArticle": 0.963,
    "anonymousAttribution": 0.868, "kindAccuracy": 0.937, "denialAttribution": 0.305,
  ]

  static let root = TestSupport.shared.appendingPathComponent("polnear")

  @Test(.enabled(if: TestSupport.hasShared, "../shared/polnear is absent"))
  func devFiguresHold() throws {
    let result = try AttributionScoring.score(
      texts: Self.root.appendingPathComponent("dev/text"),
      annotations: Self.root.appendingPathComponent("dev/attributions"),
      labels: Self.root.appendingPathComponent("dev-labels.json"))
    #expect(result.articles == 84)
    for (name, floor) in Self.floor {
      let figure = result.figures[name] ?? 0
      #expect(figure >= floor - 0.02, "\(name) \(figure) fell more than two points below \(floor)")
    }
  }
}
