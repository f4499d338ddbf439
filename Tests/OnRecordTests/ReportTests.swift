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
    let analyzer = TestSupport.analyzer
    var one = try analyzer.analyze(corpus: TestSupport.demoCorpus, jobs: 1)
    var two = try analyzer.analyze(corpus: TestSupport.demoCorpus, jobs: 2)
    var four = try analyzer.analyze(corpus: TestSupport.demoCorpus, jobs: 4)
    for index in 0..<3 {
      var run = [one, two, four][index]
      run.seconds = 0
      run.started = nil
      if index == 0 { one = run } else if index == 1 { two = run } else { four = run }
    }
    let a = try ReportWriter.outputs(for: one)
    #expect(a == (try ReportWriter.outputs(for: two)))
    #expect(a == (try ReportWriter.outputs(for: four)))
    #expect(one.tally.outlets == two.tally.outlets)
    #expect(one.tally.files == two.tally.files)
    #expect(one.tally.articles.map(\.path) == four.tally.articles.map(\.path))
  }

  @Test func theDemoCorpusReportAddsUp() throws {
    let run = try TestSupport.analyzer.analyze(corpus: TestSupport.demoCorpus, jobs: 2)
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
    let run = try TestSupport.analyzer.analyze(corpus: folder, jobs: 2)
    let md = MarkdownReport.render(run)
    #expect(md.contains("No articles were found in this corpus"))
  }
}

/// The committed example reports are what the README's command writes today.
@Suite struct GoldenReportTests {
  /// The report without the run's date and duration, which change from run to run.
  static func stable(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).filter {
      !$0.hasPrefix("| Date |") && !$0.hasPrefix("| Duration |") && !$0.contains("\"started\" :")
        && !$0.contains("\"seconds\" :")
    }.joined(separator: "\n")
  }

  @Test func committedReportsMatchAFreshRun() throws {
    var run = try TestSupport.analyzer.analyze(corpus: TestSupport.demoCorpus, jobs: 2)
    run.parameters = ["Word-list folder": "built-in"]  // as the README's command records it
    let reports = TestSupport.packageRoot.appendingPathComponent("Reports")
    let outputs = try ReportWriter.outputs(for: run)
    for (name, text) in outputs {
      let committed = try String(contentsOf: reports.appendingPathComponent(name), encoding: .utf8)
      #expect(
        Self.stable(committed) == Self.stable(text),
        "Reports/\(name) is out of date: run the README's first command and commit")
    }
    // Nothing stale lies beside them.
    let evidence = try FileManager.default.contentsOfDirectory(
      atPath: reports.appendingPathComponent("demo/evidence").path)
    #expect(evidence.count == outputs.keys.filter { $0.hasPrefix("demo/evidence/") }.count)
  }

  @Test func theReadmeExcerptIsInTheReport() throws {
    let readme = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let report = try String(
      contentsOf: TestSupport.packageRoot.appendingPathComponent("Reports/demo.md"), encoding: .utf8)
    let tableRows = readme.split(separator: "\n").filter { $0.hasPrefix("> | ") && !$0.contains("---") }
    #expect(tableRows.count >= 4)
    for row in tableRows {
      let asInReport = row.dropFirst(2).replacingOccurrences(of: "](Reports/", with: "](")
      #expect(report.contains(asInReport), "README row not in Reports/demo.md: \(row)")
    }
  }
}
