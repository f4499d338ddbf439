import ArgumentParser
import Foundation
import OnRecord

struct Compare: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Compare two corpora (two periods, two samples) with the report's tests.",
    discussion: """
      Analyses both folders, treats each as one group (all its outlets together), and writes
      DIR/<A>-vs-<B>.md with the same tables, comparisons and evidence as `analyze`.
      Exit status as for `analyze`.
      """
  )

  @Argument(help: "The first corpus folder.")
  var first: String

  @Argument(help: "The second corpus folder.")
  var second: String

  @OptionGroup var options: RunOptions

  var out: String { options.out }
  var jobs: Int { options.jobs }
  var lexicon: String? { options.lexicon }

  func run() throws {
    let analyzer = CorpusAnalyzer(lexicon: try loadLexicon(lexicon))
    let runs: [CorpusRun]
    do {
      runs = try [first, second].map { try analyzer.analyze(corpus: URL(fileURLWithPath: $0), jobs: jobs) }
    } catch let error as OnRecordError {
      printError(error.description)
      throw ExitCode(2)
    }
    var labels = runs.map(\.name)
    if labels[0] == labels[1] { labels = [labels[0] + "-1", labels[1] + "-2"] }
    var tally = runs[0].asOneGroup(labels[0])
    tally.merge(runs[1].asOneGroup(labels[1]))
    var combined = CorpusRun(
      name: "\(labels[0])-vs-\(labels[1])", tally: tally.sorted(), lexiconHash: runs[0].lexiconHash, jobs: jobs,
      seconds: runs[0].seconds + runs[1].seconds)
    combined.modelHash = runs[0].modelHash
    combined.started = runs[0].started
    combined.recordsDuration = runs[0].recordsDuration
    combined.parameters = ["Word-list folder": lexicon ?? "built-in", "First corpus": first, "Second corpus": second]
    let outputs = ReportWriter.outputs(for: combined)
    do {
      try ReportWriter.write(outputs, to: URL(fileURLWithPath: out))
    } catch let error as OnRecordError {
      printError(error.description)
      throw ExitCode(2)
    }
    print(
      "onrecord: compared \(labels[0]) (\(runs[0].tally.articles.count) articles) with \(labels[1]) (\(runs[1].tally.articles.count) articles)"
    )
    print(
      "  wrote \(URL(fileURLWithPath: out).appendingPathComponent(ReportWriter.baseName(combined.name) + ".md").path)")
    if combined.tally.count(.failed) > 0 { throw ExitCode(1) }
  }
}
