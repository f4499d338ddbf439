import Foundation
import OnRecord
import Testing

/// Runs every kept fuzzer input through the whole pipeline, as the fuzz target does.
@Suite struct FuzzRegressionTests {
  static let folder = TestSupport.packageRoot.appendingPathComponent("Tests/OnRecordTests/Fixtures/fuzz")
  static let inputs: [String] =
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".bin") }.sorted()

  @Test func thereAreInputs() {
    #expect(Self.inputs.count >= 5)
  }

  @Test(arguments: inputs)
  func inputRunsThroughThePipeline(_ name: String) throws {
    let bytes = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent(name)))
    let format: Article.Format = (bytes.first ?? 0) & 1 == 0 ? .html : .text
    HTMLParser.initialize()
    guard
      case .success(let article) = ArticleReader().read(
        bytes: Array(bytes.dropFirst()), path: name, format: format, outlet: "fuzz")
    else { return }
    let analysis = TestSupport.fullExtractor.analyze(text: article.text, outlet: "fuzz")
    let count = article.text.unicodeScalars.count
    for a in analysis.attributions {
      #expect(a.cue.start >= 0 && a.cue.start <= a.cue.end && a.cue.end <= count)
      if let s = a.source { #expect(s.start >= 0 && s.start <= s.end && s.end <= count) }
    }
    let tally = try CorpusTally(records: [ArticleRecord(article: article, analysis: analysis)])
    let outputs = try ReportWriter.outputs(
      for: CorpusRun(name: "fuzz", tally: tally, lexiconHash: "", jobs: 1, seconds: 0))
    #expect(outputs["fuzz.md"] != nil)
  }
}
