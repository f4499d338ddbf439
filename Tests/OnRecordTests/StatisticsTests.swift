import OnRecord
import Testing

@Suite struct StatisticsTests {
  // Reference values: R's binom::binom.confint(x, n, methods = "wilson").
  @Test(arguments: [
    (3, 8, 0.1368443, 0.6942576),
    (0, 12, 0.0, 0.2424940),
    (12, 12, 0.7575060, 1.0),
    (81, 263, 0.2552885, 0.3662096),
  ])
  func wilsonIntervalMatchesKnownValues(_ x: Int, _ n: Int, _ low: Double, _ high: Double) {
    let p = Proportion(successes: x, trials: n)
    #expect(abs(p.lower - low) < 1e-6)
    #expect(abs(p.upper - high) < 1e-6)
    #expect(abs(p.estimate - Double(x) / Double(n)) < 1e-12)
  }

  @Test func noTrialsGivesTheWholeRange() {
    let p = Proportion(successes: 0, trials: 0)
    #expect(p.lower == 0 && p.upper == 1)
  }

  @Test func tallyMergeIsOrderFree() throws {
    var a = OutletTally()
    var b = OutletTally()
    let analysis = TestSupport.extractor.analyze(
      text: "Sources said the mayor would resign. The mayor denied it. He reportedly left.")
    let article = Article(
      path: "a.txt", outlet: "x", format: .text, metadata: PageMetadata(), text: "", encoding: "UTF-8")
    a.add(ArticleRecord(article: article, analysis: analysis))
    b.add(ArticleRecord(article: article, analysis: TestSupport.extractor.analyze(text: "Critics said it was late.")))
    var ab = a
    ab.merge(b)
    var ba = b
    ba.merge(a)
    #expect(ab == ba)
    #expect(ab.articles == 2)
    #expect(ab.articlesWithAnonymous == 1)
    #expect(ab.denials["denial"] == 1)
    #expect(ab.hedges["reportedly"] == 1)
  }
}
