/// What the tallies keep of one article once its rows are rendered: enough for the per-outlet
/// counts, the duplicate check and the bootstrap over articles, and where its rendered rows
/// wait in the spill files. A few dozen bytes, so that a million articles fit in memory.
public struct ArticleEntry: Sendable, Equatable {
  public var path: String
  public var outlet: String
  /// The article text's fingerprint (see ``ArticleRecord/textHash``), packed.
  var textHash: UInt64
  var textLength: UInt32
  var wordCount: Int32
  var attributionCount: Int32
  var anonymousCount: Int32
  /// Attributions by source kind, in ``SourceKind/allCases`` order (anonymous sources as
  /// anonymous), held inline rather than in an array of its own.
  var kindCounts = KindCounts()

  public var words: Int { Int(wordCount) }
  public var attributions: Int { Int(attributionCount) }
  public var anonymous: Int { Int(anonymousCount) }
  /// Which spill set holds its rendered rows, and its place in that set's sequence.
  var spill: Int32 = 0
  var sequence: Int32 = 0

  public var hasAnonymous: Bool { anonymous > 0 }

  /// Attributions whose source is of this kind.
  public func count(_ kind: SourceKind) -> Int {
    Int(kindCounts[SourceKind.allCases.firstIndex(of: kind)!])
  }

  init(_ record: ArticleRecord) {
    path = record.path
    outlet = record.outlet
    let parts = record.textHash.split(separator: "-")
    textHash = parts.first.flatMap { UInt64($0, radix: 16) } ?? 0
    textLength = parts.count > 1 ? UInt32(clamping: Int(parts[1]) ?? 0) : 0
    wordCount = Int32(clamping: record.words)
    attributionCount = Int32(clamping: record.attributions)
    anonymousCount = Int32(clamping: record.anonymous)
    precondition(SourceKind.allCases.count <= KindCounts.capacity, "one count per source kind")
    for (index, kind) in SourceKind.allCases.enumerated() {
      kindCounts[index] = UInt16(clamping: record.sourceKinds[kind.rawValue])
    }
  }

  /// The key under which exact duplicates meet.
  var duplicateKey: DuplicateKey { DuplicateKey(hash: textHash, length: textLength) }

  struct DuplicateKey: Hashable {
    var hash: UInt64
    var length: UInt32
  }
}

/// Nine small counts stored inline (an entry per article must stay small).
struct KindCounts: Sendable, Equatable {
  static let capacity = 9
  private var storage: (UInt16, UInt16, UInt16, UInt16, UInt16, UInt16, UInt16, UInt16, UInt16) = (
    0, 0, 0, 0, 0, 0, 0, 0, 0
  )

  subscript(index: Int) -> UInt16 {
    get {
      precondition(index >= 0 && index < KindCounts.capacity)
      return withUnsafeBytes(of: storage) { $0.load(fromByteOffset: index * 2, as: UInt16.self) }
    }
    set {
      precondition(index >= 0 && index < KindCounts.capacity)
      withUnsafeMutableBytes(of: &storage) { $0.storeBytes(of: newValue, toByteOffset: index * 2, as: UInt16.self) }
    }
  }

  static func == (a: KindCounts, b: KindCounts) -> Bool {
    (0..<capacity).allSatisfy { a[$0] == b[$0] }
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
