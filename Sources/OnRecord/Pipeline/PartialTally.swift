import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A shard's results, written by `onrecord analyze --shard K/N --partial FILE` and joined by
/// `onrecord merge`: everything the report needs, so that merged shards give the report a
/// single machine gives. The file is streamed both ways: a header, every file's outcome, then
/// each fragment stream whole (lengths, then bytes), so neither side holds the shard's rows.
public struct PartialTally: Sendable {
  public struct Header: Codable, Sendable {
    public var format = "onrecord-partial-3"
    public var version = OnRecordVersion.string
    public var corpus: String
    public var shard: String
    public var lexiconHash: String
    public var modelHash: String
    public var seconds: Double
  }

  public var header: Header
  public var tally: CorpusTally

  static let magic = Array("onrecord-partial-3\n".utf8)

  /// Writes a run's results as a partial tally (atomically).
  public static func write(_ run: CorpusRun, shard: String, to path: String) throws {
    let header = Header(
      corpus: run.name, shard: shard, lexiconHash: run.lexiconHash, modelHash: run.modelHash, seconds: run.seconds)
    let out = try AtomicFile(path)
    do {
      var w = ByteWriter()
      w.bytes = magic
      w.string(String(decoding: try JSONEncoder().encode(header), as: UTF8.self))
      // The outcome lines as one block, read back with the same decoder as the cache's.
      var outcomes = ByteWriter()
      outcomes.int(run.tally.files.count)
      for file in run.tally.files { file.write(to: &outcomes) }
      w.data(outcomes.bytes)
      w.int(run.tally.articles.count)
      w.bytes.withUnsafeBytes { out.write($0) }
      for stream in 0..<Fragments.count {
        var lengths: [UInt8] = []
        lengths.reserveCapacity(run.tally.articles.count * 4)
        for entry in run.tally.articles {
          let n = run.tally.store.sets[Int(entry.spill)].lengths[stream][Int(entry.sequence)]
          withUnsafeBytes(of: n.littleEndian) { lengths += $0 }
        }
        lengths.withUnsafeBytes { out.write($0) }
        try run.tally.store.forEachFragment(stream: stream, of: run.tally.articles) { bytes, _ in out.write(bytes) }
      }
      try out.commit()
    } catch {
      out.abandon()
      throw error
    }
  }

  /// Reads a partial tally, its rows into a spill of its own.
  public static func read(_ path: String) throws -> PartialTally {
    let invalid = OnRecordError.invalidOption(
      "\(path) is not a partial tally written by this onrecord's analyze --partial")
    let input = try ChunkedInput(path)
    defer { input.close() }
    guard try input.take(magic.count) == magic else { throw invalid }
    do {
      let header = try JSONDecoder().decode(Header.self, from: Data(try input.take(try input.count())))
      var tally = CorpusTally()
      var outcomes = ByteReader(try input.take(try input.count()))
      for _ in 0..<(try outcomes.count()) { tally.files.append(try FileOutcome(from: &outcomes)) }
      let articles = try input.count()
      let spill = try SpillWriter()
      var lengths: [[UInt32]] = []
      for stream in 0..<Fragments.count {
        let raw = try input.take(articles * 4)
        var streamLengths: [UInt32] = []
        streamLengths.reserveCapacity(articles)
        for i in 0..<articles {
          var n: UInt32 = 0
          for b in 0..<4 { n |= UInt32(raw[4 * i + b]) << UInt32(8 * b) }
          streamLengths.append(n)
        }
        lengths.append(streamLengths)
        for length in streamLengths {
          let bytes = try input.take(Int(length))
          if stream == Fragments.record {
            let record = try ArticleRecord(binary: bytes)
            tally.outlets[record.outlet, default: OutletTally()].add(record)
            var entry = ArticleEntry(record)
            entry.sequence = Int32(tally.articles.count)
            tally.articles.append(entry)
          }
          spill.appendRaw(stream: stream, bytes)
        }
      }
      let set = try spill.finish(lengths: lengths)
      tally.store = FragmentStore(sets: [set])
      return PartialTally(header: header, tally: tally)
    } catch OnRecordError.cannotWrite(let place, let reason) {
      throw OnRecordError.cannotWrite(place, reason: reason)
    } catch {
      throw invalid
    }
  }

  /// Joins shards of one corpus into a run; the shards must share word lists and model.
  public static func merge(_ parts: [PartialTally]) throws -> CorpusRun {
    guard let first = parts.first?.header else { throw OnRecordError.invalidOption("give at least one partial tally") }
    guard parts.allSatisfy({ $0.header.lexiconHash == first.lexiconHash && $0.header.modelHash == first.modelHash })
    else {
      throw OnRecordError.invalidOption("the partial tallies were made with different word lists or models")
    }
    var tally = CorpusTally()
    for part in parts { tally.merge(part.tally) }
    var run = CorpusRun(
      name: first.corpus, tally: try tally.sorted(), lexiconHash: first.lexiconHash, jobs: 1,
      seconds: parts.reduce(0) { $0 + $1.header.seconds })
    run.modelHash = first.modelHash
    return run
  }
}

/// Reads a file front to back in chunks, for the partial tally's reader.
final class ChunkedInput {
  private let fd: Int32
  private let path: String
  private var buffer: [UInt8] = []
  private var position = 0

  init(_ path: String) throws {
    self.path = path
    fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw OnRecordError.pathNotFound(path) }
  }

  func close() { _ = Glibc.close(fd) }

  private func fill(_ needed: Int) throws {
    if position > 0 {
      buffer.removeFirst(position)
      position = 0
    }
    var chunk = [UInt8](repeating: 0, count: max(1 << 20, needed))
    while buffer.count < needed {
      let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      if n < 0 && errno == EINTR { continue }
      guard n > 0 else { throw ByteReader.Malformed() }
      buffer += chunk[0..<n]
    }
  }

  func take(_ n: Int) throws -> [UInt8] {
    guard n >= 0 else { throw ByteReader.Malformed() }
    if buffer.count - position < n { try fill(n) }
    defer { position += n }
    return Array(buffer[position..<position + n])
  }

  /// A varint (as ``ByteWriter/int(_:)`` writes), checked to be a count.
  func count() throws -> Int {
    var bytes: [UInt8] = []
    while true {
      let b = try take(1)[0]
      bytes.append(b)
      if b < 0x80 || bytes.count > 10 { break }
    }
    var r = ByteReader(bytes)
    let n = try r.int()
    guard n >= 0, n < 1 << 40 else { throw ByteReader.Malformed() }
    return n
  }
}
