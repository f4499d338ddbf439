/// Multi-word phrases indexed by their first word, matched against a token
/// sequence, longest first. Keys are compared as given (callers lower-case
/// both sides for case-insensitive lists).
public struct PhraseTable<Payload: Sendable>: Sendable {
  public struct Entry: Sendable {
    public var words: [String]
    public var payload: Payload
  }

  private var byFirstWord: [String: [Entry]] = [:]

  public init() {}

  public var isEmpty: Bool { byFirstWord.isEmpty }

  /// Adds a phrase; `phrase` is split on spaces into words.
  public mutating func add(_ phrase: String, _ payload: Payload) {
    let words = PhraseTable.words(of: phrase)
    guard let first = words.first else { return }
    byFirstWord[first, default: []].append(Entry(words: words, payload: payload))
    byFirstWord[first]!.sort { $0.words.count > $1.words.count }
  }

  /// Splits a phrase the way the tokenizer splits text into words.
  public static func words(of phrase: String) -> [String] {
    Tokenizer.tokenize(phrase).compactMap { $0.kind == .quote ? nil : $0.text }
  }

  /// The longest phrase that starts at `index`, where `word(i)` gives the
  /// comparable form of token `i` and `limit` is one past the last token.
  public func match(at index: Int, limit: Int, word: (Int) -> String) -> (length: Int, payload: Payload)? {
    guard index < limit, let candidates = byFirstWord[word(index)] else { return nil }
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

  /// Whether any phrase occurs anywhere in `range`.
  public func firstMatch(in range: Range<Int>, word: (Int) -> String) -> (index: Int, length: Int, payload: Payload)? {
    for i in range {
      if let hit = match(at: i, limit: range.upperBound, word: word) { return (i, hit.length, hit.payload) }
    }
    return nil
  }
}
