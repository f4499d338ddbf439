import Foundation

/// A shard's tallies, written by `onrecord analyze --shard K/N --partial FILE` and joined by
/// `onrecord merge`: everything the report needs, so that merged shards give the report a
/// single machine gives.
public struct PartialTally: Codable, Sendable {
  public var format = "onrecord-partial-1"
  public var version = OnRecordVersion.string
  public var corpus: String
  public var shard: String
  public var lexiconHash: String
  public var modelHash: String
  public var seconds: Double
  public var tally: CorpusTally

  public init(run: CorpusRun, shard: String) {
    corpus = run.name
    self.shard = shard
    lexiconHash = run.lexiconHash
    modelHash = run.modelHash
    seconds = run.seconds
    tally = run.tally
  }

  public func encoded() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return try encoder.encode(self)
  }

  public static func decode(_ data: Data, path: String) throws -> PartialTally {
    do {
      return try JSONDecoder().decode(PartialTally.self, from: data)
    } catch {
      throw OnRecordError.invalidOption("\(path) is not a partial tally written by onrecord analyze --partial")
    }
  }

  /// Joins shards of one corpus into a run; the shards must share word lists and model.
  public static func merge(_ parts: [PartialTally]) throws -> CorpusRun {
    guard let first = parts.first else { throw OnRecordError.invalidOption("give at least one partial tally") }
    guard parts.allSatisfy({ $0.lexiconHash == first.lexiconHash && $0.modelHash == first.modelHash }) else {
      throw OnRecordError.invalidOption("the partial tallies were made with different word lists or models")
    }
    var tally = CorpusTally()
    for part in parts { tally.merge(part.tally) }
    var run = CorpusRun(
      name: first.corpus, tally: tally.sorted(), lexiconHash: first.lexiconHash, jobs: 1,
      seconds: parts.reduce(0) { $0 + $1.seconds })
    run.modelHash = first.modelHash
    return run
  }
}
