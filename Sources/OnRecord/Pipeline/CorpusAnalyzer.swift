import Foundation

/// The result of analysing a corpus folder.
public struct CorpusRun: Sendable {
  /// The corpus folder's name, used for report file names.
  public var name: String
  public var tally: CorpusTally
  public var lexiconHash: String
  public var jobs: Int
  public var seconds: Double
}

/// The library's entry point: corpus folder in, tallies out.
public struct CorpusAnalyzer: Sendable {
  public let lexicon: Lexicon
  public let reader = ArticleReader()
  public let extractor: AttributionExtractor

  public init(lexicon: Lexicon, tagger: CueTagger? = CueTagger.builtIn()) {
    self.lexicon = lexicon
    self.extractor = AttributionExtractor(lexicon: lexicon, tagger: tagger)
  }

  /// Reads and analyses every file under `corpus` on `jobs` workers.
  public func analyze(corpus: URL, jobs: Int) throws -> CorpusRun {
    let started = Date()
    let files = try CorpusWalker.files(in: corpus)
    HTMLParser.initialize()
    let partials = Parallel.forEach(files, jobs: jobs, makeAccumulator: { CorpusTally() }) { tally, _, file in
      self.process(file, into: &tally)
    }
    var tally = CorpusTally()
    for partial in partials { tally.merge(partial) }
    let name = corpus.standardizedFileURL.lastPathComponent
    return CorpusRun(
      name: name, tally: tally.sorted(), lexiconHash: lexicon.hash, jobs: jobs,
      seconds: Date().timeIntervalSince(started))
  }

  func process(_ file: CorpusFile, into tally: inout CorpusTally) {
    let name = file.url.lastPathComponent
    guard let format = ArticleReader.format(forFileName: name) else {
      let ext = name.contains(".") ? String(name.split(separator: ".").last!) : ""
      tally.add(problem: .notAnArticle(ext.lowercased()), path: file.relativePath, outlet: file.outletFolder)
      return
    }
    switch read(url: file.url, path: file.relativePath, format: format, outlet: file.outletFolder) {
    case .success(let (article, analysis)):
      tally.add(ArticleRecord(article: article, analysis: analysis))
    case .failure(let problem):
      tally.add(problem: problem, path: file.relativePath, outlet: file.outletFolder)
    }
  }

  /// Reads one file and analyses its article.
  public func read(url: URL, path: String, format: Article.Format, outlet: String?) -> Result<
    (Article, ArticleAnalysis), FileProblem
  > {
    let bytes: [UInt8]
    do {
      bytes = [UInt8](try Data(contentsOf: url))
    } catch {
      return .failure(.unreadable((error as NSError).localizedFailureReason ?? "cannot open the file"))
    }
    return reader.read(bytes: bytes, path: path, format: format, outlet: outlet).map { article in
      (article, extractor.analyze(text: article.text, outlet: article.outlet))
    }
  }
}
