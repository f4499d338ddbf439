import ArgumentParser
import Dispatch
import Foundation
import OnRecord

struct ParseBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "parse-benchmark",
    abstract: "Time libxml2's bare HTML parse (htmlReadMemory + xmlFreeDoc) over a folder's pages.",
    discussion: "Used by scripts/benchmark.sh as the floor for the full pipeline. Prints pages, MB and seconds.",
    shouldDisplay: false
  )

  @Argument(help: "A folder of .html pages.")
  var folder: String

  @Option(name: .shortAndLong, help: "Worker threads.")
  var jobs: Int = 1

  func run() throws {
    let files = try CorpusWalker.files(in: URL(fileURLWithPath: folder)).filter {
      $0.problem == nil && ArticleReader.format(forFileName: $0.url.lastPathComponent) == .html
    }
    // Read first, so that only parsing is timed.
    let pages: [[UInt8]] = files.compactMap { try? FileReader.readAll($0.url.path).get() }
    HTMLParser.initialize()
    let started = DispatchTime.now()
    let parsed = Parallel.forEach(pages, jobs: jobs, makeAccumulator: { 0 }) { count, _, page in
      if HTMLParser.parseOnly(page) { count += 1 }
    }.reduce(0, +)
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
    let megabytes = Double(pages.reduce(0) { $0 + $1.count }) / 1e6
    print(
      String(
        format: "pages %d parsed %d MB %.2f seconds %.3f pages/s %.1f MB/s %.1f", pages.count, parsed, megabytes,
        seconds, Double(pages.count) / seconds, megabytes / seconds))
  }
}
