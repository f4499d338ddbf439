/// A compact binary form for what the cache, the spill files and partial tallies hold:
/// zig-zag varints and length-prefixed UTF-8. Written by hand because a cached run reads
/// one such record per article, and Foundation's coders would take most of that run's time.
struct ByteWriter {
  var bytes: [UInt8] = []

  mutating func int(_ value: Int) {
    var v = UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63)
    while v >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
      v >>= 7
    }
    bytes.append(UInt8(v))
  }

  mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

  mutating func data(_ value: [UInt8]) {
    int(value.count)
    bytes += value
  }

  mutating func string(_ value: String) {
    var copy = value
    copy.withUTF8 { utf8 in
      int(utf8.count)
      bytes.append(contentsOf: utf8)
    }
  }

  mutating func optional(_ value: String?) {
    bool(value != nil)
    if let value { string(value) }
  }

  /// A counter, keys in order so that equal counters give equal bytes.
  mutating func counter(_ counter: Counter) {
    int(counter.counts.count)
    for key in counter.counts.keys.sorted() {
      string(key)
      int(counter[key])
    }
  }
}

/// Reads what ``ByteWriter`` wrote; any malformed input is an error, never a crash.
struct ByteReader {
  struct Malformed: Error {}

  let bytes: [UInt8]
  var position = 0

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  var atEnd: Bool { position >= bytes.count }

  mutating func int() throws -> Int {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      guard position < bytes.count, shift < 64 else { throw Malformed() }
      let byte = bytes[position]
      position += 1
      value |= UInt64(byte & 0x7F) << shift
      if byte < 0x80 { break }
      shift += 7
    }
    return Int(Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1))
  }

  mutating func count() throws -> Int {
    let n = try int()
    guard n >= 0, n <= bytes.count - position else { throw Malformed() }
    return n
  }

  mutating func bool() throws -> Bool {
    guard position < bytes.count, bytes[position] <= 1 else { throw Malformed() }
    position += 1
    return bytes[position - 1] == 1
  }

  mutating func data() throws -> [UInt8] {
    let n = try count()
    defer { position += n }
    return Array(bytes[position..<position + n])
  }

  mutating func string() throws -> String {
    let n = try count()
    defer { position += n }
    return bytes.withUnsafeBufferPointer { String(decoding: $0[position..<position + n], as: UTF8.self) }
  }

  mutating func optional() throws -> String? {
    try bool() ? try string() : nil
  }

  mutating func counter() throws -> Counter {
    let n = try count()
    var counts: [String: Int] = [:]
    counts.reserveCapacity(n)
    for _ in 0..<n {
      let key = try string()
      counts[key] = try int()
    }
    return Counter(counts)
  }
}
