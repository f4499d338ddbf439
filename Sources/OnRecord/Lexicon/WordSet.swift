/// The 64-bit FNV-1a hash of a word's UTF-8 bytes: each token carries its lower-case form's
/// key, so that word lists are looked up with integer compares instead of hashing strings.
public enum WordKey {
  @inline(__always)
  public static func of(_ word: String) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in word.utf8 {
      h ^= UInt64(b)
      h = h &* 0x0000_0100_0000_01b3
    }
    return h
  }
}

/// A set of words looked up by their ``WordKey``: open addressing over 64-bit keys, with the
/// word itself kept to confirm a hit. The word lists and closed word classes use it; a lookup
/// costs a few multiplications rather than hashing a string.
public struct WordSet: Sendable, ExpressibleByArrayLiteral {
  private var keys: [UInt64]
  private var words: [String]
  private var mask: Int
  public private(set) var count = 0

  public init<S: Sequence>(_ members: S) where S.Element == String {
    keys = [UInt64](repeating: 0, count: 16)
    words = [String](repeating: "", count: 16)
    mask = 15
    for word in members {
      insert(word)
      // Text writes "isn’t" as often as "isn't": a word with an apostrophe matches either.
      if word.contains("'") { insert(word.replacingOccurrences(of: "'", with: "\u{2019}")) }
    }
  }

  public init(arrayLiteral elements: String...) { self.init(elements) }

  public var isEmpty: Bool { count == 0 }

  @inline(__always)
  static func slot(_ key: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 24) & mask
  }

  public mutating func insert(_ word: String) {
    if (count + 1) * 2 > keys.count { grow() }
    let key = WordKey.of(word) | 1  // 0 marks an empty slot
    var slot = WordSet.slot(key, mask)
    while keys[slot] != 0 {
      if keys[slot] == key && words[slot] == word { return }
      slot = (slot + 1) & mask
    }
    keys[slot] = key
    words[slot] = word
    count += 1
  }

  private mutating func grow() {
    let old = zip(keys, words).filter { $0.0 != 0 }.map(\.1)
    let size = keys.count * 2
    keys = [UInt64](repeating: 0, count: size)
    words = [String](repeating: "", count: size)
    mask = size - 1
    count = 0
    for word in old { insert(word) }
  }

  /// Whether the word, whose key is `key` (``WordKey/of(_:)``), is in the set.
  @inline(__always)
  public func contains(key: UInt64, _ word: @autoclosure () -> String) -> Bool {
    let key = key | 1
    var slot = WordSet.slot(key, mask)
    while true {
      let k = keys[slot]
      if k == 0 { return false }
      // Equal keys with another word (a hash collision): keep probing.
      if k == key && words[slot] == word() { return true }
      slot = (slot + 1) & mask
    }
  }

  public func contains(_ word: String) -> Bool { contains(key: WordKey.of(word), word) }

  /// Whether the token's lower-case form is in the set.
  @inline(__always)
  public func contains(_ token: Token) -> Bool { contains(key: token.key, token.lower) }
}
