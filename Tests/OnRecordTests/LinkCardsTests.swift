import OnRecord
import Testing

/// A site's pop-up card over a linked name, saved with the text: the full name glued to related
/// headlines, ending in "MORE". Its headlines are no attributions of the article's.
@Suite struct LinkCardsTests {
  static let card =
    "Sen. Ada Brennan Adeline (Ada) Marie BrennanSenate braces for long budget fight "
    + "Brennan calls for audit of port authority MORE (D-Ore.) said the deal was dead."

  @Test func aCardIsBlankedAndEveryOffsetStays() {
    let blanked = LinkCards.blanked(Self.card)
    #expect(blanked.unicodeScalars.count == Self.card.unicodeScalars.count)
    #expect(blanked.hasPrefix("Sen. Ada Brennan "))
    #expect(!blanked.contains("Senate braces") && !blanked.contains("MORE"))
    #expect(blanked.hasSuffix("(D-Ore.) said the deal was dead."))
  }

  @Test func theArticleReadsWithoutTheCardsHeadlines() throws {
    let text = "Budget talks collapse\n\n" + Self.card + "\n"
    let article = try ArticleReader().read(bytes: Array(text.utf8), path: "a.txt", format: .text, outlet: "wire")
      .get()
    let analysis = TestSupport.fullExtractor.analyze(text: article.text)
    #expect(!analysis.attributions.contains { $0.cue.text.hasPrefix("calls") })
    let said = try #require(analysis.attributions.first { $0.cue.text == "said" })
    #expect(said.source?.text.hasPrefix("Sen. Ada Brennan") == true)
    // (The blank the card leaves reads as one space in the source's name.)
    #expect(said.source.map { !$0.text.contains("  ") } == true, "source: \(said.source?.text ?? "")")
  }

  /// The card may end its name before a space, or glue a year to it.
  @Test func aNameBeforeASpaceOrAYearOpensACardToo() {
    let spaced = "Speaker Paul Orr Paul Davis Orr Retirees weigh pension plan MORE (R-Wis.) said no."
    #expect(!LinkCards.blanked(spaced).contains("Retirees"))
    let year = "Sen. Ivo Marsh Ivo Marsh2024 hopefuls gather in Ames MORE (I-Vt.) said yes."
    #expect(!LinkCards.blanked(year).contains("hopefuls"))
  }

  /// "MORE" in prose, or a name that is not repeated before it, leaves the text alone.
  @Test func proseWithMoreIsLeftAlone() {
    for text in [
      "Workers at the plant want MORE money, their signs said.",
      "Ann Lee told the crowd that the city needs MORE housing, not less.",
      "The McCain campaign said it would spend MORE in Ohio.",
    ] {
      #expect(LinkCards.blanked(text) == text)
    }
  }
}
