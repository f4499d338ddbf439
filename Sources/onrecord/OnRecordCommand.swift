import ArgumentParser
import OnRecord

@main
struct OnRecordCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "onrecord",
    abstract: "Measure how the news is sourced: attributions, anonymous sources, denials and hedges, by outlet.",
    version: OnRecordVersion.string,
    subcommands: [Analyze.self, Compare.self, Extract.self, Merge.self, TrainCues.self, ParseBenchmark.self]
  )
}
