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
}
