import ArgumentParser
import Foundation
import OnRecord

struct TrainCues: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "train-cues",
    abstract: "Train the cue tagger on brat-annotated articles (PolNeAR's layout).",
    discussion: """
      Reads TEXTS/NAME.txt and the alphabetically first ANNOTATIONS/NAME_*.ann for each article,
      trains the averaged perceptron deterministically, and writes the model. The shipped model is
      made with: onrecord train-cues --texts ../shared/polnear/train/text \\
        --annotations ../shared/polnear/train/attributions \\
        --output Sources/OnRecord/Resources/Model/cue-tagger.tsv
      """
  )

  @Option(help: "Folder of article texts (NAME.txt).")
  var texts: String

  @Option(help: "Folder of brat annotations (NAME_xxxx.ann).")
  var annotations: String

  @Option(name: .shortAndLong, help: "Where to write the model.")
  var output: String

  @Option(help: "Training passes.")
  var epochs: Int = 6

  @Option(help: "Features seen fewer times than this in the training text get no weight.")
  var minimumCount: Int = 4

  @Option(help: "Perceptrons to average, each reading the articles in its own order.")
  var orders: Int = 10

  @Option(help: "Training passes of the source-span ranker.")
  var rankerEpochs: Int = 10

  @Option(help: "Ranker features seen fewer times than this get no weight.")
  var rankerMinimumCount: Int = 3

  func run() throws {
    let lexicon = try loadLexicon(nil)
    let fm = FileManager.default
    let annotationFiles = try fm.contentsOfDirectory(atPath: annotations).filter { $0.hasSuffix(".ann") }.sorted()
    var firstAnnotation: [String: String] = [:]
    for name in annotationFiles {
      let article = name.replacingOccurrences(of: #"_[0-9a-f]{4}\.ann$"#, with: "", options: .regularExpression)
        .replacingOccurrences(of: ".ann", with: "")
      if firstAnnotation[article] == nil { firstAnnotation[article] = name }
    }
    var examples: [(TextStructure, [Bool])] = []
    var annotated: [(text: String, pairs: [(cue: Range<Int>, source: Range<Int>)])] = []
    var unread: [String] = []
    for article in firstAnnotation.keys.sorted() {
      let textURL = URL(fileURLWithPath: texts).appendingPathComponent(article + ".txt")
      guard let text = try? String(contentsOf: textURL, encoding: .utf8),
        let ann = try? String(
          contentsOf: URL(fileURLWithPath: annotations).appendingPathComponent(firstAnnotation[article]!),
          encoding: .utf8)
      else {
        unread.append(article)
        continue
      }
      let structure = TextStructure(text: text)
      annotated.append((text, BratAnnotations.cueSourcePairs(in: ann)))
      examples.append(
        (structure, BratAnnotations.tokenLabels(structure.tokens, spans: BratAnnotations.cueSpans(in: ann))))
    }
    if !unread.isEmpty {
      printError(
        "onrecord: \(unread.count) annotated articles have no readable text in \(texts) (UTF-8 NAME.txt) and are left out: "
          + unread.prefix(5).joined(separator: ", ") + (unread.count > 5 ? ", …" : ""))
    }
    guard !examples.isEmpty else {
      printError("onrecord: no article to train on: \(annotations) has no NAME_xxxx.ann with a NAME.txt in \(texts)")
      throw ExitCode(2)
    }
    let cues = CueTagger.train(
      examples, lexicon: lexicon, epochs: epochs, minimumCount: minimumCount, orders: orders)
    // The ranker learns from the sources the rules find for the new tagger's cues.
    let ranker = AttributionExtractor.trainSourceRanker(
      annotated, lexicon: lexicon, tagger: cues, epochs: rankerEpochs, minimumCount: rankerMinimumCount,
      orders: orders)
    let tagger = cues.adding(ranker)
    try Data(tagger.serialized().utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
    print(
      "trained on \(examples.count) articles, \(cues.weights.count) cue features and \(ranker.count) source-span"
        + " features → \(output)")
  }
}
