import Foundation
import OnRecord
import Testing

/// Reports on real corpora: every figure agrees with the per-article counts behind it.
@Suite(.serialized) struct CorpusReportTests {
  static func check(_ corpus: String) throws {
    let run = try TestSupport.analyzer.analyze(
      corpus: TestSupport.shared.appendingPathComponent("corpora/\(corpus)"), jobs: 2)
    let t = run.tally
    #expect(t.articles.count >= 300)
    #expect(t.count(.failed) == 0)
    for name in t.outletNames {
      let o = t.outlets[name]!
      let records = t.articles.filter { $0.outlet == name }
      #expect(o.articles == records.count)
      #expect(o.words == records.reduce(0) { $0 + $1.words })
      #expect(o.attributions == records.reduce(0) { $0 + $1.rows.count })
      #expect(o.articlesWithAnonymous == records.filter { $0.rows.contains { $0.anonymous } }.count)
      #expect(o.anonymousAttributions == records.reduce(0) { $0 + $1.rows.filter(\.anonymous).count })
      #expect(o.denials["no-comment"] == records.reduce(0) { $0 + $1.rows.filter { $0.denial == .noComment }.count })
      #expect(o.hedges.total == records.reduce(0) { $0 + $1.hedgeMentions.count })
      #expect(o.sourceKinds.total == o.attributions)
    }
    let outputs = ReportWriter.outputs(for: run)
    let md = try #require(outputs["\(corpus).md"])
    for name in t.outletNames {
      let o = t.outlets[name]!
      let p = Proportion(successes: o.articlesWithAnonymous, trials: o.articles)
      let cell = "| \(name) | \(String(format: "%.1f", p.estimate * 100))% (\(o.articlesWithAnonymous)/\(o.articles)) |"
      #expect(md.contains(cell), "anonymous-source row of \(name)")
    }
    // The per-attribution export has one row per attribution, the per-article export one per article.
    let attributionsCSV = try #require(outputs["\(corpus)-attributions.csv"])
    #expect(attributionsCSV.split(separator: "\n").count >= t.total.attributions + 1)
    let jsonl = try #require(outputs["\(corpus)-attributions.jsonl"])
    #expect(jsonl.split(separator: "\n").count == t.total.attributions)
    let articlesCSV = try #require(outputs["\(corpus)-articles.csv"])
    #expect(articlesCSV.hasPrefix("path,outlet,title"))
    // Every pairwise comparison is there, with Holm-adjusted p-values no smaller than the raw ones.
    let comparisons = OutletComparison.compare(t)
    let k = t.outlets.count
    for c in comparisons {
      #expect(c.pairs.count == k * (k - 1) / 2)
      #expect(c.pairs.allSatisfy { $0.adjustedP >= $0.difference.pValue - 1e-12 })
    }
    #expect(md.contains("## Comparisons between outlets"))
    #expect(md.contains("## Run manifest"))
  }

  @Test(.enabled(if: TestSupport.hasShared, "../shared/corpora is absent"))
  func basil() throws {
    try Self.check("basil")
  }

  @Test(.enabled(if: TestSupport.hasShared, "../shared/corpora is absent"))
  func abpTwelveOutlets() throws {
    try Self.check("abp-12-outlets")
  }
}
