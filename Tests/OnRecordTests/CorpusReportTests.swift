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
      #expect(o.attributions == records.reduce(0) { $0 + $1.attributions })
      #expect(o.articlesWithAnonymous == records.filter(\.hasAnonymous).count)
      #expect(o.anonymousAttributions == records.reduce(0) { $0 + $1.anonymous })
      #expect(o.sourceKinds.total == o.attributions)
      #expect(o.sourceKinds["person"] == records.reduce(0) { $0 + $1.count(.person) })
    }
    let outputs = try ReportWriter.outputs(for: run)
    // The per-article table agrees with the outlet counts, outlet by outlet.
    let rows = try #require(outputs["\(corpus)-articles.csv"]).split(separator: "\n").dropFirst().map(
      TestSupport.csvFields)
    #expect(rows.count == t.articles.count)
    for name in t.outletNames {
      let o = t.outlets[name]!
      let mine = rows.filter { $0[1] == name }
      func column(_ index: Int) -> Int { mine.reduce(0) { $0 + (Int($1[index]) ?? -1_000_000) } }
      #expect(mine.count == o.articles)
      #expect(column(5) == o.attributions)
      #expect(column(6) == o.anonymousAttributions)
      #expect(column(10) == o.denials["no-comment"])
      #expect(column(12) == o.hedges.total)
    }
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
