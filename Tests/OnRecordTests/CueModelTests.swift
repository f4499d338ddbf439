import Foundation
import OnRecord
import Testing

/// The shipped cue model states its own fingerprint in its opening lines, so that a run whose
/// reports are up to date need not read the whole file. These tests hold the statement to the file.
@Suite struct CueModelTests {
  static let modelFile = TestSupport.packageRoot.appendingPathComponent(
    "Sources/OnRecord/Resources/Model/cue-tagger.tsv")

  @Test func theShippedModelStatesTheFingerprintOfItsWeights() throws {
    let text = try String(contentsOf: Self.modelFile, encoding: .utf8)
    let computed = CueTagger(parsing: text).hash
    let shipped = try #require(CueTagger.builtIn())
    #expect(shipped.hash == computed, "retrain with `onrecord train-cues` or fix the '# fingerprint' line")
    // The lazily read weights are the file's.
    #expect(shipped.weights.count == CueTagger(parsing: text).weights.count)
    #expect(shipped.weights.count > 10_000)
  }

  @Test func aWrittenModelReadsBackWithTheSameWeightsAndFingerprint() {
    let tagger = CueTagger(weights: [0x1f: 0.5, 0xabc: -1.25, 0x7: 2])
    let text = tagger.serialized()
    #expect(text.split(separator: "\n")[1].hasPrefix("# fingerprint "))
    let read = CueTagger(parsing: text)
    #expect(read.weights == tagger.weights)
    // The fingerprint covers the weights: changing one changes it.
    let changed = CueTagger(parsing: text.replacingOccurrences(of: "0.5000", with: "0.5001"))
    #expect(changed.hash != read.hash)
    #expect(!read.hash.isEmpty)
  }

  @Test func aModelFileChangedOrLostAfterItWasOpenedIsReportedNotUsed() throws {
    let folder = try TestSupport.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let text = CueTagger(weights: [0x1f: 0.5, 0xabc: -1.25, 0x7: 2]).serialized()
    let path = folder.appendingPathComponent("model.tsv").path
    try TestSupport.write(text, to: URL(fileURLWithPath: path))
    let sound = try #require(CueTagger.file(path))
    #expect(sound.problem == nil)
    #expect(sound.weights.count == 3)

    // Edited after it was opened: the weights no longer match the fingerprint it stated.
    let edited = try #require(CueTagger.file(path))
    try TestSupport.write(text.replacingOccurrences(of: "0.5000", with: "0.9000"), to: URL(fileURLWithPath: path))
    #expect(edited.problem?.contains("fingerprint") == true)
    #expect(edited.weights.isEmpty)

    // Removed after it was opened.
    try TestSupport.write(text, to: URL(fileURLWithPath: path))
    let lost = try #require(CueTagger.file(path))
    try FileManager.default.removeItem(atPath: path)
    #expect(lost.problem?.contains("cannot read") == true)

    // A run with such a model stops with the reason, and caches nothing.
    let corpus = folder.appendingPathComponent("corpus/outlet")
    try TestSupport.write("Ms. Ruiz said the plan would pass.\n", to: corpus.appendingPathComponent("a.txt"))
    try TestSupport.write(text, to: URL(fileURLWithPath: path))
    var analyzer = CorpusAnalyzer(lexicon: TestSupport.lexicon, tagger: CueTagger.file(path))
    try TestSupport.write(text.replacingOccurrences(of: "0.5000", with: "0.9000"), to: URL(fileURLWithPath: path))
    analyzer.cache = try ResultCache(path: folder.appendingPathComponent("c.sqlite").path)
    #expect(throws: OnRecordError.self) { try analyzer.analyze(corpus: corpus.deletingLastPathComponent(), jobs: 1) }
    #expect(try analyzer.cache?.count() == 0)
  }
}
