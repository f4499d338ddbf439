/// One token of an article's text, with its place in Unicode scalars.
public struct Token: Sendable, Equatable {
  public enum Kind: Sendable, Equatable {
    case word
    case number
    case punctuation
    case quote
  }

  /// For quote marks: whether the mark opens or closes a quotation.
  public enum QuoteRole: Sendable, Equatable {
    case none
    case opening
    case closing
  }

  public private(set) var kind: Kind
  /// Offset of the first scalar, in Unicode scalars from the start of the text.
  public var start: Int
  /// One past the last scalar.
  public var end: Int
  public private(set) var text: String
  public private(set) var lower: String
  /// ``WordKey`` of `lower`, for word-list lookups.
  public var key: UInt64
  public var quoteRole: QuoteRole = .none
  /// Line breaks between the previous token and this one.
  public var newlinesBefore: Int = 0

  public init(
    kind: Kind, start: Int, end: Int, text: String, lower: String, quoteRole: QuoteRole = .none,
    newlinesBefore: Int = 0
  ) {
    self.kind = kind
    self.start = start
    self.end = end
    self.text = text
    self.lower = lower
    self.key = WordKey.of(lower)
    self.quoteRole = quoteRole
    self.newlinesBefore = newlinesBefore
    isCapitalized = Token.startsUpperCase(kind, text)
    isAllCaps = Token.allUpperCase(kind, text)
  }

  public var isWord: Bool { kind == .word }

  /// Starts with an upper-case letter.
  public private(set) var isCapitalized = false
  /// Every letter is upper-case and there are at least two ("FBI", "U.S.").
  public private(set) var isAllCaps = false

  static func startsUpperCase(_ kind: Kind, _ text: String) -> Bool {
    guard kind == .word, var first = text.unicodeScalars.first else { return false }
    // ("'Me Palesa", "'Aisake": a name's leading mark.)
    // ("’Mathabo Lebona": or its curly apostrophe.)
    if first == "'" || first == "\u{2019}", text.unicodeScalars.count > 1 {
      first = text.unicodeScalars.dropFirst().first ?? first
    }
    if first.value < 128 { return first.value >= 65 && first.value <= 90 }
    return first.properties.isUppercase
  }

  static func allUpperCase(_ kind: Kind, _ text: String) -> Bool {
    guard kind == .word else { return false }
    var letters = 0
    // ASCII words (most of them) without the Unicode property tables.
    if text.utf8.allSatisfy({ $0 < 128 }) {
      for b in text.utf8 {
        if b >= 97 && b <= 122 { return false }
        if b >= 65 && b <= 90 { letters += 1 }
      }
      return letters >= 2
    }
    for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
      if !scalar.properties.isUppercase { return false }
      letters += 1
    }
    return letters >= 2
  }

  public func `is`(_ words: String...) -> Bool { words.contains(lower) }
}
