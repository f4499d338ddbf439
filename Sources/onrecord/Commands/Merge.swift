import ArgumentParser
import Foundation
import OnRecord

struct Merge: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "merge",
    abstract: "Join partial tallies from `analyze --shard K/N --partial FILE` into the corpus report.",
    discussion: "The report is the one a single machine writes for the whole corpus."
  )

  @Argument(help: "Partial tally files.")
  var partials: [String]

  @Option(name: .shortAndLong, help: "Where to write the reports.")
  var out: String = "Reports"

  func run() throws {
    var parts: [PartialTally] = []
    do {
      for path in partials { parts.append(try PartialTally.read(path)) }
      var run = try PartialTally.merge(parts)
      run.started = ISO8601DateFormatter().string(from: Date())
      if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = Double(epoch) {
        run.started = ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: seconds))
        run.recordsDuration = false
      }
      run.parameters = ["Word-list folder": "built-in"]
      try ReportWriter.write(run, to: URL(fileURLWithPath: out))
      print("onrecord: merged \(parts.count) partial tallies: \(run.tally.articles.count) articles")
    } catch let error as OnRecordError {
      printError(error.description)
      throw ExitCode(2)
    }
  }
}
