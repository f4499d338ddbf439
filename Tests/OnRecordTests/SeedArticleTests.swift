import Foundation
import OnRecord
import Testing

/// The story the project started from: every pattern in its gold annotation must come out right.
@Suite struct SeedArticleTests {
  struct Gold: Decodable {
    struct Item: Decodable {
      struct GoldSpan: Decodable {
        var text: String
        var start: Int
        var end: Int
      }
      var source: GoldSpan?
      var cue: GoldSpan
      var sourceKind: String
      var anonymous: Bool
      var denial: String?
      var channel: String?
    }
    var attributions: [Item]
  }

  static let folder = TestSupport.shared.appendingPathComponent("seed")

  func load() throws -> (Gold, ArticleAnalysis) {
    let gold = try JSONDecoder().decode(
      Gold.self, from: Data(contentsOf: Self.folder.appendingPathComponent("newsweek-starlink-taiwan.gold.json")))
    let bytes = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent("newsweek-starlink-taiwan.txt")))
    let article = try ArticleReader().read(
      bytes: bytes, path: "newsweek-starlink-taiwan.txt", format: .text, outlet: "Newsweek"
    ).get()
    return (gold, TestSupport.fullExtractor.analyze(text: article.text, outlet: article.outlet))
  }

  func match(_ item: Gold.Item, in analysis: ArticleAnalysis) -> Attribution? {
    analysis.attributions.first { min($0.cue.end, item.cue.end) > max($0.cue.start, item.cue.start) }
  }

  @Test(.enabled(if: TestSupport.hasShared, "../shared/seed is absent: the seed test needs it"))
  func everyGoldAttributionIsFound() throws {
    let (gold, analysis) = try load()
    #expect(gold.attributions.count == 19)
    for item in gold.attributions {
      let found = try #require(match(item, in: analysis), "missing cue \"\(item.cue.text)\" at \(item.cue.start)")
      if let source = item.source {
        let predicted = try #require(found.source, "no source for \"\(item.cue.text)\" at \(item.cue.start)")
        #expect(
          min(predicted.end, source.end) > max(predicted.start, source.start),
          "source \"\(predicted.text)\" does not overlap \"\(source.text)\"")
      }
      #expect(found.anonymous == item.anonymous, "anonymity of \"\(item.source?.text ?? "")\"")
      #expect(found.denial?.rawValue == item.denial, "denial of \"\(item.source?.text ?? "")\"")
    }
  }

  @Test(.enabled(if: TestSupport.hasShared, "../shared/seed is absent: the seed test needs it"))
  func articleLevelFacts() throws {
    let (gold, analysis) = try load()
    // Both anonymous sources, and no others.
    #expect(analysis.attributions.filter(\.anonymous).count == 2)
    #expect(analysis.attributions.filter { $0.anonymous && $0.reasonGiven == true }.isEmpty)
    // The four denials with their kinds: three denials, one dismissal.
    let denials = analysis.attributions.compactMap(\.denial)
    #expect(denials.filter { $0 == .denial }.count == 3)
    #expect(denials.filter { $0 == .dismissal }.count == 1)
    #expect(denials.count == 4)
    // Three hedges, all "reportedly".
    #expect(analysis.hedges == ["reportedly": 3])
    // Kinds agree with the gold on every matched attribution.
    for item in gold.attributions {
      guard let found = match(item, in: analysis) else { continue }
      #expect(found.sourceKind.rawValue == item.sourceKind, "kind of \"\(item.source?.text ?? "")\"")
      if let channel = item.channel, channel != "report" {
        #expect(found.channel == channel, "channel of \"\(item.source?.text ?? "")\"")
      }
    }
  }
}
