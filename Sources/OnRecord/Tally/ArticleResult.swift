/// What the tallies keep of one article once its rows are rendered: enough for the per-outlet
/// counts, the duplicate check and the bootstrap over articles, and where its rendered rows
/// wait in the spill files. A few dozen bytes, so that a million articles fit in memory.
public struct ArticleEntry: Sendable, Equatable {
  public var path: String
  public var outlet: String
  public var textHash: String
  public var words: Int
  public var attributions: Int
  public var anonymous: Int
  /// Attributions by source kind, in ``SourceKind/allCases`` order (anonymous sources as anonymous).
  var kindCounts: [UInt32]
  /// Which spill set holds its rendered rows, and its place in that set's sequence.
  var spill: Int32 = 0
  var sequence: Int32 = 0
  /// Bytes of each fragment stream (see ``Fragments``), in stream order.
  var lengths: [UInt32] = []

  public var hasAnonymous: Bool { anonymous > 0 }

  /// Attributions whose source is of this kind.
  public func count(_ kind: SourceKind) -> Int {
    Int(kindCounts[SourceKind.allCases.firstIndex(of: kind)!])
  }

  init(_ record: ArticleRecord) {
    path = record.path
    outlet = record.outlet
    textHash = record.textHash
    words = record.words
    attributions = record.attributions
    anonymous = record.anonymous
    kindCounts = SourceKind.allCases.map { UInt32(clamping: record.sourceKinds[$0.rawValue]) }
  }
}

/// One article as a worker hands it on: its counts (the record without its rows) and its rows
/// rendered into the fragments of every export and evidence file.
public struct ArticleResult: Sendable {
  public var record: ArticleRecord
  public var fragments: [[UInt8]]

  /// Renders the record's rows, then drops them: the fragments carry them from here on.
  public init(rendering full: ArticleRecord) {
    fragments = Fragments.render(full)
    record = full
    record.rows = []
    record.hedgeMentions = []
    fragments[Fragments.record] = record.binary()
  }

  init(fragments: [[UInt8]]) throws {
    guard fragments.count == Fragments.count else { throw ByteReader.Malformed() }
    self.fragments = fragments
    record = try ArticleRecord(binary: fragments[Fragments.record])
  }
}

/// What reading one corpus file gave: its outcome lines and its articles (a container file,
/// JSON Lines or WARC, gives many). The unit the cache stores.
public struct FileResult: Sendable {
  public var outcomes: [FileOutcome] = []
  public var articles: [ArticleResult] = []
  /// When set, every path is put under this folder name and every article counted under it
  /// (the groups of `onrecord compare`).
  var group: String?

  init(group: String? = nil) { self.group = group }

  mutating func add(_ record: ArticleRecord, sha256: String? = nil) {
    var record = record
    if let group {
      record.path = group + "/" + record.path
      record.outlet = group
    }
    articles.append(ArticleResult(rendering: record))
    outcomes.append(FileOutcome(path: record.path, outlet: record.outlet, status: .analyzed, sha256: sha256))
  }

  mutating func add(problem: FileProblem, path: String, outlet: String?, sha256: String? = nil) {
    outcomes.append(
      FileOutcome(
        path: group.map { $0 + "/" + path } ?? path, outlet: group ?? outlet,
        status: problem.isSkip ? .skipped : .failed,
        reason: problem.reason, sha256: sha256))
  }

  static let magic: [UInt8] = Array("onrecord-file-result-1\n".utf8)

  func binary() -> [UInt8] {
    var w = ByteWriter()
    w.bytes = FileResult.magic
    w.int(outcomes.count)
    for o in outcomes { o.write(to: &w) }
    w.int(articles.count)
    for article in articles {
      for fragment in article.fragments { w.data(fragment) }
    }
    return w.bytes
  }

  init(binary bytes: [UInt8]) throws {
    guard bytes.starts(with: FileResult.magic) else { throw ByteReader.Malformed() }
    var r = ByteReader(bytes)
    r.position = FileResult.magic.count
    for _ in 0..<(try r.count()) { outcomes.append(try FileOutcome(from: &r)) }
    for _ in 0..<(try r.count()) {
      articles.append(try ArticleResult(fragments: (0..<Fragments.count).map { _ in try r.data() }))
    }
    guard r.atEnd else { throw ByteReader.Malformed() }
  }
}

extension FileOutcome {
  func write(to w: inout ByteWriter) {
    w.string(path)
    w.optional(outlet)
    w.string(status.rawValue)
    w.optional(reason)
    w.optional(sha256)
  }

  init(from r: inout ByteReader) throws {
    let path = try r.string()
    let outlet = try r.optional()
    guard let status = Status(rawValue: try r.string()) else { throw ByteReader.Malformed() }
    self.init(path: path, outlet: outlet, status: status, reason: try r.optional(), sha256: try r.optional())
  }
}

extension ArticleRecord {
  /// The counts in binary form (rows and hedge mentions are not kept: they are in the fragments).
  func binary() -> [UInt8] {
    var w = ByteWriter()
    w.string(path)
    w.string(outlet)
    w.optional(title)
    w.string(format.rawValue)
    for n in [words, attributions, anonymous, anonymousWithReason] { w.int(n) }
    for c in [denials, hedges, sourceKinds, cues, channels, sources, outletsCited] { w.counter(c) }
    w.string(textHash)
    return w.bytes
  }

  init(binary bytes: [UInt8]) throws {
    var r = ByteReader(bytes)
    path = try r.string()
    outlet = try r.string()
    title = try r.optional()
    guard let format = Article.Format(rawValue: try r.string()) else { throw ByteReader.Malformed() }
    self.format = format
    words = try r.int()
    attributions = try r.int()
    anonymous = try r.int()
    anonymousWithReason = try r.int()
    denials = try r.counter()
    hedges = try r.counter()
    sourceKinds = try r.counter()
    cues = try r.counter()
    channels = try r.counter()
    sources = try r.counter()
    outletsCited = try r.counter()
    textHash = try r.string()
    rows = []
    hedgeMentions = []
    guard r.atEnd else { throw ByteReader.Malformed() }
  }
}
