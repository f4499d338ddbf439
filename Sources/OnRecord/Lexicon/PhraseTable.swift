/// Multi-word phrases indexed by their first word, matched against a token
/// sequence, longest first. Keys are compared as given (callers lower-case
/// both sides for case-insensitive lists). Matching against tokens' lower-case
/// forms goes by their ``WordKey``s: integer compares, no string hashing.
public struct PhraseTable<Payload: Sendable>: Sendable {
  public struct Entry: Sendable {
    public var words: [String]
    public var keys: [UInt64]
    public var payload: Payload
  }

  private var byFirstWord: [String: [Entry]] = [:]
  /// Open addressing over first-word keys (0 marks an empty slot); `lists` holds each
  /// slot's entries, longest first.
  private var slotKeys: [UInt64] = [UInt64](repeating: 0, count: 8)
  private var slotWords: [String] = [String](repeating: "", count: 8)
  private var lists: [[Entry]] = [[Entry]](repeating: [], count: 8)

  public init() {}

  public var isEmpty: Bool { byFirstWord.isEmpty }

  /// Adds a phrase; `phrase` is split on spaces into words. A phrase with an apostrophe also
  /// matches the same words written with a typographic one ("isn’t saying").
  public mutating func add(_ phrase: String, _ payload: Payload) {
    addWords(phrase, payload)
    if phrase.contains("'") { addWords(phrase.replacingOccurrences(of: "'", with: "\u{2019}"), payload) }
  }

  private mutating func addWords(_ phrase: String, _ payload: Payload) {
    let words = PhraseTable.words(of: phrase)
    guard let first = words.first else { return }
    let entry = Entry(words: words, keys: words.map { WordKey.of($0) | 1 }, payload: payload)
    byFirstWord[first, default: []].append(entry)
    byFirstWord[first]!.sort { $0.words.count > $1.words.count }
    if byFirstWord.count * 2 > slotKeys.count { rebuild(size: slotKeys.count * 2) } else { place(first) }
  }

  private mutating func place(_ first: String) {
    let key = WordKey.of(first) | 1
    var slot = WordSet.slot(key, slotKeys.count - 1)
    while slotKeys[slot] != 0 && !(slotKeys[slot] == key && slotWords[slot] == first) {
      slot = (slot + 1) & (slotKeys.count - 1)
    }
    slotKeys[slot] = key
    slotWords[slot] = first
    lists[slot] = byFirstWord[first]!
  }

  private mutating func rebuild(size: Int) {
    slotKeys = [UInt64](repeating: 0, count: size)
    slotWords = [String](repeating: "", count: size)
    lists = [[Entry]](repeating: [], count: size)
    for first in byFirstWord.keys { place(first) }
  }

  /// Splits a phrase the way the tokenizer splits text into words.
  public static func words(of phrase: String) -> [String] {
    Tokenizer.tokenize(phrase).compactMap { $0.kind == .quote ? nil : $0.text }
  }

  /// The longest phrase that starts at `index`, where `word(i)` gives the
  /// comparable form of token `i` and `limit` is one past the last token.
  public func match(at index: Int, limit: Int, word: (Int) -> String) -> (length: Int, payload: Payload)? {
    guard index >= 0, index < limit, let candidates = byFirstWord[word(index)] else { return nil }
    outer: for entry in candidates {
      let count = entry.words.count
      guard index + count <= limit else { continue }
      for offset in 1..<max(count, 1) where word(index + offset) != entry.words[offset] {
        continue outer
      }
      return (count, entry.payload)
    }
    return nil
  }

  /// The longest phrase that starts at token `index`, compared with the tokens' lower-case forms.
  @inline(__always)
  /// (An index before the first token, which a rule looking one word back may pass, matches nothing.)
  public func match(at index: Int, limit: Int, tokens: [Token]) -> (length: Int, payload: Payload)? {
    guard index >= 0, index < limit else { return nil }
    let key = tokens[index].key | 1
    let mask = slotKeys.count - 1
    var slot = WordSet.slot(key, mask)
    while true {
      let k = slotKeys[slot]
      if k == 0 { return nil }
      if k == key && slotWords[slot] == tokens[index].lower { break }
      slot = (slot + 1) & mask
    }
    outer: for entry in lists[slot] {
      let count = entry.keys.count
      guard index + count <= limit else { continue }  // the slot already matched the first word
      for offset in 1..<max(count, 1) {
        let token = tokens[index + offset]
        if token.key | 1 != entry.keys[offset] || token.lower != entry.words[offset] { continue outer }
      }
      return (count, entry.payload)
    }
    return nil
  }

  /// Whether any phrase occurs anywhere in `range`.
  public func firstMatch(in range: Range<Int>, word: (Int) -> String) -> (index: Int, length: Int, payload: Payload)? {
    for i in range {
      if let hit = match(at: i, limit: range.upperBound, word: word) { return (i, hit.length, hit.payload) }
    }
    return nil
  }

  /// Whether any phrase occurs anywhere in `range` of `tokens` (lower-case forms).
  public func firstMatch(in range: Range<Int>, tokens: [Token]) -> (index: Int, length: Int, payload: Payload)? {
    for i in range {
      if let hit = match(at: i, limit: range.upperBound, tokens: tokens) { return (i, hit.length, hit.payload) }
    }
    return nil
  }
}
