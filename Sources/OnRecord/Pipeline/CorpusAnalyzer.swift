import Foundation
import Synchronization

/// The result of analysing a corpus folder.
public struct CorpusRun: Sendable {
  /// The corpus folder's name, used for report file names.
  public var name: String
  public var tally: CorpusTally
  public var lexiconHash: String
  /// The learned cue model's fingerprint, or "none".
  public var modelHash: String = "none"
  public var jobs: Int
  public var seconds: Double
  /// When the run started (ISO 8601, UTC), or nil to leave date and duration out of the report.
  public var started: String? = nil
  /// Settings that shape the results, for the manifest.
  public var parameters: [String: String] = [:]
  /// Files whose results came from the cache.
  public var cacheHits = 0
  /// Whether the report states the run's duration (not when SOURCE_DATE_EPOCH asks for a reproducible report).
  public var recordsDuration = true

  public init(name: String, tally: CorpusTally, lexiconHash: String, jobs: Int, seconds: Double) {
    self.name = name
    self.tally = tally
    self.lexiconHash = lexiconHash
    self.jobs = jobs
    self.seconds = seconds
  }
}

/// One worker's share: its tallies, its spill and the results waiting to be cached.
struct WorkerState: Sendable {
  var tally = CorpusTally()
  let spill: SpillWriter?
  let failure: OnRecordError?
  var cacheWrites: [(key: String, result: FileResult)] = []
  var cacheHits: [String] = []

  init() {
    do {
      spill = try SpillWriter()
      failure = nil
    } catch {
      spill = nil
      failure = (error as? OnRecordError) ?? .cannotWrite("a temporary folder", reason: "\(error)")
    }
  }
}

/// The library's entry point: corpus folder in, tallies out.
public struct CorpusAnalyzer: Sendable {
  public private(set) var lexicon: Lexicon
  public let reader = ArticleReader()
  public var extractor: AttributionExtractor

  /// Which fields of JSON exports hold the text, title, outlet, date and URL.
  public var jsonFields = JSONFields()
  /// Where an article's outlet comes from.
  public enum OutletSource: String, Sendable, CaseIterable {
    /// The first folder under the corpus (pages at the top: their site name); JSON: the outlet field.
    case folder
    /// The page's stated site name, else as for folder.
    case site
    /// The host of the page's URL (JSON url field, WARC target URI), else as for folder.
    case host
    /// JSON exports' outlet field, else as for folder.
    case field
  }
  public var outletSource = OutletSource.folder
  /// Labels to merge, lower-cased label to outlet ("fox news (online)" → "Fox News").
  public var aliases: [String: String] = [:]

  /// The outlet an article is counted under, after the alias table.
  func outletLabel(_ label: String) -> String {
    aliases[label.lowercased()] ?? label
  }
  /// When set, every article is counted under this one label and its path put under it
  /// (`onrecord compare` makes each corpus one group).
  public var group: String?
  /// Where per-file results are kept between runs, if anywhere.
  public var cache: ResultCache?

  /// Everything besides a file's bytes and path that shapes its results: a cached result
  /// made under other settings is not reused.
  var settingsFingerprint: String {
    let aliasList = aliases.keys.sorted().map { "\($0)=\(aliases[$0]!)" }.joined(separator: ";")
    return [
      OnRecordVersion.string, OnRecordVersion.build, lexicon.hash, extractor.tagger?.hash ?? "none",
      outletSource.rawValue, aliasList, jsonFields.description, "\(maxFileSize)", group ?? "",
      extractor.includeNested ? "nested" : "",
    ].joined(separator: "\u{1F}")
  }

  /// Files larger than this are listed as skipped, not read.
  public var maxFileSize: Int64 = CorpusAnalyzer.defaultMaxFileSize
  public static let defaultMaxFileSize: Int64 = 50_000_000

  public init(lexicon: Lexicon, tagger: CueTagger? = CueTagger.builtIn()) {
    self.lexicon = lexicon
    self.extractor = AttributionExtractor(lexicon: lexicon, tagger: tagger)
  }

  /// Puts `lexicon` in place of the one given at first (a placeholder that only named the run's
  /// settings), keeping the tagger and every other setting.
  public mutating func use(_ lexicon: Lexicon) {
    var extractor = AttributionExtractor(lexicon: lexicon, tagger: self.extractor.tagger)
    extractor.includeNested = self.extractor.includeNested
    self.lexicon = lexicon
    self.extractor = extractor
  }

  /// Reads and analyses every file under `corpus` on `jobs` workers.
  /// `progress`, when given, is called from the workers with the number of files done and the total.
  /// `shard` (1-based index, count) analyses only every count-th file of the sorted listing,
  /// starting at the index-th: a deterministic part of the corpus for one machine of several.
  public func analyze(
    corpus: URL, jobs: Int, shard: (index: Int, count: Int)? = nil, progress: (@Sendable (Int, Int) -> Void)? = nil
  ) throws -> CorpusRun {
    let started = Date()
    var files = try CorpusWalker.files(in: corpus)
    if let shard {
      files = files.enumerated().filter { $0.offset % shard.count == shard.index - 1 }.map(\.element)
    }
    // Largest files first, so that no worker is left with a large page when the others are done.
    // The order is free: every output is put in path order after the workers finish.
    files.sort { ($0.size, $1.relativePath) > ($1.size, $0.relativePath) }
    HTMLParser.initialize()
    if let tagger = extractor.tagger, !files.isEmpty {
      DispatchQueue.global().async { tagger.prepare() }
    }
    let done = Atomic<Int>(0)
    let total = files.count
    let settings = settingsFingerprint
    var partials = Parallel.forEach(files, jobs: jobs, makeAccumulator: { WorkerState() }) { state, _, file in
      guard let spill = state.spill else { return }
      let result = self.result(for: file, settings: settings, cacheWrites: &state.cacheWrites, hits: &state.cacheHits)
      state.tally.absorb(result, spill: spill)
      if state.cacheWrites.count >= 32 {
        // Results of a tagger whose weights could not be read are not this model's: never cached.
        if self.extractor.tagger?.problem == nil { self.cache?.store(state.cacheWrites) }
        state.cacheWrites = []
      }
      let finished = done.add(1, ordering: .relaxed).newValue
      if finished % 2000 == 0 { _ = CorpusAnalyzer.trim?(0) }
      if let progress { progress(finished, total) }
    }
    files = []  // the listing is no longer needed; its memory goes back before the merge
    if let problem = extractor.tagger?.problem { throw OnRecordError.modelUnusable(problem) }
    let hitKeys = partials.flatMap(\.cacheHits)
    cache?.touch(hitKeys)
    var tally = CorpusTally()
    while let partial = partials.popLast() {
      cache?.store(partial.cacheWrites)
      guard let spill = partial.spill else { throw partial.failure! }
      var part = partial.tally
      part.store = FragmentStore(sets: [try spill.finish()])
      if tally.articles.isEmpty && tally.files.isEmpty {
        tally = part  // the first share is taken whole, not copied
      } else {
        tally.merge(part)
      }
    }
    try tally.finish()
    let name = corpus.standardizedFileURL.lastPathComponent
    var run = CorpusRun(
      name: name, tally: tally, lexiconHash: lexicon.hash, jobs: jobs,
      seconds: Date().timeIntervalSince(started))
    run.modelHash = extractor.tagger?.hash ?? "none"
    run.cacheHits = hitKeys.count
    run.started = CorpusAnalyzer.timestamp(started)
    run.recordsDuration = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"] == nil
    return run
  }

  static let trim: (@convention(c) (Int) -> Int32)? = {
    guard let symbol = dlsym(nil, "malloc_trim") else { return nil }
    return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
  }()

  /// ISO 8601 in UTC; SOURCE_DATE_EPOCH, when set, fixes the date and leaves out the duration
  /// (for reproducible reports).
  static func timestamp(_ date: Date) -> String? {
    if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"] {
      guard let seconds = Double(epoch) else { return nil }
      return ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: seconds))
    }
    return ISO8601DateFormatter().string(from: date)
  }

  /// What a file holds, by its name (".gz" already removed).
  enum Container {
    case article(Article.Format)
    case jsonLines
    case jsonArray
    case warc
  }

  static func container(forFileName lower: String) -> Container? {
    if let format = ArticleReader.format(forFileName: lower) { return .article(format) }
    if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") { return .jsonLines }
    if lower.hasSuffix(".json") { return .jsonArray }
    if lower.hasSuffix(".warc") { return .warc }
    return nil
  }

  /// One file's result: from the cache when it holds one for these bytes, path and settings,
  /// else read and analysed (and queued for the cache).
  func result(
    for file: CorpusFile, settings: String, cacheWrites: inout [(key: String, result: FileResult)], hits: inout [String]
  ) -> FileResult {
    var result = FileResult(group: group)
    if let problem = file.problem {
      result.add(problem: problem, path: file.relativePath, outlet: file.outletFolder)
      return result
    }
    if file.size > maxFileSize {
      result.add(problem: .tooLarge(limit: maxFileSize), path: file.relativePath, outlet: file.outletFolder)
      return result
    }
    let name = file.name
    var inner = name.lowercased()
    let compressed = inner.hasSuffix(".gz")
    if compressed { inner.removeLast(3) }
    let container = CorpusAnalyzer.container(forFileName: inner)
    let streamed: Bool
    if case .jsonLines? = container, !compressed { streamed = true } else { streamed = false }
    // The bytes (or, for a JSON Lines file read a line at a time, only their digest).
    var bytes: [UInt8] = []
    let hash: String
    if streamed {
      switch FileReader.sha256(file.path) {
      case .success(let digest): hash = digest
      case .failure(.cannotOpen(let why)), .failure(.cannotRead(let why)):
        result.add(problem: .unreadable(why), path: file.relativePath, outlet: file.outletFolder)
        return result
      }
    } else {
      switch FileReader.readAll(file.path, limit: maxFileSize) {
      case .success(let read): bytes = read
      case .failure(.cannotOpen(let why)), .failure(.cannotRead(let why)):
        result.add(problem: .unreadable(why), path: file.relativePath, outlet: file.outletFolder)
        return result
      }
      if Int64(bytes.count) > maxFileSize {
        result.add(problem: .tooLarge(limit: maxFileSize), path: file.relativePath, outlet: file.outletFolder)
        return result
      }
      hash = Fingerprint.sha256(bytes)
    }
    var key = ""
    if let cache {
      key = CorpusAnalyzer.cacheKey(settings: settings, path: file.relativePath, hash: hash)
      if let cached = cache.result(for: key) {
        hits.append(key)
        return cached
      }
    }
    if let container {
      if streamed {
        streamJSONLines(file, into: &result)
      } else {
        process(file, bytes: bytes, hash: hash, container: container, compressed: compressed, into: &result)
      }
    } else {
      // Not an article, but part of the corpus: its hash still goes into the corpus fingerprint.
      let ext = name.contains(".") ? String(name.split(separator: ".").last!) : ""
      result.add(
        problem: .notAnArticle(ext.lowercased()), path: file.relativePath, outlet: file.outletFolder, sha256: hash)
    }
    if cache != nil { cacheWrites.append((key, result)) }
    return result
  }

  func process(
    _ file: CorpusFile, bytes original: [UInt8], hash: String, container: Container, compressed: Bool,
    into tally: inout FileResult
  ) {
    var bytes = original
    if compressed {
      guard !bytes.isEmpty else {
        tally.add(problem: .empty, path: file.relativePath, outlet: file.outletFolder, sha256: hash)
        return
      }
      switch Gzip.decompress(bytes, limit: Int(min(maxFileSize * 20, Int64(Int.max / 2)))) {
      case .success(let plain): bytes = plain
      case .failure(.tooLarge):
        tally.add(
          problem: .tooLarge(limit: maxFileSize * 20), path: file.relativePath, outlet: file.outletFolder, sha256: hash)
        return
      case .failure(.corrupt(let why)):
        tally.add(
          problem: .unreadable("not valid gzip: \(why)"), path: file.relativePath, outlet: file.outletFolder,
          sha256: hash)
        return
      }
    }
    switch container {
    case .article(let format):
      // (The outlet's name after the alias table is the publisher the analysis looks for: a folder
      // "kilnline-energy" with the alias "Kilnline" finds "A Kilnline analysis" to be its own.)
      switch analyze(bytes: bytes, path: file.relativePath, format: format, outlet: file.outletFolder.map(outletLabel))
      {
      case .success(let (article, analysis)):
        var record = ArticleRecord(article: article, analysis: analysis)
        if outletSource == .site, let site = article.metadata.siteName { record.outlet = site }
        record.outlet = outletLabel(record.outlet)
        tally.add(record, sha256: hash)
      case .failure(let problem):
        tally.add(problem: problem, path: file.relativePath, outlet: file.outletFolder, sha256: hash)
      }
    case .jsonLines:
      JSONArticles.forEachLine(in: bytes) { line, slice in
        jsonArticle(
          JSONArticles.object(slice), blank: !slice.contains { $0 > 0x20 }, path: "\(file.relativePath)#\(line)",
          folder: file.outletFolder, into: &tally)
      }
    case .jsonArray:
      guard let objects = JSONArticles.objects(in: bytes) else {
        tally.add(
          problem: .unreadable("not a JSON array of articles"), path: file.relativePath, outlet: file.outletFolder,
          sha256: hash)
        return
      }
      for (index, object) in objects.enumerated() {
        jsonArticle(
          object, blank: false, path: "\(file.relativePath)#\(index + 1)", folder: file.outletFolder, into: &tally)
      }
    case .warc:
      let pages = WARCReader.pages(in: bytes)
      if pages.isEmpty {
        tally.add(problem: .noText, path: file.relativePath, outlet: file.outletFolder, sha256: hash)
      }
      for (index, page) in pages.enumerated() {
        let outlet = outletLabel(
          outletSource == .folder || outletSource == .host ? page.host : (file.outletFolder ?? page.host))
        let path = "\(file.relativePath)#\(index + 1)"
        switch analyze(bytes: page.html, path: path, format: .html, outlet: outlet) {
        case .success(let (article, analysis)):
          var record = ArticleRecord(article: article, analysis: analysis)
          record.outlet = outlet
          tally.add(record)
        case .failure(let problem):
          tally.add(problem: problem, path: path, outlet: outlet)
        }
      }
    }
  }

  /// JSON Lines read a line at a time, so that a file of a million articles never sits in memory.
  func streamJSONLines(_ file: CorpusFile, into tally: inout FileResult) {
    var local = tally
    let failure = JSONArticles.forEachLine(path: file.path) { line, slice in
      jsonArticle(
        JSONArticles.object(slice), blank: !slice.contains { $0 > 0x20 }, path: "\(file.relativePath)#\(line)",
        folder: file.outletFolder, into: &local)
    }
    tally = local
    if let failure {
      let why: String
      switch failure {
      case .cannotOpen(let w), .cannotRead(let w): why = w
      }
      tally.add(problem: .unreadable(why), path: file.relativePath, outlet: file.outletFolder)
    }
  }

  /// One article object from a JSON export.
  func jsonArticle(_ object: [String: Any]?, blank: Bool, path: String, folder: String?, into tally: inout FileResult) {
    if blank { return }
    guard let object else {
      tally.add(problem: .unreadable("not a JSON object"), path: path, outlet: folder)
      return
    }
    guard let text = JSONFields.first(jsonFields.text, in: object) else {
      tally.add(problem: .noText, path: path, outlet: folder)
      return
    }
    let host = JSONFields.first(jsonFields.url, in: object).map { WARCReader.Page(targetURI: $0, html: []).host }
    var outlet: String?
    switch outletSource {
    case .host: outlet = host ?? JSONFields.first(jsonFields.outlet, in: object) ?? folder
    default: outlet = JSONFields.first(jsonFields.outlet, in: object) ?? folder ?? host
    }
    let label = outletLabel(outlet ?? "unknown")
    let metadata = PageMetadata(
      title: JSONFields.first(jsonFields.title, in: object), published: JSONFields.first(jsonFields.date, in: object))
    let article = Article(path: path, outlet: label, format: .text, metadata: metadata, text: text, encoding: "UTF-8")
    tally.add(ArticleRecord(article: article, analysis: extractor.analyze(text: text, outlet: label)))
  }

  /// Reads and analyses an article from bytes already in memory.
  public func analyze(bytes: [UInt8], path: String, format: Article.Format, outlet: String?) -> Result<
    (Article, ArticleAnalysis), FileProblem
  > {
    reader.read(bytes: bytes, path: path, format: format, outlet: outlet).map { article in
      (article, extractor.analyze(text: article.text, outlet: article.outlet))
    }
  }

  /// Reads one file and analyses its article.
  public func read(url: URL, path: String, format: Article.Format, outlet: String?) -> Result<
    (Article, ArticleAnalysis), FileProblem
  > {
    let bytes: [UInt8]
    switch FileReader.readAll(url.path, limit: maxFileSize) {
    case .success(let read): bytes = read
    case .failure(.cannotOpen(let why)), .failure(.cannotRead(let why)): return .failure(.unreadable(why))
    }
    if Int64(bytes.count) > maxFileSize { return .failure(.tooLarge(limit: maxFileSize)) }
    return analyze(bytes: bytes, path: path, format: format, outlet: outlet)
  }
}
