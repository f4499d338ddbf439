import ArgumentParser
import Foundation
import OnRecord

/// Options every command that writes reports shares.
struct RunOptions: ParsableArguments {
  @Option(name: .shortAndLong, help: "Where to write the reports.")
  var out: String = "Reports"

  @Option(name: .shortAndLong, help: "Worker threads (default: the active cores).")
  var jobs: Int = Parallel.activeCores

  @Option(help: "A folder of word lists that replace the built-in ones, file by file.")
  var lexicon: String?

  @Flag(
    help: "Also count attributions inside a quotation whose source is a person, anonymous, vague, a pronoun or missing."
  )
  var includeNested = false

  @Option(
    help: ArgumentHelp(
      "The SQLite file that keeps per-file results between runs.",
      discussion: "Default: $XDG_CACHE_HOME/onrecord/results.sqlite, else ~/.cache/onrecord/results.sqlite."))
  var cache: String?

  @Flag(help: "Analyse every file afresh and neither read nor write the cache.")
  var noCache = false

  /// The cache this run uses, or nil with --no-cache. A cache that cannot be opened is reported
  /// and the run goes on without it. `concurrentReads`: see ``ResultCache/init(path:concurrentReads:)``.
  func openCache(concurrentReads: Bool = true) -> ResultCache? {
    guard !noCache else { return nil }
    let path = cache ?? ResultCache.defaultPath
    do {
      return try ResultCache(path: path, concurrentReads: concurrentReads)
    } catch let error as OnRecordError {
      printError("\(error.description); going on without it")
    } catch {
      printError("cannot use the cache \(path): \(error); going on without it")
    }
    return nil
  }

  func validate() throws {
    guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
  }
}
