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
  /// Whether the report states the run's duration (not when SOURCE_DATE_EPOCH asks for a reproducible report).
  public var recordsDuration = true

  public init(name: String, tally: CorpusTally, lexiconHash: String, jobs: Int, seconds: Double) {
    self.name = name
    self.tally = tally
    self.lexiconHash = lexiconHash
    self.jobs = jobs
    self.seconds = seconds
  }

  /// The same articles with every outlet merged into one group named `label`: the unit of `onrecord compare`.
  public func asOneGroup(_ label: String) -> CorpusTally {
    var tally = CorpusTally()
    for var record in self.tally.articles {
      record.outlet = label
      tally.add(record)
    }
    tally.files = self.tally.files.map { file in
      var copy = file
      copy.path = "\(label)/\(file.path)"
      copy.outlet = label
      return copy
    }
    for index in tally.articles.indices { tally.articles[index].path = "\(label)/\(tally.articles[index].path)" }
    return tally.sorted()
  }
}

/// The library's entry point: corpus folder in, tallies out.
public struct CorpusAnalyzer: Sendable {
  public let lexicon: Lexicon
  public let reader = ArticleReader()
  public let extractor: AttributionExtractor

  /// Files larger than this are listed as skipped, not read.
  public var maxFileSize: Int64 = CorpusAnalyzer.defaultMaxFileSize
  public static let defaultMaxFileSize: Int64 = 50_000_000

  public init(lexicon: Lexicon, tagger: CueTagger? = CueTagger.builtIn()) {
    self.lexicon = lexicon
    self.extractor = AttributionExtractor(lexicon: lexicon, tagger: tagger)
  }

  /// Reads and analyses every file under `corpus` on `jobs` workers.
  /// `progress`, when given, is called from the workers with the number of files done and the total.
  public func analyze(corpus: URL, jobs: Int, progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> CorpusRun {
    let started = Date()
    let files = try CorpusWalker.files(in: corpus)
    HTMLParser.initialize()
    let done = Atomic<Int>(0)
    let partials = Parallel.forEach(files, jobs: jobs, makeAccumulator: { CorpusTally() }) { tally, _, file in
      self.process(file, into: &tally)
      if let progress { progress(done.add(1, ordering: .relaxed).newValue, files.count) }
    }
    var tally = CorpusTally()
    for partial in partials { tally.merge(partial) }
    let name = corpus.standardizedFileURL.lastPathComponent
    var run = CorpusRun(
      name: name, tally: tally.sorted(), lexiconHash: lexicon.hash, jobs: jobs,
      seconds: Date().timeIntervalSince(started))
    run.modelHash = extractor.tagger?.hash ?? "none"
    run.started = CorpusAnalyzer.timestamp(started)
    run.recordsDuration = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"] == nil
    return run
  }

  /// ISO 8601 in UTC; SOURCE_DATE_EPOCH, when set, fixes the date and leaves out the duration
  /// (for reproducible reports).
  static func timestamp(_ date: Date) -> String? {
    if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"] {
      guard let seconds = Double(epoch) else { return nil }
      return ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: seconds))
    }
    return ISO8601DateFormatter().string(from: date)
  }

  func process(_ file: CorpusFile, into tally: inout CorpusTally) {
    let name = file.url.lastPathComponent
    if let problem = file.problem {
      tally.add(problem: problem, path: file.relativePath, outlet: file.outletFolder)
      return
    }
    if file.size > maxFileSize {
      tally.add(problem: .tooLarge(limit: maxFileSize), path: file.relativePath, outlet: file.outletFolder)
      return
    }
    let bytes: [UInt8]
    switch FileReader.readAll(file.url.path, limit: maxFileSize) {
    case .success(let read): bytes = read
    case .failure(.cannotOpen(let why)), .failure(.cannotRead(let why)):
      tally.add(problem: .unreadable(why), path: file.relativePath, outlet: file.outletFolder)
      return
    }
    if Int64(bytes.count) > maxFileSize {
      tally.add(problem: .tooLarge(limit: maxFileSize), path: file.relativePath, outlet: file.outletFolder)
      return
    }
    let hash = SHA256.hex(bytes)
    guard let format = ArticleReader.format(forFileName: name) else {
      let ext = name.contains(".") ? String(name.split(separator: ".").last!) : ""
      tally.add(
        problem: .notAnArticle(ext.lowercased()), path: file.relativePath, outlet: file.outletFolder, sha256: hash)
      return
    }
    switch analyze(bytes: bytes, path: file.relativePath, format: format, outlet: file.outletFolder) {
    case .success(let (article, analysis)):
      tally.add(ArticleRecord(article: article, analysis: analysis), sha256: hash)
    case .failure(let problem):
      tally.add(problem: problem, path: file.relativePath, outlet: file.outletFolder, sha256: hash)
    }
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
