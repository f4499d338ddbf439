import ArgumentParser
import OnRecord

/// Options every command that writes reports shares.
struct RunOptions: ParsableArguments {
  @Option(name: .shortAndLong, help: "Where to write the reports.")
  var out: String = "Reports"

  @Option(name: .shortAndLong, help: "Worker threads (default: the active cores).")
  var jobs: Int = Parallel.activeCores

  @Option(help: "A folder of word lists that replace the built-in ones, file by file.")
  var lexicon: String?

  func validate() throws {
    guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
  }
}
