/// An article's tokens with the structure the attribution rules need:
/// paragraphs, sentences and direct quotations.
public struct TextStructure: Sendable {
  /// A direct quotation: the marks and the quoted text between them.
  public struct Quotation: Sendable, Equatable {
    /// Index of the opening mark's token.
    public var openToken: Int
    /// Index of the closing mark's token, or of the last quoted token when the quote is never closed.
    public var closeToken: Int
    /// Scalar offsets of the quoted text, without the marks.
    public var start: Int
    public var end: Int
    /// Whether the quotation runs over more than one paragraph.
    public var spansParagraphs: Bool

    /// The quoted tokens, between the marks; empty when an unclosed quotation ends at its own
    /// opening mark.
    public var inner: Range<Int> { (openToken + 1)..<max(openToken + 1, closeToken) }
  }

  public var tokens: [Token]
  /// Token ranges of sentences, in order, covering every token.
  public var sentences: [Range<Int>]
  /// For each token, the index of its sentence.
  public var sentenceOfToken: [Int]
  /// For each token, the index of its paragraph.
  public var paragraphOfToken: [Int]
  public var quotations: [Quotation]
  /// For each token, the quotation it stands inside (marks included), or -1.
  public var quotationOfToken: [Int]

  public init(text: String) {
    self.init(tokens: Tokenizer.tokenize(text))
  }

  public init(tokens: [Token]) {
    self.tokens = tokens
    var paragraphOfToken = [Int](repeating: 0, count: tokens.count)
    var paragraph = 0
    for (i, token) in tokens.enumerated() {
      if i > 0 && token.newlinesBefore > 0 { paragraph += 1 }
      paragraphOfToken[i] = paragraph
    }
    self.paragraphOfToken = paragraphOfToken
    sentences = TextStructure.splitSentences(tokens)
    var sentenceOfToken = [Int](repeating: 0, count: tokens.count)
    for (index, range) in sentences.enumerated() {
      for i in range { sentenceOfToken[i] = index }
    }
    self.sentenceOfToken = sentenceOfToken
    (quotations, quotationOfToken) = TextStructure.findQuotations(tokens, paragraphOfToken: paragraphOfToken)
  }

  // MARK: - Sentences

  /// Words that may start a sentence after an abbreviation such as "U.S." or "Inc.".
  static let sentenceStarters: WordSet = [
    "the", "he", "she", "it", "they", "we", "i", "in", "but", "and", "a", "an", "this", "that", "his", "her",
    "their", "on", "at", "for", "as", "after", "when", "while", "if", "there", "some", "many", "one",
    // ("… operated by Kalipay Aggregates Corp. Its operations manager said")
    "its", "these", "those",
  ]

  /// A firm's legal form written with periods, which may close a sentence: "Corp.", "S.A.C.".
  static let legalFormAbbreviations: Set<String> = [
    "inc", "corp", "co", "ltd", "llc", "plc", "s.a", "s.a.c", "s.a.s", "s.r.l", "e.i.r.l", "n.v", "b.v", "pty",
  ]

  /// Courtesy titles with their period: "Mr.", "Dr.".
  static let courtesyAbbreviations: Set<String> = ["mr.", "mrs.", "ms.", "dr."]

  /// For a time stamp that opens a line ("18:25 —", "9:40 a.m. BST –"), the index of its dash.
  static func timeStampDash(_ tokens: [Token], at i: Int) -> Int? {
    guard i == 0 || tokens[i].newlinesBefore > 0, tokens[i].kind == .number, tokens[i].text.contains(":") else {
      return nil
    }
    var j = i + 1
    while j < tokens.count && j - i <= 2 && tokens[j].kind == .word && tokens[j].newlinesBefore == 0
      && (WordClasses.clockWords.contains(tokens[j]) || timeZones.contains(tokens[j]))
    {
      j += 1
    }
    guard j + 1 < tokens.count, ["\u{2014}", "\u{2013}", "-"].contains(tokens[j].text),
      tokens[j + 1].newlinesBefore == 0
    else { return nil }
    return j
  }

  static let timeZones: WordSet = [
    "gmt", "bst", "utc", "cet", "cest", "et", "est", "edt", "pt", "pst", "pdt", "ct",
  ]

  /// The most tokens one sentence may hold (PolNeAR's longest has fewer than 200).
  static let longestSentence = 400

  static func splitSentences(_ tokens: [Token]) -> [Range<Int>] {
    var sentences: [Range<Int>] = []
    var start = 0
    var i = 0
    let n = tokens.count
    while i < n {
      let token = tokens[i]
      if i > start && token.newlinesBefore > 0 {
        sentences.append(start..<i)
        start = i
      }
      // A run with no sentence's end for hundreds of words (a table's dump, a list pasted as one
      // line) is cut after its last comma or semicolon in reach, so that no sentence's analysis
      // grows with the article's length.
      if i - start >= longestSentence {
        let cut = ((i - 100)..<i).last(where: { [",", ";"].contains(tokens[$0].text) }).map { $0 + 1 } ?? i
        sentences.append(start..<cut)
        start = cut
      }
      // "18:25 — Fire Chief Rosa Kettering: …": a live page's time stamp and its dash stand apart
      // from the entry they open.
      if i == start, let dash = timeStampDash(tokens, at: i) {
        sentences.append(start..<(dash + 1))
        start = dash + 1
        i = dash + 1
        continue
      }
      var ends = false
      if token.kind == .punctuation
        && (token.text == "." || token.text == "!" || token.text == "?" || token.text == "…"
          || token.text.hasPrefix("..."))
      {
        ends = true
      } else if token.kind == .word && token.text.hasSuffix("."), i + 1 < n, !tokens[i + 1].text.isEmpty {
        // An abbreviation ends a sentence only when a clear sentence opener follows ("in the U.S. The ...").
        let next = tokens[i + 1]
        let bare = String(token.lower.dropLast())
        let isTitle = Tokenizer.isTitleAbbreviation(bare)
        if !isTitle && next.isCapitalized && sentenceStarters.contains(next.lower) && next.newlinesBefore == 0 {
          ends = true
        }
        // ("a private developer, Inversiones Rímac Sur S.A.C. Mr. Villanueva dismissed": a firm's
        // legal form, then a courtesy title that opens the next sentence's name.)
        if legalFormAbbreviations.contains(bare), next.isCapitalized, next.newlinesBefore == 0,
          courtesyAbbreviations.contains(next.lower)
        {
          ends = true
        }
        // ("stopped seeing patients after 6 p.m. Islanders say": a clock's "p.m." before a
        // capitalised word and then a small one; not a day, a month or a time zone, "6 p.m.
        // Tuesday", "9 a.m. ET", "10 p.m. Houston time".)
        if ["a.m", "p.m"].contains(bare), next.isCapitalized, !next.isAllCaps, next.newlinesBefore == 0,
          !WordClasses.timeWords.contains(next), !["Eastern", "Pacific", "Central", "Mountain"].contains(next.text),
          i + 2 < n, tokens[i + 2].kind == .word, !tokens[i + 2].isCapitalized, tokens[i + 2].lower != "time"
        {
          ends = true
        }
      }
      if ends {
        var j = i + 1
        // Closing quotes and brackets stay with the sentence they close.
        while j < n, tokens[j].newlinesBefore == 0,
          (tokens[j].kind == .quote && tokens[j].quoteRole == .closing) || tokens[j].text == ")"
            || tokens[j].text == "\u{2019}" || tokens[j].text == "'"
        {
          j += 1
        }
        if j >= n {
          i = j
          break
        }
        let next = tokens[j]
        let startsSentence =
          next.newlinesBefore > 0 || next.isCapitalized || next.kind == .quote || next.kind == .number
          || (next.kind == .punctuation && (next.text == "(" || next.text == "[" || next.text == "—"))
        let ellipsis = token.text.hasPrefix("...") || token.text == "…"
        if startsSentence && !(ellipsis && !next.isCapitalized) {
          sentences.append(start..<j)
          start = j
        }
        i = j
        continue
      }
      i += 1
    }
    if start < n { sentences.append(start..<n) }
    return sentences
  }

  // MARK: - Quotations

  static func findQuotations(_ tokens: [Token], paragraphOfToken: [Int]) -> ([Quotation], [Int]) {
    var quotations: [Quotation] = []
    var owner = [Int](repeating: -1, count: tokens.count)
    var openIndex: Int? = nil
    var spans = false

    func close(at closeIndex: Int, closingMarkIncluded: Bool) {
      guard let open = openIndex else { return }
      let start = tokens[open].end
      let lastQuoted = closingMarkIncluded ? closeIndex - 1 : closeIndex
      let end = lastQuoted > open ? tokens[lastQuoted].end : start
      quotations.append(
        Quotation(openToken: open, closeToken: closeIndex, start: start, end: max(start, end), spansParagraphs: spans))
      for k in open...closeIndex { owner[k] = quotations.count - 1 }
      openIndex = nil
      spans = false
    }

    for (i, token) in tokens.enumerated() {
      if let open = openIndex, i > open, paragraphOfToken[i] != paragraphOfToken[i - 1] {
        // A quote left open at a paragraph's end continues when the next paragraph opens with a quote mark.
        if token.kind == .quote && token.quoteRole == .opening {
          spans = true
          continue
        }
        close(at: i - 1, closingMarkIncluded: false)
      }
      guard token.kind == .quote else { continue }
      // Single marks inside a double-quoted quotation, or double inside single, are quoted words
      // of the quotation: only a mark of the opener's kind closes it.
      let single = token.text == "\u{2018}" || token.text == "\u{2019}"
      if let open = openIndex, single != (tokens[open].text == "\u{2018}" || tokens[open].text == "\u{2019}") {
        continue
      }
      switch token.quoteRole {
      case .opening:
        if openIndex != nil {
          // Two openers in a row: the first was a stray mark; start again here.
          openIndex = i
          spans = false
        } else {
          openIndex = i
        }
      case .closing:
        if openIndex != nil { close(at: i, closingMarkIncluded: true) }
      case .none:
        break
      }
    }
    if openIndex != nil, !tokens.isEmpty { close(at: tokens.count - 1, closingMarkIncluded: false) }
    return (quotations, owner)
  }
}

/// The token indices from `lower` up to `upper`, empty where `upper` is at or before `lower`.
///
/// A look-ahead window such as "the two to five tokens after this one, inside the sentence" can
/// start past the sentence's end when the sentence stops early ("according to reports”"); a plain
/// `lower..<upper` would trap there and end the whole run.
@inline(__always)
func window(_ lower: Int, _ upper: Int) -> Range<Int> {
  lower..<Swift.max(lower, upper)
}
