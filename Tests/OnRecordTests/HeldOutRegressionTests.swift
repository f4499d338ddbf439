import Foundation
import Testing

/// Accuracy on the project's own annotated articles (`Tests/Fixtures/heldout`: 14 articles from
/// five fictional outlets, annotated by PolNeAR's taxonomy). Unlike the PolNeAR test, it needs
/// nothing outside the repository, so it runs everywhere. Fails when a figure drops more than two
/// points below what the README reports.
@Suite struct HeldOutRegressionTests {
  static let floor: [String: Double] = [
    "cue": 0.929, "sourceOverlap": 0.938, "sourceExact": 0.899, "anonymousArticle": 1.0,
    "anonymousAttribution": 0.933, "kindAccuracy": 0.930,
  ]

  @Test func heldOutFiguresHold() throws {
    let root = TestSupport.packageRoot.appendingPathComponent("Tests/Fixtures/heldout")
    let result = try AttributionScoring.score(
      texts: root.appendingPathComponent("text"), annotations: root.appendingPathComponent("attributions"),
      labels: root.appendingPathComponent("labels.json"))
    #expect(result.articles == 14)
    for (name, floor) in Self.floor {
      let figure = result.figures[name] ?? 0
      #expect(figure >= floor - 0.02, "\(name) \(figure) fell more than two points below \(floor)")
    }
  }
}
