import Foundation
import OnRecord
import Testing

/// Incremental runs: per-file results in SQLite, reused only for the same bytes, path and settings.
@Suite(.serialized) struct CacheTests {
  /// A report's files with the run's date and duration taken out (they differ between runs).
  static func stable(_ outputs: [String: String]) -> [String: String] {
    outputs.mapValues { text in
      text.split(separator: "\n", omittingEmptySubsequences: false).filter {
        !$0.hasPrefix("| Date |") && !$0.hasPrefix("| Duration |") && !$0.contains("\"seconds\"")
          && !$0.contains("\"started\"")
      }.joined(separator: "\n")
    }
  }

  /// A copy of the demo corpus to change at will.
  static func demoCopy() throws -> URL {
    let root = try TestSupport.temporaryFolder()
    let copy = root.appendingPathComponent("demo")
    try FileManager.default.copyItem(at: TestSupport.demoCorpus, to: copy)
    return copy
  }

  @Test func aSecondRunReadsEveryFileFromTheCacheAndWritesTheSameReport() throws {
    let corpus = try Self.demoCopy()
    defer { try? FileManager.default.removeItem(at: corpus.deletingLastPathComponent()) }
    var analyzer = TestSupport.analyzer
    analyzer.cache = try ResultCache(path: corpus.deletingLastPathComponent().appendingPathComponent("c.sqlite").path)
    let first = try analyzer.analyze(corpus: corpus, jobs: 2)
    let second = try analyzer.analyze(corpus: corpus, jobs: 2)
    let fresh = try TestSupport.analyzer.analyze(corpus: corpus, jobs: 1)
    #expect(first.cacheHits == 0)
    // Every file but the ones never read (the empty file is read; nothing is skipped unread here).
    #expect(second.cacheHits == first.tally.files.count)
    #expect(try analyzer.cache!.count() == first.tally.files.count)
    let expected = Self.stable(try ReportWriter.outputs(for: fresh))
    #expect(Self.stable(try ReportWriter.outputs(for: second)) == expected)
    #expect(Self.stable(try ReportWriter.outputs(for: first)) == expected)
  }

  @Test func aChangedFileIsAnalysedAgainAndTheRestComeFromTheCache() throws {
    let corpus = try Self.demoCopy()
    defer { try? FileManager.default.removeItem(at: corpus.deletingLastPathComponent()) }
    var analyzer = TestSupport.analyzer
    analyzer.cache = try ResultCache(path: corpus.deletingLastPathComponent().appendingPathComponent("c.sqlite").path)
    let first = try analyzer.analyze(corpus: corpus, jobs: 2)
    let article = try #require(first.tally.articles.first { $0.path.hasSuffix(".txt") })
    let url = corpus.appendingPathComponent(article.path)
    let text = try String(contentsOf: url, encoding: .utf8)
    try TestSupport.write(
      text + "\n\"Nothing changed,\" a senior official said on condition of anonymity.\n", to: url)
    let second = try analyzer.analyze(corpus: corpus, jobs: 2)
    #expect(second.cacheHits == first.tally.files.count - 1)
    let changed = try #require(second.tally.articles.first { $0.path == article.path })
    #expect(changed.anonymous == article.anonymous + 1)
    let fresh = try TestSupport.analyzer.analyze(corpus: corpus, jobs: 1)
    #expect(Self.stable(try ReportWriter.outputs(for: second)) == Self.stable(try ReportWriter.outputs(for: fresh)))
    // Results unused for longer than the expiry are removed (here an expiry already past).
    let before = try analyzer.cache!.count()
    analyzer.cache!.touch([], expireAfter: 30)
    #expect(try analyzer.cache!.count() == before)
    analyzer.cache!.touch([], expireAfter: -1)
    #expect(try analyzer.cache!.count() == 0)
    // Other settings (here, no learned model) never reuse these results.
    var other = CorpusAnalyzer(lexicon: TestSupport.lexicon, tagger: nil)
    other.cache = analyzer.cache
    #expect(try other.analyze(corpus: corpus, jobs: 1).cacheHits == 0)
  }

  @Test func anInterruptedRunLeavesASoundCacheThatTheNextRunCompletes() throws {
    // A corpus big enough to stop half-way: the demo's texts, many times over, each made unique.
    // (Big enough that a fast run cannot end before the first results are seen: with 600 files
    // a run on an idle machine once finished between two looks at the cache.)
    let total = 3000
    let root = try TestSupport.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let corpus = root.appendingPathComponent("many")
    let texts = try FileManager.default.contentsOfDirectory(
      at: TestSupport.demoCorpus.appendingPathComponent("capitol-wire"), includingPropertiesForKeys: nil
    ).filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
    try #require(!texts.isEmpty)
    for n in 0..<total {
      let text = try String(contentsOf: texts[n % texts.count], encoding: .utf8)
      try TestSupport.write(
        text + "\nCopy \(n).\n", to: corpus.appendingPathComponent("outlet-\(n % 3)/article-\(n).txt"))
    }
    let cachePath = root.appendingPathComponent("cache.sqlite").path
    let process = Process()
    process.executableURL = TestSupport.executable
    process.arguments = [
      "analyze", corpus.path, "--out", root.appendingPathComponent("stopped").path, "--cache", cachePath, "--jobs", "2",
      "--quiet",
    ]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    // Stop it hard once some results are committed, well before the end.
    var stored = 0
    let deadline = Date().addingTimeInterval(120)
    while process.isRunning, Date() < deadline {
      // (Read-only: a poll that opened the cache for writing could wait on the run's own lock.)
      if FileManager.default.fileExists(atPath: cachePath), let n = try? ResultCache.storedCount(at: cachePath), n > 0 {
        stored = n
        break
      }
      usleep(5_000)
    }
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    try #require(stored > 0 && stored < total, "the run was stopped after \(stored) of \(total) files")
    let cache = try ResultCache(path: cachePath)
    #expect(try cache.integrityCheck() == "ok")
    let kept = try cache.count()
    #expect(kept >= stored && kept < total)
    // The next run takes what was kept, does the rest, and writes the report a fresh run writes.
    let resumed = try TestSupport.run([
      "analyze", corpus.path, "--out", root.appendingPathComponent("resumed").path, "--cache", cachePath,
    ])
    #expect(resumed.status == 0, "\(resumed.stderr)")
    #expect(resumed.stdout.contains("(\(kept) files read from the cache)"), "\(resumed.stdout)")
    #expect(try cache.count() == total)
    let fresh = try TestSupport.run([
      "analyze", corpus.path, "--out", root.appendingPathComponent("fresh").path, "--no-cache", "--quiet",
    ])
    #expect(fresh.status == 0)
    for name in ["many.md", "many.json", "many-attributions.jsonl", "many-articles.csv", "many/evidence/anonymous.md"] {
      let read = { (folder: String) in
        try String(contentsOf: root.appendingPathComponent("\(folder)/\(name)"), encoding: .utf8)
      }
      #expect(Self.stable([name: try read("resumed")]) == Self.stable([name: try read("fresh")]), "\(name)")
    }
  }

  @Test func theCommandSaysWhatCameFromTheCacheAndNoCacheLeavesItAlone() throws {
    let root = try TestSupport.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let cachePath = root.appendingPathComponent("c.sqlite").path
    let base = ["analyze", TestSupport.demoCorpus.path, "--out", root.appendingPathComponent("out").path]
    let first = try TestSupport.run(base + ["--cache", cachePath])
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stdout.contains("(0 files read from the cache)"))
    // Into another folder: every file's result comes from the cache.
    let other = ["analyze", TestSupport.demoCorpus.path, "--out", root.appendingPathComponent("other").path]
    let second = try TestSupport.run(other + ["--cache", cachePath])
    #expect(second.stdout.contains("files read from the cache") && !second.stdout.contains("(0 files"))
    let none = try TestSupport.run(base + ["--no-cache", "--cache", root.appendingPathComponent("unused.sqlite").path])
    #expect(none.status == 0)
    #expect(!none.stdout.contains("from the cache"))
    #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("unused.sqlite").path))
    // A cache that is not a database is reported, and the run goes on without it.
    let broken = root.appendingPathComponent("broken.sqlite")
    try TestSupport.write(String(repeating: "not a database ", count: 100), to: broken)
    let goesOn = try TestSupport.run(base + ["--cache", broken.path])
    #expect(goesOn.status == 0)
    #expect(goesOn.stderr.contains("cannot use the cache"))
    // A cache named relative to the working folder is made there.
    let relative = try TestSupport.run(base + ["--cache", "relative.sqlite"], in: root)
    #expect(relative.status == 0 && relative.stderr.isEmpty, "\(relative.stderr)")
    #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("relative.sqlite").path))
  }

  @Test func anUnchangedCorpusLeavesItsReportsAsTheyAreUntilOneChanges() throws {
    let corpus = try Self.demoCopy()
    let root = corpus.deletingLastPathComponent()
    defer { try? FileManager.default.removeItem(at: root) }
    // A page with no article text fails the same way every time: it does not stop the shortcut.
    try TestSupport.write(
      "<html><body><nav>Home</nav></body></html>", to: corpus.appendingPathComponent("capitol-wire/blank-page.html"))
    let out = root.appendingPathComponent("out")
    let command = ["analyze", corpus.path, "--out", out.path, "--cache", root.appendingPathComponent("c.sqlite").path]
    let report = out.appendingPathComponent("demo.md")
    let modified = { try FileManager.default.attributesOfItem(atPath: report.path)[.modificationDate] as? Date }

    let first = try TestSupport.run(command)
    #expect(first.status == 1, "one file fails: \(first.stdout)")
    let written = try String(contentsOf: report, encoding: .utf8)
    let stamp = try modified()
    let second = try TestSupport.run(command)
    #expect(second.status == 1)
    #expect(second.stdout.contains("nothing has changed"), "\(second.stdout)")
    #expect(try modified() == stamp, "an up-to-date report was written again")

    // A report edited since is written again, from the cached results.
    try TestSupport.write(written + "\nan edit\n", to: report)
    let third = try TestSupport.run(command)
    #expect(third.stdout.contains("files read from the cache") && !third.stdout.contains("(0 files"))
    #expect(Self.stable(["r": try String(contentsOf: report, encoding: .utf8)]) == Self.stable(["r": written]))

    // So is the report of a corpus with a changed article.
    let article = try #require(
      FileManager.default.subpaths(atPath: corpus.path)?.sorted().first { $0.hasSuffix(".txt") })
    let url = corpus.appendingPathComponent(article)
    try TestSupport.write(
      try String(contentsOf: url, encoding: .utf8) + "\nA spokesman declined to comment.\n", to: url)
    let fourth = try TestSupport.run(command)
    #expect(fourth.stdout.contains("files read from the cache") && !fourth.stdout.contains("nothing has changed"))
    #expect(try String(contentsOf: report, encoding: .utf8) != written)
    #expect(try TestSupport.run(command).stdout.contains("nothing has changed"))
  }

  @Test func anUpToDateRunMarksItsResultsUsedAtMostOnceADay() throws {
    let root = try TestSupport.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    try TestSupport.write("# a report\n", to: root.appendingPathComponent("report.md"))
    let stamp = try #require(ReportStamp.of(["report.md"], in: root, articles: 3, outlets: 1, skipped: 0, failed: 0))
    // One connection, as an up-to-date check opens it, on a database it makes.
    let cache = try ResultCache(path: root.appendingPathComponent("c.sqlite").path, concurrentReads: false)
    #expect(cache.reportStamp(for: "run") == nil)
    cache.store(stamp, for: "run")
    let first = try #require(cache.reportStamp(for: "run"))
    #expect(first.stamp == stamp && first.stamp.isCurrent(in: root))
    // Within the day, nothing is written.
    Thread.sleep(forTimeInterval: 0.01)
    cache.markUpToDate(first.stamp, stored: first.stored, for: "run", fileKeys: [])
    #expect(cache.reportStamp(for: "run")?.stored == first.stored)
    // Later than the interval (here none), the marks are renewed.
    cache.markUpToDate(first.stamp, stored: first.stored, for: "run", fileKeys: [], interval: 0)
    #expect(try #require(cache.reportStamp(for: "run")).stored > first.stored)
    // The same database read through a pool, as the workers read it.
    let pooled = try ResultCache(path: cache.path)
    #expect(pooled.reportStamp(for: "run")?.stamp == stamp)
    #expect(try pooled.integrityCheck() == "ok")
  }

  @Test func aFileRewrittenToTheSameSizeAndTimeIsNoticedThoughItsStatWasRecorded() throws {
    let corpus = try Self.demoCopy()
    let root = corpus.deletingLastPathComponent()
    defer { try? FileManager.default.removeItem(at: root) }
    // Files last changed long ago: their recorded stats are trusted on the next run.
    let past = Date(timeIntervalSince1970: 1_600_000_000)
    let files = try #require(FileManager.default.subpaths(atPath: corpus.path)).filter { path in
      var isFolder: ObjCBool = false
      return FileManager.default.fileExists(atPath: corpus.appendingPathComponent(path).path, isDirectory: &isFolder)
        && !isFolder.boolValue
    }
    for file in files {
      try FileManager.default.setAttributes(
        [.modificationDate: past], ofItemAtPath: corpus.appendingPathComponent(file).path)
    }
    let out = root.appendingPathComponent("out")
    let command = ["analyze", corpus.path, "--out", out.path, "--cache", root.appendingPathComponent("c.sqlite").path]
    #expect(try TestSupport.run(command).status == 0)
    #expect(try TestSupport.run(command).stdout.contains("nothing has changed"))
    let cache = try ResultCache(path: root.appendingPathComponent("c.sqlite").path)
    #expect(cache.fileStats(under: corpus.path).count == files.count)

    // The same number of bytes, another word, and the old modification time put back (as
    // `cp -p` or an unzip would): the change time still gives it away.
    let article = try #require(files.sorted().first { $0.hasSuffix(".txt") })
    let url = corpus.appendingPathComponent(article)
    let text = try String(contentsOf: url, encoding: .utf8)
    let edited = text.replacingOccurrences(of: " said", with: " sayd")
    try #require(edited != text && edited.utf8.count == text.utf8.count)
    try TestSupport.write(edited, to: url)
    try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: url.path)
    let after = try TestSupport.run(command)
    #expect(!after.stdout.contains("nothing has changed"), "\(after.stdout)")
    #expect(try TestSupport.run(command).stdout.contains("nothing has changed"))
  }
}
