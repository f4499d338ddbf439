import Foundation

/// The report's figures as JSON: every count behind the Markdown report.
public enum JSONReport {
  struct Document: Encodable {
    struct OutletFigures: Encodable {
      var name: String
      var tally: OutletTally
      var attributionsPer1000Words: Double
      var anonymousShare: Double
      var articlesWithAnonymous: Proportion
      var articlesWithDenial: Proportion
      var articlesWithNoComment: Proportion
      var articlesWithNoResponse: Proportion
    }
    var tool: String
    var version: String
    var corpus: String
    var lexiconHash: String
    var articles: Int
    var skipped: Int
    var failed: Int
    var outlets: [OutletFigures]
    var comparisons: [OutletComparison.RateComparison]
    var keyCues: [OutletComparison.KeyTerm]
    var keySourceKinds: [OutletComparison.KeyTerm]
    var corpusSHA256: String
    var modelHash: String
    var parameters: [String: String]
    var started: String?
    var seconds: Double?
    var files: [FileOutcome]
  }

  public static func render(_ run: CorpusRun) -> String {
    let t = run.tally
    let outlets = t.outletNames.map { name -> Document.OutletFigures in
      let o = t.outlets[name]!
      return Document.OutletFigures(
        name: name, tally: o,
        attributionsPer1000Words: o.words > 0
          ? (Double(o.attributions) * 1000 / Double(o.words) * 100).rounded() / 100 : 0,
        anonymousShare: o.attributions > 0
          ? (Double(o.anonymousAttributions) / Double(o.attributions) * 10000).rounded() / 10000 : 0,
        articlesWithAnonymous: Proportion(successes: o.articlesWithAnonymous, trials: o.articles),
        articlesWithDenial: Proportion(successes: o.articlesWithDenial, trials: o.articles),
        articlesWithNoComment: Proportion(successes: o.articlesWithNoComment, trials: o.articles),
        articlesWithNoResponse: Proportion(successes: o.articlesWithNoResponse, trials: o.articles))
    }
    let doc = Document(
      tool: "onrecord", version: OnRecordVersion.string, corpus: run.name, lexiconHash: run.lexiconHash,
      articles: t.articles.count, skipped: t.count(.skipped), failed: t.count(.failed), outlets: outlets,
      comparisons: t.outlets.count >= 2 ? OutletComparison.compare(t) : [],
      keyCues: OutletComparison.keyness(t, counter: \.cues, articles: \.cueArticles),
      keySourceKinds: OutletComparison.keyness(t, counter: \.sourceKinds, articles: \.sourceKindArticles),
      corpusSHA256: t.corpusSHA256, modelHash: run.modelHash, parameters: run.parameters, started: run.started,
      seconds: run.recordsDuration ? (run.seconds * 1000).rounded() / 1000 : nil,
      files: t.files.filter { $0.status != .analyzed })
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: (try? encoder.encode(doc)) ?? Data(), as: UTF8.self) + "\n"
  }
}
