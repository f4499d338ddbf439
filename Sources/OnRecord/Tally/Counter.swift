/// Counts by key, mergeable and rendered in a stable order.
public struct Counter: Sendable, Equatable, Codable {
  public private(set) var counts: [String: Int] = [:]

  public init() {}

  public init(_ counts: [String: Int]) { self.counts = counts.filter { $0.value != 0 } }

  public subscript(key: String) -> Int { counts[key] ?? 0 }

  public mutating func add(_ key: String, _ n: Int = 1) {
    guard n != 0 else { return }
    let sum = counts[key, default: 0] + n
    counts[key] = sum == 0 ? nil : sum
  }

  public mutating func subtract(_ other: Counter) {
    for (key, n) in other.counts { add(key, -n) }
  }

  public mutating func merge(_ other: Counter) {
    for (key, n) in other.counts { add(key, n) }
  }

  public var total: Int { counts.values.reduce(0, +) }
  public var isEmpty: Bool { counts.isEmpty }

  /// Entries by count, descending, then by key: the order every report uses.
  public func sorted(limit: Int? = nil) -> [(key: String, count: Int)] {
    let all = counts.map { (key: $0.key, count: $0.value) }.sorted {
      $0.count != $1.count ? $0.count > $1.count : $0.key < $1.key
    }
    return limit.map { Array(all.prefix($0)) } ?? all
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(counts)
  }

  public init(from decoder: Decoder) throws {
    counts = try decoder.singleValueContainer().decode([String: Int].self)
  }
}
