import Foundation
import Testing

@testable import OnRecord

/// The learned check on source edges: what it weighs, how it learns, and that it keeps the
/// rules' span unless taught otherwise.
@Suite struct SourceSpanRankerTests {
  @Test func annotatedCuesAndSourcesArePairedWhateverTheLineOrder() {
    let ann = """
      E1\tAttribution:T4 Cue:T2 Source:T1 Content:T3
      T1\tSource 0 5\tSmith
      T2\tCue 6 10\tsaid
      T3\tContent 11 20\tit rained
      E2\tAttribution:T8 Cue:T6
      T6\tCue 30 34;40 44\ttold ... that
      """
    let pairs = BratAnnotations.cueSourcePairs(in: ann)
    #expect(pairs.count == 1)  // E2 has no source
    #expect(pairs.first?.cue == 6..<10)
    #expect(pairs.first?.source == 0..<5)
  }

  @Test func theRulesSpanComesFirstAndNoEditTouchesTheCue() {
    let text = "Mr. Ubben, who has a 4.4 percent stake, said on Monday that the plan was sound."
    let structure = TextStructure(text: text)
    let tokens = structure.tokens
    let said = tokens.firstIndex { $0.lower == "said" }!
    let source = 0..<(said - 1)  // "Mr. Ubben, who has a 4.4 percent stake" (without the comma)
    let sentence = structure.sentences[0]
    let choices = SourceSpanRanker.choices(
      source: source, cue: said..<(said + 1), sentence: sentence, tokens: tokens)
    #expect(choices.first?.range == source)
    #expect(choices.allSatisfy { !$0.range.overlaps(said..<(said + 1)) })
    let texts = choices.map { r in tokens[r.range].map(\.text).joined(separator: " ") }
    #expect(texts.contains("Mr. Ubben"))  // cut at the comma before "who"
    #expect(Set(choices.map(\.range)).count == choices.count)
    // Without weights, every choice scores 0 and the rules' span stays.
    let kept = SourceSpanRanker.best(
      source: source, cue: said..<(said + 1), sentence: sentence, tokens: tokens, weight: { _ in 0 })
    #expect(kept.index == 0 && kept.range == source)
  }

  /// Articles whose annotation leaves the relative clause out of the source teach the ranker
  /// to cut it; the extractor with the trained weights then cuts it in a sentence it never saw.
  @Test func aRankerTrainedOnAnnotatedArticlesMovesTheEdgeTheAnnotationsAgreeOn() throws {
    let names = ["Adams", "Baker", "Clark", "Davis", "Evans", "Foster", "Garcia", "Hughes", "Irwin", "Jones"]
    let clauses = [
      "who runs the county party", "who led the effort last year", "who chairs the committee",
      "who has a stake in the company", "who wrote the bill",
    ]
    var articles: [(text: String, pairs: [(cue: Range<Int>, source: Range<Int>)])] = []
    for (n, name) in names.enumerated() {
      var text = ""
      var pairs: [(cue: Range<Int>, source: Range<Int>)] = []
      for (k, clause) in clauses.enumerated() {
        let subject = "\(name), \(clause), "
        let start = text.unicodeScalars.count
        let said = start + subject.unicodeScalars.count
        pairs.append((cue: said..<(said + 4), source: start..<(start + name.count)))
        text += subject + "said the vote was \(n + k) days away. "
      }
      articles.append((text, pairs))
    }
    let lexicon = TestSupport.lexicon
    let empty = CueTagger(weights: [:])
    let weights = AttributionExtractor.trainSourceRanker(
      articles, lexicon: lexicon, tagger: empty, epochs: 5, minimumCount: 1)
    #expect(!weights.isEmpty)
    let unseen = "Kramer, who owns the mill on the river, said the talks had failed."
    let before = AttributionExtractor(lexicon: lexicon, tagger: empty).analyze(text: unseen)
    #expect(before.attributions.first?.source?.text == "Kramer, who owns the mill on the river")
    let after = AttributionExtractor(lexicon: lexicon, tagger: empty.adding(weights)).analyze(text: unseen)
    let attribution = try #require(after.attributions.first)
    #expect(attribution.cue.text == "said")
    #expect(attribution.source?.text == "Kramer")
    // The classification still reads the rules' whole phrase.
    #expect(attribution.sourceKind == before.attributions.first?.sourceKind)
  }
}
