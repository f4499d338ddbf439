import OnRecord
import Testing

/// Straight single marks: a quotation when they open and close one, an apostrophe otherwise; and
/// sentences of bounded length however long a line runs.
@Suite struct TokenizerTests {
  func quoteRoles(_ text: String) -> [Token.QuoteRole?] {
    Tokenizer.tokenize(text).filter { $0.kind == .quote }.map(\.quoteRole)
  }

  @Test func straightSingleMarksThatQuote() {
    #expect(quoteRoles("'It was a hard season,' says Tavita Fa'alogo.") == [.opening, .closing])
    #expect(quoteRoles("'This is the last straw.' — Sione Tupou") == [.opening, .closing])
  }

  @Test func apostrophesStayApostrophes() {
    #expect(quoteRoles("The teachers' union met in the '90s to discuss rock 'n' roll.").isEmpty)
    #expect(quoteRoles("It's the co-op's payout, and we've had 'em all before.").isEmpty)
  }

  /// A site's address keeps its inner periods, but the period after it ends the sentence; an
  /// abbreviation's does not ("the U.S. capital").
  @Test func aPeriodAfterASiteAddressEndsTheSentence() {
    let structure = TextStructure(
      text: "Oregon moved to HealthCare.gov. Maryland waited, according to Philly.com. It fell in the U.S. capital.")
    #expect(structure.sentences.count == 3)
    #expect(structure.tokens.contains { $0.text == "HealthCare.gov" })
    #expect(structure.tokens.contains { $0.text == "U.S." })
  }

  /// A page that lost the space after a period still ends its sentence there ("the threat.The
  /// official said"), where a brand or a site keeps its period ("TheRightStuff.Biz", "Philly.Com").
  @Test func aPeriodWithItsSpaceLostEndsTheSentence() {
    let structure = TextStructure(
      text:
        "It is now the primary jihadist threat.The official said so. Senator Ted Stevens of Alaska.Sullivan won. "
        + "The site TheRightStuff.Biz and Philly.Com ran it.")
    #expect(structure.sentences.count == 5)
    #expect(structure.tokens.contains { $0.text == "threat" })
    #expect(structure.tokens.contains { $0.text == "Alaska" })
    #expect(structure.tokens.contains { $0.text == "TheRightStuff.Biz" })
    #expect(structure.tokens.contains { $0.text == "Philly.Com" })
  }

  /// A straight mark that opens no quotation before a name belongs to it ("Water Minister 'Me
  /// Palesa Ntšohi", "Representative 'Aisake Helu"); one before a quotation's first word, or
  /// inside a double quotation, still quotes.
  @Test func aNameKeepsItsLeadingMark() {
    let names = Tokenizer.tokenize("Water Minister 'Me Palesa Ntšohi said so, and Representative 'Aisake Helu agreed.")
    #expect(names.contains { $0.text == "'Me" && $0.isCapitalized })
    #expect(names.contains { $0.text == "'Aisake" })
    #expect(quoteRoles("He said 'Let us go on,' and left.") == [.opening, .closing])
    let inner = Tokenizer.tokenize("\"It read: 'Donald J. Trump is calling for it,\" she said.")
    #expect(!inner.contains { $0.text == "'Donald" })
  }

  @Test func singleMarksInsideADoubleQuotationAreLeftAlone() {
    #expect(quoteRoles("\"I told him, 'no more,' and left,\" she said.").count == 2)
  }

  /// A table's dump or a pasted list with no sentence's end: cut after a comma, so that no
  /// sentence grows with the article (a 1 MB line once took minutes).
  @Test func aLineWithNoSentenceEndIsCutIntoBoundedSentences() {
    let line = String(repeating: "Ruiz said the roads were fine, and ", count: 300)
    let structure = TextStructure(text: line)
    #expect(structure.sentences.count > 1)
    #expect(structure.sentences.allSatisfy { $0.count <= 400 })
    #expect(structure.sentences.dropLast().allSatisfy { structure.tokens[$0.upperBound - 1].text == "," })
  }
}
