import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One worker's spill: a private temporary folder with one append-only file per fragment
/// stream. Each article's fragments go to the end of each file, so a worker writes
/// sequentially and memory holds only the lengths.
final class SpillWriter: @unchecked Sendable {
  let folder: String
  private var descriptors: [Int32] = []
  private var buffers: [[UInt8]]
  private var lengths: [[UInt32]]
  private var failure: String?
  private(set) var count: Int32 = 0
  private static let flushSize = 1 << 16

  init() throws {
    var template = Array((FileManager.default.temporaryDirectory.path + "/onrecord-spill-XXXXXX").utf8CString)
    guard let made = mkdtemp(&template) else {
      throw OnRecordError.cannotWrite(
        FileManager.default.temporaryDirectory.path, reason: "cannot make a temporary folder (set TMPDIR)")
    }
    folder = String(cString: made)
    buffers = Array(repeating: [], count: Fragments.count)
    lengths = Array(repeating: [], count: Fragments.count)
    for stream in 0..<Fragments.count {
      let fd = open("\(folder)/\(stream)", O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
      if fd < 0 { failure = String(cString: strerror(errno)) }
      descriptors.append(fd)
    }
  }

  /// Appends an article's fragments; returns its place in this spill's sequence.
  func append(_ fragments: [[UInt8]]) -> Int32 {
    for (stream, fragment) in fragments.enumerated() {
      lengths[stream].append(UInt32(fragment.count))
      guard !fragment.isEmpty else { continue }
      buffers[stream] += fragment
      if buffers[stream].count >= SpillWriter.flushSize { flush(stream) }
    }
    count += 1
    return count - 1
  }

  /// Appends bytes to one stream as they come (a partial tally read back); the lengths
  /// are given to ``finish(lengths:)``.
  func appendRaw(stream: Int, _ bytes: [UInt8]) {
    buffers[stream] += bytes
    if buffers[stream].count >= SpillWriter.flushSize { flush(stream) }
  }

  private func flush(_ stream: Int) {
    defer { buffers[stream].removeAll(keepingCapacity: true) }
    guard failure == nil, descriptors[stream] >= 0 else { return }
    failure = POSIXWrite.all(descriptors[stream], buffers[stream])
  }

  /// Writes what is buffered and hands the files over for reading.
  func finish(lengths given: [[UInt32]]? = nil) throws -> SpillSet {
    for stream in 0..<Fragments.count { flush(stream) }
    for fd in descriptors where fd >= 0 { close(fd) }
    descriptors = []
    let set = SpillSet(folder: folder, lengths: given ?? lengths)
    if let failure { throw OnRecordError.cannotWrite(folder, reason: failure) }
    return set
  }
}

/// A finished spill, read-only; its folder is removed when the last run using it is gone.
public final class SpillSet: Sendable {
  let folder: String
  /// Bytes of each article's fragment, by stream, then by sequence.
  let lengths: [[UInt32]]

  init(folder: String, lengths: [[UInt32]]) {
    self.folder = folder
    self.lengths = lengths
  }

  deinit {
    for stream in 0..<lengths.count { unlink("\(folder)/\(stream)") }
    rmdir(folder)
  }
}

/// Where a run's rendered rows wait: the spill sets its entries point into.
public struct FragmentStore: Sendable {
  var sets: [SpillSet] = []

  public init() {}

  init(sets: [SpillSet]) { self.sets = sets }

  /// Joins another store; returns how much the other's spill numbers shift.
  mutating func append(_ other: FragmentStore) -> Int32 {
    let shift = Int32(sets.count)
    sets += other.sets
    return shift
  }

  /// Calls `emit` with the fragments of `stream` for `entries`, in their order. Reads go
  /// through one buffer per spill file, so articles stored in order are read sequentially.
  func forEachFragment(
    stream: Int, of entries: [ArticleEntry], only indices: [Int]? = nil, emit: (UnsafeRawBufferPointer, Int) -> Void
  ) throws {
    // Each entry's offset in its spill file: the lengths before it in its spill's sequence.
    let offsets = sets.map { set -> [UInt64] in
      var running: UInt64 = 0
      return set.lengths[stream].map { length in
        defer { running += UInt64(length) }
        return running
      }
    }
    var readers: [Int: SpillReader] = [:]
    defer { for reader in readers.values { reader.close() } }
    for index in indices ?? Array(entries.indices) {
      let entry = entries[index]
      let set = Int(entry.spill)
      let sequence = Int(entry.sequence)
      let length = Int(sets[set].lengths[stream][sequence])
      guard length > 0 else { continue }
      if readers[set] == nil { readers[set] = try SpillReader(path: "\(sets[set].folder)/\(stream)") }
      try readers[set]!.read(offset: offsets[set][sequence], length: length) { emit($0, index) }
    }
  }

  /// Whether `entry` has any bytes in `stream`.
  func hasFragment(_ entry: ArticleEntry, stream: Int) -> Bool {
    sets[Int(entry.spill)].lengths[stream][Int(entry.sequence)] > 0
  }

  /// The fragments of `stream` for `entries`, empty ones included, in their order.
  func fragments(of entries: [ArticleEntry], stream: Int) throws -> [[UInt8]] {
    var out: [[UInt8]] = Array(repeating: [], count: entries.count)
    try forEachFragment(stream: stream, of: entries) { bytes, index in out[index] = Array(bytes) }
    return out
  }
}

/// Reads ranges of a spill file through a buffer.
final class SpillReader {
  private let fd: Int32
  private let path: String
  private var buffer: [UInt8] = []
  private var bufferStart: UInt64 = 0
  private static let chunk = 1 << 18

  init(path: String) throws {
    self.path = path
    fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw OnRecordError.cannotWrite(path, reason: String(cString: strerror(errno))) }
  }

  func close() { _ = Glibc.close(fd) }

  func read(offset: UInt64, length: Int, _ body: (UnsafeRawBufferPointer) -> Void) throws {
    let end = offset + UInt64(length)
    if offset < bufferStart || end > bufferStart + UInt64(buffer.count) {
      buffer = [UInt8](repeating: 0, count: max(SpillReader.chunk, length))
      var filled = 0
      while filled < buffer.count {
        let n = buffer.withUnsafeMutableBytes { raw in
          pread(fd, raw.baseAddress! + filled, raw.count - filled, off_t(offset) + off_t(filled))
        }
        if n < 0 && errno == EINTR { continue }
        if n < 0 { throw OnRecordError.cannotWrite(path, reason: String(cString: strerror(errno))) }
        if n == 0 { break }
        filled += n
      }
      buffer.removeLast(buffer.count - filled)
      bufferStart = offset
      guard filled >= length else {
        throw OnRecordError.cannotWrite(path, reason: "spill file is shorter than expected")
      }
    }
    let start = Int(offset - bufferStart)
    buffer.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[start..<start + length])) }
  }
}
