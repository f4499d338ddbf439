/// What happened to one file of the corpus.
public struct FileOutcome: Sendable, Equatable, Codable {
  public enum Status: String, Sendable, Codable {
    case analyzed, skipped, failed
  }

  public var path: String
  public var outlet: String?
  public var status: Status
  public var reason: String?
  /// SHA-256 of the file's bytes, when they could be read.
  public var sha256: String?

  public init(path: String, outlet: String?, status: Status, reason: String? = nil, sha256: String? = nil) {
    self.path = path
    self.outlet = outlet
    self.status = status
    self.reason = reason
    self.sha256 = sha256
  }
}

/// The tallies of a whole corpus, or of one worker's share of it: per-outlet counts, a compact
/// entry per article, every file's outcome, and the store where the articles' rendered rows
/// wait. Merging is order-free; ``sorted()`` puts every list in a stable order.
public struct CorpusTally: Sendable {
  public var outlets: [String: OutletTally] = [:] {
    didSet { cachedTotal = nil }
  }
  /// All outlets together, kept once ``sorted()`` has made the tally final.
  private var cachedTotal: OutletTally?
  public var articles: [ArticleEntry] = []
  public var files: [FileOutcome] = []
  public var store = FragmentStore()

  public init() {}

  /// A tally of articles already analysed, their rows rendered into a store of their own: the
  /// way in for a caller with records of its own.
  public init(records: [ArticleRecord]) throws {
    let spill = try SpillWriter()
    var result = FileResult()
    for record in records { result.add(record) }
    absorb(result, spill: spill)
    store = FragmentStore(sets: [try spill.finish()])
    self = try sorted()
  }

  /// Adds what one file gave, its rendered rows appended to `spill`.
  mutating func absorb(_ result: FileResult, spill: SpillWriter) {
    files += result.outcomes
    for article in result.articles {
      outlets[article.record.outlet, default: OutletTally()].add(article.record)
      var entry = ArticleEntry(article.record)
      // One copy of each outlet's name, however many articles carry it.
      if let name = outlets.index(forKey: entry.outlet) { entry.outlet = outlets.keys[name] }
      entry.sequence = spill.append(article.fragments)
      articles.append(entry)
    }
  }

  /// SHA-256 over the sorted list of every file's path and SHA-256: a fingerprint of the corpus.
  public var corpusSHA256: String {
    var hasher = Fingerprint.Hasher()
    for file in files.sorted(by: { $0.path < $1.path }) {
      hasher.update(Array("\(file.path)\t\(file.sha256 ?? "-")\n".utf8))
    }
    return hasher.finalizeHex()
  }

  public mutating func merge(_ other: CorpusTally) {
    for (name, tally) in other.outlets { outlets[name, default: OutletTally()].merge(tally) }
    let shift = store.append(other.store)
    articles.reserveCapacity(articles.count + other.articles.count)
    for var entry in other.articles {
      entry.spill += shift
      articles.append(entry)
    }
    files.append(contentsOf: other.files)
  }

  /// Every list in a stable order, and exact duplicates (the same article text) counted once:
  /// the first by path stays, the others are listed as skipped and taken out of the counts.
  public func sorted() throws -> CorpusTally {
    var copy = self
    try copy.finish()
    return copy
  }

  /// ``sorted()`` in place, without a second copy of the lists.
  public mutating func finish() throws {
    articles.sort { $0.path < $1.path }
    files.sort { $0.path < $1.path }
    var duplicateOf: [String: String] = [:]
    do {
      var firstPath: [ArticleEntry.DuplicateKey: String] = [:]
      for entry in articles {
        if let first = firstPath[entry.duplicateKey] {
          duplicateOf[entry.path] = first
        } else {
          firstPath[entry.duplicateKey] = entry.path
        }
      }
    }
    if !duplicateOf.isEmpty {
      let duplicates = articles.filter { duplicateOf[$0.path] != nil }
      let records: [ArticleRecord]
      do {
        records = try store.fragments(of: duplicates, stream: Fragments.record).map(ArticleRecord.init(binary:))
      } catch let error as OnRecordError {
        throw error
      } catch {
        throw OnRecordError.cannotWrite("a temporary spill file", reason: "an article's record cannot be read back")
      }
      for record in records {
        outlets[record.outlet]?.remove(record)
        if outlets[record.outlet]?.articles == 0 { outlets[record.outlet] = nil }
      }
      articles.removeAll { duplicateOf[$0.path] != nil }
      for index in files.indices {
        if let first = duplicateOf[files[index].path], files[index].status == .analyzed {
          files[index].status = .skipped
          files[index].reason = "duplicate of \(first)"
        }
      }
    }
    cachedTotal = nil
    cachedTotal = total
  }

  /// Articles left out as exact duplicates of another.
  public var duplicates: Int { files.filter { $0.reason?.hasPrefix("duplicate of ") == true }.count }

  /// All outlets together.
  public var total: OutletTally {
    cachedTotal ?? outlets.values.reduce(into: OutletTally()) { $0.merge($1) }
  }

  /// Outlet names in report order.
  public var outletNames: [String] { outlets.keys.sorted() }

  public func count(_ status: FileOutcome.Status) -> Int { files.filter { $0.status == status }.count }
}
