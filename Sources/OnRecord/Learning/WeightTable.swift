/// A read-only open-addressing table from hashed feature keys to weights: the
/// tagger's lookups, several per token, without Dictionary's per-lookup SipHash.
struct WeightTable: Sendable {
  private var keys: [UInt64]
  private var values: [Float]
  private let mask: Int
  /// One bit per 2^20 buckets of the key's low bits, set where a key is stored. Most features
  /// of a token have no weight; this small bitmap, which stays in cache, turns most of them
  /// away before the table itself is touched.
  private var filter: [UInt64]

  init(keys weightKeys: [UInt64], values weightValues: [Float]) {
    var capacity = 16
    while capacity < weightKeys.count * 2 { capacity <<= 1 }
    mask = capacity - 1
    keys = [UInt64](repeating: 0, count: capacity)
    values = [Float](repeating: 0, count: capacity)
    filter = [UInt64](repeating: 0, count: (1 << 20) / 64)
    for (key, value) in zip(weightKeys, weightValues) where key != 0 {
      let bit = WeightTable.filterBit(key)
      filter[bit >> 6] |= 1 << UInt64(bit & 63)
      var slot = WeightTable.slot(key, mask)
      while keys[slot] != 0 { slot = (slot + 1) & mask }
      keys[slot] = key
      values[slot] = value
    }
  }

  @inline(__always)
  static func slot(_ key: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
  }

  @inline(__always)
  static func filterBit(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: key & 0xFFFFF)
  }

  @inline(__always)
  subscript(key: UInt64) -> Float {
    let bit = WeightTable.filterBit(key)
    if filter[bit >> 6] & (1 << UInt64(bit & 63)) == 0 { return 0 }
    var slot = WeightTable.slot(key, mask)
    while true {
      let k = keys[slot]
      if k == key { return values[slot] }
      if k == 0 { return 0 }
      slot = (slot + 1) & mask
    }
  }
}
