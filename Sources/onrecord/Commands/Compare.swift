import ArgumentParser
import Foundation
import OnRecord

struct Compare: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compare",
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
    var analyzer = CorpusAnalyzer(lexicon: try loadLexicon(lexicon))
    analyzer.cache = options.openCache()
    analyzer.extractor.includeNested = options.includeNested
    let folders = [first, second].map { URL(fileURLWithPath: $0) }
    var labels = folders.map { $0.standardizedFileURL.lastPathComponent }
    if labels[0] == labels[1] { labels = [labels[0] + "-1", labels[1] + "-2"] }
    var runs: [CorpusRun] = []
    var combined: CorpusRun
    do {
      for (folder, label) in zip(folders, labels) {
        analyzer.group = label
        runs.append(try analyzer.analyze(corpus: folder, jobs: jobs))
      }
      var tally = runs[0].tally
      tally.merge(runs[1].tally)
      combined = CorpusRun(
        name: "\(labels[0])-vs-\(labels[1])", tally: try tally.sorted(), lexiconHash: runs[0].lexiconHash, jobs: jobs,
        seconds: runs[0].seconds + runs[1].seconds)
    } catch let error as OnRecordError {
      printError(error.description)
      throw ExitCode(2)
    }
    combined.modelHash = runs[0].modelHash
    combined.started = runs[0].started
    combined.recordsDuration = runs[0].recordsDuration
    combined.parameters = ["Word-list folder": lexicon ?? "built-in", "First corpus": first, "Second corpus": second]
    do {
      try ReportWriter.write(combined, to: URL(fileURLWithPath: out))
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
