import Foundation
import OnRecord
import Testing

@Suite struct ReportTests {
  @Test func escapingKeepsArticleTextInItsCell() {
    let hostile = "a | b `code` <script>alert(1)</script>\n# heading [link](http://x) *bold*"
    let cell = Escaping.markdown(hostile)
    #expect(!cell.contains("\n"))
    #expect(!cell.contains("<script>"))
    #expect(cell.replacingOccurrences(of: "\\|", with: "").contains("|") == false)
    #expect(Escaping.csv("=cmd()") == "'=cmd()")
    #expect(Escaping.csv("a,\"b\"\nc") == "\"a,\"\"b\"\"\nc\"")
  }

  @Test func theReportIsTheSameForAnyNumberOfWorkers() throws {
    let analyzer = CorpusAnalyzer(lexicon: TestSupport.lexicon)
    var one = try analyzer.analyze(corpus: TestSupport.demoCorpus, jobs: 1)
    var two = try analyzer.analyze(corpus: TestSupport.demoCorpus, jobs: 2)
    var four = try analyzer.analyze(corpus: TestSupport.demoCorpus, jobs: 4)
    one.seconds = 0
    two.seconds = 0
    four.seconds = 0
    let a = ReportWriter.outputs(for: one)
    #expect(a == ReportWriter.outputs(for: two))
    #expect(a == ReportWriter.outputs(for: four))
    #expect(one.tally == two.tally)
  }

  @Test func theDemoCorpusReportAddsUp() throws {
    let run = try CorpusAnalyzer(lexicon: TestSupport.lexicon).analyze(corpus: TestSupport.demoCorpus, jobs: 2)
    let t = run.tally
    #expect(t.outlets.keys.sorted() == ["capitol-wire", "daily-tempest", "harbor-ledger"])
    #expect(t.outlets.values.allSatisfy { $0.articles >= 10 })
    // Every file is accounted for.
    let onDisk = try CorpusWalker.files(in: TestSupport.demoCorpus).count
    #expect(t.files.count == onDisk)
    #expect(t.count(.analyzed) + t.count(.skipped) + t.count(.failed) == onDisk)
    // The outlets' habits come through: the wire leans on anonymous sources, the tabloid on hedges.
    let wire = t.outlets["capitol-wire"]!
    let ledger = t.outlets["harbor-ledger"]!
    let tempest = t.outlets["daily-tempest"]!
    #expect(wire.articlesWithAnonymous > ledger.articlesWithAnonymous)
    #expect(tempest.hedges.total > wire.hedges.total + ledger.hedges.total)
    #expect(wire.denials.total > ledger.denials.total)
    #expect(tempest.sourceKinds["vague"] > ledger.sourceKinds["vague"])
    let md = MarkdownReport.render(run)
    #expect(md.contains("## Anonymous sources"))
    #expect(md.contains("| capitol-wire |"))
    #expect(md.contains("photo-credits.csv"))
    #expect(md.contains("2026-05-02-draft.txt"))
    // A count beside every percentage.
    let percentages = md.matches(of: /\d+\.\d%/).count
    let withCounts =
      md.matches(of: /\d+\.\d% \([\d,]+\/[\d,]+\)/).count + md.matches(of: /\d+\.\d%–\d+\.\d%/).count * 2
      + md.matches(of: /\d+\.\d% of articles\*\* \(\d+ of \d+\)/).count
      + md.matches(of: /\d+\.\d% of articles, \d+\/\d+\)/).count
      + md.matches(of: /\(\d+\.\d%, \d+\/\d+\)/).count
    #expect(percentages == withCounts, "a percentage without its count")
  }

  @Test func anEmptyCorpusSaysSo() throws {
    let folder = try TestSupport.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try CorpusAnalyzer(lexicon: TestSupport.lexicon).analyze(corpus: folder, jobs: 2)
    let md = MarkdownReport.render(run)
    #expect(md.contains("No articles were found in this corpus"))
  }
}

/// The committed example reports are what the README's command writes today.
@Suite struct GoldenReportTests {
  @Test func committedReportsMatchAFreshRun() throws {
    var run = try CorpusAnalyzer(lexicon: TestSupport.lexicon).analyze(corpus: TestSupport.demoCorpus, jobs: 2)
    run.seconds = 0
    let reports = TestSupport.packageRoot.appendingPathComponent("Reports")
    for (name, text) in ReportWriter.outputs(for: run) {
      let committed = try String(contentsOf: reports.appendingPathComponent(name), encoding: .utf8)
      #expect(committed == text, "Reports/\(name) is out of date: run the README's first command and commit")
    }
  }

  @Test func theReadmeExcerptIsInTheReport() throws {
    let readme = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let report = try String(
      contentsOf: TestSupport.packageRoot.appendingPathComponent("Reports/demo.md"), encoding: .utf8)
    let tableRows = readme.split(separator: "\n").filter { $0.hasPrefix("> | ") && !$0.contains("---") }
    #expect(tableRows.count >= 4)
    for row in tableRows {
      #expect(report.contains(row.dropFirst(2)), "README row not in Reports/demo.md: \(row)")
    }
  }
}
