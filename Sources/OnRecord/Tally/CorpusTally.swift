/// What happened to one file of the corpus.
public struct FileOutcome: Sendable, Equatable, Codable {
  public enum Status: String, Sendable, Codable {
    case analyzed, skipped, failed
  }

  public var path: String
  public var outlet: String?
  public var status: Status
  public var reason: String?

  public init(path: String, outlet: String?, status: Status, reason: String? = nil) {
    self.path = path
    self.outlet = outlet
    self.status = status
    self.reason = reason
  }
}

/// The tallies of a whole corpus, or of one worker's share of it. Merging is
/// order-free; ``sorted()`` puts every list in a stable order.
public struct CorpusTally: Sendable, Equatable, Codable {
  public var outlets: [String: OutletTally] = [:]
  public var articles: [ArticleRecord] = []
  public var files: [FileOutcome] = []

  public init() {}

  public mutating func add(_ record: ArticleRecord) {
    outlets[record.outlet, default: OutletTally()].add(record)
    articles.append(record)
    files.append(FileOutcome(path: record.path, outlet: record.outlet, status: .analyzed))
  }

  public mutating func add(problem: FileProblem, path: String, outlet: String?) {
    files.append(
      FileOutcome(path: path, outlet: outlet, status: problem.isSkip ? .skipped : .failed, reason: problem.reason))
  }

  public mutating func merge(_ other: CorpusTally) {
    for (name, tally) in other.outlets { outlets[name, default: OutletTally()].merge(tally) }
    articles.append(contentsOf: other.articles)
    files.append(contentsOf: other.files)
  }

  public func sorted() -> CorpusTally {
    var copy = self
    copy.articles.sort { $0.path < $1.path }
    copy.files.sort { $0.path < $1.path }
    return copy
  }

  /// All outlets together.
  public var total: OutletTally {
    outlets.values.reduce(into: OutletTally()) { $0.merge($1) }
  }

  /// Outlet names in report order.
  public var outletNames: [String] { outlets.keys.sorted() }

  public func count(_ status: FileOutcome.Status) -> Int { files.filter { $0.status == status }.count }
}
