/// A read-only open-addressing table from hashed feature keys to weights: the
/// tagger's lookups, several per token, without Dictionary's per-lookup SipHash.
///
/// Each slot is eight bytes, one cache line holding eight of them: the upper 32 bits of the
/// key (its fingerprint; the lower bits choose the slot) and the weight's bits. Most of a
/// token's features are looked up and found, so what costs is the memory read; half the
/// table's size is half the cache misses. Two keys that share a fingerprint and probe the same
/// slots are told apart by 32 bits only: a false match is a 1-in-4-billion event per probe.
struct WeightTable: Sendable {
  private var slots: [UInt64]
  private let mask: Int
  /// One bit per 2^20 buckets of the key's low bits, set where a key is stored: features with
  /// no weight are mostly turned away before the table is touched.
  private var filter: [UInt64]

  init(keys weightKeys: [UInt64], values weightValues: [Float]) {
    var capacity = 16
    while capacity < weightKeys.count * 2 { capacity <<= 1 }
    mask = capacity - 1
    slots = [UInt64](repeating: 0, count: capacity)
    filter = [UInt64](repeating: 0, count: (1 << 20) / 64)
    // Inserted last to first, so that of two weights for one key the later one is found, as a
    // dictionary built from the file would keep it.
    for (key, value) in zip(weightKeys, weightValues).reversed() where key != 0 {
      let bit = WeightTable.filterBit(key)
      filter[bit >> 6] |= 1 << UInt64(bit & 63)
      var slot = WeightTable.slot(key, mask)
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = WeightTable.fingerprint(key) << 32 | UInt64(value.bitPattern)
    }
  }

  @inline(__always)
  static func slot(_ key: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
  }

  /// The key's upper half, never zero (zero marks an empty slot).
  @inline(__always)
  static func fingerprint(_ key: UInt64) -> UInt64 {
    let upper = key >> 32
    return upper == 0 ? 1 : upper
  }

  @inline(__always)
  static func filterBit(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: key & 0xFFFFF)
  }

  @inline(__always)
  subscript(key: UInt64) -> Float {
    let bit = WeightTable.filterBit(key)
    if filter[bit >> 6] & (1 << UInt64(bit & 63)) == 0 { return 0 }
    let print = WeightTable.fingerprint(key)
    var slot = WeightTable.slot(key, mask)
    while true {
      let s = slots[slot]
      if s == 0 { return 0 }
      if s >> 32 == print { return Float(bitPattern: UInt32(truncatingIfNeeded: s)) }
      slot = (slot + 1) & mask
    }
  }
}
