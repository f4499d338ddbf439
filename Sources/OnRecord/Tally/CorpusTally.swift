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

/// The tallies of a whole corpus, or of one worker's share of it. Merging is
/// order-free; ``sorted()`` puts every list in a stable order.
public struct CorpusTally: Sendable, Equatable, Codable {
  public var outlets: [String: OutletTally] = [:]
  public var articles: [ArticleRecord] = []
  public var files: [FileOutcome] = []

  public init() {}

  public mutating func add(_ record: ArticleRecord, sha256: String? = nil) {
    outlets[record.outlet, default: OutletTally()].add(record)
    articles.append(record)
    files.append(FileOutcome(path: record.path, outlet: record.outlet, status: .analyzed, sha256: sha256))
  }

  public mutating func add(problem: FileProblem, path: String, outlet: String?, sha256: String? = nil) {
    files.append(
      FileOutcome(
        path: path, outlet: outlet, status: problem.isSkip ? .skipped : .failed, reason: problem.reason, sha256: sha256)
    )
  }

  /// SHA-256 over the sorted list of every file's path and SHA-256: a fingerprint of the corpus.
  public var corpusSHA256: String {
    var hasher = SHA256()
    for file in files.sorted(by: { $0.path < $1.path }) {
      hasher.update(Array("\(file.path)\t\(file.sha256 ?? "-")\n".utf8))
    }
    return hasher.finalizeHex()
  }

  public mutating func merge(_ other: CorpusTally) {
    for (name, tally) in other.outlets { outlets[name, default: OutletTally()].merge(tally) }
    articles.append(contentsOf: other.articles)
    files.append(contentsOf: other.files)
  }

  /// Every list in a stable order, and exact duplicates (the same article text) counted once:
  /// the first by path stays, the others are listed as skipped.
  public func sorted() -> CorpusTally {
    var copy = self
    copy.articles.sort { $0.path < $1.path }
    copy.files.sort { $0.path < $1.path }
    var firstPath: [String: String] = [:]
    var duplicateOf: [String: String] = [:]
    for record in copy.articles {
      if let first = firstPath[record.textHash] {
        duplicateOf[record.path] = first
      } else {
        firstPath[record.textHash] = record.path
      }
    }
    guard !duplicateOf.isEmpty else { return copy }
    copy.articles.removeAll { duplicateOf[$0.path] != nil }
    copy.outlets = [:]
    for record in copy.articles { copy.outlets[record.outlet, default: OutletTally()].add(record) }
    for index in copy.files.indices {
      if let first = duplicateOf[copy.files[index].path], copy.files[index].status == .analyzed {
        copy.files[index].status = .skipped
        copy.files[index].reason = "duplicate of \(first)"
      }
    }
    return copy
  }

  /// Articles left out as exact duplicates of another.
  public var duplicates: Int { files.filter { $0.reason?.hasPrefix("duplicate of ") == true }.count }

  /// All outlets together.
  public var total: OutletTally {
    outlets.values.reduce(into: OutletTally()) { $0.merge($1) }
  }

  /// Outlet names in report order.
  public var outletNames: [String] { outlets.keys.sorted() }

  public func count(_ status: FileOutcome.Status) -> Int { files.filter { $0.status == status }.count }
}
