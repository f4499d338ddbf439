import OnRecord

/// libFuzzer entry point: bytes → decoding → HTML or text → main text → analysis → tally and row.
/// The first byte picks the path (HTML or plain text) so that both are explored.
let lexicon = try! Lexicon.builtIn()
let reader = ArticleReader()
let extractor = AttributionExtractor(lexicon: lexicon, tagger: CueTagger.builtIn())

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  guard let selector = bytes.first else { return 0 }
  let format: Article.Format = selector & 1 == 0 ? .html : .text
  let body = Array(bytes.dropFirst())
  HTMLParser.initialize()
  guard case .success(let article) = reader.read(bytes: body, path: "fuzz", format: format, outlet: "fuzz") else {
    return 0
  }
  let analysis = extractor.analyze(text: article.text, outlet: article.outlet)
  // Offsets must stay inside the text.
  let count = article.text.unicodeScalars.count
  for a in analysis.attributions {
    precondition(a.cue.start >= 0 && a.cue.start <= a.cue.end && a.cue.end <= count, "cue outside the text")
    if let s = a.source { precondition(s.start >= 0 && s.start <= s.end && s.end <= count, "source outside the text") }
    if let c = a.content {
      precondition(c.start >= 0 && c.start <= c.end && c.end <= count, "content outside the text")
    }
  }
  // The per-article counts and the row the scorers read.
  var outlet = OutletTally()
  outlet.add(ArticleRecord(article: article, analysis: analysis))
  precondition(outlet.attributions == analysis.attributions.count, "tally disagrees with the analysis")
  _ = ExtractionRecord(article: article, analysis: analysis, includeText: true).jsonLine()
  return 0
}

// SwiftPM renames an executable's entry point to `<module>_main`; hand it to libFuzzer's driver.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

@_cdecl("OnRecordFuzz_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  var count = argc
  var arguments = argv
  return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzz(data, size) }
}
