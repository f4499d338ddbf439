import ArgumentParser
import Foundation
import OnRecord

struct Analyze: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "analyze",
    abstract: "Analyse a corpus folder and write its statistics report.",
    discussion: """
      Reads every article under CORPUS (one subfolder per outlet): HTML pages, plain text, JSON Lines and JSON exports, WARC archives, and any of these gzipped. It finds attributions and writes DIR/<corpus>.md with JSON, CSV and evidence files beside it.

      Exit status: 0 when every article was read, 1 when some files failed (they are listed in the report), 2 for a usage error or a corpus that cannot be read.
      """
  )

  @Argument(help: "The corpus folder: one subfolder per outlet.")
  var corpus: String

  @OptionGroup var options: RunOptions

  var out: String { options.out }
  var jobs: Int { options.jobs }
  var lexicon: String? { options.lexicon }

  @Option(help: "Skip files larger than this (bytes, or with KB, MB, GB).")
  var maxFileSize: String = "50MB"

  @Option(help: "Where outlets come from: folder, site (the page's site name), host (the URL's host) or field (JSON).")
  var outletFrom: String = "folder"

  @Option(help: "A CSV or YAML file of label-to-outlet pairs that merges labels and names hosts.")
  var aliases: String?

  @Option(help: "JSON field(s) that hold the article text, comma-separated, tried in order.")
  var textField: String?

  @Option(help: "JSON field(s) for the title.")
  var titleField: String?

  @Option(help: "JSON field(s) for the outlet.")
  var outletField: String?

  @Option(help: "JSON field(s) for the date.")
  var dateField: String?

  @Option(help: "JSON field(s) for the URL.")
  var urlField: String?

  @Option(help: "Analyse only part K of N of the corpus (for example 2/8) and write a partial tally.")
  var shard: String?

  @Option(help: "With --shard: where to write the partial tally (join them with onrecord merge).")
  var partial: String?

  @Flag(help: "Print nothing but errors.")
  var quiet = false

  var shardParts: (index: Int, count: Int)? {
    guard let shard else { return nil }
    let parts = shard.split(separator: "/").compactMap { Int($0) }
    guard parts.count == 2, parts[1] >= 1, parts[0] >= 1, parts[0] <= parts[1] else { return nil }
    return (parts[0], parts[1])
  }

  func validate() throws {
    guard ByteCount.parse(maxFileSize) != nil else {
      throw ValidationError("--max-file-size takes a size such as 50MB")
    }
    guard CorpusAnalyzer.OutletSource(rawValue: outletFrom) != nil else {
      throw ValidationError("--outlet-from takes folder, site, host or field")
    }
    if shard != nil {
      guard shardParts != nil else { throw ValidationError("--shard takes K/N, with 1 ≤ K ≤ N") }
      guard partial != nil else { throw ValidationError("--shard needs --partial FILE") }
    }
  }

  func run() throws {
    // The word lists' tables are built only once the reports are found out of date: until then
    // the run needs only their hash.
    let texts = try loadLexiconTexts(lexicon)
    var analyzer = CorpusAnalyzer(lexicon: Lexicon.placeholder(for: texts))
    analyzer.maxFileSize = ByteCount.parse(maxFileSize) ?? CorpusAnalyzer.defaultMaxFileSize
    analyzer.outletSource = CorpusAnalyzer.OutletSource(rawValue: outletFrom) ?? .folder
    // One connection is enough to find the reports up to date; the workers get a pool.
    analyzer.cache = options.openCache(concurrentReads: false)
    analyzer.extractor.includeNested = options.includeNested
    let fields = { (option: String?) in option?.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
    if let names = fields(textField) { analyzer.jsonFields.text = names }
    if let names = fields(titleField) { analyzer.jsonFields.title = names }
    if let names = fields(outletField) { analyzer.jsonFields.outlet = names }
    if let names = fields(dateField) { analyzer.jsonFields.date = names }
    if let names = fields(urlField) { analyzer.jsonFields.url = names }
    if let aliases {
      do {
        analyzer.aliases = try OutletAliases.load(URL(fileURLWithPath: aliases))
      } catch let error as OnRecordError {
        printError(error.description)
        throw ExitCode(2)
      }
    }
    var parameters = ["Word-list folder": lexicon ?? "built-in"]
    if outletFrom != "folder" { parameters["Outlets from"] = outletFrom }
    if options.includeNested { parameters["Nested attributions"] = "included" }
    if let aliases { parameters["Outlet aliases"] = aliases }
    if analyzer.maxFileSize != CorpusAnalyzer.defaultMaxFileSize {
      parameters["Largest file read"] = ByteCount.describe(analyzer.maxFileSize)
    }
    let folder = URL(fileURLWithPath: out)
    // With a cache: when nothing has changed since the last run into this folder, its reports
    // stand as they are.
    var reportKey: (key: String, fileKeys: [String])?
    // Everything besides the files that the reports show: their folder, the settings listed in
    // them, and whether (and how) SOURCE_DATE_EPOCH fixes their date.
    let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].map { "date fixed at \($0)" } ?? "dated"
    let context =
      [folder.standardizedFileURL.path, epoch] + parameters.keys.sorted().map { "\($0)=\(parameters[$0]!)" }
    if let cache = analyzer.cache, shard == nil {
      reportKey = try? analyzer.reportKey(corpus: URL(fileURLWithPath: corpus), jobs: jobs, context: context)
      if let reportKey, let (stamp, stored) = cache.reportStamp(for: reportKey.key), stamp.isCurrent(in: folder) {
        cache.markUpToDate(stamp, stored: stored, for: reportKey.key, fileKeys: reportKey.fileKeys)
        if !quiet {
          print(
            "onrecord: nothing has changed since the reports in \(folder.path) were written: \(stamp.articles) articles from \(stamp.outlets) outlets, \(stamp.skipped) skipped, \(stamp.failed) failed (--no-cache analyses again)"
          )
        }
        if stamp.failed > 0 { throw ExitCode(1) }
        return
      }
    }
    analyzer.use(Lexicon(texts: texts))
    if analyzer.cache != nil { analyzer.cache = options.openCache() }
    var run: CorpusRun
    do {
      run = try analyzer.analyze(
        corpus: URL(fileURLWithPath: corpus), jobs: jobs, shard: shardParts,
        progress: quiet ? nil : ProgressLine.standardError())
    } catch let error as OnRecordError {
      printError(error.description)
      throw ExitCode(2)
    }
    run.parameters = parameters
    if let partial, let shard {
      do {
        try PartialTally.write(run, shard: shard, to: partial)
      } catch {
        printError(((error as? OnRecordError) ?? .cannotWrite(partial, reason: "\(error)")).description)
        throw ExitCode(2)
      }
      if !quiet { print("onrecord: shard \(shard): \(run.tally.articles.count) articles → \(partial)") }
      return
    }
    let written: [String]
    do {
      written = try ReportWriter.write(run, to: folder)
    } catch let error as OnRecordError {
      printError(error.description)
      throw ExitCode(2)
    }
    let t = run.tally
    // The stamp is kept only when the corpus is still as it was keyed (a file changed during the
    // run would be reported under the wrong key) and no file failed to be read (a passing I/O
    // error must not be replayed as the corpus's state).
    let readFailure = t.files.contains { $0.status == .failed && FileProblem.isReadFailure(reason: $0.reason ?? "") }
    if let cache = analyzer.cache, let reportKey, !readFailure,
      let after = try? analyzer.reportKey(corpus: URL(fileURLWithPath: corpus), jobs: jobs, context: context),
      after.key == reportKey.key,
      let stamp = ReportStamp.of(
        written, in: folder, articles: t.articles.count, outlets: t.outlets.count, skipped: t.count(.skipped),
        failed: t.count(.failed))
    {
      cache.store(stamp, for: reportKey.key)
    }
    if !quiet {
      print(
        "onrecord: \(t.articles.count) articles from \(t.outlets.count) outlets, \(t.count(.skipped)) skipped, \(t.count(.failed)) failed, in \(String(format: "%.1f", run.seconds)) s"
          + (analyzer.cache == nil ? "" : " (\(run.cacheHits) files read from the cache)")
      )
      let evidence = written.filter { $0.contains("/evidence/") }.count
      for name in written where !name.contains("/evidence/") {
        print("  wrote \(folder.appendingPathComponent(name).path)")
      }
      print(
        "  wrote \(evidence) evidence files in \(folder.appendingPathComponent(ReportWriter.baseName(run.name) + "/evidence").path)"
      )
    }
    if run.tally.count(.failed) > 0 { throw ExitCode(1) }
  }
}

func loadLexicon(_ path: String?) throws -> Lexicon {
  Lexicon(texts: try loadLexiconTexts(path))
}

func loadLexiconTexts(_ path: String?) throws -> [String: String] {
  do {
    return try Lexicon.texts(overrides: path.map { URL(fileURLWithPath: $0) })
  } catch let error as OnRecordError {
    printError(error.description)
    throw ExitCode(2)
  }
}

func printError(_ message: String) {
  FileHandle.standardError.write(Data("onrecord: \(message)\n".utf8))
}
